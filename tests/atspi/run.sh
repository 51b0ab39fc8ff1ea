#!/usr/bin/env bash
# Reads the real window through AT-SPI and checks it (tests/atspi/check_window.py).
#
#   tests/atspi/run.sh PATH/TO/signin-rescue
#
# Needs: at-spi2-core, python3-gi, gir1.2-atspi-2.0, dbus (dbus-run-session), xvfb, xdotool.
# Starts the app on a virtual display with a fresh data folder (a first visit, in Japanese),
# tells it a screen reader runs (AccessKit publishes its tree only then), and checks.
set -eu
app=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
disp=$(( (RANDOM % 200) + 500 ))
while [ -e /tmp/.X11-unix/X$disp ]; do disp=$((disp + 1)); done
exec timeout 180 dbus-run-session -- bash -c "
Xvfb :$disp -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 & X=\$!
sleep 1; export DISPLAY=:$disp LIBGL_ALWAYS_SOFTWARE=1 XDG_RUNTIME_DIR=\${XDG_RUNTIME_DIR:-/tmp}
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 & B=\$!
sleep 1
busctl --user set-property org.a11y.Bus /org/a11y/bus org.a11y.Status IsEnabled b true
busctl --user set-property org.a11y.Bus /org/a11y/bus org.a11y.Status ScreenReaderEnabled b true
'$app' --data-dir '$data' --lang ja >'$data/app.log' 2>&1 & A=\$!
sleep 7
status=0
/usr/bin/python3 '$here/check_window.py' || status=\$?
[ \$status = 0 ] || tail -5 '$data/app.log'
kill \$A \$B \$X 2>/dev/null || true
exit \$status"
