"""Write bundles again through the app's writer, so they carry the manifest digest (``manifest_sha256``,
docs/bundle-format.md) that bundles written before it lack. Each bundle is read and verified first (a bundle
whose model or manifest does not match its recorded hash is refused, never sealed as it is); its model.onnx
is written byte for byte and every other manifest field unchanged, which is checked after writing.

Usage: .venv/bin/python scripts/reseal_bundles.py [BUNDLE ...]   (default: every bundle in model_bundles/)"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader_app.bundles import read_bundle, write_bundle  # noqa: E402
from grader_app.bundles.manifest import DIGEST_FIELD  # noqa: E402


def reseal(path: Path) -> bool:
    """Write ``path`` again with its own manifest and model; True when it gained the digest."""
    before = read_bundle(path)
    write_bundle(path, before.manifest, before.model_bytes)
    after = read_bundle(path)
    if after.model_bytes != before.model_bytes:
        raise SystemExit(f"{path.name}: the model changed while resealing")
    kept = {k: v for k, v in before.manifest.items() if k != DIGEST_FIELD}
    if {k: v for k, v in after.manifest.items() if k != DIGEST_FIELD} != kept:
        raise SystemExit(f"{path.name}: a manifest field changed while resealing")
    return DIGEST_FIELD not in before.manifest


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted((ROOT / "model_bundles").glob("*.gradebundle"))
    for path in paths:
        print(f"{path.name}: {'sealed' if reseal(path) else 'written again (it had the digest)'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
