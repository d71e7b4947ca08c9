"""One Octave session, through oct2py, started only when it is first needed.

This is the only module that imports oct2py (importing it starts an Octave process), and within it
only :class:`Oct2PyAdapter` touches oct2py: what the harness needs beyond oct2py's documented API
(private attributes, the texts of its messages, the session it starts on import) is listed there, and
a test fails when an oct2py release changes any of it.

A call ends in one of four ways (:class:`CallStatus`), kept apart because they mean different things:
``ok``; ``error`` (Octave raised an error: the message is kept); ``timeout`` (the call overran its
time: Octave is killed and restarted); ``died`` (the Octave process went away: it is restarted).
Octave's known noise on stderr (the Debian 7.3 exit message, the X11 warnings of ``octave`` without
``-cli``) is filtered out, line for line, and nothing else is.
"""

from __future__ import annotations

import contextlib
import enum
import importlib.metadata
import importlib.util
import io
import os
import shutil
import signal
import sys
import tempfile
import threading
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np


def _shipped(name: str, in_clone: Path) -> Path:
    """crosscheck/<name> where the package is installed (pyproject.toml ships it), else in_clone."""
    installed = Path(__file__).resolve().parent / name
    return installed if installed.is_dir() else in_clone


#: The project's Octave originals (octave/ in a clone), and the harness's own helper functions.
OCTAVE_DIR = _shipped("octave", Path(__file__).resolve().parent.parent / "octave")
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


class Oct2PyMissing(OctaveUnavailable):
    """The Python package oct2py cannot be imported (Octave itself may be fine)."""


class CallStatus(str, enum.Enum):
    """How a call ended. A str, so that ``result.status == "ok"`` holds and ``f"{status}"`` is "ok"."""

    OK = "ok"
    ERROR = "error"
    TIMEOUT = "timeout"
    DIED = "died"

    __str__ = str.__str__  # Python 3.11's Enum would print "CallStatus.OK"
    __format__ = str.__format__


@dataclass(kw_only=True)
class Call:
    """One function call to send: ``[out{1:nout}] = function (args{:})``."""

    function: str
    args: tuple
    nout: int
    timeout: float | None = None  # None: the session's time-out


@dataclass(frozen=True, kw_only=True)
class CallResult:
    """How a call ended, its outputs (when ok), Octave's message or ours, and its time in Octave."""

    status: CallStatus
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


#: _filtered_stderr is process-wide (file descriptor 2): sessions used from several threads at once
#: (``crosscheck -j N``) share one redirection, set up by the first to enter and undone by the last out.
_STDERR_LOCK = threading.Lock()
_stderr_users = 0
_stderr_saved: tuple | None = None  # (the real fd 2's duplicate, the temporary file) while redirected


@contextlib.contextmanager
def _filtered_stderr():
    """Route file descriptor 2 (subprocesses included) through filter_noise."""
    global _stderr_users, _stderr_saved
    with _STDERR_LOCK:
        if _stderr_users == 0:
            try:
                sys.stderr.flush()
                saved = os.dup(2)
            except (OSError, ValueError):  # no real stderr (an embedded interpreter): nothing to filter
                saved = None
            if saved is not None:
                tmp = tempfile.TemporaryFile(mode="w+b")
                os.dup2(tmp.fileno(), 2)
                _stderr_saved = (saved, tmp)
        _stderr_users += 1
    try:
        yield
    finally:
        with _STDERR_LOCK:
            _stderr_users -= 1
            if _stderr_users == 0 and _stderr_saved is not None:
                saved, tmp = _stderr_saved
                _stderr_saved = None
                sys.stderr.flush()
                os.dup2(saved, 2)
                os.close(saved)
                tmp.seek(0)
                kept = filter_noise(tmp.read().decode("utf-8", "replace"))
                tmp.close()
                if kept:
                    sys.stderr.write(kept)
                    sys.stderr.flush()


