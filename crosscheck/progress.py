"""Where a run's lines go: its rows as cases finish and, on a terminal, a progress line under them.

The progress line, ``[ 37/186] 1 failed, 12.3 s, about 40 s left``, is rewritten in place (carriage
return, then clear to the end of the line) once a second and after every case, erased before each row
is printed and at the end, so that rows and summary read as if it had never been there. When the
output is not a terminal (a pipe, a file, a CI log) there is no progress line and no control character:
rows only.
"""

from __future__ import annotations

import os
import sys
import threading
import time

#: Clear to the end of the line (ANSI); a terminal that says it is dumb gets spaces instead.
ERASE = "\x1b[K"


def progress_text(done: int, total: int, failed: int, seconds: float, running: float | None = None) -> str:
    """``[ 37/186] 1 failed, 12.3 s, about 40 s left``: ``seconds`` since the run started; the estimate
    is the time per case so far (``running``: the seconds the cases have been running, default
    ``seconds``) times the cases left, none before the first case has finished."""
    text = f"[{done:>{len(str(total))}}/{total}] {failed} failed, {seconds:.1f} s"
    if 0 < done < total:
        left = (seconds if running is None else running) / done * (total - done)
        text += f", about {left:.0f} s left" if left < 90 else f", about {left / 60:.0f} min left"
    return text


class Console:
    """Prints a run's lines to ``stream`` (stdout by default); ``live`` (default: whether ``stream`` is
    a terminal) adds the progress line between :meth:`start` and :meth:`stop`.

    Once the reader has gone (``crosscheck | head``), lines go nowhere and the run goes on: the reports
    are still written.
    """

    def __init__(self, stream=None, live: bool | None = None, tick: float = 1.0):
        self.stream = sys.stdout if stream is None else stream
        self.live = self._isatty(self.stream) if live is None else live
        self.tick = tick
        self.done = self.total = self.failed = 0
        self._t0 = self._since = 0.0
        self._shown = ""  # the progress text on screen now ("" when none)
        self._lock = threading.RLock()
        self._stopped = threading.Event()
        self._stopped.set()  # no progress line before start()
        self._ticker: threading.Thread | None = None
        self._dumb = os.environ.get("TERM", "") == "dumb"

    @staticmethod
    def _isatty(stream) -> bool:
        try:
            return bool(stream.isatty())
        except (AttributeError, ValueError):  # no isatty, or a closed stream
            return False

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except BrokenPipeError:
            self.stream = sys.stdout = open(os.devnull, "w")  # noqa: SIM115 -- for the rest of the run
            self.live = False

    def _erase(self) -> str:
        """What takes the progress line off the screen, the cursor back at the line's start."""
        if not self._shown:
            return ""
        return "\r" + (" " * len(self._shown) + "\r" if self._dumb else ERASE)

    def _draw(self) -> None:
        with self._lock:
            if not self.live or self._stopped.is_set():
                return
            now = time.perf_counter()
            text = progress_text(self.done, self.total, self.failed, now - self._since, now - self._t0)
            pad = " " * max(0, len(self._shown) - len(text)) if self._dumb else ERASE
            self._write("\r" + text + pad)
            self._shown = text

    def say(self, text: str) -> None:
        """Print a line (or several), above the progress line."""
        with self._lock:
            self._write(self._erase() + text + "\n")
            self._shown = ""
            self._draw()

    def start(self, total: int, since: float | None = None) -> None:
        """Show the progress line (on a terminal) for ``total`` cases about to run, and keep its clock
        going; ``since`` (a ``time.perf_counter()``) is when the run started, Octave's start-up included
        (default: now)."""
        self.total, self.done, self.failed, self._t0 = total, 0, 0, time.perf_counter()
        self._since = self._t0 if since is None else since
        self._stopped.clear()
        if self.live:
            self._draw()
            self._ticker = threading.Thread(target=self._tick, name="crosscheck-progress", daemon=True)
            self._ticker.start()

    def _tick(self) -> None:
        while not self._stopped.wait(self.tick):
            self._draw()

    def case_done(self, passed: bool, row: str | None = None) -> None:
        """Count a finished case and print its row (None: no row, as ``-q`` does for a pass)."""
        with self._lock:
            self.done += 1
            self.failed += not passed
            if row is not None:
                self._write(self._erase() + row + "\n")
                self._shown = ""
            self._draw()

    def stop(self) -> None:
        """Erase the progress line for good (the summary follows)."""
        self._stopped.set()
        if self._ticker is not None:
            self._ticker.join(timeout=2 * self.tick)
            self._ticker = None
        with self._lock:
            if self._shown:
                self._write(self._erase())
                self._shown = ""
