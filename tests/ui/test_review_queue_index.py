"""The review's queue keeps an index of which unit holds each answer, and its keys in order, so that moving on after
a mark costs the same on a list of 20,000 answers as on one of 20 (QA s52g). Driven through random pull-outs, undos,
suggestions, flags that come later and moves, it must hold exactly the units a plain queue that looks through every
unit each time holds (``Plain``, the queue as it was before the index), at the same place."""
from __future__ import annotations

import random

import pytest

from grader_app.ui.review_queue import ReviewQueue


class Plain:
    """The queue's units looked through in full at every step (the reference)."""

    def __init__(self, keys, groups, apart) -> None:
        self.apart, self._group_of, self.units, self.pulled = apart, {}, [], set()
        where: dict = {}
        for k in dict.fromkeys(keys):
            gid = None if apart(k) else groups.get(k)
            if gid is None:
                self.units.append([k])
                continue
            self._group_of[k] = gid
            if gid in where:
                self.units[where[gid]].append(k)
            else:
                where[gid] = len(self.units)
                self.units.append([k])
        self.position = 0 if self.units else -1

    def unit_of(self, key):
        return next((i for i, u in enumerate(self.units) if key in u), None)

    def go_to(self, key) -> bool:
        i = self.unit_of(key)
        if i is not None:
            self.position = i
        return i is not None

    def separate(self) -> None:
        i = 0
        while i < len(self.units):
            unit = self.units[i]
            out = [k for k in unit if self.apart(k)] if len(unit) > 1 else []
            if out:
                keep = [k for k in unit if k not in out] or out[:1]
                out = [k for k in out if k not in keep]
                unit[:] = keep
                for k in out:
                    self._group_of.pop(k, None)
                self.units[i + 1:i + 1] = [[k] for k in out]
                if self.position > i:
                    self.position += len(out)
                i += len(out)
            i += 1

    def pull_out(self, key) -> bool:
        i = self.unit_of(key)
        if i is None or len(self.units[i]) < 2:
            return False
        self.units[i].remove(key)
        self.units.insert(i + 1, [key])
        self.pulled.add(key)
        return True

    def rejoin(self, key, group, at) -> bool:
        self.pulled.discard(key)
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
        after = set(group[at + 1:])
        target.insert(next((n for n, k in enumerate(target) if k in after), len(target)), key)
        del self.units[i]
        self.position = next((n for n, u in enumerate(self.units) if u is current),
                             next(n for n, u in enumerate(self.units) if u is target))
        return True

    def focus(self, keys) -> None:
        keys = list(dict.fromkeys(keys))
        if not keys:
            return
        keys = [k for k in keys if k not in self.pulled and not self.apart(k)] or keys[:1]
        i = self.unit_of(keys[0])
        if i is not None and sorted(self.units[i]) == sorted(keys):
            self.position = i
            return
        target = self.units[i] if i is not None else None
        for u in self.units:
            if u is not target:
                u[:] = [k for k in u if k not in keys]
        if target is not None:
            rest = [k for k in target if k not in keys]
            target[:] = keys
            keep = [u for u in self.units if u]
            at = next(j for j, u in enumerate(keep) if u is target)
            self.units = keep[:at + 1] + [[k] for k in rest] + keep[at + 1:]
            self.position = at
            return
        current = self.units[self.position] if 0 <= self.position < len(self.units) else None
        keep = [u for u in self.units if u]
        at = next((j for j, u in enumerate(keep) if u is current), -1) + 1
        keep.insert(at, keys)
        self.units = keep
        self.position = at


@pytest.mark.parametrize("seed", range(12))
def test_the_indexed_queue_holds_what_a_plain_one_holds(seed):
    rnd = random.Random(seed)
    keys = rnd.sample(range(200), 60)
    groups = {k: rnd.randrange(8) for k in keys if rnd.random() < 0.7}
    alone: set[int] = set(rnd.sample(keys, 3))
    apart = alone.__contains__
    q, plain = ReviewQueue(keys, groups, apart), Plain(keys, groups, apart)
    pulled: dict[int, tuple[list[int], int]] = {}
    for step in range(300):
        op = rnd.random()
        key = rnd.choice(keys + [999])   # now and then one the list does not hold
        if op < 0.2:
            assert q.go_to(key) == plain.go_to(key)
        elif op < 0.4:
            unit = plain.units[plain.unit_of(key)] if plain.unit_of(key) is not None else []
            group, at = list(unit), unit.index(key) if key in unit else 0
            assert q.pull_out(key) == plain.pull_out(key)
            if key in plain.pulled:
                pulled[key] = (group, at)
        elif op < 0.5 and pulled:
            back = rnd.choice(sorted(pulled))
            group, at = pulled.pop(back)
            assert q.rejoin(back, group, at) == plain.rejoin(back, group, at)
        elif op < 0.8:
            chosen = rnd.sample(keys, rnd.randint(1, 4))
            if rnd.random() < 0.15:   # a suggestion led by an answer the list does not hold, with the current ones
                chosen = [1000 + step, *plain.units[plain.position]]
            q.focus(chosen)
            plain.focus(chosen)
        elif op < 0.9:
            alone.add(rnd.choice(keys))   # a flag that came later (a model's row)
            plain.separate()
            q.separate(alone) if rnd.random() < 0.5 else q.separate()
        else:
            assert q.step(1) == (0 <= plain.position + 1 < len(plain.units))
            plain.position = q.position
        assert q.units == plain.units and q.position == plain.position
        assert q.keys() == [k for u in plain.units for k in u] and q.size() == len(q.keys())
        assert q.place() == ((sum(len(u) for u in plain.units[:plain.position]), len(plain.units[plain.position]))
                             if 0 <= plain.position < len(plain.units) else (0, 0))
        for k in rnd.sample(keys, 5):
            assert q.unit_of(k) == plain.unit_of(k)
