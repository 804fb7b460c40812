"""``grader-distill``: the developer pipeline's command line (argparse subcommands).

Each subcommand lives in its own module of ``grader_app.distill`` that exposes
``add_parser(subparsers)``; that function adds its parser and sets ``func=run`` (a callable taking
the parsed arguments and returning an exit code). Adding a subcommand is one line in
``SUBCOMMANDS``. Keep heavy imports (torch, transformers, skl2onnx) inside ``run`` so that
``grader-distill --help`` stays fast and one missing extra does not break the other commands.

Errors meant for the user are raised as :class:`DistillError` with one sentence; ``main`` prints
it and exits with status 2. ``DistillError``, ``parse_sets`` and ``resolve_data_dir`` live in
:mod:`grader_app.distill.common`: subcommand modules import them from there, never from this
module (which imports them all), so the import graph stays acyclic.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from .. import __version__
from .common import DistillError, parse_sets, resolve_data_dir  # noqa: F401  (kept importable from here)

# module name inside grader_app.distill, in the order shown by --help
SUBCOMMANDS = ["own", "baseline", "teacher", "softlabels", "student", "evaluate", "rebuild", "crossfit", "crossfit_student",
               "crossfit_install", "crossfit_baseline", "crossfit_reference", "crossfit_hashed_lr", "crossfit_hashed_ordinal",
               "crossfit_hashed_pair", "crossfit_hashed_committee", "crossfit_hashed_pooled",
               "crossfit_hashed_distilled", "crossfit_hashed_augmented", "crossfit_hashed_keyed", "regraph",
               "crossfit_report", "teacher_outputs"]


def _unavailable(name: str, reason: str):
    def add_parser(subparsers) -> None:
        p = subparsers.add_parser(name, help=f"(unavailable: {reason})")

        def run(_args) -> int:
            raise DistillError(f"'{name}' cannot run here ({reason}); install the distill extra with "
                               ".venv/bin/pip install -e '.[distill]'")
        p.set_defaults(func=run)
    return add_parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="grader-distill",
        description="Build Grader's model bundles: baselines, teachers, soft labels, distilled students.")
    parser.add_argument("--version", action="version", version=f"grader-distill {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        try:
            mod = importlib.import_module(f"{__package__}.{name}")
            add = mod.add_parser
        except ImportError as exc:  # a missing optional dependency must not break the other commands
            add = _unavailable(name, f"missing module {getattr(exc, 'name', None) or exc}")
        add(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(func(args) or 0)
    except DistillError as exc:
        print(f"grader-distill: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("grader-distill: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
