#!/usr/bin/env python3
"""A test that never runs is worse than no test. Two checks:

  static  SOURCE_DIR...        every function in a test source that checks something (QVERIFY,
                               QCOMPARE, QTRY_*, QFAIL, QSKIP, QEXPECT_FAIL) is a test slot (declared
                               under `Q_SLOTS:`) or is called from somewhere in its file;
  ran     RESULTS_DIR SOURCES  every test slot a source declares appears in the results that its
                               executable wrote (Qt Test's txt log: PASS / FAIL! / SKIP lines), for
                               every registered test (one results file per CTest test).

Usage:
  scripts/check-tests-run.py static tests
  scripts/check-tests-run.py ran build/test-results tests
Exit status 1 with every problem listed, 0 when all is well.
"""
import pathlib
import re
import sys

CHECKS = re.compile(r"\b(QVERIFY\w*|QCOMPARE\w*|QTRY_\w+|QFAIL|QSKIP|QEXPECT_FAIL)\s*\(")
ACCESS = re.compile(r"^\s*(public|protected|private)\s*(Q_SLOTS|slots)?\s*:", re.M)
# A function definition: a name, a parameter list, optional qualifiers, then an opening brace.
DEFINITION = re.compile(
    r"(?P<name>~?[A-Za-z_]\w*)\s*\((?P<params>[^;{}()]*(?:\([^()]*\)[^;{}()]*)*)\)\s*"
    r"(?:const\s*)?(?:noexcept\s*)?(?:override\s*)?(?:final\s*)?(?:->\s*[\w:<>,\s\*&]+)?\{")
NOT_FUNCTIONS = {"if", "for", "while", "switch", "catch", "return", "sizeof", "Q_OBJECT", "connect", "whenShown",
                 "QTRY_VERIFY", "QTRY_COMPARE", "QTRY_VERIFY_WITH_TIMEOUT", "QTRY_COMPARE_WITH_TIMEOUT"}
HOOKS_NOT_REPORTED = {"init", "cleanup", "initTestCase_data"}


def strip_comments_and_strings(text):
    """Blanks comments and string/char literals (keeping offsets and newlines) so that braces and
    names inside them do not count."""
    out = list(text)
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            while i < n and text[i] != "\n":
                out[i] = " "
                i += 1
        elif text.startswith("/*", i):
            while i < n and not text.startswith("*/", i):
                if text[i] != "\n":
                    out[i] = " "
                i += 1
            for k in range(i, min(i + 2, n)):
                out[k] = " "
            i += 2
        elif c == 'R' and text.startswith('R"', i):
            end_delim = text.index("(", i)
            delim = ")" + text[i + 2:end_delim] + '"'
            end = text.index(delim, end_delim) + len(delim)
            for k in range(i + 1, end):
                if text[k] != "\n":
                    out[k] = " "
            i = end
        elif c == "'" and i > 0 and text[i - 1].isalnum() and i + 1 < n and text[i + 1].isalnum():
            i += 1  # a digit separator: 1'800'000
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            for k in range(i + 1, min(j, n)):
                out[k] = " "
            i = j + 1
        else:
            i += 1
    return "".join(out)


def matching_brace(text, open_index):
    depth = 0
    for i in range(open_index, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return i
    return len(text) - 1


def functions(text):
    """(name, start, body_start, body_end, is_slot) for every function defined in the file outside
    another function's body (class members and free functions)."""
    found = []
    pos = 0
    while True:
        match = DEFINITION.search(text, pos)
        if match is None:
            return found
        name = match.group("name")
        body_start = match.end() - 1
        body_end = matching_brace(text, body_start)
        if name in NOT_FUNCTIONS:
            pos = match.end()
            continue
        # The access specifier in force: the last one before the definition inside its class.
        before = text[:match.start()]
        specifiers = list(ACCESS.finditer(before))
        class_open = max(before.rfind("class "), before.rfind("struct "))
        is_slot = bool(specifiers) and specifiers[-1].start() > class_open and specifiers[-1].group(2) is not None
        if is_slot:
            # A free function after the class (a main() of its own) is no slot.
            class_brace = text.find("{", class_open)
            is_slot = class_brace != -1 and match.start() < matching_brace(text, class_brace)
        found.append((name, match.start(), body_start, body_end, is_slot))
        pos = body_end + 1


def test_sources(directories):
    for directory in directories:
        yield from sorted(pathlib.Path(directory).rglob("test_*.cpp"))


def slots_of(text):
    """The test slots Qt Test reports a result for (init() and cleanup() run around each one, and
    a _data slot feeds its test)."""
    return [name for name, _, _, _, is_slot in functions(text)
            if is_slot and name not in HOOKS_NOT_REPORTED and not name.endswith("_data")]


def check_static(directories):
    problems = []
    for source in test_sources(directories):
        text = strip_comments_and_strings(source.read_text(encoding="utf-8"))
        defined = functions(text)
        for name, start, body_start, body_end, is_slot in defined:
            if is_slot or not CHECKS.search(text, body_start, body_end):
                continue
            elsewhere = text[:start] + text[body_end + 1:]
            if not re.search(r"(?<!\w)" + re.escape(name) + r"\s*[(<]|::" + re.escape(name) + r"\b", elsewhere):
                line = text.count("\n", 0, start) + 1
                problems.append(f"{source}:{line}: {name}() checks something but is neither a test slot (under "
                                f"'private Q_SLOTS:') nor called from one: Qt Test never runs it")
    return problems


def check_ran(results_dir, directories):
    problems = []
    sources = {source.stem: source for source in test_sources(directories)}
    results = sorted(pathlib.Path(results_dir).glob("*.txt"))
    if not results:
        return [f"{results_dir}: no test results were written"]
    seen_tests = set()
    for result in results:
        test = result.stem.split(".")[0]  # test_roles.sqlite -> test_roles
        seen_tests.add(test)
        source = sources.get(test)
        if source is None:
            problems.append(f"{result}: no source tests/**/{test}.cpp")
            continue
        declared = set(slots_of(strip_comments_and_strings(source.read_text(encoding="utf-8"))))
        log = result.read_text(encoding="utf-8", errors="replace")
        ran = set(re.findall(r"^(?:PASS   |FAIL!  |SKIP   |XFAIL  |XPASS  |BPASS  |BFAIL  ) ?: \w+::(\w+)\(", log,
                             re.M))
        missing = sorted(declared - ran)
        if missing:
            problems.append(f"{result.name}: {len(declared & ran)} of the {len(declared)} test functions of "
                            f"{source} ran; never run: {', '.join(missing)}")
    for test in sorted(set(sources) - seen_tests):
        problems.append(f"{sources[test]}: no results: the test was not run")
    return problems


def main(argv):
    if len(argv) >= 3 and argv[1] == "static":
        problems = check_static(argv[2:])
    elif len(argv) >= 4 and argv[1] == "ran":
        problems = check_ran(argv[2], argv[3:])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"check-tests-run {argv[1]}: every test function runs")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
