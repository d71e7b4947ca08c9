"""The registry covers the project: every original has a port, cases, and a documented port."""

from __future__ import annotations

import inspect
import re

import numpy as np
import pytest

import pyport
from crosscheck.case import Case, Handle, Index
from crosscheck.cases import project_cases
from crosscheck.registry import Registry
from crosscheck.session import OCTAVE_DIR

ORIGINALS = sorted(p.stem for p in OCTAVE_DIR.glob("*.m"))
CASES = project_cases()
registry = Registry(CASES)


def test_every_original_has_a_port_and_every_port_an_original():
    assert sorted(pyport.OCTAVE_NAMES) == ORIGINALS


@pytest.mark.parametrize("name", ORIGINALS)
def test_every_original_has_cases_that_compute_and_cases_that_refuse(name):
    mine = [c for c in CASES if c.function == name]
    assert any(c.raises is None for c in mine), f"{name} has no case that computes"
    assert any(c.raises is not None for c in mine), f"{name} has no case that checks an error"


@pytest.mark.parametrize("name", ORIGINALS)
def test_port_name_and_docstring(name):
    port = pyport.OCTAVE_NAMES[name]
    # camelCase to snake_case, a run of capitals counting as one word (checkNNGradients: check_nn_gradients)
    snake = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)).lower()
    assert port.__name__ == snake
    doc = inspect.getdoc(port)
    assert f"octave/{name}.m" in doc
    for section in ("Parameters", "Returns", "Raises", "See Also", "Octave parity:", "Examples", ">>> "):
        assert section in doc, f"{port.__name__}'s docstring has no {section!r}"


def test_case_ids_are_unique_and_seeds_stable():
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids))
    # The seed comes from the id, not from Python's salted hash or the case's position.
    assert Case("f", "x", lambda rng: (), ()).seed == 4292456419  # zlib.crc32(b"f/x")


def _same_and_octave_shaped(first: tuple, second: tuple) -> None:
    assert len(first) == len(second)
    for a, b in zip(first, second):
        if isinstance(a, Handle):  # a function argument: its bound arguments obey the same rules
            assert a.function == b.function
            _same_and_octave_shaped(a.bound, b.bound)
        elif isinstance(a, dict):  # an options struct: its fields obey the same rules
            assert a.keys() == b.keys()
            _same_and_octave_shaped(tuple(a.values()), tuple(b.values()))
        elif isinstance(a, np.ndarray):
            assert a.ndim == 2, "send Octave 2-D arrays, never 1-D ones"
            np.testing.assert_array_equal(a, b)
        elif isinstance(a, Index):  # indices: 2-D as any array, and the same each time
            assert a.values.ndim == 2, "send Octave 2-D arrays, never 1-D ones"
            np.testing.assert_array_equal(a.values, b.values)
        else:
            assert isinstance(a, (float, str)), f"unexpected input type {type(a).__name__}"
            assert a == b


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_inputs_are_deterministic_and_two_dimensional(case):
    _same_and_octave_shaped(case.make_inputs(), case.make_inputs())


def test_select():
    assert {c.function for c in registry.select(["computecostmulti/"])} == {"computeCostMulti"}
    assert registry.select(["normalEqn/sin-grid"])[0].id == "normalEqn/sin-grid"
    assert {c.id for c in registry.select(["*/error-y-*"])} >= {"computeCost/error-y-row", "normalEqn/error-y-length"}
    assert registry.select(["no-such-case"]) == []
    assert len(registry.select([])) == len(CASES)


def test_register_refuses_a_duplicate_id_and_what_is_not_a_case():
    with pytest.raises(ValueError, match="registered already"):
        registry.register(CASES[0])
    with pytest.raises(TypeError, match="expected a Case"):
        Registry().register("computeCost/random")


def test_building_the_cases_registers_nothing():
    """Registration is explicit: importing the topic modules twice gives the same lists, no registry
    fills itself, and a fresh Registry is empty."""
    assert len(project_cases()) == len(CASES)
    assert len(Registry()) == 0
