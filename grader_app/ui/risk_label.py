"""Where the risk plot's ring words go: the places a label can take inside the plotted area, nearest the ring first,
and which of them the lines pass through.

The plot asks this on every threshold move, so the places are weighed all at once (numpy) rather than one rectangle and
one pixel column at a time (that took a few hundred ms per move on the GUI thread: QA s52g finding 6). The rule is
the one it was: a place is clear where no pixel column it spans has a line (``pad`` around it) between its top and
bottom; among places equally near, the one listed first (left to right, then top to bottom) wins.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSizeF

Columns = dict[int, list[tuple[float, float]]]


def taken_columns(lines: list[list[QPointF]], pad: float) -> Columns:
    """For each pixel column, the heights the lines pass through there (``pad`` more on every side): what a label
    must keep clear of."""
    cols: Columns = {}
    for line in lines:
        for a, b in zip(line, line[1:] or line):
            (x0, y0), (x1, y1) = sorted(((a.x(), a.y()), (b.x(), b.y())))
            for col in range(math.floor(x0 - pad), math.ceil(x1 + pad) + 1):
                lo, hi = max(x0, col - pad), min(x1, col + 1 + pad)
                ys = (y0, y1) if x1 == x0 else (y0 + (y1 - y0) * (lo - x0) / (x1 - x0),
                                                y0 + (y1 - y0) * (hi - x0) / (x1 - x0))
                cols.setdefault(col, []).append((min(ys) - pad, max(ys) + pad))
    return cols


def with_ring(cols: Columns, centre: QPointF, edge: float) -> Columns:
    """``cols`` with the ring around ``centre`` (``edge`` from it every way) taken too; ``cols`` itself is left as it
    was (the plot keeps it for the next threshold)."""
    out = dict(cols)
    for col in range(math.floor(centre.x() - edge), math.ceil(centre.x() + edge) + 1):
        out[col] = [*cols.get(col, ()), (centre.y() - edge, centre.y() + edge)]
    return out


class LabelPlaces:
    """Where a label of ``size`` can go inside ``area`` (2 px in), the places nearest the point ``near`` first, and
    how many pixel columns of each a line of ``cols`` passes through."""

    def __init__(self, size: QSizeF, area: QRectF, near: QPointF, cols: Columns) -> None:
        self.w, self.h = w, h = size.width(), size.height()
        span_x, span_y = area.width() - 4 - w, area.height() - 4 - h
        self.xs: list[float] = []
        self.ys: list[float] = []
        self.order: list[int] = []   # indices into the x-major grid, nearest first
        self.blocked = np.zeros(0, dtype=np.int64)
        if span_x < 0 or span_y < 0:
            return
        step = max(2.0, math.sqrt(span_x * span_y / 1500))   # a few thousand places at most, however large the plot

        def steps(start: float, span: float) -> list[float]:
            return [start + i * step for i in range(int(span / step) + 1)] + [start + span]

        self.xs, self.ys = steps(area.left() + 2, span_x), steps(area.top() + 2, span_y)
        self._near, self._cols = near, cols

    def _weigh(self) -> None:
        """The places' order and the lines they meet, once, when first asked (a longer wording that has a clear
        place leaves the shorter ones unweighed)."""
        if self.order or not self.xs:
            return
        nx, ny, w, h = self._near.x(), self._near.y(), self.w, self.h
        hw, hh = w / 2, h / 2

        def gap(x: float, y: float) -> float:   # as QRectF(x, y, w, h) measures it: right() is x + w, center() x + w/2
            dx = max(x - nx, 0.0, nx - (x + w))
            dy = max(y - ny, 0.0, ny - (y + h))
            return math.hypot(dx, dy) + 0.01 * math.hypot((x + hw) - nx, (y + hh) - ny)

        gaps = [gap(x, y) for x in self.xs for y in self.ys]
        self.order = sorted(range(len(gaps)), key=gaps.__getitem__)   # stable: ties keep the grid's order
        self.blocked = self._blocked(self._cols)

    def __len__(self) -> int:
        return len(self.xs) * len(self.ys)

    def rect(self, index: int) -> QRectF:
        return QRectF(self.xs[index // len(self.ys)], self.ys[index % len(self.ys)], self.w, self.h)

    def _blocked(self, cols: Columns) -> np.ndarray:
        """Per place (x-major), how many of its pixel columns (floor(left) up to ceil(right), that one left out) have
        a line between its top and bottom."""
        first = [math.floor(x) for x in self.xs]
        last = [math.ceil(x + self.w) for x in self.xs]
        c0, c1 = min(first), max(last)
        depth = max([len(cols.get(c, ())) for c in range(c0, c1)] + [1])
        lo = np.full((c1 - c0, depth), np.inf)
        hi = np.full((c1 - c0, depth), -np.inf)
        for c in range(c0, c1):
            spans = cols.get(c, ())
            if spans:
                lo[c - c0, :len(spans)], hi[c - c0, :len(spans)] = zip(*spans)
        tops = np.array(self.ys)
        bottoms = tops + self.h
        hit = ((lo[:, :, None] < bottoms[None, None, :]) & (hi[:, :, None] > tops[None, None, :])).any(axis=1)
        upto = np.vstack([np.zeros((1, len(tops)), dtype=np.int64), np.cumsum(hit, axis=0, dtype=np.int64)])
        return np.concatenate([upto[b - c0] - upto[a - c0] for a, b in zip(first, last)])

    def first_clear(self) -> QRectF | None:
        """The nearest place no line passes through, if any."""
        self._weigh()
        clear = self.blocked[self.order] == 0 if self.order else np.zeros(0, dtype=bool)
        return self.rect(self.order[int(np.argmax(clear))]) if clear.any() else None

    def fewest_lines(self, ring: QRectF) -> QRectF:
        """The place off ``ring`` (as QRectF.intersects tells it) where the fewest pixel columns have a line, the
        nearest of those."""
        self._weigh()
        xs = np.repeat(np.array(self.xs), len(self.ys))
        ys = np.tile(np.array(self.ys), len(self.xs))
        meets = (xs < ring.right()) & (ring.left() < xs + self.w) & (ys < ring.bottom()) & (ring.top() < ys + self.h)
        key = (meets.astype(np.int64) * (1 << 40) + self.blocked)[self.order]
        return self.rect(self.order[int(np.argmin(key))])
