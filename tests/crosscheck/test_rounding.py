"""rounding.py: the bounds behind the floors, and the fmincg floor's reading of its probes (no Octave)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from crosscheck.case import Handle
from crosscheck.rounding import (C, EPS, chaos_floor, finite_max, nudge_probes, residual_error, squares_error,
                                 sum_error)


def test_sum_error_bounds_two_orders_of_summation():
    """A sum taken forwards and backwards differs by no more than the bound (here, terms that cancel)."""
    rng = np.random.default_rng(1)
    for _ in range(200):
        terms = rng.standard_normal(50) * 10.0 ** rng.integers(-3, 4, 50)
        forwards, backwards = 0.0, 0.0
        for t in terms:
            forwards += t
        for t in terms[::-1]:
            backwards += t
        assert abs(forwards - backwards) <= sum_error(terms.size, float(np.abs(terms).sum()))
        assert abs(forwards - math.fsum(terms)) <= sum_error(terms.size, float(np.abs(terms).sum())) / 2


def test_the_constants():
    assert EPS == 2.0 ** -52 and C == 4.0
    assert sum_error(10, 1.0) == 40 * EPS


def test_residual_error_of_an_exact_fit_is_of_the_size_of_its_terms():
    X = np.array([[1.0, 1e3], [1.0, -2e3]])
    theta = np.array([[5.0], [2.0]])
    # the largest |X||theta| + |y|: 5 + 4000 + |5 - 4000|
    assert residual_error(X, X @ theta, theta) == sum_error(2, 8000.0)


def test_squares_error_and_finite_max():
    assert squares_error(1e-16, 2.0) == pytest.approx(2.0000000000000002e-16)
    assert finite_max(np.array([1.0, -np.inf, np.nan, -3.0]), 2.0) == 3.0
    assert finite_max(np.array([np.nan])) == 0.0


def test_probes_are_the_original_with_its_objective_nudged_both_ways():
    h = Handle("rosenbrock", (1.0,))
    x0, options = np.zeros((2, 1)), {"MaxIter": 5.0}
    up, down = nudge_probes((h, x0, options, 7.0))
    assert up[0].nudge == 1 and down[0].nudge == -1 and up[0].function == "rosenbrock"
    assert up[1:] == (x0, options, 7.0)


def _run(x, fX, i):
    return np.array(x, dtype=float).reshape(-1, 1), np.array(fX, dtype=float).reshape(-1, 1), np.array([[i]])


def test_chaos_floor_is_ten_times_the_originals_movement():
    base = _run([1.0, 2.0], [5.0, 3.0], 2)
    probes = [_run([1.0 + 1e-12, 2.0], [5.0, 3.0 - 2e-13], 2), _run([1.0, 2.0 - 3e-12], [5.0, 3.0], 2)]
    fx, ff, fi = chaos_floor((), base, probes)
    assert fx == pytest.approx(3e-11) and ff == pytest.approx(2e-12) and fi == 0


@pytest.mark.parametrize("probe", [_run([1.0, 2.0], [5.0, 3.0], 3), _run([1.0, 2.0], [5.0], 2),
                                   _run([1.0, np.nan], [5.0, 3.0], 2)])
def test_chaos_floor_is_zero_where_the_trace_is_not_stable(probe):
    """A nudge that changes the count or the trace's length (or drives it to NaN): no floor means anything."""
    assert chaos_floor((), _run([1.0, 2.0], [5.0, 3.0], 2), [probe, probe]) == [0.0, 0.0, 0.0]
