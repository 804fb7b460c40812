"""The installer inputs in build/ and assets/icons/: real files parsed, the Linux installer run."""
from __future__ import annotations

import configparser
import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build"
ICONS = ROOT / "assets" / "icons"


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", data[16:24])


# ----- icons ---------------------------------------------------------------------------------------
def test_icon_svg_is_what_the_script_draws():
    icons = _load(BUILD / "make_icons.py", "make_icons")
    assert (ICONS / "grader.svg").read_text(encoding="utf-8") == icons.svg_text()
    ET.fromstring(icons.svg_text().encode())  # well-formed SVG


def test_icon_pngs_have_the_sizes_their_names_say():
    icons = _load(BUILD / "make_icons.py", "make_icons")
    for n in icons.PNG_SIZES:
        assert _png_size(ICONS / f"grader-{n}.png") == (n, n)


def test_ico_holds_every_windows_size():
    data = (ICONS / "grader.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        w, h = data[6 + 16 * i], data[7 + 16 * i]
        sizes.add((w or 256, h or 256))  # 0 means 256 in an ICO directory
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes


def test_icns_is_an_apple_icon_file_of_the_right_length():
    data = (ICONS / "grader.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)


# ----- Linux -----------------------------------------------------------------------------------------
def _desktop() -> configparser.ConfigParser:
    cp = configparser.ConfigParser(interpolation=None)
    cp.optionxform = str
    cp.read(BUILD / "linux" / "grader.desktop", encoding="utf-8")
    return cp


def test_desktop_entry_names_the_app_icon_and_file_types():
    e = _desktop()["Desktop Entry"]
    assert e["Type"] == "Application" and e["Name"] == "Grader" and e["Icon"] == "grader"
    assert e["Exec"].split()[0] == "grader" and "%f" in e["Exec"]
    assert e["Terminal"] == "false"
    types = [t for t in e["MimeType"].split(";") if t]
    assert {"application/x-grader-bundle", "application/x-grader-project"} <= set(types)
    if shutil.which("desktop-file-validate"):
        res = subprocess.run(["desktop-file-validate", str(BUILD / "linux" / "grader.desktop")],
                             capture_output=True, text=True)
        assert res.returncode == 0, res.stdout + res.stderr


def test_mime_types_match_the_desktop_entry_and_the_suffixes():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(BUILD / "linux" / "grader-mime.xml").getroot()
    globs = {t.get("type"): [g.get("pattern") for g in t.findall("m:glob", ns)] for t in root.findall("m:mime-type", ns)}
    assert globs == {"application/x-grader-bundle": ["*.gradebundle"],
                     "application/x-grader-project": ["*.grader-project"]}
    from grader_app.bundles.archive import SUFFIX

    assert SUFFIX == ".gradebundle"


def test_linux_install_script_adds_and_removes_the_menu_entry(tmp_path):
    """Run the tarball's install.sh for a fake user against an unpacked app folder."""
    app = tmp_path / "Grades & marks" / "grader"   # a space and an & in the path, as teachers' folders have
    app.mkdir(parents=True)
    (app / "grader").write_text("#!/bin/sh\necho grader\n")
    (app / "grader").chmod(0o755)
    for name in ("grader.desktop", "install.sh", "grader-mime.xml"):
        shutil.copy2(BUILD / "linux" / name, app / name)
    shutil.copy2(ICONS / "grader-256.png", app / "grader.png")
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    res = subprocess.run(["sh", str(app / "install.sh")], env=env, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    data = home / ".local" / "share"
    entry = (data / "applications" / "grader.desktop").read_text()
    assert f'Exec="{app}/grader" %f' in entry
    assert f"TryExec={app}/grader" in entry
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "grader.png").read_bytes() == (app / "grader.png").read_bytes()
    assert (data / "mime" / "packages" / "grader.xml").is_file()
    link = home / ".local" / "bin" / "grader"
    assert link.is_symlink() and link.resolve() == (app / "grader").resolve()

    res = subprocess.run(["sh", str(app / "install.sh"), "--uninstall"], env=env, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert not (data / "applications" / "grader.desktop").exists()
    assert not (data / "mime" / "packages" / "grader.xml").exists()
    assert not link.exists() and not link.is_symlink()
    assert (app / "grader").exists()  # the app itself is the teacher's to delete


def test_linux_install_script_refuses_a_folder_without_the_app(tmp_path):
    shutil.copy2(BUILD / "linux" / "install.sh", tmp_path / "install.sh")
    res = subprocess.run(["sh", str(tmp_path / "install.sh")], env={"HOME": str(tmp_path / "h"), "PATH": "/usr/bin:/bin"},
                         capture_output=True, text=True)
    assert res.returncode == 2
    assert "no grader program beside this script" in res.stderr
    assert res.stderr.count("\n") == 1


@pytest.mark.parametrize("script", ["linux/appimage.sh", "macos/make_dmg.sh", "linux/install.sh"])
def test_shell_scripts_parse(script):
    res = subprocess.run(["bash", "-n", str(BUILD / script)], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr


# ----- Windows --------------------------------------------------------------------------------------
def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = "_preprocessor"
    for raw in (BUILD / "windows" / "grader.iss").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        m = re.fullmatch(r"\[(\w+)\]", line)
        if m:
            current = m.group(1)
            continue
        sections.setdefault(current, []).append(line)
    return sections


def test_inno_setup_script_has_start_menu_associations_and_uninstaller():
    s = _iss_sections()
    setup = dict(line.split("=", 1) for line in s["Setup"])
    assert setup["OutputBaseFilename"] == "GraderSetup"
    assert setup["ChangesAssociations"] == "yes"
    assert setup["UninstallDisplayIcon"] == r"{app}\{#AppExe}"
    assert setup["ArchitecturesInstallIn64BitMode"] == "x64compatible"
    assert setup.get("Uninstallable", "yes") == "yes"
    assert any(line.startswith('Name: "{autoprograms}\\{#AppName}"') for line in s["Icons"])
    reg = "\n".join(s["Registry"])
    for ext in (".gradebundle", ".grader-project"):
        assert f'Subkey: "Software\\Classes\\{ext}"' in reg
    assert reg.count('shell\\open\\command') >= 3
    assert all("Root: HKA;" in line for line in s["Registry"])  # per-user or per-machine, never HKCR
    # every line that creates a key of ours is removed again by the uninstaller
    ours = [ln for ln in s["Registry"] if re.search(r'Subkey: "Software\\Classes\\(\.gradebundle|\.grader-project)"', ln)
            or re.search(r'Subkey: "Software\\Classes\\\{#\w+ProgId\}"; ValueType', ln)]
    assert ours and all("uninsdelete" in ln for ln in ours)
    assert 'Source: "{#SourceDir}\\*"' in s["Files"][0] and "recursesubdirs" in s["Files"][0]


def test_inno_setup_script_defines_everything_it_uses():
    text = (BUILD / "windows" / "grader.iss").read_text(encoding="utf-8")
    defined = set(re.findall(r"#define\s+(\w+)", text))
    used = set(re.findall(r"\{#(\w+)\}", text))
    assert used <= defined, used - defined
    # the values build.py passes with /D are all ones the script knows
    passed = set(re.findall(r'f"/D(\w+)=', (BUILD / "build.py").read_text(encoding="utf-8")))
    assert passed and passed <= defined


# ----- PyInstaller spec and build script -------------------------------------------------------------
def test_spec_compiles_excludes_what_stack_notes_list_and_never_strips():
    src = (BUILD / "grader.spec").read_text(encoding="utf-8")
    compile(src, "grader.spec", "exec")
    for name in ("tkinter", "doctest", "PySide6.QtNetwork", "PySide6.QtDBus",
                 "onnxruntime.tools", "onnxruntime.transformers", "onnxruntime.quantization",
                 "onnxruntime.training", "numpy.distutils", "lib2to3",
                 "xmlrpc", "curses", "torch", "transformers", "skl2onnx", "grader_app.distill"):
        assert f'"{name}"' in src, name
    # grader_app.learn runs in the app: scikit-learn and scipy ship, with what scipy imports at load
    excludes = src.split("excludes = [", 1)[1].split("]", 1)[0]
    for name in ("sklearn", "scipy", "unittest", "pydoc", "numpy.testing", "numpy.f2py"):
        assert f'"{name}"' not in excludes, name
    code = "\n".join(line.split("#")[0] for line in src.splitlines())
    assert "strip=True" not in code and code.count("strip=False") >= 2
    assert "BUNDLE(" in src and "Grader.app" in src and "gradebundle" in src and "grader-project" in src


def test_build_script_installs_exactly_the_runtime_dependencies():
    build = _load(BUILD / "build.py", "grader_build")
    import tomllib

    version, deps = build.project_meta()
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert deps == pyproject["project"]["dependencies"]
    assert not any(d.split("[")[0].split("=")[0].split(">")[0].strip().lower() in ("torch", "transformers")
                   for d in deps)
    from grader_app import __version__

    assert version == __version__
    assert build.VENV.relative_to(ROOT).as_posix() == "build/work/venv"
    ignored = (ROOT / ".gitignore").read_text()
    assert "/dist/" in ignored and "/build/work/" in ignored


def test_build_script_is_runnable_and_documents_itself():
    res = subprocess.run([sys.executable, str(BUILD / "build.py"), "--help"], capture_output=True, text=True)
    assert res.returncode == 0
    assert "--self-test" in res.stdout and "--fresh" in res.stdout


# ----- ICU data trimming (Linux build step) ------------------------------------------------------------
def _qt_icu_data() -> Path | None:
    import PySide6

    libs = [p for p in (Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*") if not p.is_symlink()]
    return libs[0] if libs else None


@pytest.mark.skipif(sys.platform != "linux" or _qt_icu_data() is None
                    or not all(shutil.which(t) for t in ("icupkg", "genccode", "cc", "readelf", "nm")),
                    reason="needs Linux, Qt's libicudata and icu-devtools + gcc")
def test_icu_data_shrinks_and_keeps_what_qt_reads(tmp_path):
    build = _load(BUILD / "build.py", "grader_build_icu")
    lib = tmp_path / _qt_icu_data().name
    shutil.copyfile(_qt_icu_data(), lib)
    before = lib.stat().st_size
    saved = build.shrink_icu_data(lib, tmp_path / "work")
    assert saved == before - lib.stat().st_size and lib.stat().st_size < before * 0.4
    syms = subprocess.run(["nm", "-D", str(lib)], capture_output=True, text=True).stdout
    assert re.search(r" R icudt\d+_dat$", syms, re.M)
    soname = subprocess.run(["readelf", "-d", str(lib)], capture_output=True, text=True).stdout
    assert f"[{lib.name}]" in soname
    # what is left: collation and the root tables, nothing from the dropped trees
    small = next((tmp_path / "work" / "small").glob("icudt*l.dat"))
    items = subprocess.run(["icupkg", "-l", str(small)], capture_output=True, text=True, check=True).stdout.split()
    assert any(i.startswith("coll/") for i in items)
    assert any(i.startswith("timezoneTypes") or i.startswith("zoneinfo64") for i in items)
    assert not any(i.startswith(build.ICU_DROP_TREES) or i.endswith(".cnv") for i in items)
    # and Qt can read it: German collation through the shrunk library, in a fresh process
    code = ("from PySide6.QtCore import QCollator, QLocale\n"
            "c = QCollator(QLocale(QLocale.Language.German, QLocale.Country.Germany))\n"
            "print(c.compare('Äpfel', 'Birne') < 0 < c.compare('Zebra', 'Äpfel'))\n")
    res = subprocess.run([sys.executable, "-c", code], env=dict(os.environ, LD_PRELOAD=str(lib)),
                         capture_output=True, text=True, timeout=60)
    assert res.stdout.strip() == "True", res.stdout + res.stderr


# ----- Qt trimming rules (build/qt_trim.py, used by the spec on all three platforms) --------------------
@pytest.mark.parametrize("dest, kept", [
    # Linux / macOS layout
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
    ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.dylib", True),
    ("PySide6/Qt/plugins/styles/libqmacstyle.dylib", True),
    ("PySide6/Qt/translations/qtbase_de.qm", True),      # the languages Grader speaks keep Qt's buttons
    ("PySide6/Qt/translations/qtbase_fr.qm", False),
    ("PySide6/Qt/translations/qt_help_de.qm", False),
    ("PySide6/Qt/lib/libQt6Qml.so.6", False),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/Qt/lib/libicudata.so.73", True),
    # Windows layout
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6/plugins/platforms/qdirect2d.dll", False),
    ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
    ("PySide6/plugins/imageformats/qico.dll", True),
    ("PySide6/plugins/imageformats/qwebp.dll", False),
    ("PySide6/translations/qtbase_fr.qm", False),
    ("PySide6/translations/qtbase_es.qm", True),
    ("PySide6/Qt6Quick.dll", False),
    ("PySide6/Qt6Gui.dll", True),
    # not Qt at all
    ("numpy.libs/libscipy_openblas64_.so", True),
    ("onnxruntime/capi/onnxruntime_pybind11_state.so", True),
    ("assets/icons/grader-256.png", True),
])
def test_qt_trim_rules(dest, kept):
    qt_trim = _load(BUILD / "qt_trim.py", "qt_trim")
    assert qt_trim.keep((dest, "/src/" + dest, "BINARY")) is kept


def test_release_workflow_builds_all_three_and_runs_the_self_test():
    yaml = pytest.importorskip("yaml")
    wf = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8"))
    build = wf["jobs"]["build"]
    oses = [m["os"] for m in build["strategy"]["matrix"]["include"]]
    assert any(o.startswith("ubuntu") for o in oses) and any(o.startswith("windows") for o in oses) \
        and any(o.startswith("macos") for o in oses)
    runs = "\n".join(s.get("run", "") for s in build["steps"])
    assert "python build/build.py --self-test" in runs
    assert "score assets/sample-class.xlsx" in runs
    assert "bash build/linux/appimage.sh" in runs
    assert wf["jobs"]["release"]["needs"] == "build"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_built_files_become_readable_by_every_user(tmp_path, monkeypatch):
    build = _load(BUILD / "build.py", "grader_build_perm")
    app = tmp_path / "grader"
    (app / "_internal" / "model_bundles").mkdir(parents=True)
    model = app / "_internal" / "model_bundles" / "asap-sas-1.gradebundle"
    model.write_bytes(b"zip")
    model.chmod(0o600)                      # as write_bundle's mkstemp leaves it
    exe = app / "grader"
    exe.write_bytes(b"elf")
    exe.chmod(0o700)
    (app / "_internal").chmod(0o700)
    monkeypatch.setattr(build, "APP_DIR", app)
    assert build.normalise_permissions() == 3
    assert model.stat().st_mode & 0o777 == 0o644
    assert exe.stat().st_mode & 0o777 == 0o755
    assert (app / "_internal").stat().st_mode & 0o777 == 0o755
    assert build.normalise_permissions() == 0   # nothing left to change
