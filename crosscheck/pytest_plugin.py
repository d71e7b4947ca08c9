"""The pytest plugin: an ``octave`` fixture, so that a test can cross-check your own ``.m`` files
against your own numpy ports with :func:`crosscheck.assert_agrees`.

Installing the package registers it (entry point ``pytest11``, name ``crosscheck``); nothing to
import. It gives:

- the ``octave`` fixture: one :class:`crosscheck.OctaveSession` for the whole test run, started when
  the first test asks for it, with your directories on Octave's path *before* the project's own
  originals (a function of yours named like one of theirs, ``sigmoid`` say, is yours). Before each
  test that uses it, an Octave that has died (killed, crashed, out of memory) is restarted, so one
  death costs at most the test it happened in;
- the ``octave`` marker, registered for you: ``@pytest.mark.octave`` on the tests that need Octave
  (``-m "not octave"`` leaves them out);
- without Octave (no ``octave-cli``, oct2py missing, or an Octave that will not start) every test
  that uses the fixture is skipped with the reason, except when the environment variable ``CI`` is
  ``1``, ``true`` or ``yes``: there it fails, as a cross-check that did not run proves nothing.

Configuration (each optional):

- ``octave_path`` (ini setting: ``pytest.ini``, ``tox.ini``, ``setup.cfg``, or
  ``[tool.pytest.ini_options]`` of ``pyproject.toml``): directories of ``.m`` files, relative to the
  ini file's directory;
- ``--octave-path DIR`` (repeatable): more directories, relative to where pytest is run; these come
  first on Octave's path, then the ``octave_path`` ones, in the order given;
- ``--octave-timeout SECONDS`` (default 60): the time one Octave call may take before Octave is
  killed and restarted (the call is then reported as ``octave-timeout``);
- ``OCTAVE_EXECUTABLE``: the Octave to run (default: ``octave-cli`` on the ``PATH``).

A directory that does not exist is a usage error, reported before any test runs.

Example: ``mlcode/costFunction.m`` and its port ``mlcode_py/cost.py``, with ``pyproject.toml``::

    [tool.pytest.ini_options]
    octave_path = ["mlcode"]

and ``tests/test_cost.py``::

    import numpy as np
    import pytest
    from crosscheck import assert_agrees
    from mlcode_py.cost import cost_function

    @pytest.mark.octave
    def test_cost_function_agrees_with_the_original(octave):
        X = np.c_[np.ones(5), np.arange(5.0)]
        y = np.array([[0.0], [0.0], [1.0], [1.0], [1.0]])
        theta = np.array([[-1.0], [0.5]])
        assert_agrees(octave, "costFunction", cost_function, theta, X, y, nout=2)

``assert_agrees`` calls ``costFunction`` in Octave and ``cost_function`` in Python on the same
arguments and compares each of the ``nout`` outputs as ``crosscheck`` compares a case; when one
differs (or a side raises, or returns fewer outputs) the AssertionError holds the harness's row for
each output, e.g. ``grad ... above tolerance``. The session is an ordinary
:class:`crosscheck.OctaveSession`: ``octave.call("costFunction", theta, X, y, nout=2)`` runs the
original alone.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from crosscheck.session import OctaveSession, OctaveUnavailable

#: The marker this plugin registers.
MARKER = "octave: needs a real GNU Octave (skipped without one, a failure when CI=true)"

DEFAULT_TIMEOUT = 60.0

#: The running session, once the fixture has started it (for the restart before each test).
_SESSION = pytest.StashKey[OctaveSession]()


def in_ci() -> bool:
    """Whether the environment variable CI says this is a CI run (1, true or yes, any case)."""
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def no_octave(reason: str):
    """Skip the current test for want of Octave; fail it instead under CI."""
    if in_ci():
        pytest.fail(f"{reason} (CI={os.environ['CI']}: a missing Octave is a failure, not a skip)",
                    pytrace=False)
    pytest.skip(reason)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("crosscheck", "cross-checks against GNU Octave (crosscheck's octave fixture)")
    group.addoption("--octave-path", action="append", default=[], metavar="DIR", dest="octave_paths",
                    help="a directory of .m files for the octave fixture, searched before the project's "
                         "own originals (repeatable; before the octave_path ini setting's)")
    group.addoption("--octave-timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                    dest="octave_timeout",
                    help=f"time one Octave call may take before Octave is restarted (default {DEFAULT_TIMEOUT:g})")
    parser.addini("octave_path", type="paths", default=[],
                  help="directories of .m files for the octave fixture, relative to the ini file")


def octave_paths(config: pytest.Config) -> list[Path]:
    """The user's directories, first searched first: ``--octave-path`` ones, then ``octave_path``."""
    here = Path(config.invocation_params.dir)
    given = [here / p for p in config.getoption("octave_paths") or ()]
    return [Path(os.path.abspath(p)) for p in (*given, *config.getini("octave_path"))]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", MARKER)


def pytest_sessionstart(session: pytest.Session) -> None:
    """Refuse, before any test runs, a directory that does not exist or a time-out that is not one
    (here rather than at configure time, so that ``pytest --help`` still works)."""
    config = session.config
    missing = [str(p) for p in octave_paths(config) if not p.is_dir()]
    if missing:
        raise pytest.UsageError(f"--octave-path / octave_path: no such directory: {', '.join(missing)}")
    timeout = config.getoption("octave_timeout")
    if not timeout > 0:
        raise pytest.UsageError(f"--octave-timeout: must be a positive number of seconds, not {timeout:g}")


@pytest.fixture(scope="session")
def octave(request: pytest.FixtureRequest) -> Iterator[OctaveSession]:
    """One Octave session for the whole test run (a :class:`crosscheck.OctaveSession`), with the
    ``--octave-path`` and ``octave_path`` directories searched before the project's originals;
    restarted before a test when it has died. Skips without Octave (fails when CI=true)."""
    config = request.config
    session = OctaveSession(first_paths=[str(p) for p in octave_paths(config)],
                            timeout=config.getoption("octave_timeout"))
    try:
        session.start()
    except OctaveUnavailable as exc:
        no_octave(str(exc))
    config.stash[_SESSION] = session
    try:
        yield session
    finally:
        del config.stash[_SESSION]
        session.close()


def _running(session: OctaveSession) -> bool:
    """Whether the session's Octave is there to answer: started, and its process neither gone nor a
    zombie (``Oct2PyAdapter.alive``)."""
    return session.adapter is not None and session.adapter.alive()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Before a test that uses the fixture (directly or through another fixture, of any scope) is
    set up, restart an Octave that has died, so that the test does not start with a dead session."""
    session = item.config.stash.get(_SESSION, None)
    if session is None or "octave" not in getattr(item, "fixturenames", ()) or _running(session):
        return
    try:
        session.restart()
    except OctaveUnavailable as exc:
        no_octave(f"Octave died and would not start again: {exc}")
