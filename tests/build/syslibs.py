"""Make a desktop without some system libraries, for real, in a private mount namespace.

``without_libs(tmp, sonames, cmd)`` returns a command that runs ``cmd`` where the given libraries
cannot be found: every folder holding one of them is covered (bind mount) by a folder of symbolic
links to everything else in it. The rest of the machine is untouched. Needs root and
``unshare -m``; ``namespace_problem()`` says why not, or None.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

XCB_UTILS = {"libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
             "libxcb-keysyms.so.1": "libxcb-keysyms1"}
STRICT = os.environ.get("GRADER_REQUIRE_SYSCALL_TESTS") == "1"


def namespace_problem() -> str | None:
    unshare = shutil.which("unshare")
    if not unshare:
        return "unshare (util-linux) is not installed"
    probe = subprocess.run([unshare, "-m", "sh", "-c", "mount --bind /tmp /tmp"], capture_output=True, text=True)
    if probe.returncode != 0:
        return f"cannot make a private mount namespace here (needs root): {probe.stderr.strip()[:200]}"
    return None


def system_lib(soname: str) -> Path | None:
    """Where the dynamic loader finds ``soname`` (from ldconfig's cache), or None."""
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    for line in out.splitlines():
        parts = line.strip().split(" => ")
        if len(parts) == 2 and parts[0].split(" ")[0] == soname:
            p = Path(parts[1])
            if p.exists():
                return p
    return None


def without_libs(tmp: Path, sonames, cmd: list) -> list[str]:
    stems = tuple(s.split(".so")[0] + ".so" for s in sonames)
    folders = sorted({Path(os.path.realpath(p)).parent for s in sonames if (p := system_lib(s))})
    script = []
    for i, folder in enumerate(folders):
        orig, shadow = tmp / f"orig{i}", tmp / f"shadow{i}"
        orig.mkdir(parents=True)
        shadow.mkdir()
        for name in os.listdir(folder):
            if not name.startswith(stems):
                os.symlink(orig / name, shadow / name)
        script.append(f'mount --bind "{folder}" "{orig}" && mount --bind "{shadow}" "{folder}"')
    script.append('exec "$@"')
    return [shutil.which("unshare"), "-m", "sh", "-c", " && ".join(script), "sh", *map(str, cmd)]
