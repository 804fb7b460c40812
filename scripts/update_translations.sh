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
for lang in $LANGS; do
    ts="translations/grader_$lang.ts"
    extra=()
    [ "$lang" = en ] && extra=(-pluralonly)
    # shellcheck disable=SC2086
    "$VENV/bin/pyside6-lupdate" $sources -no-obsolete -locations none "${extra[@]}" \
        -source-language en -target-language "$lang" -ts "$ts"
done
for lang in $LANGS; do
    "$VENV/bin/pyside6-lrelease" -nounfinished "translations/grader_$lang.ts" \
        -qm "grader_app/ui/translations/grader_$lang.qm"
done
