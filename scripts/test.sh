#!/usr/bin/env bash
# The whole test suite from a clean clone on Debian 12: installs the packages, builds with
# warnings as errors, checks clang-format and clang-tidy, runs every test against SQLite and
# a throw-away PostgreSQL with a real Secret Service, then again under ASan + UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

scripts/install-deps.sh

echo "== build (warnings as errors)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWARDEN_WERROR=ON >/dev/null
cmake --build build -j "$jobs"

echo "== style"
scripts/check-style.sh build

echo "== translations (lupdate must find no unfinished string)"
cmake --build build --target update_translations >/dev/null
if grep -l 'type="unfinished"' translations/*.ts; then
  grep -B3 'type="unfinished"' translations/*.ts | grep '<source>' | head -n 20
  echo "Untranslated strings: add them to scripts/translations_data.py and run scripts/fill-translations.py"
  exit 1
fi

echo "== tests"
scripts/with-test-services.sh ctest --test-dir build -j "$jobs" --output-on-failure

echo "== tests under AddressSanitizer + UndefinedBehaviorSanitizer"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DWARDEN_WERROR=ON -DWARDEN_SANITIZE=ON \
  -DWARDEN_BUILD_BENCH=OFF >/dev/null
cmake --build build-asan -j "$jobs"
# Leak checking is off: Qt, D-Bus and libsecret keep process-lifetime allocations.
ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  scripts/with-test-services.sh ctest --test-dir build-asan -j "$jobs" --output-on-failure
