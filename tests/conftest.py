"""Shared fixtures. Tests marked ``octave`` need a real GNU Octave: without one they are skipped, except
under CI=true, where a missing Octave fails them (the cross-check tests must run in CI).

The ``octave`` fixture (one session for the run) and the ``octave`` marker come from the project's pytest
plugin, crosscheck/pytest_plugin.py, the one users get: the project's tests run their cases the way a
user's do. Installing the package registers the plugin (entry point ``pytest11``, name ``crosscheck``),
and pytest loads it before this file; from a clone whose editable install predates the entry point, or
with plugin autoloading off (PYTEST_DISABLE_PLUGIN_AUTOLOAD, --disable-plugin-autoload,
-p no:crosscheck), it is loaded here instead. Never both: pytest refuses a plugin registered twice.
"""

from __future__ import annotations

import sys
from importlib.metadata import entry_points

import pytest

from crosscheck.session import find_octave

PLUGIN = "crosscheck.pytest_plugin"


def _loaded_through_entry_point() -> bool:
    """Whether the ``pytest11`` entry point is installed and pytest has already loaded it (it loads
    entry points before it imports any conftest.py, so the module is imported by now if it did; hence
    this file does not import it at its top, which would also keep pytest from rewriting its asserts)."""
    installed = any(ep.name == "crosscheck" and ep.value == PLUGIN for ep in entry_points(group="pytest11"))
    return installed and PLUGIN in sys.modules


if not _loaded_through_entry_point():
    pytest_plugins = [PLUGIN]


@pytest.fixture(scope="session")
def octave_cli() -> str:
    """Path of octave-cli (for the tests that run it directly, without a session)."""
    from crosscheck.pytest_plugin import no_octave  # noqa: PLC0415 -- imported here, once pytest has loaded it

    exe = find_octave()
    if exe is None:
        no_octave("octave-cli not found")
    return exe
