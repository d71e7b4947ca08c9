"""One family, one name, everywhere: pyport/<topic>.py, crosscheck/cases/<topic>.py and
tests/pyport/test_<topic>.py (and tests/property/test_<topic>.py where it has generated tests) go
together, so that a new module cannot forget its cases or its tests."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

import pyport
from crosscheck.cases import TOPICS, topic_cases

ROOT = Path(__file__).resolve().parent.parent
#: Public pyport modules that hold no port: they need tests, not cases.
SUPPORT = {"datasets", "octave"}


def _stems(folder: str, prefix: str = "") -> set[str]:
    return {p.stem[len(prefix):] for p in (ROOT / folder).glob(f"{prefix}*.py") if p.stem != "__init__"}


PUBLIC = {m for m in _stems("pyport") if not m.startswith("_")}
PORT_MODULES = {port.__module__.rpartition(".")[2] for port in pyport.OCTAVE_NAMES.values()}


def test_every_public_module_holds_ports_or_is_named_support():
    assert PUBLIC == PORT_MODULES | SUPPORT, (
        f"public pyport modules without ports: {sorted(PUBLIC - PORT_MODULES - SUPPORT)}; "
        f"ports outside a public module: {sorted(PORT_MODULES - PUBLIC)}")


def test_topics_are_the_modules_that_hold_ports():
    assert set(TOPICS) == PORT_MODULES, f"TOPICS lacks {sorted(PORT_MODULES - set(TOPICS))}, " \
                                        f"has extra {sorted(set(TOPICS) - PORT_MODULES)}"
    assert len(TOPICS) == len(set(TOPICS))


def test_case_modules_mirror_the_topics():
    cases = {m for m in _stems("crosscheck/cases") if not m.startswith("_")}
    assert cases == set(TOPICS), f"missing: {sorted(set(TOPICS) - cases)}; stray: {sorted(cases - set(TOPICS))}"


def test_test_modules_mirror_pyport():
    tests = _stems("tests/pyport", "test_")
    modules = {m.lstrip("_") for m in _stems("pyport")}
    assert PORT_MODULES | SUPPORT <= tests, f"no tests/pyport/test_<m>.py for {sorted(PORT_MODULES | SUPPORT - tests)}"
    assert tests <= modules, f"tests/pyport files named after no pyport module: {sorted(tests - modules)}"


def test_property_test_modules_are_named_after_topics():
    stray = _stems("tests/property", "test_") - set(TOPICS)
    assert not stray, f"tests/property files named after no topic: {sorted(stray)}"


@pytest.mark.parametrize("topic", TOPICS)
def test_a_topics_cases_are_the_cases_of_its_ports(topic):
    """crosscheck/cases/<topic>.py checks exactly the functions ported in pyport/<topic>.py, each of
    them, with at least one case that computes and one that refuses."""
    module = importlib.import_module(f"pyport.{topic}")
    ported = {name for name, port in pyport.OCTAVE_NAMES.items() if port.__module__ == module.__name__}
    cases = topic_cases(topic)
    checked = {c.function for c in cases}
    assert checked == ported, f"cases for {sorted(checked - ported)} belong elsewhere; " \
                              f"{sorted(ported - checked)} have no case here"
    for name in ported:
        mine = [c for c in cases if c.function == name]
        assert any(c.raises is None for c in mine), f"{name} has no case that computes"
        assert any(c.raises is not None for c in mine), f"{name} has no case that checks an error"
