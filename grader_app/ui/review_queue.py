"""The review screen's order, with no Qt: a list of *units*, each one answer or a group of answers
that look alike and are decided together.

A unit is built from the keys the screen was given: keys that share a group id (``groups``, key →
id; see :func:`grader_app.core.groups.group_answers`) form one unit at the place of the first of
them, the other keys stay units of one. A member can be pulled out of its unit; it becomes a unit of
its own right after it, and stays out of any unit a suggestion (:meth:`ReviewQueue.focus`) makes until
the pull-out is undone (:meth:`ReviewQueue.rejoin`), which puts it back only into a unit of its own group.
Every change of who is pulled out is told to ``on_pulled`` (key, out), so the project file keeps it.
An answer ``apart`` says is scored alone (its flags: padded, copied from the question...;
:func:`grader_app.core.flags.scored_alone`) is never in a unit with others: not at the start, not in a suggestion,
and taken out of its unit if a flag comes later (:meth:`ReviewQueue.separate`, a model's row brings one).
Which members a group score goes to is :func:`group_targets`.
"""
from __future__ import annotations

from itertools import chain
from typing import Callable, Hashable, Iterable, Mapping, Sequence


def group_targets(unit: Sequence[int], decided: Mapping[int, object] | Iterable[int]) -> list[int]:
    """The members a score for the whole unit goes to: the undecided ones; once all are decided,
    all of them (the teacher is changing the group's score)."""
    done = set(decided)
    open_ = [k for k in unit if k not in done]
    return open_ or list(unit)


def group_index(groups: Sequence[Sequence[int]]) -> dict[int, int]:
    """Key → group number for groups given as lists of answer keys (groups of one are left out)."""
    return {int(k): gi for gi, g in enumerate(groups) if len(g) > 1 for k in g}


