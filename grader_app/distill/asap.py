"""ASAP-SAS data: loading from ../shared/data and the one fixed split every figure uses.

The split is per essay set, stratified by Score1, seeded: 20 % held out (never used for training,
calibration or model selection), 15 % validation (calibration, early stopping, model selection),
the rest training. It depends only on the answer ids and scores, so it is stable across runs and
machines.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

SPLIT_SEED = 20240701
TEST_FRACTION = 0.20
VALID_FRACTION = 0.15
SCIENCE_SETS = (1, 2, 5, 6, 10)
ALL_SETS = tuple(range(1, 11))


def shared_data_dir() -> Path:
    """``../shared/data`` next to the repository, or ``GRADER_SHARED_DATA``."""
    env = os.environ.get("GRADER_SHARED_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2].parent / "shared" / "data"


def asap_dir() -> Path:
    return shared_data_dir() / "asap_sas"


def read_asap_tsv(path: Path) -> pd.DataFrame:
    df = pd.read_csv(path, sep="\t", dtype={"EssayText": str}, keep_default_na=False, encoding="latin-1")
    return df


def load_train(path: Path | None = None) -> pd.DataFrame:
    return read_asap_tsv(path or asap_dir() / "train_rel_2.tsv")


def load_unlabeled(path: Path | None = None) -> pd.DataFrame:
    return read_asap_tsv(path or asap_dir() / "unlabeled_private_leaderboard.tsv")


def load_prompt(essay_set: int) -> str:
    return (asap_dir() / "prompts" / f"essay_{essay_set}_description.txt").read_text(encoding="utf-8", errors="replace").strip()


def load_key(essay_set: int) -> str | None:
    p = asap_dir() / "prompts" / f"essay_{essay_set}_key.txt"
    return p.read_text(encoding="utf-8", errors="replace").strip() if p.exists() else None


@dataclass(frozen=True)
class Split:
    train: pd.DataFrame
    valid: pd.DataFrame
    test: pd.DataFrame


def split_set(df: pd.DataFrame, essay_set: int) -> Split:
    """The fixed train / valid / test split of one essay set."""
    part = df[df["EssaySet"] == essay_set].sort_values("Id").reset_index(drop=True)
    rng = np.random.default_rng(SPLIT_SEED + essay_set)
    role = np.empty(len(part), dtype=object)
    for _, idx in part.groupby("Score1").indices.items():
        idx = np.array(sorted(idx))
        rng.shuffle(idx)
        n_test = int(round(len(idx) * TEST_FRACTION))
        n_valid = int(round(len(idx) * VALID_FRACTION))
        role[idx[:n_test]] = "test"
        role[idx[n_test:n_test + n_valid]] = "valid"
        role[idx[n_test + n_valid:]] = "train"
    return Split(
        train=part[role == "train"].reset_index(drop=True),
        valid=part[role == "valid"].reset_index(drop=True),
        test=part[role == "test"].reset_index(drop=True),
    )
