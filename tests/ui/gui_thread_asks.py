"""Which thread asks the file system about a (slow, shared) folder: a ``Path`` method watched for the test."""
from __future__ import annotations

import threading
from pathlib import Path


def path_asks_on_gui_thread(monkeypatch, folder: Path, method: str) -> list[bool]:
    """``Path.<method>`` watched (through ``monkeypatch``): for each call about a file under ``folder``, whether the
    GUI thread made it, appended to the list returned. The real method still answers."""
    on_gui_thread: list[bool] = []
    real = getattr(Path, method)

    def watched(self, *args, **kwargs):
        if folder in self.parents:
            on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, method, watched)
    return on_gui_thread
