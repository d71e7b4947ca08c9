"""runner.py without Octave: how cases are grouped into round trips, how arguments are sent."""

from __future__ import annotations

import numpy as np
import pytest

from crosscheck.case import Case, Handle
from crosscheck.runner import Status, octave_arg, port_arg, round_trips


def _case(name, timeout=None):
    return Case("f", name, lambda rng: (), (), timeout=timeout)


def test_a_case_with_its_own_timeout_gets_a_round_trip_of_its_own():
    cases = [_case("a"), _case("b"), _case("slow", timeout=2.0), _case("c"), _case("d"), _case("e")]
    trips = [[c.name for c in trip] for trip in round_trips(cases, batch_size=2)]
    assert trips == [["a", "b"], ["slow"], ["c", "d"], ["e"]]
    assert round_trips([], 25) == []


def test_handles_as_each_side_gets_them():
    h = Handle("rosenbrock", (np.ones((2, 1)),))
    assert octave_arg(h)["crosscheck_handle"] == "rosenbrock" and "nudge" not in octave_arg(h)
    assert octave_arg(Handle("rosenbrock", nudge=-1))["nudge"] == -1.0
    assert octave_arg(Handle("rosenbrock", as_name=True)) == "rosenbrock"
    # a name cannot carry a nudge: a probe of an as_name handle is sent as a handle
    assert octave_arg(Handle("rosenbrock", as_name=True, nudge=1))["nudge"] == 1.0
    assert octave_arg(3.0) == 3.0
    f = port_arg(Handle("quadraticCost", (np.eye(2), np.ones((2, 1)))))
    value, grad = f(np.zeros((2, 1)))
    assert value == 0.0 and grad.shape == (2, 1)
    assert port_arg(Handle("anything", port=lambda x, k: x * k, bound=(3.0,)))(2.0) == 6.0
    with pytest.raises(ValueError, match="via_octave needs an Octave session"):
        port_arg(Handle("rosenbrock", via_octave=True))
    with pytest.raises(ValueError, match="nudge must be"):
        Handle("rosenbrock", nudge=2)


def test_statuses_are_an_enum_that_prints_its_value():
    assert Status("octave-timeout") is Status.OCTAVE_TIMEOUT
    assert Status.PASS.value == "pass"
