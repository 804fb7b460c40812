"""A tiny text progress bar with an ETA, on stderr, for the long steps of ``grader-distill``.

On a terminal the bar redraws in place; otherwise (a log file, CI) it writes a line at every 10 %
so logs stay short. No dependency beyond the standard library.
"""
from __future__ import annotations

import sys
import time
from typing import Iterable, Iterator, TextIO, TypeVar

T = TypeVar("T")


def format_seconds(s: float) -> str:
    s = max(0, int(round(s)))
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m:02d}:{sec:02d}"


class ProgressBar:
    """``with ProgressBar(total, "set 1") as bar: ... bar.update()``."""

    def __init__(self, total: int, label: str = "", stream: TextIO | None = None, width: int = 28,
                 min_interval: float = 0.2, enabled: bool = True, clock=time.monotonic) -> None:
        self.total = max(0, int(total))
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.width = width
        self.min_interval = min_interval
        self.enabled = enabled
        self.clock = clock
        self.done = 0
        self.start = clock()
        self._last_draw = -1e9
        self._last_decile = -1
        self._tty = bool(getattr(self.stream, "isatty", lambda: False)())

    def eta(self) -> float | None:
        """Seconds left, from the mean pace so far; None before the first step."""
        if self.done <= 0 or self.total <= 0:
            return None
        elapsed = self.clock() - self.start
        return elapsed / self.done * max(0, self.total - self.done)

    def render(self) -> str:
        frac = min(1.0, self.done / self.total) if self.total else 1.0
        filled = int(round(frac * self.width))
        bar = "#" * filled + "-" * (self.width - filled)
        eta = self.eta()
        tail = "" if eta is None else (f" ETA {format_seconds(eta)}" if self.done < self.total
                                       else f" in {format_seconds(self.clock() - self.start)}")
        head = f"{self.label} " if self.label else ""
        return f"{head}[{bar}] {self.done}/{self.total} {frac:4.0%}{tail}"

    def update(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = self.clock()
        finished = self.done >= self.total
        if self._tty:
            if finished or now - self._last_draw >= self.min_interval:
                self.stream.write("\r" + self.render() + ("\n" if finished else ""))
                self.stream.flush()
                self._last_draw = now
        else:
            decile = int(10 * min(1.0, self.done / self.total)) if self.total else 10
            if decile > self._last_decile:
                self._last_decile = decile
                self.stream.write(self.render() + "\n")
                self.stream.flush()

    def close(self) -> None:
        if self.enabled and self._tty and self.done < self.total:
            self.stream.write("\n")
            self.stream.flush()

    def __enter__(self) -> "ProgressBar":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def progress(items: Iterable[T], total: int | None = None, label: str = "", **kw) -> Iterator[T]:
    """Iterate ``items`` while drawing a bar."""
    if total is None:
        try:
            total = len(items)  # type: ignore[arg-type]
        except TypeError:
            total = 0
    with ProgressBar(total, label, **kw) as bar:
        for x in items:
            yield x
            bar.update()