def _parents() -> dict[int, int]:
    """Every process's parent, as /proc tells (empty where there is no /proc)."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            found[int(stat.parent.name)] = int(stat.read_text().rpartition(")")[2].split()[1])
        except (OSError, ValueError, IndexError):
            continue
    return found


def _descendants(roots: set[int], parents: dict[int, int]) -> list[int]:
    """``roots`` and every process below them, parents before their children: killed in that order, a
    shell script dies before its child does, and so never prints "Killed" for it on our stderr."""
    found, level = list(roots), set(roots)
    while level:
        level = {pid for pid, parent in parents.items() if parent in level and pid not in found}
        found += sorted(level)
    return found


@contextlib.contextmanager
def _start_up_limit(seconds: float, fired: threading.Event):
    """Within the block, start an Octave; after ``seconds`` (``fired`` set), and whenever the block
    raises (Ctrl-C included), every child process started within it is killed (SIGKILL: no
    octave-workspace), so that an executable that never answers, or babbles, cannot hang the start
    and nothing is left running. oct2py then raises, and the caller says why."""
    me = os.getpid()
    before = {pid for pid, parent in _parents().items() if parent == me}
    done = threading.Event()

    def kill_new() -> None:
        # the new children and all below them: a script's own children would hold its pipes open
        parents = _parents()
        for pid in _descendants({pid for pid, parent in parents.items() if parent == me} - before, parents):
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)

    def watch() -> None:
        if done.wait(seconds):
            return
        fired.set()
        while not done.wait(0.1):  # oct2py's import may start a second one: kill that too
            kill_new()

    watcher = threading.Thread(target=watch, name="crosscheck-start-up", daemon=True)
    watcher.start()
    try:
        yield
    except BaseException:
        done.set()
        kill_new()
        raise
    finally:
        done.set()
        watcher.join()


def _drop_output(line: str) -> None:
    """What Octave prints during a call (progress lines of an optimiser) is not the result."""


#: The oct2py release constraints.txt pins; everything Oct2PyAdapter relies on was checked against it.
PINNED_OCT2PY = "6.1.1"


class Oct2PyAdapter:
    """One running ``oct2py.Oct2Py``, and everything the harness relies on in oct2py beyond its API.

    oct2py folds Octave errors, time-outs and crashes into one exception class and starts a session
    on import; the harness keeps those apart and starts Octave only when asked, which takes details
    that any oct2py release may change. They are all here, and :meth:`check_internals` names those
    that no longer hold (tests/crosscheck/test_oct2py_adapter.py runs it):

    - the version: oct2py ``PINNED_OCT2PY``, as pinned in constraints.txt (pyproject.toml allows >=6.1,<7);
    - the session started on import: ``import oct2py`` starts ``oct2py.octave`` (``octave = Oct2Py(``
      in its ``__init__.py``) on the executable in ``OCTAVE_EXECUTABLE``; we stop it;
    - two private attributes of an ``Oct2Py`` (PRIVATE_ATTRIBUTES): ``_engine.repl.interrupt``,
      replaced by a no-op (after a time-out oct2py interrupts Octave and waits up to 30 s for its
      prompt; a call stuck where Octave ignores interrupts, inside BLAS, would then look like a death,
      and we kill Octave anyway), and ``_engine.repl.child.pid``, the Octave process to kill;
    - the texts of oct2py's exceptions (MESSAGES): "Timed out" for a time-out, "Octave evaluation
      error" for an error raised in Octave, whose message stands between "error: " and
      "\\nerror: called from"; another ``oct2py.Oct2PyError`` ("Session died, restarting"), or any
      exception once Octave is gone, is a death. An exception of another class while Octave runs
      comes from oct2py's Python side: an argument it cannot convert, or an Octave error it cannot
      format (6.1.1 with keep_matlab_shapes raises "TypeError: %d format: ... not Cell" for an error
      with a call stack); it is an error of the call, and Octave is left running. (crosscheck_batch
      catches the calls' own errors inside Octave, so only its own failures come this way.)
    - the public API used: ``Oct2Py(executable, timeout, keep_matlab_shapes, load_octaverc, backend,
      oned_as)``, ``.eval(code, nout, verbose)``, ``.feval(name, *args, nout, timeout,
      stream_handler)``, ``.addpath(path)``, ``.exit()``.
    """

    PRIVATE_ATTRIBUTES = ("_engine.repl.interrupt", "_engine.repl.child.pid")
    MESSAGES = {"timeout": "Timed out", "error": "Octave evaluation error",
                "error_start": "error: ", "error_end": "\nerror: called from"}
    #: Source texts of oct2py that the above stand on (each must occur in its installed .py files).
    SOURCE_TEXTS = (*MESSAGES.values(), "octave = Oct2Py(")
    INSTALL_HINT = 'pip install "oct2py>=6.1,<7" (in this project, `make crosscheck` installs it)'

    def __init__(self, executable: str, timeout: float):
        """Import oct2py (stopping the session it starts) and start an Octave on ``executable``."""
        os.environ["OCTAVE_EXECUTABLE"] = executable  # the session started on import takes it from here
        try:
            # oct2py prints a traceback of its own when the session it starts on import fails (a hung or
            # wrong executable): the start-up's own sentence says it (OctaveSession.start)
            with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
                import oct2py  # noqa: PLC0415 -- starts an Octave process: only here, only when asked
        except ImportError as exc:
            what = "is not installed" if getattr(exc, "name", None) == "oct2py" else f"cannot be imported ({exc})"
            raise Oct2PyMissing(f"the Python package oct2py {what}: {self.INSTALL_HINT}") from exc
        default = getattr(oct2py, "octave", None)  # None when it could not start
        if default is not None:  # ours has our settings: stop it (a closed one raises: fine)
            with contextlib.suppress(Exception):
                default.eval(NO_CORE_FILES, verbose=False)
            with contextlib.suppress(Exception):
                default.exit()
        try:
            self._oc = oct2py.Oct2Py(executable=executable, timeout=timeout, keep_matlab_shapes=True,
                                     load_octaverc=False, backend="disable", oned_as="column")
        except Exception as exc:  # noqa: BLE001 -- any failure to start means the same to a user
            raise OctaveUnavailable(f"Octave ({executable}) would not start: {exc}") from exc
        self._error_class = oct2py.Oct2PyError
        self.missing_at_start = [p for p in self.PRIVATE_ATTRIBUTES if not _has_path(self._oc, p)]
        if "_engine.repl.interrupt" not in self.missing_at_start:
            self._oc._engine.repl.interrupt = lambda *args, **kwargs: ""

    @property
    def pid(self) -> int | None:
        """Process id of the Octave behind this session, or None."""
        try:
            return self._oc._engine.repl.child.pid
        except AttributeError:
            return None

    def alive(self) -> bool:
        """Whether that process still runs: it exists and is not a zombie (a killed Octave stays one
        until oct2py reaps it, and signal 0 still reaches a zombie)."""
        pid = self.pid
        if pid is None:
            return False
        try:
            os.kill(pid, 0)
        except OSError:
            return False
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
        except (OSError, IndexError):
            return True  # no /proc to ask: it exists
        return state not in ("Z", "X")

    def eval(self, code: str, nout: int = 0):
        """Evaluate Octave code, printing nothing; the value when ``nout`` is 1."""
        return self._oc.eval(code, nout=nout, verbose=False)

    def addpath(self, path: str) -> None:
        self._oc.addpath(path)

    def feval(self, name: str, args: tuple, *, nout: int, timeout: float,
              stream_handler=_drop_output) -> tuple[CallStatus, object, str]:
        """``[out{1:nout}] = name (args{:})``: (status, value or None, oct2py's detail, see classify)."""
        try:
            value = self._oc.feval(name, *args, nout=nout, timeout=timeout, stream_handler=stream_handler)
        except Exception as exc:  # noqa: BLE001 -- sorted by classify
            status, detail = self.classify(exc, self.alive(), from_oct2py=isinstance(exc, self._error_class))
            return status, None, detail
        return CallStatus.OK, value, ""

    @classmethod
    def classify(cls, exc: BaseException, alive: bool, *, from_oct2py: bool = True) -> tuple[CallStatus, str]:
        """The outcome of a call that raised ``exc``, and what to say: Octave's own message for an
        error, the first line of oct2py's text otherwise. ``alive``: whether Octave still runs;
        ``from_oct2py``: whether ``exc`` is an ``oct2py.Oct2PyError`` (see the class docstring)."""
        text = str(exc).strip()
        if from_oct2py and cls.MESSAGES["timeout"] in text:
            return CallStatus.TIMEOUT, text
        if alive and from_oct2py and cls.MESSAGES["error"] in text:
            message = text.split(cls.MESSAGES["error_start"], 1)[-1].split(cls.MESSAGES["error_end"])[0]
            return CallStatus.ERROR, message.strip()
        if alive and not from_oct2py:
            return CallStatus.ERROR, f"oct2py failed on the Python side: {type(exc).__name__}: {text}"
        return CallStatus.DIED, text.splitlines()[0] if text else repr(exc)

    def kill(self) -> None:
        """Stop Octave: SIGKILL first, as a signal Octave can catch makes it write octave-workspace."""
        pid = self.pid
        if pid:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(Exception):
            self._oc.exit()

    @classmethod
    def check_internals(cls, live: Oct2PyAdapter | None = None) -> list[str]:
        """One sentence per thing that differs from what this class relies on (empty: all holds).

        Without ``live`` the installed package is read, not imported (no Octave starts): its version
        and its source texts. With a running adapter its private attributes are checked too.
        """
        problems = []
        try:
            installed = importlib.metadata.version("oct2py")
        except importlib.metadata.PackageNotFoundError:
            return [f"oct2py is not installed (constraints.txt pins {PINNED_OCT2PY}): {cls.INSTALL_HINT}"]
        if installed != PINNED_OCT2PY:
            problems.append(f"oct2py {installed} is installed, but the adapter was checked against "
                            f"{PINNED_OCT2PY} (constraints.txt's pin): re-check what its docstring lists")
        spec = importlib.util.find_spec("oct2py")
        files = sorted(Path(d) for d in (spec.submodule_search_locations or ())) if spec else []
        source = "\n".join(p.read_text(encoding="utf-8", errors="replace")
                           for d in files for p in sorted(d.rglob("*.py")))
        for text in cls.SOURCE_TEXTS:
            if text not in source and text.replace("\n", "\\n") not in source:
                problems.append(f"oct2py {installed}'s source no longer contains {text!r}, which the "
                                f"adapter relies on (see Oct2PyAdapter's docstring)")
        if live is not None:
            for path in cls.PRIVATE_ATTRIBUTES:
                if path in live.missing_at_start or not _has_path(live._oc, path):
                    problems.append(f"a running oct2py {installed} session has no {path}")
            pid = live.pid
            if isinstance(pid, int) and not live.alive():
                problems.append(f"_engine.repl.child.pid ({pid}) is not a running process")
            elif isinstance(pid, int) and not _runs_octave(pid):
                problems.append(f"_engine.repl.child.pid ({pid}) is not an Octave process")
        return problems


def _has_path(obj, dotted: str) -> bool:
    for name in dotted.split("."):
        if not hasattr(obj, name):
            return False
        obj = getattr(obj, name)
    return True


def _runs_octave(pid: int) -> bool:
    """Whether process ``pid`` runs Octave (True where /proc cannot tell)."""
    try:
        return "octave" in Path(f"/proc/{pid}/cmdline").read_bytes().decode("utf-8", "replace").lower()
    except OSError:
        return True


class OctaveSession:
    """A lazily started Octave with ``octave/`` and the harness helpers on its path.

    Use as a context manager, or call :meth:`close`. Octave searches, in this order: the harness's
    helpers (crosscheck/m), ``first_paths`` (a user's own .m files: a function there of the same name
    as one of the project's originals is the one called), the project's originals (``OCTAVE_DIR``),
    then ``paths``, then Octave's own functions.
    """

    def __init__(self, paths=(), timeout: float = 60.0, executable: str | None = None, first_paths=()):
        #: Octave's search order for this session, first searched first.
        self.paths = [str(HELPER_DIR), *map(str, first_paths), str(OCTAVE_DIR), *map(str, paths)]
        self.timeout = timeout
        self.executable = executable
        self.adapter: Oct2PyAdapter | None = None
        self.version: str | None = None
        self.restarts = 0

    # -- life cycle -------------------------------------------------------------------------------
    def twin(self) -> OctaveSession:
        """A new session, not started, with this one's executable, time-out and path (``-j N``)."""
        other = OctaveSession(timeout=self.timeout, executable=self.executable)
        other.paths = list(self.paths)
        return other

    def start(self) -> None:
        """Start Octave now (otherwise it starts on the first call)."""
        if self.adapter is not None:
            return
        exe = self.executable or find_octave()
        if exe is None:
            raise OctaveUnavailable(
                "octave-cli was not found: as root run `apt-get install --no-install-recommends octave "
                "libopenblas0` (or `make crosscheck`, which does it), or set OCTAVE_EXECUTABLE")
        fired = threading.Event()
        try:
            with _start_up_limit(self.timeout, fired), _filtered_stderr():
                adapter = Oct2PyAdapter(exe, self.timeout)
                adapter.eval(NO_CORE_FILES)
                for p in reversed(self.paths):  # addpath puts a directory first: the last added is searched first
                    adapter.addpath(p)
                version = str(adapter.eval("version ()", nout=1))
        except Exception as exc:
            if fired.is_set():
                raise OctaveUnavailable(f"Octave ({exe}) would not start: it did not answer within "
                                        f"{self.timeout:g} s (the time-out)") from exc
            if isinstance(exc, OctaveUnavailable):
                raise
            said = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
            raise OctaveUnavailable(f"Octave ({exe}) would not start: {type(exc).__name__}: {said}") from exc
        if fired.is_set():  # it answered, but only after being killed for being late: not usable
            raise OctaveUnavailable(f"Octave ({exe}) would not start: it did not answer within {self.timeout:g} s")
        self.version, self.adapter = version, adapter

    def close(self) -> None:
        """Stop Octave (a later call starts it again)."""
        if self.adapter is None:
            return
        adapter, self.adapter = self.adapter, None
        with _filtered_stderr():
            adapter.kill()

    def restart(self) -> None:
        """Kill Octave and start a fresh one (after a time-out or a death)."""
        self.close()
        self.restarts += 1
        self.start()

    def __enter__(self) -> OctaveSession:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def pid(self) -> int | None:
        """Process id of the running Octave, or None."""
        return self.adapter.pid if self.adapter is not None else None

    # -- calls --------------------------------------------------------------------------------------
    def _feval(self, name: str, args: tuple, nout: int, timeout: float) -> tuple[CallStatus, object, str]:
        """One round trip: (status, value, message), Octave restarted after a time-out or a death."""
        self.start()
        with self._ctrl_c_kills_octave() as interrupted, _filtered_stderr():
            status, value, detail = self.adapter.feval(name, args, nout=nout, timeout=timeout)
        if interrupted:
            # Whatever oct2py read after the interrupt is not this call's answer: drop it.
            self.close()
            raise KeyboardInterrupt
        if status is CallStatus.TIMEOUT:
            self.restart()
            return status, None, f"no answer within {timeout:g} s"
        if status is CallStatus.DIED:
            self.restart()
            return status, None, f"the Octave process died ({detail})"
        return status, value, detail

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

    def call(self, function: str, *args, nout: int = 1, timeout: float | None = None) -> CallResult:
        """Run one function; outputs come back as a tuple of 2-D arrays (or strings)."""
        return self.call_many([Call(function=function, args=args, nout=nout, timeout=timeout)])[0]

    def call_many(self, calls: list[Call]) -> list[CallResult]:
        """Run several calls in one round trip.

        Errors are caught per call inside Octave. When the batch as a whole overruns (the sum of its
        calls' time-outs) or Octave dies, Octave is restarted and the calls are run one at a time, so
        that the time-out or death is pinned on the call that caused it and the others still get
        their answers.
        """
        if not calls:
            return []
        calls = [c if c.timeout else replace(c, timeout=self.timeout) for c in calls]
        status, value, message = self._feval(
            "crosscheck_batch",
            (tuple(c.function for c in calls), np.array([[float(c.nout) for c in calls]]),
             tuple(tuple(c.args) for c in calls)),
            4, sum(c.timeout for c in calls))
        if status is CallStatus.OK:
            return self._unpack(value, len(calls))
        if status is CallStatus.ERROR:  # the batch helper itself failed: report it on every call
            return [CallResult(status=status, message=message) for _ in calls]
        if len(calls) == 1:
            seconds = calls[0].timeout if status is CallStatus.TIMEOUT else float("nan")
            return [CallResult(status=status, message=message, seconds=seconds)]
        return [self.call_many([c])[0] for c in calls]

    @staticmethod
    def _unpack(value, n: int) -> list[CallResult]:
        """crosscheck_batch's four outputs as results (its statuses are "ok" or "error")."""
        statuses, outputs, messages, seconds = value
        statuses, outputs, messages = (np.asarray(v, dtype=object).ravel() for v in (statuses, outputs, messages))
        seconds = np.asarray(seconds, dtype=float).ravel()
        results = []
        for k in range(n):
            status = CallStatus(str(statuses[k]))
            outs = tuple(_octave_form(o) for o in np.asarray(outputs[k], dtype=object).ravel()) \
                if status is CallStatus.OK else ()
            results.append(CallResult(status=status, outputs=outs, message=str(messages[k]),
                                      seconds=float(seconds[k])))
        return results


def _octave_form(value):
    """An output as Octave holds it: oct2py hands an empty 0x0 matrix back from a cell as an empty
    Python list (an empty cell comes as its own Cell, an empty string as ""), where every Octave value
    is an array of two dimensions or more: it becomes a 0x0 double. Other values come as they are."""
    if isinstance(value, list) and not value:
        return np.zeros((0, 0))
    return value


class OctaveCallFailed(RuntimeError):
    """An Octave call made on a port's behalf (:class:`OctaveFunction`) that did not end ok: its
    ``status`` (error, time-out, died) tells the runner whose fault the case's failure is."""

    def __init__(self, message: str, status: CallStatus):
        super().__init__(message)
        self.status = status


class OctaveFunction:
    """``f(x) -> (value, gradient)`` evaluated by an Octave function through a session (~17 ms a call).

    ``[f, g] = function (x(:), bound{:}, more{:})`` in Octave; the gradient comes back in the shape
    of ``x``. A call that does not end ok raises :class:`OctaveCallFailed` naming the function and
    the outcome.
    """

    def __init__(self, session: OctaveSession, function: str, bound: tuple = ()):
        self.session, self.function, self.bound = session, function, tuple(bound)

    def __call__(self, x, *more) -> tuple[float, np.ndarray]:
        x = np.asarray(x, dtype=np.float64)
        r = self.session.call(self.function, x.reshape(-1, 1), *self.bound, *more, nout=2)
        if r.status != CallStatus.OK:
            raise OctaveCallFailed(f"{self.function} in Octave: {r.status.value}: {r.message}", r.status)
        value, grad = r.outputs
        return float(np.asarray(value).reshape(())), np.asarray(grad, dtype=np.float64).reshape(x.shape)
