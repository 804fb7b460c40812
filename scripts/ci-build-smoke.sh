#!/usr/bin/env bash
# Build the Linux one-folder app and prove the frozen binary works (issue 5). For CI and humans:
#   bash scripts/ci-build-smoke.sh
# Steps: build/build.py (clean build venv, reused while the dependencies stay the same; PyInstaller;
# trim; tarball), then the frozen app's --self-test offscreen and `grader score` on the sample
# sheet, then the size/cold-start figures. Exit status non-zero if any step fails.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
PY=${PYTHON:-python3}
t0=$(date +%s)
step() { echo; echo "== $* ($(( $(date +%s) - t0 )) s)"; }

step "build"
nice -n 10 "$PY" build/build.py

if ! ls model_bundles/*.gradebundle >/dev/null 2>&1; then
    # No shipped models yet: exercise the frozen runtime with tiny real bundles for the sample
    # sheet's three questions, made by the test helpers (needs the dev venv with skl2onnx).
    step "no shipped models: making tiny test bundles for the sample sheet"
    tiny=$(mktemp -d)
    .venv/bin/python - "$tiny" <<'PYBUNDLES'
import sys
from pathlib import Path
sys.path.insert(0, "tests/ui")
from ui_helpers import make_bundle
out = Path(sys.argv[1])
for bid, labels in (("asap-sas-1", (0, 1, 2, 3)), ("asap-sas-5", (0, 1, 2, 3)), ("asap-sas-10", (0, 1, 2))):
    make_bundle(out, bid, labels=labels)
print("tiny bundles:", ", ".join(sorted(p.name for p in out.iterdir())))
PYBUNDLES
    export GRADER_BUNDLES_DIR="$tiny"
fi

step "frozen self-test"
dist/grader/grader --self-test

step "frozen grader score on the sample sheet"
out=$(mktemp -d)
trap 'rm -rf "$out" ${tiny:+"$tiny"}' EXIT
dist/grader/grader score assets/sample-class.xlsx --out "$out/graded.xlsx"
test -s "$out/graded.xlsx"
# a real workbook: a zip holding the workbook part (the self-test above already read one back)
"$PY" -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert "xl/workbook.xml" in z.namelist(); print("graded.xlsx is a workbook with", len([n for n in z.namelist() if n.startswith("xl/worksheets/")]), "sheets")' "$out/graded.xlsx"

step "figures"
"$PY" scripts/bench_build.py --runs 5 || echo "(bench_build could not measure the cold start; see above)"

echo
echo "ci-build-smoke: passed in $(( $(date +%s) - t0 )) s"
