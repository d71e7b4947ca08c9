"""compare.py on hand-made values (no Octave)."""

from __future__ import annotations

import numpy as np
import pytest

from crosscheck.compare import OutputComparison, Tolerance, Verdict, compare_output, ulp_distance

EXACT = Tolerance()


def test_ulp_distance_counts_representable_values():
    one_up = np.nextafter(1.0, 2.0)
    assert ulp_distance(1.0, one_up) == 1
    assert ulp_distance(1.0, np.nextafter(one_up, 2.0)) == 2
    assert ulp_distance(0.0, -0.0) == 0
    assert ulp_distance(-5e-324, 5e-324) == 2  # across zero: -tiny, 0, +tiny
    assert ulp_distance(1.0, 1.0) == 0
    assert ulp_distance(np.finfo(float).max, -np.finfo(float).max) > 2**63


def test_identical_values_pass_with_zero_errors():
    c = compare_output("A", np.array([[1.0, 2.0], [3.0, np.nan]]), np.array([[1.0, 2.0], [3.0, np.nan]]), EXACT)
    assert c.passed and c.verdict is Verdict.PASS and c.max_abs == 0 and c.max_ulp == 0 and c.tol_used == 0


def test_one_ulp_fails_bit_for_bit_and_passes_a_tolerance():
    a = np.array([[1.0]])
    b = np.nextafter(a, 2.0)
    assert not compare_output("x", a, b, EXACT).passed
    c = compare_output("x", a, b, Tolerance(rtol=1e-15))
    assert c.passed and c.max_ulp == 1 and c.max_rel == pytest.approx(2.220446049250313e-16)


def test_atol_and_rtol_bound():
    desired = np.array([[100.0, 0.0]])
    assert compare_output("x", desired, desired + [[1e-3, 1e-9]], Tolerance(rtol=1e-5, atol=1e-9)).passed
    assert not compare_output("x", desired, desired + [[2e-3, 0]], Tolerance(rtol=1e-5, atol=1e-9)).passed
    assert not compare_output("x", desired, desired + [[0, 2e-9]], Tolerance(rtol=1e-5, atol=1e-9)).passed


@pytest.mark.parametrize("port", [np.ones(3), np.ones((1, 3)), np.ones((3, 3))])
def test_shape_must_agree_for_arrays(port):
    c = compare_output("y", np.ones((3, 1)), port, EXACT, "array")
    assert not c.passed and c.verdict is Verdict.SHAPE and ("shape" in c.note or "form" in c.note)
    assert c.max_ulp is None and c.max_abs is None and c.tol_used is None  # nothing measured, not 0


def test_vector_kind_takes_1d_against_a_column_only():
    assert compare_output("J", np.ones((3, 1)), np.ones(3), EXACT, "vector").passed
    assert not compare_output("J", np.ones((3, 1)), np.ones((3, 1)), EXACT, "vector").passed
    assert not compare_output("J", np.ones((3, 1)), np.ones(4), EXACT, "vector").passed
    assert compare_output("J", np.zeros((0, 1)), np.zeros(0), EXACT, "vector").passed


def test_scalar_kind():
    assert compare_output("J", np.array([[2.5]]), 2.5, EXACT, "scalar").passed
    assert compare_output("J", np.array([[2.5]]), np.float64(2.5), EXACT, "scalar").passed
    assert not compare_output("J", np.array([[2.5]]), np.array([2.5]), EXACT, "scalar").passed


def test_nan_in_a_different_place_fails_even_with_a_loose_tolerance():
    c = compare_output("x", np.array([[np.nan, 1.0]]), np.array([[1.0, np.nan]]), Tolerance(rtol=1.0, atol=1.0))
    assert not c.passed and c.verdict is Verdict.NONFINITE and "NaN/Inf" in c.note


def test_inf_sign_matters():
    c = compare_output("x", np.array([[np.inf]]), np.array([[-np.inf]]), Tolerance(rtol=1.0))
    assert not c.passed and c.verdict is Verdict.NONFINITE


def test_nan_where_octave_has_a_number_fails():
    assert not compare_output("x", np.array([[1.0]]), np.array([[np.nan]]), Tolerance(rtol=1.0)).passed


def test_complex_against_real_fails():
    c = compare_output("x", np.array([[1.0]]), np.array([[1.0 + 0j]]), Tolerance(rtol=1.0))
    assert not c.passed and c.verdict is Verdict.COMPLEX and "complex" in c.note


def test_complex_parts_are_compared():
    c = compare_output("x", np.array([[1 + 1j]]), np.array([[1 + np.nextafter(1, 2) * 1j]]), EXACT)
    assert not c.passed and c.max_ulp == 1


