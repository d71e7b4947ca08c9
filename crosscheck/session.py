"""One Octave session, through oct2py, started only when it is first needed.

This is the only module that imports oct2py (importing it starts an Octave process). A call ends in
one of four ways, kept apart because they mean different things: ``ok``; ``error`` (Octave raised an
error: the message is kept); ``timeout`` (the call overran its time: Octave is killed and restarted);
``died`` (the Octave process went away: it is restarted). Octave's known noise on stderr (the Debian
7.3 exit message, the X11 warnings of ``octave`` without ``-cli``) is filtered out, line for line, and
nothing else is.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

#: The project's Octave originals, and the harness's own helper functions.
OCTAVE_DIR = Path(__file__).resolve().parent.parent / "octave"
HELPER_DIR = Path(__file__).resolve().parent / "m"

#: Without these, an Octave that is stopped by a signal leaves an ``octave-workspace`` file behind.
NO_CORE_FILES = ("crash_dumps_octave_core (false); sighup_dumps_octave_core (false); "
                 "sigterm_dumps_octave_core (false);")

#: Lines Octave prints that mean nothing to a user (exact text, after stripping the line end).
NOISE_LINES = frozenset({
    "error: ignoring const execution_exception& while preparing to exit",
    "octave: X11 DISPLAY environment variable not set",
    "octave: disabling GUI features",
})


class OctaveUnavailable(RuntimeError):
    """No usable Octave: octave-cli is not installed, or it would not start."""


@dataclass
class Call:
    """One function call to send: ``[out{1:nout}] = function (args{:})``."""

    function: str
    args: tuple
    nout: int
    timeout: float | None = None  # None: the session's time-out


@dataclass
class CallResult:
    """How a call ended: status is "ok", "error", "timeout" or "died"."""

    status: str
    outputs: tuple = ()
    message: str = ""
    seconds: float = float("nan")


def find_octave() -> str | None:
    """Path of octave-cli (``OCTAVE_EXECUTABLE`` wins when set), or None."""
    exe = os.environ.get("OCTAVE_EXECUTABLE")
    if exe:
        return shutil.which(exe) or (exe if os.path.exists(exe) else None)
    return shutil.which("octave-cli")


def filter_noise(text: str) -> str:
    """``text`` without the lines in NOISE_LINES; every other line is kept as it was."""
    return "".join(line for line in text.splitlines(keepends=True) if line.rstrip("\r\n") not in NOISE_LINES)


@contextlib.contextmanager
def _filtered_stderr():
    """Route file descriptor 2 (subprocesses included) through filter_noise."""
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError):  # no real stderr (an embedded interpreter): nothing to filter
        yield
        return
    with tempfile.TemporaryFile(mode="w+b") as tmp:
        os.dup2(tmp.fileno(), 2)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
            tmp.seek(0)
            kept = filter_noise(tmp.read().decode("utf-8", "replace"))
            if kept:
                sys.stderr.write(kept)
                sys.stderr.flush()


class OctaveSession:
    """A lazily started Octave with ``octave/`` and the harness helpers on its path.

    Use as a context manager, or call :meth:`close`. ``paths`` are added to Octave's path after the
    project's own ``octave/`` (a user's own .m files, for example).
    """

    def __init__(self, paths=(), timeout: float = 60.0, executable: str | None = None):
        self.paths = [str(HELPER_DIR), str(OCTAVE_DIR), *map(str, paths)]
        self.timeout = timeout
        self.executable = executable
        self._oc = None
        self.version: str | None = None
        self.restarts = 0

    # -- life cycle -------------------------------------------------------------------------------
    def start(self) -> None:
        """Start Octave now (otherwise it starts on the first call)."""
        if self._oc is not None:
            return
        exe = self.executable or find_octave()
        if exe is None:
            raise OctaveUnavailable(
                "octave-cli was not found: as root run `apt-get install --no-install-recommends octave "
                "libopenblas0` (or `make crosscheck`, which does it), or set OCTAVE_EXECUTABLE")
        # The default session oct2py starts on import takes its executable from here.
        os.environ["OCTAVE_EXECUTABLE"] = exe
        with _filtered_stderr():
            try:
                import oct2py  # noqa: PLC0415 -- starts an Octave process: only here, only when asked

                default = oct2py.octave  # the import's own session: we use ours
                with contextlib.suppress(Exception):
                    default.eval(NO_CORE_FILES, verbose=False)
                    default.exit()
                self._oc = oct2py.Oct2Py(executable=exe, timeout=self.timeout, keep_matlab_shapes=True,
                                         load_octaverc=False, backend="disable", oned_as="column")
            except Exception as exc:  # noqa: BLE001 -- any failure to start means the same to a user
                self._oc = None
                raise OctaveUnavailable(f"Octave ({exe}) would not start: {exc}") from exc
        # On a time-out oct2py sends Octave an interrupt and waits up to 30 s for its prompt; a call
        # stuck where Octave ignores interrupts (inside BLAS) would then look like a death. We kill and
        # restart Octave after any time-out anyway, so let oct2py give up at once.
        self._oc._engine.repl.interrupt = lambda *args, **kwargs: ""
        self._oc.eval(NO_CORE_FILES, verbose=False)
        for p in self.paths:
            self._oc.addpath(p)
        self.version = str(self._oc.eval("version ()", nout=1, verbose=False))

    def close(self) -> None:
        """Stop Octave (a later call starts it again)."""
        if self._oc is None:
            return
        oc, self._oc = self._oc, None
        pid = self._pid(oc)
        if pid:  # SIGKILL first: a signal Octave can catch makes it write an octave-workspace file
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        with _filtered_stderr(), contextlib.suppress(Exception):
            oc.exit()

    def restart(self) -> None:
        """Kill Octave and start a fresh one (after a time-out or a death)."""
        self.close()
        self.restarts += 1
        self.start()

    def __enter__(self) -> "OctaveSession":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @staticmethod
    def _pid(oc) -> int | None:
        try:
            return oc._engine.repl.child.pid
        except AttributeError:
            return None

    @property
    def pid(self) -> int | None:
        """Process id of the running Octave, or None."""
        return self._pid(self._oc) if self._oc is not None else None

    # -- calls --------------------------------------------------------------------------------------
    def _feval(self, name: str, args: tuple, nout: int, timeout: float):
        """oct2py's feval with its three failure kinds told apart: returns (status, value, message)."""
        self.start()
        with self._ctrl_c_kills_octave() as interrupted:
            try:
                with _filtered_stderr():
                    value = self._oc.feval(name, *args, nout=nout, timeout=timeout,
                                           stream_handler=self._drop_output)
                outcome = None
            except Exception as exc:  # noqa: BLE001 -- sorted below
                outcome = exc
        if interrupted:
            # Whatever oct2py read after the interrupt is not this call's answer: drop it.
            self.close()
            raise KeyboardInterrupt
        if outcome is None:
            return "ok", value, ""
        text = str(outcome)
        if "Timed out" in text:
            self.restart()
            return "timeout", None, f"no answer within {timeout:g} s"
        if "Octave evaluation error" in text and self._alive():
            message = text.split("error: ", 1)[-1].split("\nerror: called from")[0].strip()
            return "error", None, message
        self.restart()
        first_line = text.strip().splitlines()[0] if text.strip() else repr(outcome)
        return "died", None, f"the Octave process died ({first_line})"

    @contextlib.contextmanager
    def _ctrl_c_kills_octave(self):
        """During a call, Ctrl-C kills Octave at once and is raised once the call has unwound.

        octave_kernel swallows a KeyboardInterrupt raised inside a call and oct2py then reads back
        whatever result file is there; so the interrupt is taken here instead, and reported as a
        KeyboardInterrupt by the caller (yields a list that is non-empty once Ctrl-C was pressed).
        """
        hit: list[bool] = []
        if threading.current_thread() is not threading.main_thread():
            yield hit
            return

        def on_sigint(signum, frame):
            hit.append(True)
            pid = self.pid
            if pid:
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)

        previous = signal.signal(signal.SIGINT, on_sigint)
        try:
            yield hit
        finally:
            signal.signal(signal.SIGINT, previous)

    def _alive(self) -> bool:
        pid = self.pid
        if pid is None:
            return False
        try:
            os.kill(pid, 0)
        except OSError:
            return False
        return True

    @staticmethod
    def _drop_output(line: str) -> None:
        """What Octave prints during a call (progress lines of an optimiser) is not the result."""

    def call(self, function: str, *args, nout: int = 1, timeout: float | None = None) -> CallResult:
        """Run one function; outputs come back as a tuple of 2-D arrays (or strings)."""
        return self.call_many([Call(function, args, nout, timeout)])[0]

    def call_many(self, calls: list[Call]) -> list[CallResult]:
        """Run several calls in one round trip.

        Errors are caught per call inside Octave. When the batch as a whole overruns (the sum of its
        calls' time-outs) or Octave dies, Octave is restarted and the calls are run one at a time, so
        that the time-out or death is pinned on the call that caused it and the others still get
        their answers.
        """
        if not calls:
            return []
        calls = [c if c.timeout else Call(c.function, c.args, c.nout, self.timeout) for c in calls]
        budget = sum(c.timeout for c in calls)
        status, value, message = self._feval(
            "crosscheck_batch",
            (tuple(c.function for c in calls), np.array([[float(c.nout) for c in calls]]),
             tuple(tuple(c.args) for c in calls)),
            4, budget)
        if status == "ok":
            return self._unpack(value, len(calls))
        if status == "error":  # the batch helper itself failed: report it on every call
            return [CallResult("error", message=message) for _ in calls]
        if len(calls) == 1:
            return [CallResult(status, message=message, seconds=calls[0].timeout if status == "timeout" else float("nan"))]
        return [self.call_many([c])[0] for c in calls]

    @staticmethod
    def _unpack(value, n: int) -> list[CallResult]:
        statuses, outputs, messages, seconds = value
        statuses, outputs, messages = (np.asarray(v, dtype=object).ravel() for v in (statuses, outputs, messages))
        seconds = np.asarray(seconds, dtype=float).ravel()
        results = []
        for k in range(n):
            outs = tuple(np.asarray(outputs[k], dtype=object).ravel()) if statuses[k] == "ok" else ()
            results.append(CallResult(str(statuses[k]), outs, str(messages[k]), float(seconds[k])))
        return results


