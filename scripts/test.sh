#!/usr/bin/env bash
# The whole test suite from a clean clone on Debian 12: installs the packages, builds with
# warnings as errors, checks clang-format and clang-tidy, runs every test against SQLite and
# a throw-away PostgreSQL with a real Secret Service, builds and installs the Debian package,
# then runs the tests again under ASan + UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)
# Two test slots more than cores: the two-computer tests spend most of their time waiting for
# the next 30-second one-time-code step, and would otherwise hold both cores' slots idle.
test_jobs=$((jobs + 2))

scripts/install-deps.sh

echo "== build (warnings as errors)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DWARDEN_WERROR=ON >/dev/null
cmake --build build -j "$jobs"

echo "== style"
scripts/check-style.sh build

echo "== translations (lupdate must find no unfinished string)"
cmake --build build --target update_translations >/dev/null
if grep -l 'type="unfinished"' translations/*.ts; then
  grep -B3 'type="unfinished"' translations/*.ts | grep '<source>' | head -n 20
  echo "Untranslated strings: translate them in translations/warden_{en,de,fr}.ts (Qt Linguist:"
  echo "linguist translations/warden_de.ts), mark them finished, and commit the .ts files."
  exit 1
fi

echo "== every test function runs (no checking function outside the test slots)"
scripts/check-tests-run.py static tests
# The check itself must catch a dead test: plant one and expect a failure.
planted=$(mktemp -d)
trap 'rm -rf "$planted"' EXIT
printf '%s\n' 'class TestPlanted : public QObject {' '    Q_OBJECT' 'private Q_SLOTS:' '    void runs() { QVERIFY(true); }' \
  'private:' '    void neverRuns() { QCOMPARE(1, 2); }' '};' > "$planted/test_planted.cpp"
if scripts/check-tests-run.py static "$planted" 2>/dev/null; then
  echo "check-tests-run.py missed a planted dead test"
  exit 1
fi

echo "== tests"
rm -rf build/test-results && mkdir -p build/test-results
scripts/with-test-services.sh ctest --test-dir build -j "$test_jobs" --output-on-failure
scripts/check-tests-run.py ran build/test-results tests

echo "== the Debian package: built, validated, installed with apt, run"
scripts/package.sh build

echo "== tests under AddressSanitizer + UndefinedBehaviorSanitizer"
# -g1: line tables for the sanitizers' stack traces, without the full debug info that makes
# compiling and linking sixty test programs slow.
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 -DWARDEN_WERROR=ON -DWARDEN_SANITIZE=ON \
  -DWARDEN_BUILD_BENCH=OFF >/dev/null
cmake --build build-asan -j "$jobs"
# Leak checking is off: Qt, D-Bus and libsecret keep process-lifetime allocations.
rm -rf build-asan/test-results && mkdir -p build-asan/test-results
ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  scripts/with-test-services.sh ctest --test-dir build-asan -j "$test_jobs" --output-on-failure
scripts/check-tests-run.py ran build-asan/test-results tests
