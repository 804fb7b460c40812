"""`grader` and `python -m grader_app`: no arguments opens the app; subcommands work headless."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    code = _main(argv)
    _end_now_if_a_model_still_runs(code)
    return code


def _end_now_if_a_model_still_runs(code: int) -> None:
    """A model's run given up at its time limit may still be computing one node (``scoring.run_limit``): the process
    ends here, at once, rather than let that thread come back into a Python that is shutting down, which aborts it."""
    run_limit = sys.modules.get("grader_app.scoring.run_limit")
    if run_limit is None or not run_limit.still_computing():
        return
    import os

    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    os._exit(code)


def _main(argv: list[str] | None) -> int:
    import multiprocessing

    # first: in the frozen app, the fitting child process (grader_app.learn.fit_process) and
    # multiprocessing's helper start this executable again; this runs them and exits
    multiprocessing.freeze_support()
    argv = list(sys.argv[1:] if argv is None else argv)
    from .cli import SUBCOMMANDS, run_cli

    if argv and (argv[0] in SUBCOMMANDS or argv[0] in ("-h", "--help", "--version")):
        return run_cli(argv)
    if argv and argv[0] == "--probe-model":  # hidden: the capped child that runs a bundle's model once
        from .scoring.probe import child_main

        return child_main(argv[1:])
    if argv and argv[0] == "--self-test":
        from .ui.selftest import run_self_test  # the frozen app's smoke test (build/)

        return run_self_test(argv[1:])
    from .ui.app import run_app  # only here does Qt get imported

    return run_app(argv, SUBCOMMANDS)


if __name__ == "__main__":
    sys.exit(main())
