"""Entry point PyInstaller freezes: the same `main` as the `grader` console script."""
import sys

from grader_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
