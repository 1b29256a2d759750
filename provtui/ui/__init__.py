"""The terminal UI (Textual): screens and widgets over the core's events."""

import os

# Textual draws at most TEXTUAL_FPS frames a second (60 by default) on a fixed grid: a screen
# made dirty just after that grid's tick waited up to 16.7 ms for its frame, so with eight
# panes streaming the gap between frames swung 30 +/- 17 ms (frame interval p99 49-51 ms;
# keys p99 39-60). At 120 a frame lands within 8 ms of the tick that asked for it (p99
# 36-40 ms; keys 26-39); frames are still drawn only when something changed (+3% of them).
# A user's own TEXTUAL_FPS wins; set before textual is first imported (it reads it once).
os.environ.setdefault("TEXTUAL_FPS", "120")
