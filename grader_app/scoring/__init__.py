from .model import BatchResult, Cancelled, CancelToken, Scorer, apply_temperature
from .normalise import DEFAULT_NORMALISATION, normalise

__all__ = ["BatchResult", "Cancelled", "CancelToken", "Scorer", "apply_temperature", "DEFAULT_NORMALISATION", "normalise"]
