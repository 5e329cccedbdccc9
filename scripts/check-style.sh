#!/usr/bin/env bash
# Fails on any clang-format difference or clang-tidy finding in the project's own code.
# Usage: scripts/check-style.sh BUILD_DIR   (BUILD_DIR holds compile_commands.json)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
mapfile -t sources < <(git ls-files '*.cpp' '*.h')
echo "clang-format: checking ${#sources[@]} files"
clang-format --dry-run -Werror "${sources[@]}"
mapfile -t units < <(git ls-files '*.cpp')
echo "clang-tidy: checking ${#units[@]} translation units"
run-clang-tidy -quiet -p "$build" -j "$(nproc)" "${units[@]/#/$PWD/}" > "$build/clang-tidy.log" 2>&1 || {
  grep -E 'warning:|error:' "$build/clang-tidy.log" | sort -u | head -n 100
  echo "clang-tidy found problems (full log: $build/clang-tidy.log)"
  exit 1
}
echo "clang-format and clang-tidy: clean"