def test_integer_and_logical_outputs_compare_as_numbers():
    assert compare_output("p", np.array([[1, 0]], dtype=bool), np.array([[1.0, 0.0]]), EXACT).passed


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="kind must be one of"):
        compare_output("x", np.ones((1, 1)), 1.0, EXACT, "matrix")


def test_json_has_no_bare_nan():
    c = compare_output("y", np.ones((3, 1)), np.ones(3), EXACT, "array")
    doc = c.to_json()
    assert doc["max_abs"] is None and doc["max_ulp"] is None and doc["port_shape"] == [3]
    assert doc["verdict"] == "shape differs" and doc["passed"] is False
    c = compare_output("x", np.array([[1.0]]), np.array([[2.0]]), EXACT)
    assert c.to_json()["tol_used"] == "inf" and c.to_json()["max_abs"] == 1.0


def test_floor_is_added_per_output_and_reported():
    def floor(inputs, outputs):
        return [inputs[0], np.array([[0.0], [inputs[0]]])]

    tol = Tolerance(rtol=1e-15, floor=floor)
    t_scalar, t_vector = tol.resolve((1e-30,), (np.zeros((1, 1)), np.zeros((2, 1))))
    c = compare_output("J", np.array([[2e-33]]), 0.0, t_scalar, "scalar")
    assert c.passed and c.by_floor and c.verdict is Verdict.PASS_FLOOR and c.atol == 1e-30
    assert not compare_output("J", np.array([[2e-33]]), 0.0, Tolerance(rtol=1e-15), "scalar").passed
    # an entry-wise floor: the first entry gets none
    assert not compare_output("h", np.array([[1e-40], [1e-40]]), np.array([0.0, 0.0]), t_vector, "vector").passed
    assert compare_output("h", np.array([[0.0], [1e-40]]), np.array([0.0, 0.0]), t_vector, "vector").passed


def test_share_of_tolerance_used():
    """How close a pass came to failing: the worst entry's error over its allowance."""
    tol = Tolerance(rtol=1e-10)
    c = compare_output("x", np.array([[1.0, 100.0]]), np.array([[1.0 + 5e-11, 100.0 + 2e-9]]), tol)
    assert c.passed and c.tol_used == pytest.approx(0.5, rel=1e-3)
    c = compare_output("x", np.array([[1.0]]), np.array([[1.0 + 3e-10]]), tol)
    assert not c.passed and c.verdict is Verdict.TOLERANCE and c.tol_used == pytest.approx(3.0, rel=1e-3)


def test_a_gradient_that_cancels_headlines_its_share_not_its_ulps():
    """An entry that is 0 in Octave and a rounding residue in the port is astronomically many ULPs
    away, but within its floor: the share of tolerance says how close it came."""
    tol = Tolerance(rtol=1e-13, scale="output", atol=1e-16)
    c = compare_output("grad", np.array([[0.0], [1.0]]), np.array([[3e-17], [1.0]]), tol)
    assert c.passed and c.max_ulp > 10**18 and 0 < c.tol_used < 1


def test_comparisons_are_built_by_keyword():
    with pytest.raises(TypeError):
        OutputComparison("x", "array", (1, 1), (1, 1), Verdict.PASS)


def test_probes_need_a_floor():
    with pytest.raises(ValueError, match="give floor too"):
        Tolerance(probes=lambda inputs: [])


@pytest.mark.parametrize("octave, port", [
    (np.array([[2.5]]), 2.5), (np.array([[2.5]]), np.float64(2.5)), (np.array([[2.5]]), np.array(2.5)),
    (np.array([[2.5]]), np.array([[2.5]])), (np.array([[2.5]]), np.array([2.5])),
    (np.ones((3, 1)), np.ones(3)), (np.ones((3, 1)), np.ones((3, 1))),
    (np.ones((1, 3)), np.ones(3)), (np.ones((1, 3)), np.ones((1, 3))), (np.ones((2, 3)), np.ones((2, 3))),
])
def test_kind_any_takes_every_form_of_the_same_values(octave, port):
    c = compare_output("x", octave, port, EXACT)
    assert c.kind == "any" and c.passed
    assert ("another form" in c.note) == (np.shape(port) != octave.shape)


@pytest.mark.parametrize("octave, port", [
    (np.ones((3, 1)), np.ones((1, 3))),  # a row for a column: a transpose, not a form
    (np.ones((2, 3)), np.ones(6)), (np.ones((3, 1)), np.ones(4)), (np.array([[2.5]]), np.ones((1, 2))),
])
def test_kind_any_still_refuses_other_shapes(octave, port):
    c = compare_output("x", octave, port, EXACT)
    assert not c.passed and c.verdict is Verdict.SHAPE and "shapes differ" in c.note


def test_an_exact_kind_says_when_only_the_form_differs():
    c = compare_output("J", np.array([[2.5]]), 2.5, EXACT, "array")
    assert not c.passed and c.note.startswith("only the form differs: Octave 1x1, port ()")