class ReviewQueue:
    """The units, and for speed on a class of thousands: which unit each key is in (``_unit``, the unit's own list) and
    the keys in order (:meth:`keys`, made again only after the units changed). Every method that changes the units
    keeps both right, so moving on after a mark costs the same for 20 answers as for 20,000."""

    def __init__(self, keys: Sequence[int] = (), groups: Mapping[int, Hashable] | None = None,
                 apart: Callable[[int], bool] | None = None) -> None:
        groups = groups or {}
        self.apart: Callable[[int], bool] = apart or (lambda _k: False)   # scored alone: never in a unit with others
        self._group_of: dict[int, Hashable] = {}   # key → group id, for the keys here that have one
        self.units: list[list[int]] = []
        self._unit: dict[int, list[int]] = {}      # key → the unit (list) that holds it
        self._keys: list[int] | None = None        # the keys in order, None once the units changed
        where: dict[Hashable, int] = {}
        for k in dict.fromkeys(int(k) for k in keys):
            gid = None if self.apart(k) else groups.get(k)
            if gid is None:
                self.units.append([k])
                self._unit[k] = self.units[-1]
                continue
            self._group_of[k] = gid
            if gid in where:
                self.units[where[gid]].append(k)
            else:
                where[gid] = len(self.units)
                self.units.append([k])
            self._unit[k] = self.units[where[gid]]
        self.position = 0 if self.units else -1
        self.pulled: set[int] = set()   # keys the teacher took out of their group: never grouped again here
        self.on_pulled: Callable[[int, bool], None] | None = None   # told each change of ``pulled``

    def mark_pulled(self, key: int, out: bool = True) -> None:
        """``key`` is (``out``) or is no more pulled out of its group; ``on_pulled`` hears of a change."""
        if (key in self.pulled) == out:
            return
        self.pulled.add(key) if out else self.pulled.discard(key)
        if self.on_pulled is not None:
            self.on_pulled(key, out)

    def __len__(self) -> int:
        return len(self.units)

    def keys(self) -> list[int]:
        if self._keys is None:
            self._keys = list(chain.from_iterable(self.units))
        return list(self._keys)

    def size(self) -> int:
        """How many answers the units hold."""
        return len(self._unit)

    def current(self) -> list[int]:
        return list(self.units[self.position]) if 0 <= self.position < len(self.units) else []

    def place(self) -> tuple[int, int]:
        """Where the current unit is among the answers: (how many answers the units before it hold, how many it
        holds); (0, 0) when there is none. A group takes as many places as it has answers, so the places run from 1
        to the number of answers whatever is grouped or pulled out."""
        if not 0 <= self.position < len(self.units):
            return 0, 0
        return sum(map(len, self.units[:self.position])), len(self.units[self.position])

    def unit_of(self, key: int) -> int | None:
        unit = self._unit.get(key)
        # the units are distinct lists of distinct keys, so the one equal to it is it
        return None if unit is None else self.units.index(unit)

    def go_to(self, key: int) -> bool:
        i = self.unit_of(key)
        if i is None:
            return False
        self.position = i
        return True

    def step(self, delta: int) -> bool:
        i = self.position + delta
        if not 0 <= i < len(self.units):
            return False
        self.position = i
        return True

    def advance(self, is_open: Callable[[int], bool]) -> bool:
        """On to the next unit (wrapping round) with an open member; False if there is none."""
        n = len(self.units)
        for step in range(1, n + 1):
            i = (self.position + step) % n
            if any(is_open(k) for k in self.units[i]):
                self.position = i
                return True
        return False

    def first_open(self, is_open: Callable[[int], bool]) -> bool:
        """Go to the first unit with an open member (stay put if none, and say so: False)."""
        for i, u in enumerate(self.units):
            if any(is_open(k) for k in u):
                self.position = i
                return True
        return False

    def separate(self, keys: Iterable[int] | None = None) -> bool:
        """Every answer now scored alone (``apart``) taken out of a unit with others: each a unit of its own right after
        it (as it was there), the current unit still the current one. True if a unit changed. With ``keys``, only the
        units holding one of them are looked at (the answers whose flags changed since it was last asked)."""
        if keys is None:
            units = [u for u in self.units if len(u) > 1]
        else:
            units = list({id(u): u for k in keys if (u := self._unit.get(k)) is not None and len(u) > 1}.values())
        changed = False
        for unit in units:
            out = [k for k in unit if self.apart(k)]
            if not out:
                continue
            changed = True
            i = self.units.index(unit)
            keep = [k for k in unit if k not in out] or out[:1]
            out = [k for k in out if k not in keep]
            unit[:] = keep
            for k in out:
                self._group_of.pop(k, None)
            self._insert(i + 1, [[k] for k in out])
            if self.position > i:
                self.position += len(out)
        return changed

    def pull_out(self, key: int) -> bool:
        """Take ``key`` out of its group: it becomes a unit of its own right after it."""
        i = self.unit_of(key)
        if i is None or len(self.units[i]) < 2:
            return False
        self.units[i].remove(key)
        self._insert(i + 1, [[key]])
        self.mark_pulled(key)
        return True

    def rejoin(self, key: int, group: Sequence[int], at: int) -> bool:
        """Undo :meth:`pull_out`: ``key``, a unit of its own, goes back into the unit holding the rest of
        ``group`` (the members it was pulled out of, ``key`` at place ``at``), where it was among them. False
        (nothing changed but that ``key`` is pulled out no more) if the queue no longer has it that way (the
        review was opened again since on other answers): ``key`` or the rest of ``group`` not here, or that unit
        holding an answer that is neither of ``group`` nor of ``key``'s group here. It never brings an answer
        onto the list, nor into a unit that is not its group."""
        self.mark_pulled(key, False)
        i = self.unit_of(key)
        rest = [k for k in group if k != key]
        j = next((u for u in (self.unit_of(k) for k in rest) if u is not None), None)
        if i is None or j is None or i == j or len(self.units[i]) != 1:
            return False
        gid = self._group_of.get(key)
        target = self.units[j]
        if any(k not in rest and (gid is None or self._group_of.get(k) != gid) for k in target):
            return False
        current = self.units[self.position] if 0 <= self.position < len(self.units) else None
        after = set(group[at + 1:])    # it goes before the first member that came after it
        target.insert(next((n for n, k in enumerate(target) if k in after), len(target)), key)
        removed = self.units.pop(i)
        self._unit[key] = target
        self._keys = None
        self.position = self.units.index(target if current is None or current is removed else current)
        return True

    def focus(self, keys: Sequence[int]) -> None:
        """Show ``keys`` as one unit (a suggestion): the unit that holds its first key, made to hold
        exactly these keys (taken out of other units; a new unit after the current one if needed). Keys the
        teacher pulled out of a group are left out of a suggested group: each stays a unit of its own."""
        keys = [int(k) for k in dict.fromkeys(keys)]
        if not keys:
            return
        keys = [k for k in keys if k not in self.pulled and not self.apart(k)] or keys[:1]
        target = self._unit.get(keys[0])
        if target is not None and sorted(target) == sorted(keys):
            self.position = self.units.index(target)
            return
        current = self.units[self.position] if 0 <= self.position < len(self.units) else None
        emptied = []
        for k in keys:   # out of the other units they are in
            unit = self._unit.get(k)
            if unit is not None and unit is not target:
                unit.remove(k)
                if not unit:
                    emptied.append(unit)
        for unit in emptied:   # off the list (the first empty one is as good as any)
            self.units.remove(unit)
        self._keys = None
        if target is not None:
            chosen = set(keys)
            rest = [k for k in target if k not in chosen]
            target[:] = keys
            for k in keys:
                self._unit[k] = target
            at = self.units.index(target)
            self._insert(at + 1, [[k] for k in rest])
            self.position = at
            return
        at = self.units.index(current) + 1 if current else 0   # after the current unit, unless it was emptied
        self._insert(at, [keys])
        self.position = at

    def _insert(self, at: int, units: list[list[int]]) -> None:
        """``units`` (new lists) into the list at ``at``."""
        self.units[at:at] = units
        for unit in units:
            for k in unit:
                self._unit[k] = unit
        self._keys = None
