"""The progress line: on a terminal (a fake one here) rewritten in place under the rows and gone at the
end; anywhere else, rows only, without a control character."""

from __future__ import annotations

import io
import re
import sys

import pytest

from crosscheck.progress import ERASE, Console, progress_text


@pytest.fixture(autouse=True)
def xterm(monkeypatch):
    """A terminal that understands ANSI escapes, whatever TERM the tests run under (a dumb one in some CI)."""
    monkeypatch.setenv("TERM", "xterm")


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def screen(written: str) -> list[str]:
    """What a terminal shows after ``written``: ``\\r`` goes back to the line's start, ERASE clears to its
    end, ``\\n`` starts a new line (the last line, possibly empty, is where the cursor is)."""
    lines, line, col = [], "", 0
    for token in re.findall(r"\r|\n|\x1b\[K|[^\r\n\x1b]+", written):
        if token == "\r":
            col = 0
        elif token == "\n":
            lines.append(line)
            line, col = "", 0
        elif token == ERASE:
            line = line[:col]
        else:
            line = line[:col] + token + line[col + len(token):]
            col += len(token)
    return lines + [line]


def run(console: Console) -> None:
    console.say("header")
    console.start(3)
    console.case_done(True, "row 1 pass")
    console.say("    (a note between rows)")
    console.case_done(False, "row 2 FAIL")
    console.case_done(True)  # a passing case that -q does not print
    console.stop()
    console.say("3 of 3 cases run")


def test_progress_text_counts_and_estimates():
    assert progress_text(0, 186, 0, 1.25) == "[  0/186] 0 failed, 1.2 s"
    assert progress_text(37, 186, 1, 12.3) == "[ 37/186] 1 failed, 12.3 s, about 50 s left"
    assert progress_text(10, 186, 0, 60.0) == "[ 10/186] 0 failed, 60.0 s, about 18 min left"
    assert progress_text(186, 186, 2, 80.0) == "[186/186] 2 failed, 80.0 s"
    # Octave's start-up counts in the time, not in the time per case
    assert progress_text(37, 186, 1, 14.3, running=12.3) == "[ 37/186] 1 failed, 14.3 s, about 50 s left"


def test_on_a_terminal_the_line_is_rewritten_in_place_and_erased_at_the_end():
    out = FakeTTY()
    console = Console(out, tick=60)
    assert console.live
    run(console)
    written = out.getvalue()
    assert "\r[0/3] 0 failed" in written and "\r[2/3] 1 failed" in written and "\r[3/3] 1 failed" in written
    assert written.count(ERASE) >= 6
    # What stays on the screen: the rows, never a progress line nor a piece of one.
    assert screen(written) == ["header", "row 1 pass", "    (a note between rows)", "row 2 FAIL",
                                "3 of 3 cases run", ""]


def test_while_it_runs_the_progress_line_stands_under_the_rows():
    out = FakeTTY()
    console = Console(out, tick=60)
    console.start(2)
    console.case_done(False, "row 1")
    assert screen(out.getvalue())[:1] == ["row 1"] and screen(out.getvalue())[-1].startswith("[1/2] 1 failed, ")
    console.stop()


def test_a_dumb_terminal_gets_spaces_instead_of_escapes(monkeypatch):
    monkeypatch.setenv("TERM", "dumb")
    out = FakeTTY()
    run(Console(out, tick=60))
    assert "\x1b" not in out.getvalue() and "\r" in out.getvalue()
    assert [line.rstrip() for line in screen(out.getvalue())] == [
        "header", "row 1 pass", "    (a note between rows)", "row 2 FAIL", "3 of 3 cases run", ""]


def test_the_clock_ticks_between_cases():
    out = FakeTTY()
    console = Console(out, tick=0.01)
    console.start(5)
    console._stopped.wait(0.2)  # no case finishes: only the clock redraws the line
    console.stop()
    assert out.getvalue().count("[0/5] 0 failed") >= 3 and screen(out.getvalue()) == [""]


def test_elsewhere_rows_only_and_no_control_character():
    out = io.StringIO()
    console = Console(out, tick=0.01)
    assert not console.live
    run(console)
    assert out.getvalue() == "header\nrow 1 pass\n    (a note between rows)\nrow 2 FAIL\n3 of 3 cases run\n"


def test_a_reader_that_went_away_does_not_stop_the_run(monkeypatch):
    class Gone(FakeTTY):
        def write(self, text):
            raise BrokenPipeError

    monkeypatch.setattr(sys, "stdout", sys.stdout)  # say() replaces it: put it back afterwards
    console = Console(Gone(), tick=60)
    run(console)  # raises nothing
    assert not console.live and console.stream is sys.stdout and sys.stdout.name == "/dev/null"
