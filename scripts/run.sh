#!/usr/bin/env bash
# Set up Grader and open it on the bundled sample sheet with the bundled models.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-venv.sh
exec .venv/bin/grader "${@:-assets/sample-class.xlsx}"
