"""Running a bundle's model (onnxruntime, loaded only by :mod:`.runtime`) and checking its output.

The names below are loaded on first use, so importing :mod:`.outputs` (which the session does)
does not load onnxruntime.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import BatchResult, Cancelled, CancelToken, Scorer, apply_temperature

__all__ = ["BatchResult", "Cancelled", "CancelToken", "Scorer", "apply_temperature"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import model

        return getattr(model, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
