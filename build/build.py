"""Build Grader's one-folder app (and, where the tools exist, its installer) from a clean venv.

One command, from the repo root, with any Python 3.11+:

    python3 build/build.py                  # Linux: dist/grader/ and dist/grader-VERSION-linux-x86_64.tar.gz
    python3 build/build.py --self-test      # ...then run the built app's --self-test offscreen
    python3 build/build.py --fresh          # throw the build venv away first

Steps: (1) make build/work/venv holding only the app's runtime dependencies (those listed in
pyproject.toml's [project] dependencies, no extras) plus PyInstaller; (2) run PyInstaller on
build/grader.spec, which excludes what the app never imports and drops unused Qt plugins and
translations; (3) on Linux strip debug symbols from the .so files except numpy's and other
``*.libs/`` folders (stripping OpenBLAS breaks it); (4) pack the result: a tarball with the
.desktop file and icon on Linux, GraderSetup.exe via Inno Setup's ISCC on Windows, a .dmg via
build/macos/make_dmg.sh on macOS.

The package itself is not pip-installed into the build venv: PyInstaller reads grader_app from the
source tree (pathex in the spec), which keeps setuptools from writing into this build/ folder.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / "work"
VENV = WORK / "venv"
DIST = ROOT / "dist"
APP_DIR = DIST / "grader"
IS_WIN = sys.platform == "win32"
IS_MAC = sys.platform == "darwin"
PYINSTALLER_SPEC = "pyinstaller>=6.3,<7"


class BuildError(Exception):
    """A build step failed; the message says which and what to do."""


def log(msg: str) -> None:
    print(f"[build] {msg}", flush=True)


def run(cmd: list, **kw) -> None:
    log("$ " + " ".join(str(c) for c in cmd))
    res = subprocess.run([str(c) for c in cmd], **kw)
    if res.returncode != 0:
        raise BuildError(f"`{Path(str(cmd[0])).name} {' '.join(str(c) for c in cmd[1:3])} ...` failed "
                         f"with exit status {res.returncode}; read the output above")


def project_meta() -> tuple[str, list[str]]:
    """(version, runtime dependencies) from pyproject.toml and grader_app/__init__.py."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        raise BuildError("build/build.py needs Python 3.11 or newer (for tomllib); run it with python3.11") from None
    with open(ROOT / "pyproject.toml", "rb") as fh:
        deps = list(tomllib.load(fh)["project"]["dependencies"])
    ns: dict = {}
    exec((ROOT / "grader_app" / "__init__.py").read_text(encoding="utf-8"), ns)  # our own file: the version
    return ns["__version__"], deps


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if IS_WIN else "bin/python")


