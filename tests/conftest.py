"""Shared fixtures. Tests marked ``octave`` need a real GNU Octave: without one they are skipped, except
under CI=true, where a missing Octave fails them (the cross-check tests must run in CI)."""

from __future__ import annotations

import os

import pytest

from crosscheck.session import OctaveSession, OctaveUnavailable, find_octave

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def no_octave(reason: str):
    """Skip, or fail under CI=true."""
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: a missing Octave is a failure, not a skip)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def octave_cli() -> str:
    """Path of octave-cli."""
    exe = find_octave()
    if exe is None:
        no_octave("octave-cli not found")
    return exe


@pytest.fixture(scope="session")
def octave(octave_cli) -> OctaveSession:
    """One Octave session for the whole test run."""
    session = OctaveSession(timeout=60)
    try:
        session.start()
    except OctaveUnavailable as exc:
        no_octave(str(exc))
    yield session
    session.close()
