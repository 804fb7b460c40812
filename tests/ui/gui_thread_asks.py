"""Which thread asks the file system about a (slow, shared) folder, or runs a function: a ``Path`` method or the
function watched for the test."""
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


def calls_on_gui_thread(monkeypatch, owner, name: str) -> list[bool]:
    """``owner.<name>`` (a module's function) watched (through ``monkeypatch``): for each call from now on, whether the
    GUI thread made it, appended to the list returned. The real function still answers."""
    on_gui_thread: list[bool] = []
    real = getattr(owner, name)

    def watched(*args, **kwargs):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, watched)
    return on_gui_thread
