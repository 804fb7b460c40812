#!/usr/bin/env bash
# Create .venv (if missing) and install Grader into it with the given extras, e.g. "test,distill,dev"
# (dev: the tools of scripts/checks.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
extras=${1:-}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
  .venv/bin/python -m pip install --quiet --upgrade pip
fi
spec="."
[ -n "$extras" ] && spec=".[${extras}]"
below_312=$(.venv/bin/python -c 'import sys; print(int(sys.version_info < (3, 12)))')
if [ "$below_312" = 1 ] && .venv/bin/python -m pip show --quiet pyside6-pdf >/dev/null 2>&1; then
  # Below Python 3.12 PySide6 stays below 6.12 (docs/dependencies.md) and QtPdf comes with pyside6-addons: a
  # pyside6-pdf left from before holds files of the same names and would take them away when it is removed
  .venv/bin/python -m pip uninstall --quiet --yes pyside6-pdf
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$spec"
if [ "$below_312" = 1 ] && [[ ",$extras," == *,dev,* || ",$extras," == *,test,* ]] && [ ! -x .venv/qt-tools/PySide6/lupdate ]; then
  # Qt 6.12's lupdate and lrelease for the translations (6.11's reads no plural text from translate(...));
  # native programs, no Python runs in them (scripts/check_translations.py finds them here)
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --target .venv/qt-tools \
    "pyside6-essentials==6.12.0"
fi
