"""locate.py on hand-made values (no Octave): where a failing output parts from Octave's."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest

from crosscheck.compare import Tolerance, Verdict, compare_output
from crosscheck.locate import locate, locator_lines

EXACT = Tolerance()


def test_a_matrix_counts_entries_and_names_the_worst_in_both_subscripts():
    octave = np.arange(6.0).reshape(2, 3)
    port = octave.copy()
    port[0, 2] += 1e-3
    port[1, 1] += 5e-3  # the worst: Octave's (2,2), numpy's [1, 1]
    found = locate("A", octave, port, Tolerance(rtol=1e-6), "array")
    assert found["entries"] == 6 and found["out_of_tolerance"] == 2
    worst = found["worst"]
    assert worst["octave_index"] == "A(2,2)" and worst["python_index"] == "A[1, 1]"
    assert worst["octave"] == 4.0 and worst["port"] == 4.005
    assert worst["error"] == pytest.approx(5e-3) and worst["allowed"] == pytest.approx(4e-6)
    assert found["nonfinite"] is None and found["shape"] is None


def test_the_python_index_of_a_row_is_the_column_not_the_row():
    octave = np.array([[1.0, 2.0, 3.0]])
    found = locate("theta", octave, np.array([1.0, 2.0, 3.5]), EXACT, "any")
    assert found["worst"]["octave_index"] == "theta(1,3)" and found["worst"]["python_index"] == "theta[2]"
    found = locate("theta", octave, np.array([[1.0, 2.5, 3.0]]), EXACT, "any")
    assert found["worst"]["octave_index"] == "theta(1,2)" and found["worst"]["python_index"] == "theta[0, 1]"


def test_a_1d_port_against_an_octave_column():
    octave = np.array([[0.5], [1.5], [2.5], [3.5]])
    port = np.array([0.5, 1.5, 2.0, 3.5])
    found = locate("grad", octave, port, Tolerance(rtol=1e-12), "vector")
    assert found["out_of_tolerance"] == 1
    assert found["worst"]["octave_index"] == "grad(3,1)" and found["worst"]["python_index"] == "grad[2]"
    assert (found["worst"]["octave"], found["worst"]["port"]) == (2.5, 2.0)


@pytest.mark.parametrize("port, python_index", [(2.0, "J"), (np.float64(2.0), "J"), (np.array(2.0), "J"),
                                                (np.array([2.0]), "J[0]"), (np.array([[2.0]]), "J[0, 0]")])
def test_a_scalar_in_every_form(port, python_index):
    found = locate("J", np.array([[1.0]]), port, EXACT, "any")
    assert found["entries"] == 1 and found["out_of_tolerance"] == 1
    assert found["worst"]["octave_index"] == "J(1,1)" and found["worst"]["python_index"] == python_index
    assert found["worst"]["error"] == 1.0 and found["worst"]["allowed"] == 0.0


def test_the_worst_is_the_largest_share_of_its_allowance_not_the_largest_error():
    octave = np.array([[1000.0], [1.0]])
    port = np.array([[1000.1], [1.01]])  # errors 0.1 and 0.01; allowances 1e-3 and 1e-6
    found = locate("x", octave, port, Tolerance(rtol=1e-6), "array")
    assert found["out_of_tolerance"] == 2 and found["worst"]["octave_index"] == "x(2,1)"
    # an entry-wise floor: the larger error has the larger allowance and is within it
    tol = Tolerance(rtol=0.0, atol=np.array([[1.0], [1e-4]]))
    found = locate("x", octave, port, tol, "array")
    assert found["out_of_tolerance"] == 1
    assert found["worst"]["octave_index"] == "x(2,1)" and found["worst"]["allowed"] == 1e-4


def test_ties_of_an_exact_tolerance_go_to_the_larger_error():
    found = locate("x", np.zeros((3, 1)), np.array([1e-3, 2.0, 1e-3]), EXACT, "vector")
    assert found["out_of_tolerance"] == 3 and found["worst"]["python_index"] == "x[1]"


def test_nan_in_a_different_place_is_located_first_in_column_major_order():
    octave = np.array([[1.0, 2.0], [3.0, np.nan]])
    port = np.array([[1.0, np.nan], [np.nan, 4.0]])  # row-major, (1,2) comes first; column-major, (2,1)
    found = locate("J", octave, port, Tolerance(rtol=1.0, atol=1.0), "array")
    nonfinite = found["nonfinite"]
    assert nonfinite["count"] == 3 and found["out_of_tolerance"] == 3
    assert nonfinite["octave_index"] == "J(2,1)" and nonfinite["python_index"] == "J[1, 0]"
    assert nonfinite["octave"] == 3.0 and nonfinite["port"] == "NaN"
    assert found["worst"] is None  # the one finite pair, (1,1), agrees


def test_inf_against_minus_inf():
    found = locate("x", np.array([[1.0, np.inf]]), np.array([2.0, -np.inf]), Tolerance(rtol=1e-3), "any")
    assert found["out_of_tolerance"] == 2
    assert found["nonfinite"] == {"octave_index": "x(1,2)", "python_index": "x[1]", "octave": "Inf",
                                  "port": "-Inf", "count": 1}
    assert found["worst"]["octave_index"] == "x(1,1)"
    same = locate("x", np.array([[np.inf]]), np.array([[np.inf]]), EXACT, "array")
    assert same["out_of_tolerance"] == 0 and same["nonfinite"] is None


@pytest.mark.parametrize("octave_shape, port, kind, relation, words", [
    ((2, 3), np.ones((3, 2)), "any", "transposed", "transposed"),
    ((3, 1), np.ones((1, 3)), "any", "transposed", "a row where Octave has a column"),
    ((2, 3), np.ones(6), "any", "flattened", "flattened to 1-D"),
    ((6, 1), np.ones((2, 3)), "any", "flattened", "the same 6 entries in another shape"),
    ((3, 1), np.ones((3, 3)), "any", "broadcast", "an (m,1) against an (m,) broadcast to (m,m) (m = 3)"),
    ((1, 4), np.ones((4, 4)), "any", "broadcast", "(m = 4)"),
    ((3, 2), np.ones((4, 2)), "any", "extra-row", "one row more"),
    ((3, 2), np.ones((2, 2)), "any", "missing-row", "one row fewer"),
    ((3, 2), np.ones((3, 3)), "any", "extra-column", "one column more"),
    ((3, 2), np.ones((3, 1)), "any", "missing-column", "one column fewer"),
    ((3, 1), np.ones(4), "any", "extra-entry", "one entry more in the port (4 against 3)"),
    ((3, 1), np.ones(2), "vector", "missing-entry", "one entry fewer in the port (2 against 3)"),
    ((1, 1), np.ones(3), "any", "other", "a scalar in Octave, 3 entries in the port"),
    ((2, 3), np.ones((2, 3, 1)), "any", "extra-dimension", "3 dimensions in the port"),
    ((2, 3), np.ones((5, 5)), "any", "other", ""),
    ((3, 1), np.ones(3), "array", "form", "kind 'array' does not accept"),
    ((1, 1), np.ones((1, 1)), "scalar", "form", "kind 'scalar' does not accept"),
])
def test_each_shape_relation(octave_shape, port, kind, relation, words):
    c = compare_output("y", np.ones(octave_shape), port, EXACT, kind)
    assert c.verdict is Verdict.SHAPE
    found = c.locator
    assert found["entries"] == int(np.prod(octave_shape))
    assert found["out_of_tolerance"] is None and found["worst"] is None and found["nonfinite"] is None
    shape = found["shape"]
    assert shape["relation"] == relation and shape["octave"] == list(octave_shape)
    assert shape["port"] == list(port.shape)
    octave_text = "x".join(map(str, octave_shape))
    assert shape["text"].startswith(f"Octave {octave_text}, port {tuple(port.shape)}") and words in shape["text"]


def test_a_float32_port_is_located_at_its_float32_value():
    found = locate("J", np.array([[0.1]]), np.float32(0.1), Tolerance(rtol=1e-10), "scalar")
    assert found["out_of_tolerance"] == 1 and found["worst"]["python_index"] == "J"
    assert found["worst"]["port"] == float(np.float32(0.1)) != 0.1
    assert "Octave 0.1, port 0.10000000149011612" in locator_lines("J", found)[0]


def test_integer_and_logical_ports_are_numbers():
    found = locate("p", np.array([[1.0], [0.0], [1.0]]), np.array([1, 1, 1]), EXACT, "vector")
    assert found["out_of_tolerance"] == 1 and found["worst"]["python_index"] == "p[1]"
    found = locate("p", np.array([[1.0, 0.0]]), np.array([[True, True]]), EXACT, "array")
    assert found["worst"]["octave_index"] == "p(1,2)" and found["worst"]["port"] == 1.0


def test_complex_against_real_counts_the_nonzero_imaginary_parts():
    octave = np.array([[1.0 + 2.0j, 3.0 + 0.0j, 5.0 + 0.0j]])
    c = compare_output("z", octave, np.array([1.0, 3.0, 6.0]), Tolerance(rtol=1e-3))
    assert c.verdict is Verdict.COMPLEX and c.locator["out_of_tolerance"] == 2
    worst = c.locator["worst"]
    assert worst["octave_index"] == "z(1,1)" and worst["octave"] == "1+2j" and worst["error"] == 2.0
    loose = locate("z", octave, np.array([1.0, 3.0, 5.0]), Tolerance(rtol=10.0), "any")
    assert loose["out_of_tolerance"] == 1  # within a loose tolerance, but complex where the port is real


def test_complex_differences_are_measured_by_magnitude():
    found = locate("z", np.array([[3.0 + 4.0j]]), np.array([[0.0 + 0.0j]]), Tolerance(rtol=0.5), "array")
    assert found["worst"]["error"] == 5.0 and found["worst"]["allowed"] == 2.5


def test_locators_are_json_without_bare_nan():
    cases = [(np.array([[np.nan, np.inf], [1.0, -np.inf]]), np.array([[1.0, -np.inf], [np.inf, 2.0]])),
             (np.array([[1.0 + 1j]]), np.array([[np.nan + 1j]])), (np.ones((3, 1)), np.ones((3, 3))),
             (np.array([[1.0]]), np.array([[2.0]]))]
    for octave, port in cases:
        c = compare_output("x", octave, port, EXACT, "array")
        assert c.locator is not None
        text = json.dumps(c.to_json(), allow_nan=False)
        assert json.loads(text)["locator"] == c.locator


def test_locator_lines_name_both_subscripts_and_both_values():
    c = compare_output("grad", np.array([[0.1], [0.2], [0.123456789012]]), np.array([0.1, 0.2, 0.456]),
                       Tolerance(rtol=1e-10, atol=1e-12))
    (line,) = locator_lines("grad", c.locator)
    assert line.startswith("1 of 3 entries out of tolerance; worst at grad(3,1) / grad[2]: ")
    assert "Octave 0.123456789012, port 0.456, error 0.333 (allowed 1.33e-11)" in line
    c = compare_output("J", np.array([[1.0, 1.0], [np.nan, 1.0]]), np.array([[1.0, 1.0], [1.5, 1.0]]), EXACT)
    assert locator_lines("J", c.locator) == ["1 of 4 entries out of tolerance",
                                             "NaN/Inf differ at 1 place; first at J(2,1) / J[1, 0]: Octave NaN, port 1.5"]
    c = compare_output("r", np.ones((3, 1)), np.ones((3, 3)), EXACT)
    assert locator_lines("r", c.locator) == [
        "shapes differ: Octave 3x1, port (3, 3): an (m,1) against an (m,) broadcast to (m,m) (m = 3)"]
    assert locator_lines("r", None) == []


def test_values_one_ulp_apart_print_differently():
    a = 0.1
    b = np.nextafter(a, 1.0)
    (line,) = locator_lines("x", locate("x", np.array([[a]]), b, EXACT, "scalar"))
    assert f"Octave {a!r}, port {float(b)!r}" in line and repr(a) != repr(float(b))


def test_compare_output_sets_the_locator_on_failure_only():
    tol = Tolerance(rtol=1e-12)
    assert compare_output("x", np.array([[1.0]]), 1.0, tol).locator is None
    assert compare_output("x", np.array([[2e-33]]), 0.0, Tolerance(rtol=1e-15, atol=1e-30)).locator is None
    failing = [compare_output("x", np.array([[1.0]]), 2.0, tol),                    # tolerance
               compare_output("x", np.array([[np.nan]]), 1.0, tol),                 # NaN/Inf
               compare_output("x", np.array([[1.0]]), np.array([[1.0 + 1j]]), tol),  # complex
               compare_output("x", np.ones((2, 1)), np.ones((1, 2)), tol)]          # shape
    assert [c.verdict for c in failing] == [Verdict.TOLERANCE, Verdict.NONFINITE, Verdict.COMPLEX, Verdict.SHAPE]
    assert all(c.locator is not None and c.locator["entries"] for c in failing)


def test_a_gradient_unrolled_row_major_is_counted_as_assert_allclose_counts_it():
    """The motivating example: Octave unrolls [Theta1_grad(:); Theta2_grad(:)] column-major, the port
    with ravel() row-major. The 27 entries are the same numbers in another order; the locator must
    count the misplaced ones exactly as numpy.testing.assert_allclose's "Mismatched elements" does."""
    rng = np.random.default_rng(7)
    theta1_grad, theta2_grad = rng.standard_normal((3, 4)), rng.standard_normal((3, 5))
    octave = np.concatenate([theta1_grad.ravel(order="F"), theta2_grad.ravel(order="F")]).reshape(-1, 1)
    port = np.concatenate([theta1_grad.ravel(), theta2_grad.ravel()])
    c = compare_output("grad", octave, port, Tolerance(rtol=1e-7), "vector")
    assert c.verdict is Verdict.TOLERANCE

    with pytest.raises(AssertionError) as failure:
        np.testing.assert_allclose(port, octave.ravel(), rtol=1e-7)
    mismatched = int(re.search(r"Mismatched elements: (\d+) / 27", str(failure.value)).group(1))
    # Where row-major and column-major agree: (1,1) and (3,4) of the 3x4, (1,1), (2,3), (3,5) of the 3x5.
    assert mismatched == 27 - 5 == c.locator["out_of_tolerance"]
    assert locator_lines("grad", c.locator)[0].startswith("22 of 27 entries out of tolerance; worst at grad(")
    k = int(re.search(r"grad\[(\d+)\]", c.locator["worst"]["python_index"]).group(1))
    assert c.locator["worst"]["octave_index"] == f"grad({k + 1},1)"
    assert (c.locator["worst"]["octave"], c.locator["worst"]["port"]) == (octave[k, 0], port[k])
