"""A value per answer, and how many answers have each value, kept up to date with the session at the cost of what
changed.

The review screen's top line counts the answers left to decide after every key; worked out over every answer of the
review, that was 20,000 look-ups per key on a big sheet. A :class:`KeyTally` works every value out once, then, when
asked again, only for the answers the session's changes since touched (:meth:`GradingSession.changes_since`): one
answer after a mark, a group's after a group's score, every answer of a question after its threshold moved or a model
took it. When the session can no longer say what changed (its journal does not reach back so far) it works them all
out anew, and it is still the same tally.
"""
from __future__ import annotations

from collections import Counter
from typing import Callable, Hashable, Iterable

from .session import GradingSession


class KeyTally:
    """``value(key)`` for each of ``keys``, and :attr:`counts` (value -> how many answers have it). ``decisions``:
    whether a decision can change a value (False: only what the model says, flags, thresholds and models can)."""

    def __init__(self, session: GradingSession, keys: Iterable[int], value: Callable[[int], Hashable],
                 decisions: bool = True) -> None:
        self.session = session
        self.value = value
        self.decisions = decisions
        self.keys = set(keys)
        self.values: dict[int, Hashable] = {}
        self.counts: Counter = Counter()
        self._by_item: dict[str, list[int]] | None = None   # the keys of each question, once asked for
        self._revision: int | None = None

    def sync(self, items: Iterable[str] = ()) -> "KeyTally":
        """Up to date with the session; ``items``: questions whose answers' values may have changed for a reason the
        session does not know of (what the caller's ``value`` reads besides the session)."""
        s = self.session
        changed = s.changes_since(self._revision, self.decisions) if self._revision is not None else None
        self._revision = s.revision
        if changed is None:
            self.values = {k: self.value(k) for k in self.keys}
            self.counts = Counter(self.values.values())
            return self
        keys = set(changed.keys & self.keys)
        for item in set(changed.items).union(items):
            keys.update(self._item_keys(item))
        for k in keys:
            new = self.value(k)
            old = self.values.get(k, new)
            if old != new or k not in self.values:
                if k in self.values:
                    self.counts[old] -= 1
                self.counts[new] += 1
                self.values[k] = new
        return self

    def add(self, keys: Iterable[int]) -> None:
        """More answers to count (worked out at the next :meth:`sync`, with everything when it has not run yet)."""
        keys = set(keys) - self.keys
        self.keys |= keys
        self._by_item = None
        if self._revision is not None:
            for k in keys:
                value = self.values[k] = self.value(k)
                self.counts[value] += 1

    def count(self, value: Hashable = True) -> int:
        return self.counts.get(value, 0)

    def distinct(self) -> frozenset:
        """The values that some answer has."""
        return frozenset(v for v, n in self.counts.items() if n > 0)

    def _item_keys(self, item: str) -> list[int]:
        if self._by_item is None:
            self._by_item = {}
            for k in self.keys:
                self._by_item.setdefault(self.session.answers[k].item, []).append(k)
        return self._by_item.get(item, [])
