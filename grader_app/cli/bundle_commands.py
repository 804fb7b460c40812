"""The commands about model bundles: ``grader bundles`` lists the installed models (each one's agreement, size, title
and what it takes on its own at its threshold), and ``grader verify`` checks a bundle file by running it on test
answers. Both say when a file of the teacher's own models folder takes the place of a model that came with Grader.
A bundle that cannot be used is its own problem (a :class:`~grader_app.errors.GraderError`), said as every command's is.
"""
from __future__ import annotations

import sys
from pathlib import Path

from ..errors import sentence
from .said import quoted


def takes_text(manifest: dict) -> str:
    """What a bundle takes on its own at its threshold (:func:`grader_app.bundles.review_rules.takes_alone`, the
    figure the window's model library shows too)."""
    from ..bundles.manifest import DIGEST_FIELD, bundle_takes_alone

    if DIGEST_FIELD not in manifest:
        return (f"takes none on its own: its file carries no seal of its settings ({DIGEST_FIELD}), so nothing tells "
                "whether they were changed")
    takes = bundle_takes_alone(manifest)
    if takes is None:
        return "takes none on its own: every answer comes to you"
    if takes.share is None or takes.wrong is None:
        return "takes some answers on its own; its risk table does not say how many"
    return f"takes {takes.share:.0%} of answers on its own, at most {takes.wrong:.0%} of them wrong"


def replaced_text(yours, shipped) -> str:
    """The line that tells the teacher a file of their own models takes the place of a shipped model of its id."""
    return (f"{yours.path.name} in your models folder ({yours.path.parent}) takes the place of the model that came "
            f"with Grader, {quoted(shipped.title)} ({shipped.id}); to use that one again, remove {yours.path.name} from "
            "that folder")


def cmd_bundles(args) -> int:
    from ..bundles.library import Library

    lib = Library.default()
    rows = []
    for bid in lib.ids():
        b = lib.bundles[bid]
        q = b.qwk()
        rows.append((bid, f"QWK {q:.3f}" if q is not None else "QWK   n/a", f"{b.size_bytes / 1024:.0f} KB", b.title,
                     f"({takes_text(b.manifest)})" + (" (your own)" if lib.replaced(bid) is not None else "")))
    # each column as wide as its widest entry (a learned model's id, asap-sas-1-learned, is longer than a shipped one's)
    widths = [max((len(row[i]) for row in rows), default=0) for i in range(4)]
    for bid, qwk, size, title, takes in rows:
        print(f"{bid:<{widths[0]}}  {qwk:<{widths[1]}}  {size:>{widths[2]}}  {title:<{widths[3]}}  {takes}")
    for bid in lib.ids():
        shipped = lib.replaced(bid)
        if shipped is not None:
            print("grader: " + sentence(replaced_text(lib.bundles[bid], shipped)), file=sys.stderr)
    for name, why in lib.problems.items():
        where = lib.refused.get(name)
        said = sentence(why)   # most problems begin with the file's name already: then it is not said twice
        print(said if said.startswith(name + " ") else f"{name}: not loaded: {said}", file=sys.stderr)
        if where is not None:
            print(f"  It is in {where.parent}: remove it from that folder, or put a fresh copy from whoever made it "
                  "in its place.", file=sys.stderr)
    if not lib.bundles and not args.quiet:
        print("No model bundles are installed.", file=sys.stderr)
    return 0


def cmd_verify(args) -> int:
    from .. import workflow
    from ..bundles.library import Library, unsealed_copy

    b = workflow.verify_bundle(args.bundle)  # run once on test answers in a capped child (BundleError if not)
    print(f"{Path(args.bundle).name}: OK ({b.id}, {len(b.labels)} scores, {b.manifest['parameters']} parameters, "
          f"{rule_text(b)}; {takes_text(b.manifest)})")
    lib = Library.default()
    shipped = lib.shipped(b.id)
    here = Path(args.bundle).resolve()
    if shipped is None or shipped.path is None or shipped.path.resolve() == here:
        return 0
    users = lib.users_folder()
    refusal = unsealed_copy(Path(args.bundle).name, b, shipped)
    if refusal is not None:   # it would not be added, nor loaded from the models folder
        print("grader: " + sentence(str(refusal)), file=sys.stderr)
    elif users is not None and here.parent == users.resolve():
        print("grader: " + sentence(replaced_text(b, shipped)), file=sys.stderr)
    else:
        print(f"grader: {b.id} is the id of a model that came with Grader, {quoted(shipped.title)}; added to your models, "
              f"{Path(args.bundle).name} would take its place.", file=sys.stderr)
    return 0


def rule_text(bundle) -> str:
    """How the bundle turns its probabilities into a score, in a few words."""
    cuts = bundle.cutpoints
    if cuts is None:
        return "score: the most probable"
    return "score: by expected score, cutpoints " + " / ".join(f"{c:g}" for c in cuts)
