"""The distill tests' helper module (shipped.py) sits beside them; tests import it by name."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
