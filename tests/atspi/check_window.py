"""Reads the real window through AT-SPI, as Orca does, and checks what issue 22 asks for.

Run by tests/atspi/run.sh (a virtual display, a session bus and the accessibility bus). Checks,
on a first visit in Japanese:
  - the window (frame) is named after the app;
  - headings exist, with levels;
  - the first question's answers are radio buttons inside a group named by the question;
  - the top bar reads left to right;
and, after closing the questions, that Ctrl+2 moves the focus to the connection check's heading.
Exit status 0 when every check holds; each failure is printed.
"""
import os
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

APP = os.environ.get("APP_NAME", "signin")
TITLE = os.environ.get("APP_TITLE", "サインイン レスキュー")
QUESTION = os.environ.get("FIRST_QUESTION", "画面にはどう表示されていますか")
CLOSE = os.environ.get("CLOSE_QUESTIONS", "質問を閉じる")
NET_HEADING = os.environ.get("NET_HEADING", "接続チェック")

failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def find_app(timeout=30):
    start = time.time()
    while time.time() - start < timeout:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            name = (app.get_name() or "").lower() if app is not None else ""
            if APP in name or TITLE.lower() in name or "sign-in rescue" in name:
                return app
        time.sleep(1)
    return None


def nodes(root):
    out = []

    def walk(node):
        out.append(node)
        for i in range(node.get_child_count()):
            child = node.get_child_at_index(i)
            if child is not None:
                walk(child)

    walk(root)
    return out


def role(node):
    return node.get_role_name()


def x_of(node):
    return node.get_extents(Atspi.CoordType.WINDOW).x


app = find_app()
if app is None:
    desktop = Atspi.get_desktop(0)
    names = [desktop.get_child_at_index(i).get_name() for i in range(desktop.get_child_count())]
    print("FAIL the app is not on the accessibility bus:", names)
    sys.exit(1)
time.sleep(2)
all_nodes = nodes(app)
frames = [n for n in all_nodes if role(n) in ("frame", "window")]
check(any(n.get_name() == TITLE for n in frames), f"the window is named {TITLE!r}")

headings = [n for n in all_nodes if role(n) == "heading"]
levels = {n.get_name(): (n.get_attributes() or {}).get("level") for n in headings}
print("     headings:", levels)
# AccessKit's AT-SPI adapter (accesskit_atspi_common 0.21) does not pass heading levels or
# expanded states on to AT-SPI; the kittest tests check them in the AccessKit tree.
check(TITLE in levels, "the app's name is a heading")
check(QUESTION in levels, "the question is a heading")

radios = [n for n in all_nodes if role(n) == "radio button"]
check(len(radios) >= 2, f"the answers are radio buttons ({len(radios)})")
check(
    all(not (n.get_name() or "").startswith(("○", "●")) for n in radios),
    "no drawn marks in the answers' names",
)
groups = [n for n in all_nodes if role(n) in ("radio menu", "grouping", "panel") and n.get_name() == QUESTION]
check(
    any(any(r.get_parent() == g or r.get_parent().get_parent() == g for r in radios) for g in groups),
    "the radio buttons sit in a group named by the question",
)

top = [n for n in all_nodes if role(n) in ("push button", "toggle button") and (n.get_name() or "") in ("表示", "進み具合", "日本語", "English")]
names = [n.get_name() for n in top]
xs = [x_of(n) for n in top]
print("     top bar in reading order:", list(zip(names, xs)))
check(xs == sorted(xs) and len(xs) == 4, "the top bar reads left to right")

# Close the questions through AT-SPI, as a screen reader user does, then Ctrl+2.
close = [n for n in all_nodes if n.get_name() == CLOSE]
check(bool(close), "the close link is there")
if close:
    Atspi.Action.do_action(close[0], 0)
    time.sleep(2)
    tabs = [n for n in nodes(app) if role(n) == "page tab"]
    print("     tabs:", [(n.get_name(), n.get_state_set().contains(Atspi.StateType.SELECTED)) for n in tabs])
    check(len(tabs) >= 4, "the views are tabs")
    windows = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "."],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    for window in windows[:1]:
        subprocess.run(["xdotool", "windowfocus", "--sync", window], check=False)
    subprocess.run(["xdotool", "key", "ctrl+2"], check=False)
    time.sleep(2)
    after = nodes(app)
    print("     selected tab after Ctrl+2:", [n.get_name() for n in after if role(n) == "page tab" and n.get_state_set().contains(Atspi.StateType.SELECTED)])
    focused = [n for n in after if n.get_state_set().contains(Atspi.StateType.FOCUSED)]
    print("     focused after Ctrl+2:", [(role(n), n.get_name()) for n in focused])
    check(
        any(role(n) == "heading" and n.get_name() == NET_HEADING for n in focused),
        "Ctrl+2 moves the focus to the connection check's heading",
    )

sys.exit(1 if failures else 0)
