#!/usr/bin/env bash
# Set up Grader with its test dependencies and run the whole test suite offscreen.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-venv.sh "test,distill" || { echo "setup failed"; exit 1; }
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest "$@"
rc=$?
if [ "$rc" -eq 5 ]; then
  echo "pytest collected no tests: failing" >&2
  exit 1
fi
exit "$rc"
