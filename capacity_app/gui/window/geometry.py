"""Where the main window goes on the screen it starts on: sizes from the screen's available area
(what the desktop's panels leave), never from a fixed size or only from the last session.

Pure arithmetic on (x, y, width, height) tuples, so that it is tested without a screen. The
window's frame (title bar, borders drawn by the window manager) is not known before it is shown:
``FRAME`` is a margin kept for it, so that the status bar (the only "Saved" confirmation) stays
on screen."""
from __future__ import annotations

Rect = tuple[int, int, int, int]

# room for the window manager's title bar and borders (not part of the window's own geometry)
FRAME = (8, 40)
# below these the window still opens at this size when the screen has room (a window restored from
# a session on a smaller screen, or shrunk by a window manager, is not kept tiny on a large one)
SMALLEST = (960, 600)
# a first start on a screen up to this size uses the whole available area (mission laptops)
FILL_UP_TO = (1440, 900)


def first_run(available: Rect) -> tuple[Rect, bool]:
    """The window's geometry on a first start and whether to maximise it: the whole available area
    on a laptop-sized screen, else four fifths of it (at most 1600 × 1000), centred."""
    ax, ay, aw, ah = available
    if aw <= FILL_UP_TO[0] or ah <= FILL_UP_TO[1]:
        return fit((ax, ay, aw, ah), available), True
    w, h = min(1600, aw * 4 // 5), min(1000, ah * 4 // 5)
    return (ax + (aw - w) // 2, ay + (ah - h) // 2, w, h), False


def fit(window: Rect, available: Rect) -> Rect:
    """``window`` moved and shrunk so that it and its frame lie inside ``available``, and grown to
    ``SMALLEST`` (as far as the screen allows)."""
    x, y, w, h = window
    ax, ay, aw, ah = available
    room_w, room_h = max(1, aw - FRAME[0]), max(1, ah - FRAME[1])
    w = min(max(w, min(SMALLEST[0], room_w)), room_w)
    h = min(max(h, min(SMALLEST[1], room_h)), room_h)
    x = min(max(x, ax + FRAME[0] // 2), ax + aw - w - FRAME[0] // 2)
    y = min(max(y, ay + FRAME[1] - FRAME[0] // 2), ay + ah - h - FRAME[0] // 2)
    return x, y, w, h