def make_venv(deps: list[str], fresh: bool) -> Path:
    """A venv with only the runtime dependencies; reused while they stay the same."""
    wanted = "\n".join(sorted(deps) + [PYINSTALLER_SPEC, sys.version.split()[0]])
    stamp = VENV / "grader-build-deps.txt"
    if fresh and VENV.exists():
        log(f"removing {VENV.relative_to(ROOT)}")
        shutil.rmtree(VENV)
    if VENV.exists() and stamp.is_file() and stamp.read_text() == wanted and venv_python().exists():
        log(f"reusing {VENV.relative_to(ROOT)} (same dependencies)")
        return venv_python()
    if VENV.exists():
        shutil.rmtree(VENV)
    log(f"creating a clean venv in {VENV.relative_to(ROOT)}")
    run([sys.executable, "-m", "venv", VENV])
    py = venv_python()
    run([py, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--upgrade", "pip"])
    run([py, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *deps, PYINSTALLER_SPEC])
    stamp.write_text(wanted)
    return py


def write_windows_version_info(version: str) -> None:
    """The VERSIONINFO resource PyInstaller embeds in the .exe files (Windows only)."""
    nums = [int(p) if p.isdigit() else 0 for p in version.split(".")[:4]]
    nums += [0] * (4 - len(nums))
    t = tuple(nums)
    (WORK / "version_info.txt").write_text(f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={t}, prodvers={t}, mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1,
                    subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'Grader'),
      StringStruct('FileDescription', 'Grader: offline grading of short answers'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('ProductName', 'Grader'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
""", encoding="utf-8")


def pyinstaller(py: Path) -> None:
    if APP_DIR.exists():
        shutil.rmtree(APP_DIR)
    run([py, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", DIST, "--workpath", WORK / "pyinstaller", HERE / "grader.spec"], cwd=ROOT)


def internal_dir() -> Path:
    return APP_DIR / "_internal"


def strip_linux() -> int:
    """Strip debug symbols from shared objects, leaving ``*.libs`` folders (numpy's OpenBLAS) alone."""
    strip = shutil.which("strip")
    if not strip:
        log("no `strip` on PATH; skipping the strip step (the app is just larger)")
        return 0
    before = dir_size(APP_DIR)
    files = [p for p in APP_DIR.rglob("*") if p.is_file() and not p.is_symlink() and (".so" in p.name)
             and not any(part.endswith(".libs") for part in p.relative_to(APP_DIR).parts)]
    for chunk in range(0, len(files), 200):
        subprocess.run([strip, "--strip-unneeded", *map(str, files[chunk:chunk + 200])],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    saved = before - dir_size(APP_DIR)
    log(f"stripped {len(files)} shared objects: {saved / 1e6:.1f} MB saved")
    return saved


# Libraries Qt or Python may dlopen() by name rather than list as NEEDED: never pruned. (libdbus-1
# is dlopen()ed too, but deliberately left to the system: Qt runs without it, and a copy from the
# build machine drags in its libsystemd and libgcrypt.)
DLOPENED = ("libxcb", "libX", "libxkbcommon", "libfontconfig", "libfreetype", "libEGL",
            "libGL", "libwayland", "libpython")


def _is_elf(p: Path) -> bool:
    try:
        with open(p, "rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def _needed(p: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(p)], capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def prune_linux() -> int:
    """Delete collected shared libraries that nothing left in the app needs.

    The spec drops Qt plugins (GTK theme, eglfs, evdev, ...) after PyInstaller has already collected
    their dependencies; this walks the NEEDED entries from every remaining extension module,
    plugin and the executable, and removes the top-level libraries no walk reaches.
    """
    if not shutil.which("readelf"):
        log("no `readelf` on PATH; skipping the unused-library pass")
        return 0
    internal = internal_dir()
    lib_dirs = {internal, internal / "PySide6" / "Qt" / "lib"}
    by_name: dict[str, Path] = {}
    elf: list[Path] = []
    for p in APP_DIR.rglob("*"):
        if p.is_symlink():
            if p.parent in lib_dirs:
                by_name[p.name] = p.resolve()
            continue
        if p.is_file() and _is_elf(p):
            elf.append(p)
            by_name.setdefault(p.name, p)
    candidates = {p for p in elf if p.parent in lib_dirs and p.name.startswith("lib") and ".so" in p.name
                  and not p.name.startswith(DLOPENED)}
    todo = [p for p in elf if p not in candidates]
    seen = set(todo)
    while todo:
        for name in _needed(todo.pop()):
            dep = by_name.get(name)
            if dep is not None and dep not in seen:
                seen.add(dep)
                todo.append(dep)
    unused = sorted(candidates - seen)
    saved = sum(p.stat().st_size for p in unused)
    for p in unused:
        p.unlink()
    for link in [q for d in lib_dirs if d.is_dir() for q in d.iterdir() if q.is_symlink() and not q.exists()]:
        link.unlink()
    if unused:
        log(f"removed {len(unused)} libraries nothing needs ({saved / 1e6:.1f} MB): "
            + ", ".join(p.name for p in unused))
    return saved


# ICU data Qt never reads. Qt Core calls ICU only for case mapping, collation (ucol_*: coll/ is
# kept), converters for legacy codecs (ucnv_*: the app decodes files in Python), and time-zone IDs
# and display names (ucal_*: the ID tables live in the root .res files, which are kept; only the
# translated zone names go). No break iterators (ubrk_*), no formatting of units, currencies,
# languages or regions, no transliteration, no spelled-out numbers. Checked with `nm -D` on
# libQt6Core; the frozen app's --self-test checks German collation and Turkish casing.
ICU_DROP_TREES = ("brkitr/", "curr/", "lang/", "rbnf/", "region/", "translit/", "unit/", "zone/")
ICU_DROP_SUFFIXES = (".cnv",)


ICU_TOOLS = ("icupkg", "genccode", "cc", "readelf", "nm")


def trim_icu_linux() -> int:
    """Rebuild Qt's libicudata without the items Qt never uses (32 MB -> about 8 MB).

    Needs Debian's icu-devtools (icupkg, genccode) and a C compiler; without them the library is
    left whole.
    """
    libs = [p for p in (internal_dir() / "PySide6" / "Qt" / "lib").glob("libicudata.so.*") if not p.is_symlink()]
    if not libs:
        return 0
    missing = [t for t in ICU_TOOLS if not shutil.which(t)]
    if missing:
        log(f"ICU data left whole (about 24 MB more): {', '.join(missing)} not found; install Debian's "
            "icu-devtools and gcc")
        return 0
    return shrink_icu_data(libs[0], WORK / "icu")


def shrink_icu_data(lib: Path, work: Path) -> int:
    """Replace the ICU data library ``lib`` in place by one without ICU_DROP_*; return bytes saved.

    The data are cut out of the library's read-only section, repacked with icupkg and turned back
    into a shared library with the same soname and data symbol.
    """
    tools = {t: shutil.which(t) for t in ICU_TOOLS}
    syms = subprocess.run([tools["nm"], "-D", "-S", "--defined-only", str(lib)], capture_output=True, text=True).stdout
    m = re.search(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt(\d+)_dat)$", syms, re.M)
    if not m:
        log(f"ICU data left whole: no icudtNN_dat symbol in {lib.name}")
        return 0
    addr, size, symbol, ver = int(m.group(1), 16), int(m.group(2), 16), m.group(3), m.group(4)
    sections = subprocess.run([tools["readelf"], "-SW", str(lib)], capture_output=True, text=True).stdout
    sm = re.search(r"\]\s+\.rodata\s+PROGBITS\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    soname = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]",
                       subprocess.run([tools["readelf"], "-d", str(lib)], capture_output=True, text=True).stdout)
    if not sm or not soname:
        log(f"ICU data left whole: cannot find .rodata or the soname in {lib.name}")
        return 0
    offset = addr - int(sm.group(1), 16) + int(sm.group(2), 16)
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    # icupkg names the items inside after the output file (icudt73l/coll/de.res): keep the name.
    (work / "small").mkdir()
    full, small = work / f"icudt{ver}l.dat", work / "small" / f"icudt{ver}l.dat"
    with open(lib, "rb") as fh:
        fh.seek(offset)
        full.write_bytes(fh.read(size))
    items = subprocess.run([tools["icupkg"], "-l", str(full)], capture_output=True, text=True, check=True).stdout.split()
    drop = [i for i in items if i.startswith(ICU_DROP_TREES) or i.endswith(ICU_DROP_SUFFIXES)]
    (work / "drop.txt").write_text("\n".join(drop) + "\n")
    run([tools["icupkg"], "-r", work / "drop.txt", full, small], stdout=subprocess.DEVNULL)
    run([tools["genccode"], "-q", "-a", "gcc", "-e", f"icudt{ver}", "-d", work / "small", small])
    new = work / soname.group(1)
    (asm,) = (work / "small").glob("*.S")  # genccode names it after the input file
    run([tools["cc"], "-shared", "-nostdlib", f"-Wl,-soname,{soname.group(1)}", "-o", new, asm])
    if symbol not in subprocess.run([tools["nm"], "-D", str(new)], capture_output=True, text=True).stdout:
        raise BuildError(f"the rebuilt ICU data library lacks {symbol}; run with --no-icu-trim and report it")
    saved = lib.stat().st_size - new.stat().st_size
    shutil.copyfile(new, lib)
    log(f"ICU data: {len(drop)} of {len(items)} items Qt never reads removed, {saved / 1e6:.1f} MB saved")
    return saved


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def normalise_permissions() -> int:
    """Make every file readable (and every program runnable) by all users.

    Files keep their mode through PyInstaller and the tarball; a bundle written through mkstemp is
    0600, so an app unpacked by an administrator for all users could not read its own models.
    """
    if IS_WIN:
        return 0
    changed = 0
    for p in [APP_DIR, *APP_DIR.rglob("*")]:
        if p.is_symlink():
            continue
        mode = p.stat().st_mode & 0o7777
        want = mode | (0o555 if p.is_dir() or mode & 0o100 else 0o444)
        if want != mode:
            p.chmod(want)
            changed += 1
    if changed:
        log(f"made {changed} files and folders readable by all users")
    return changed


# The xcb helper libraries Qt's xcb platform plugin needs that a stock desktop may lack (Qt 6.5+ needs
# xcb-cursor; a minimal Debian/Ubuntu has none of the three). PyInstaller copies them into the app
# only when the build machine has them; without them the app aborts on such a desktop with Qt's
# "could not load the Qt platform plugin" message. soname -> Debian/Ubuntu package.
XCB_UTILS = {"libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
             "libxcb-keysyms.so.1": "libxcb-keysyms1"}


def check_xcb_libs(required: bool) -> list[str]:
    """Linux: the frozen app must carry XCB_UTILS; return the missing sonames (an error if required)."""
    missing = [name for name in XCB_UTILS
               if not any((d / name).exists() for d in (internal_dir(), internal_dir() / "PySide6" / "Qt" / "lib"))]
    if not missing:
        log(f"carries Qt's xcb helper libraries: {', '.join(XCB_UTILS)}")
        return []
    msg = (f"the app lacks {', '.join(missing)} (the build machine does not have them), so it will not open "
           f"a window on a desktop without them; install them and build again: "
           f"sudo apt-get install -y {' '.join(XCB_UTILS[m] for m in missing)}")
    if required:
        raise BuildError(msg)
    log("WARNING: " + msg)
    return missing


def check_layout() -> None:
    """The frozen app must carry its models and sample sheet where grader_app.paths looks for them."""
    base = internal_dir() if internal_dir().is_dir() else APP_DIR
    want = ["assets/icons/grader-256.png"]
    want += [f"grader_app/ui/translations/{p.name}" for p in (ROOT / "grader_app" / "ui" / "translations").glob("*.qm")]
    want += [f"model_bundles/{p.name}" for p in (ROOT / "model_bundles").glob("*.gradebundle")]
    want += ["assets/sample-class.xlsx"] if (ROOT / "assets" / "sample-class.xlsx").is_file() else []
    missing = [p for p in want if not (base / p).exists()]
    if missing:
        raise BuildError(f"the built app lacks {', '.join(missing)}; check the datas list in build/grader.spec")
    if len(want) == 1 or not any((base / "model_bundles").glob("*.gradebundle")):
        log("warning: the build holds no model bundles or no sample sheet; --self-test needs both")


# Never in the app: the developer side, and anything that could open the network.
FORBIDDEN = ("torch", "transformers", "skl2onnx", "grader_app.distill", "ssl", "pytest")
# Always in the app: learning from the teacher's marks (grader_app.learn) and what it runs on.
REQUIRED = ("grader_app.learn", "sklearn", "scipy.optimize", "scipy.sparse", "scipy.stats")


def check_contents() -> None:
    """Fail if a module the app must not carry was frozen (a hook or a stray import pulled it in)."""
    import ast

    toc = WORK / "pyinstaller" / "grader" / "PYZ-00.toc"
    names: set[str] = set()
    if toc.is_file():
        data = ast.literal_eval(toc.read_text(encoding="utf-8"))
        entries = data[1] if isinstance(data, tuple) and len(data) > 1 and isinstance(data[1], list) else data
        names = {e[0] for e in entries if isinstance(e, (tuple, list)) and e and isinstance(e[0], str)}
    base = internal_dir() if internal_dir().is_dir() else APP_DIR
    found = sorted({f for f in FORBIDDEN
                    if any(n == f or n.startswith(f + ".") for n in names) or (base / f.replace(".", "/")).exists()})
    if found:
        raise BuildError(f"the frozen app contains {', '.join(found)}, which it must never ship; "
                         "add them to the excludes in build/grader.spec or find the import that pulls them in")
    lacking = [r for r in REQUIRED if not any(n == r or n.startswith(r + ".") for n in names)
               and not (base / r.replace(".", "/")).exists()]
    if lacking:
        raise BuildError(f"the frozen app lacks {', '.join(lacking)}, which learning from the teacher's marks "
                         "needs; check the excludes in build/grader.spec")
    log(f"checked {len(names)} frozen modules: none of {', '.join(FORBIDDEN)}; all of {', '.join(REQUIRED)}")


def linux_tarball(version: str) -> Path:
    """dist/grader-VERSION-linux-ARCH.tar.gz: the app folder plus .desktop, icon and installer script."""
    linux = HERE / "linux"
    shutil.copy2(linux / "grader.desktop", APP_DIR / "grader.desktop")
    shutil.copy2(linux / "install.sh", APP_DIR / "install.sh")
    shutil.copy2(linux / "grader-mime.xml", APP_DIR / "grader-mime.xml")
    shutil.copy2(ROOT / "assets" / "icons" / "grader-256.png", APP_DIR / "grader.png")
    (APP_DIR / "install.sh").chmod(0o755)
    out = DIST / f"grader-{version}-linux-{platform.machine()}.tar.gz"
    log(f"packing {out.relative_to(ROOT)}")
    with tarfile.open(out, "w:gz", compresslevel=6) as tf:
        tf.add(APP_DIR, arcname="grader")
    return out


def windows_installer(version: str) -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    default = Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)")) / "Inno Setup 6" / "ISCC.exe"
    if not iscc and default.is_file():
        iscc = str(default)
    if not iscc:
        log("Inno Setup (ISCC.exe) not found: dist/grader/ is built but GraderSetup.exe is not; install Inno Setup 6")
        return None
    run([iscc, f"/DAppVersion={version}", f"/DSourceDir={APP_DIR}", f"/DOutputDir={DIST}",
         f"/DIconFile={ROOT / 'assets' / 'icons' / 'grader.ico'}", HERE / "windows" / "grader.iss"])
    return DIST / "GraderSetup.exe"


def mac_dmg(version: str) -> Path | None:
    app = DIST / "Grader.app"
    if not app.is_dir():
        raise BuildError("PyInstaller did not produce dist/Grader.app; check the BUNDLE step in build/grader.spec")
    out = DIST / f"Grader-{version}.dmg"
    run(["bash", HERE / "macos" / "make_dmg.sh", app, out])
    return out


def self_test() -> None:
    exe = APP_DIR / ("grader-cli.exe" if IS_WIN else "grader")
    if IS_MAC and not exe.exists():
        exe = DIST / "Grader.app" / "Contents" / "MacOS" / "grader"
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    t0 = time.perf_counter()
    run([exe, "--self-test"], env=env)
    log(f"self-test passed in {time.perf_counter() - t0:.1f} s")


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Build Grader's one-folder app and its installer.")
    p.add_argument("--fresh", action="store_true", help="delete the build venv and make it again")
    p.add_argument("--self-test", action="store_true", help="run the built app's --self-test afterwards")
    p.add_argument("--no-package", action="store_true", help="stop after dist/grader/ (no tarball/installer)")
    p.add_argument("--no-strip", action="store_true", help="skip stripping .so files (Linux)")
    p.add_argument("--no-icu-trim", action="store_true", help="ship Qt's ICU data whole (Linux)")
    p.add_argument("--require-xcb-libs", action="store_true",
                   help="fail unless the app carries libxcb-cursor, -icccm and -keysyms (Linux; CI sets it)")
    args = p.parse_args(argv)
    t0 = time.perf_counter()
    try:
        version, deps = project_meta()
        WORK.mkdir(parents=True, exist_ok=True)
        py = make_venv(deps, args.fresh)
        if IS_WIN:
            write_windows_version_info(version)
        pyinstaller(py)
        if sys.platform.startswith("linux"):
            prune_linux()
            if not args.no_icu_trim:
                trim_icu_linux()
            if not args.no_strip:
                strip_linux()
            check_xcb_libs(args.require_xcb_libs)
        normalise_permissions()
        check_layout()
        check_contents()
        log(f"dist/grader: {dir_size(APP_DIR) / 1e6:.1f} MB on disk")
        if args.self_test:
            self_test()
        out = None
        if not args.no_package:
            if IS_WIN:
                out = windows_installer(version)
            elif IS_MAC:
                out = mac_dmg(version)
            else:
                out = linux_tarball(version)
        if out is not None and out.exists():
            log(f"{out.relative_to(ROOT)}: {out.stat().st_size / 1e6:.1f} MB, sha256 {sha256(out)}")
    except BuildError as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    log(f"done in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
