#!/usr/bin/env bash
# Set up Grader and open it on the bundled sample sheet with the bundled models.
#   bash scripts/run.sh [SHEET]     set up .venv, check Qt's system libraries, open the app
#   bash scripts/run.sh --check-qt  only check that the system has the libraries Qt's window needs
# On Linux, Qt's xcb platform plugin needs system libraries a stock desktop may lack (xcb-cursor,
# -icccm, -keysyms); without them Qt aborts with a message that names only one. This script finds
# every missing one (ldd on the plugin) and prints the one command that installs them.
set -euo pipefail
cd "$(dirname "$0")/.."

# soname -> package, per packaging family
deb_pkg() {
  case "$1" in
    libxcb-cursor.so.0) echo libxcb-cursor0 ;;     libxcb-icccm.so.4) echo libxcb-icccm4 ;;
    libxcb-keysyms.so.1) echo libxcb-keysyms1 ;;   libxcb-image.so.0) echo libxcb-image0 ;;
    libxcb-render-util.so.0) echo libxcb-render-util0 ;; libxcb-randr.so.0) echo libxcb-randr0 ;;
    libxcb-shape.so.0) echo libxcb-shape0 ;;       libxcb-xkb.so.1) echo libxcb-xkb1 ;;
    libxcb-xfixes.so.0) echo libxcb-xfixes0 ;;     libxcb-shm.so.0) echo libxcb-shm0 ;;
    libxcb-sync.so.1) echo libxcb-sync1 ;;         libxcb-render.so.0) echo libxcb-render0 ;;
    libxcb-glx.so.0) echo libxcb-glx0 ;;           libxcb-util.so.1) echo libxcb-util1 ;;
    libxcb-xinerama.so.0) echo libxcb-xinerama0 ;; libxcb-xinput.so.0) echo libxcb-xinput0 ;;
    libxcb.so.1) echo libxcb1 ;;                   libX11-xcb.so.1) echo libx11-xcb1 ;;
    libX11.so.6) echo libx11-6 ;;                  libxkbcommon.so.0) echo libxkbcommon0 ;;
    libxkbcommon-x11.so.0) echo libxkbcommon-x11-0 ;;
    libEGL.so.1) echo libegl1 ;;                   libGL.so.1) echo libgl1 ;;
    libOpenGL.so.0) echo libopengl0 ;;             libGLX.so.0) echo libglx0 ;;
    libfontconfig.so.1) echo libfontconfig1 ;;     libfreetype.so.6) echo libfreetype6 ;;
    libdbus-1.so.3) echo libdbus-1-3 ;;            libglib-2.0.so.0) echo libglib2.0-0 ;;
    *) return 1 ;;
  esac
}
rpm_pkg() {
  case "$1" in
    libxcb-cursor.so.0) echo xcb-util-cursor ;;    libxcb-icccm.so.4) echo xcb-util-wm ;;
    libxcb-keysyms.so.1) echo xcb-util-keysyms ;;  libxcb-image.so.0) echo xcb-util-image ;;
    libxcb-render-util.so.0) echo xcb-util-renderutil ;; libxcb-util.so.1) echo xcb-util ;;
    libxkbcommon-x11.so.0) echo libxkbcommon-x11 ;; libxkbcommon.so.0) echo libxkbcommon ;;
    libxcb*.so.*) echo libxcb ;;                   libEGL.so.1) echo libglvnd-egl ;;
    libGL.so.1) echo libglvnd-glx ;;               libOpenGL.so.0) echo libglvnd-opengl ;;
    libfontconfig.so.1) echo fontconfig ;;         libX11*.so.*) echo libX11 ;;
    *) return 1 ;;
  esac
}
arch_pkg() {
  case "$1" in
    libxcb-cursor.so.0) echo xcb-util-cursor ;;    libxcb-icccm.so.4) echo xcb-util-wm ;;
    libxcb-keysyms.so.1) echo xcb-util-keysyms ;;  libxcb-image.so.0) echo xcb-util-image ;;
    libxcb-render-util.so.0) echo xcb-util-renderutil ;; libxcb-util.so.1) echo xcb-util ;;
    libxkbcommon*.so.0) echo libxkbcommon-x11 ;;   libxcb*.so.*) echo libxcb ;;
    libEGL.so.1|libGL.so.1|libOpenGL.so.0) echo libglvnd ;;
    libfontconfig.so.1) echo fontconfig ;;         libX11*.so.*) echo libx11 ;;
    *) return 1 ;;
  esac
}

# Print nothing and succeed when Qt's xcb plugin finds all its libraries; otherwise say which are
# missing and the one command that installs them, and fail.
check_qt_libs() {
  [ "$(uname -s)" = Linux ] || return 0
  case "${QT_QPA_PLATFORM:-}" in offscreen*|minimal*|wayland*|vnc*) return 0 ;; esac
  local plugin
  plugin=$(ls .venv/lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so 2>/dev/null | head -n 1)
  if [ -z "$plugin" ]; then
    echo "grader: PySide6's xcb plugin is not in .venv; run bash scripts/setup-venv.sh first." >&2
    return 1
  fi
  local missing
  missing=$(ldd "$plugin" 2>/dev/null | awk '/=> not found/ {print $1}' | sort -u | tr '\n' ' ')
  [ -z "$missing" ] && return 0

  local id="" like="" family=deb cmd pkgs="" unknown="" lib pkg
  if [ -r /etc/os-release ]; then
    id=$(. /etc/os-release; echo "${ID:-}")
    like=$(. /etc/os-release; echo "${ID_LIKE:-}")
  fi
  case " $id $like " in
    *" debian "*|*" ubuntu "*) family=deb; cmd="sudo apt-get install -y" ;;
    *" fedora "*|*" rhel "*|*" centos "*) family=rpm; cmd="sudo dnf install -y" ;;
    *" suse "*|*" opensuse "*) family=rpm; cmd="sudo zypper install -y" ;;
    *" arch "*) family=arch; cmd="sudo pacman -S --needed" ;;
    *) family=deb; cmd="sudo apt-get install -y" ;;
  esac
  for lib in $missing; do
    if pkg=$("${family}_pkg" "$lib"); then
      case " $pkgs " in *" $pkg "*) ;; *) pkgs="$pkgs $pkg" ;; esac
    else
      unknown="$unknown $lib"
    fi
  done
  {
    echo "grader: Qt cannot open a window: this system lacks ${missing% }."
    [ -n "$pkgs" ] && echo "Install them with:  $cmd$pkgs"
    [ -n "$unknown" ] && echo "No package name known here for:$unknown (find the package that provides it)."
  } >&2
  return 1
}

if [ "${1:-}" = "--check-qt" ]; then
  check_qt_libs && echo "Qt's system libraries are all there."
  exit
fi
bash scripts/setup-venv.sh
check_qt_libs
exec .venv/bin/grader "${@:-assets/sample-class.xlsx}"
