#!/usr/bin/env bash
# Update the translation sources from the code and compile them (docs/translations.md):
#   translations/grader_<lang>.ts  <- pyside6-lupdate over grader_app/ui (new strings come in unfinished,
#                                      strings no longer in the code are marked obsolete and dropped)
#   grader_app/ui/translations/grader_<lang>.qm  <- pyside6-lrelease (what the app loads)
# English holds only the plural forms ("1 answer" / "2 answers"): the source texts are English.
#   bash scripts/update_translations.sh            # every language
#   VENV=/path/to/venv bash scripts/update_translations.sh
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
VENV=${VENV:-$here/.venv}
cd "$here"
LANGS="en es de"
sources=$(ls grader_app/ui/*.py)
# Qt 6.12's tools or newer (below Python 3.12 the venv's own are 6.11's, which read no plural from translate():
# scripts/check_translations.py --tool says which to use, or why there is none)
lupdate=$("$VENV/bin/python" scripts/check_translations.py --tool pyside6-lupdate)
lrelease=$("$VENV/bin/python" scripts/check_translations.py --tool pyside6-lrelease)
for lang in $LANGS; do
    ts="translations/grader_$lang.ts"
    extra=()
    [ "$lang" = en ] && extra=(-pluralonly)
    # shellcheck disable=SC2086
    "$lupdate" $sources -no-obsolete -locations none "${extra[@]}" \
        -source-language en -target-language "$lang" -ts "$ts"
done
for lang in $LANGS; do
    "$lrelease" -nounfinished "translations/grader_$lang.ts" \
        -qm "grader_app/ui/translations/grader_$lang.qm"
done
