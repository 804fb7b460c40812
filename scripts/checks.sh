#!/usr/bin/env bash
# The checks .ci/run makes before the build and the tests (issue 10): the layering contracts
# (import-linter), lint (ruff) and types (mypy), all configured in pyproject.toml, and the translations
# (scripts/check_translations.py: every shown text marked for translation, the .ts/.qm files complete). Every check runs;
# the exit status is non-zero if any failed, and the last line names which.
#   bash scripts/checks.sh              # this checkout
#   bash scripts/checks.sh DIR          # another tree with its own pyproject.toml and grader_app/ (tests)
# Tools come from .venv (the "dev" extra: bash scripts/setup-venv.sh "test,dev"); VENV names another venv.
set -uo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
VENV=${VENV:-$here/.venv}
cd "${1:-$here}"
failed=()
run() {
    local name=$1
    shift
    echo "-- $name"
    "$@" || failed+=("$name")
}
# the tree checked is the one in this folder, whatever is installed in the venv
run lint-imports env PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}" "$VENV/bin/lint-imports" --no-logo --no-cache
run ruff "$VENV/bin/ruff" check --no-cache .
run mypy "$VENV/bin/mypy" --cache-dir "${MYPY_CACHE_DIR:-.mypy_cache}"
run translations "$VENV/bin/python" "$here/scripts/check_translations.py" --root "$PWD"
if [ "${#failed[@]}" -gt 0 ]; then
    echo "checks: FAILED: ${failed[*]}"
    exit 1
fi
echo "checks: passed (lint-imports, ruff, mypy, translations)"
