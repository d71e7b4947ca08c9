"""pyport/_validate.py and a family's own pyport/_check_<topic>.py: one checker for each of Octave's
(octave/private/check*.m), the only places in pyport that raise ValueError, and whole sentences worded
as the Octave checker words them.

No Octave here: the Octave texts below are the ones octave/private/*.m print for the same inputs
(the cross-check's error-* cases compare the two live)."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import numpy as np
import pytest

import importlib

import pyport
from crosscheck.messages import as_octave, same_refusal, snake_case
from pyport import _validate as v

ROOT = Path(__file__).resolve().parents[2]
PRIVATE = ROOT / "octave" / "private"
#: octave/private/*.m files that refuse nothing and have no twin in _validate.
NOT_MIRRORED = {"activationFunction",  # the activations themselves: pyport.activations.activate
                "svmSmo"}  # the SMO loop svmTrain and dataset3Params share: pyport._svm_smo


def _octave_helpers() -> dict[str, list[str]]:
    """Every checker and text helper of octave/private, with its parameter names."""
    helpers = {}
    for path in sorted(PRIVATE.glob("*.m")):
        if path.stem in NOT_MIRRORED:
            continue
        match = re.search(r"^function\s+(?:[^=\n]*=\s*)?(\w+)\s*\(([^)]*)\)", path.read_text(), re.MULTILINE)
        assert match and match.group(1) == path.stem, path
        helpers[path.stem] = [p.split("=")[0].strip() for p in match.group(2).split(",")]
    return helpers


#: The checker modules: _validate (the shared checks) and each family's own _check_<topic>.
CHECKERS = [v] + [importlib.import_module(f"pyport.{p.stem}") for p in sorted((ROOT / "pyport").glob("_check_*.py"))]


def _public_functions() -> dict[str, inspect.Signature]:
    found = {}
    for module in CHECKERS:
        for name, f in inspect.getmembers(module, inspect.isfunction):
            if f.__module__ == module.__name__ and not name.startswith("_"):
                assert name not in found, f"{name} is a checker of two modules"
                found[name] = inspect.signature(f)
    return found


# ---- one for one with Octave's --------------------------------------------------------------------

def test_every_octave_helper_is_a_check_or_a_text():
    assert all(name.startswith("check") or name.endswith("Text") for name in _octave_helpers())


def test_public_checkers_are_the_octave_checkers_in_snake_case():
    octave = {snake_case(name) for name in _octave_helpers()}
    python = set(_public_functions())
    assert python == octave, (f"no Octave twin: {sorted(python - octave)}; "
                              f"no Python twin: {sorted(octave - python)}")
    assert "shape_text" in python and "check_regression_args" in python


def _same_name(name: str) -> str:
    """A parameter's name, compared across the languages: the caller's name is fname in Octave and
    func in Python, an argument's name argname and name; case and underscores aside (lambda_)."""
    return {"fname": "func", "argname": "name"}.get(name, name).replace("_", "").lower()


@pytest.mark.parametrize("octave_name", sorted(_octave_helpers()))
def test_same_parameters_in_the_same_order(octave_name):
    octave = [_same_name(p) for p in _octave_helpers()[octave_name]]
    python = [_same_name(p) for p in _public_functions()[snake_case(octave_name)].parameters]
    assert python == octave
    if octave_name.startswith("check"):
        assert python[0] == "func"


# ---- ValueError is raised here only, and built without tricks -------------------------------------

def _raised_names(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Raise) and node.exc is not None:
            exc = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
            if isinstance(exc, ast.Name):
                names.add(exc.id)
    return names


@pytest.mark.parametrize("path", sorted((ROOT / "pyport").glob("*.py")), ids=lambda p: p.name)
def test_value_error_is_raised_by_validate_only(path):
    raises_value_error = "ValueError" in _raised_names(path)
    assert raises_value_error == (path.name == "_validate.py" or path.name.startswith("_check_"))


@pytest.mark.parametrize("module", [m.__name__ for m in CHECKERS])
def test_validate_uses_no_exception_as_control_flow_and_parses_no_message(module):
    tree = ast.parse((ROOT / "pyport" / (module.rpartition(".")[2] + ".py")).read_text())
    assert not [n for n in ast.walk(tree) if isinstance(n, ast.Try)]
    calls = {n.func.attr for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)}
    assert not calls & {"split", "partition", "rpartition", "find", "index"}


# ---- the texts ------------------------------------------------------------------------------------

@pytest.mark.parametrize("value,text", [
    (np.ones((3, 2)), "3x2"), (np.ones((2, 3, 4)), "2x3x4"), (np.zeros((0, 3)), "0x3"),
    (np.ones(3), "a 1-D array of length 3"), (5.0, "1x1"), (np.float64(5), "1x1"),
])
def test_shape_text(value, text):
    assert v.shape_text(value) == text


@pytest.mark.parametrize("value,text", [
    (-1, "-1"), (2.5, "2.5"), (0.0, "0"), (1e-5, "1e-05"), (123456789, "1.23457e+08"), (float("nan"), "nan"),
    (np.int8(5), "5"), (np.array([[7.0]]), "7"), ("relu", '"relu"'), ("", '""'),
    (np.array([[1.0, 2.0]]), "an array of size 1x2"), (np.ones((2, 2, 2)), "an array of size 2x2x2"),
    (np.ones(3), "a 1-D array of length 3"), (1j, "a complex array of size 1x1"),
    (np.ones((3, 2)) * 1j, "a complex array of size 3x2"), (True, "1"), (np.array([[True, False]]), "a logical array of size 1x2"),
    (np.array([["ab"], ["cd"]]), "a char array of size 2x1"), ({"MaxIter": 5}, "a struct"),
    (np.sin, "a function"), ([[1, 2], [3]], "a cell array of size 2x1"), (["a", "b", "c"], "a cell array of size 3x1"),
    ((1.0, "a"), "a cell array of size 2x1"), (None, "None"),
])
def test_value_text(value, text):
    assert v.value_text(value) == text


def test_ordinal_text():
    assert [v.ordinal_text(k) for k in (1, 2, 3, 4, 10, 11, 12, 13, 21, 22, 23, 101, 111, 112)] == [
        "1st", "2nd", "3rd", "4th", "10th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th", "112th"]


# ---- each checker's whole sentences -------------------------------------------------------------

X32 = np.ones((3, 2))
MESSAGES = [
    (v.check_matrix, ("f", "X", np.ones((3, 2)) * 1j), "f: X must be a real numeric matrix, got a complex array of size 3x2"),
    (v.check_matrix, ("f", "X", np.ones(3)), "f: X must be a real numeric matrix, got a 1-D array of length 3"),
    (v.check_matrix, ("f", "X", "abc"), 'f: X must be a real numeric matrix, got "abc"'),
    (v.check_matrix, ("f", "X", np.zeros((0, 3))), "f: X must have at least one row and one column (X is 0x3)"),
    (v.check_matrix, ("f", "X", [[1, 2], [3]]), "f: X must be a real numeric matrix, got a cell array of size 2x1"),
    (v.check_column, ("f", "y", np.ones((1, 3)), "m", 3, "X", X32), "f: y must be an m-by-1 column (X is 3x2, so m = 3; y is 1x3)"),
    (v.check_column, ("f", "y", np.ones(2), "m", 3, "X", X32),
     "f: y must be an m-by-1 column (X is 3x2, so m = 3; y is a 1-D array of length 2)"),
    (v.check_column, ("f", "y", 5.0, "m", 3, "X", X32), "f: y must be an m-by-1 column (X is 3x2, so m = 3; y is 1x1)"),
    (v.check_column, ("f", "y", ["a", "b", "c"], "m", 3, "X", X32),
     "f: y must be a real numeric m-by-1 column, got a cell array of size 3x1"),
    (v.check_column_vector, ("f", "x", 1.0, 2), "f: x must be a real numeric column vector of at least 2 elements, got 1"),
    (v.check_column_vector, ("f", "the starting point", np.zeros((1, 2))),
     "f: the starting point must be a real numeric column vector, got an array of size 1x2"),
    (v.check_real_array, ("f", "z", [[1j]]), "f: z must be a real numeric array, got a complex array of size 1x1"),
    (v.check_scalar, ("f", "alpha", [[0.1, 0.2]]), "f: alpha must be a real scalar, got an array of size 1x2"),
    (v.check_scalar, ("f", "e", 0, "positive"), "f: e must be a positive real scalar, got 0"),
    (v.check_scalar, ("f", "e", float("nan"), "positive"), "f: e must be a positive real scalar, got nan"),
    (v.check_scalar, ("f", "epsilon_init", -1, "non-negative"), "f: epsilon_init must be a non-negative real scalar, got -1"),
    (v.check_count, ("f", "L_in", 0.0), "f: L_in must be a positive integer, got 0"),
    (v.check_count, ("f", "fan_in", 1.5, 0), "f: fan_in must be a non-negative integer, got 1.5"),
    (v.check_count, ("f", "fan_out", False), "f: fan_out must be a positive integer, got 0"),
    (v.check_count, ("f", "n", float("inf")), "f: n must be a positive integer, got inf"),
    (v.check_count, ("f", "num_iters", 1e20, 0, "J_history"),
     "f: num_iters is too large (1e+20): J_history would have 1e+20 elements, more than 2^31-1"),
    (v.check_count, ("f", "L_out", 2**31, 1, "W", 1), "f: L_out is too large (2.14748e+09): W would have 2.14748e+09 elements, more than 2^31-1"),
    (v.check_count, ("f", "L_out", 10**20, 1, "W", 3), "f: L_out is too large (1e+20): W would have 3e+20 elements, more than 2^31-1"),
    (v.check_function, ("f", "J", 1), "f: J must be callable, got 1"),
    (v.check_activation, ("f", "relu"), 'f: activation must be "sigmoid", "tanh" or "linear", got "relu"'),
    (v.check_activation, ("f", 3), 'f: activation must be "sigmoid", "tanh" or "linear", got 3'),
    (v.check_step_args, ("f", "a", 1), 'f: alpha must be a real scalar, got "a"'),
    (v.check_step_args, ("f", 0.1, -1), "f: num_iters must be a non-negative integer, got -1"),
    (v.check_two_columns, ("f", np.ones((3, 3))),
     "f: X must have 2 columns, ones and one feature (X is 3x3); use the multi-feature version for more"),
    (v.check_regression_args, ("f", X32, np.ones((3, 1)), np.ones((1, 2))),
     "f: theta must be an n-by-1 column (X is 3x2, so n = 2; theta is 1x2)"),
    (v.check_network_args, ("f", np.ones(12), 2, 3, 1, X32, np.ones(3)),
     "f: nn_params must have hidden_layer_size*(input_layer_size+1) + num_labels*(hidden_layer_size+1) = 13 elements, got 12"),
    (v.check_network_args, ("f", np.ones((13, 2)), 2, 3, 1, X32, np.ones(3)),
     "f: nn_params must be a real numeric vector, got an array of size 13x2"),
    (v.check_network_args, ("f", np.ones(13), 2, 3, 1, np.ones((3, 3)), np.ones(3)),
     "f: X must have input_layer_size columns (X is 3x3, input_layer_size is 2)"),
    (v.check_network_args, ("f", np.ones(13), 2, 3, 1, X32, np.ones((1, 3))),
     "f: y must be m-by-num_labels (X is 3x2, num_labels is 1; y is 1x3)"),
    (v.check_network_args, ("f", np.ones(13), 2, 0, 1, X32, np.ones(3)), "f: hidden_layer_size must be a positive integer, got 0"),
    (v.check_predict_args, ("f", np.ones((2, 2)), np.ones((1, 3)), X32, "tanh"),
     "f: Theta1 must have one column more than X (Theta1 is 2x2, X is 3x2)"),
    (v.check_predict_args, ("f", np.ones((2, 3)), np.ones((1, 2)), X32, "tanh"),
     "f: Theta2 must have one column more than Theta1 has rows (Theta1 is 2x3, Theta2 is 1x2)"),
    (v.check_quadratic_args, ("f", np.ones(2), np.ones((2, 3)), np.ones(2)), "f: A must be square (A is 2x3)"),
    (v.check_quadratic_args, ("f", np.ones((3, 1)), np.eye(2), np.ones(2)),
     "f: x must be an n-by-1 column (A is 2x2, so n = 2; x is 3x1)"),
    (v.check_vae_args, ("f", np.ones((2, 3)), np.ones((2, 3)), np.ones(2), np.ones((3, 3)), np.ones(2)),
     "f: W_logvar must have the size of W_mu (W_mu is 2x3; W_logvar is 3x3)"),
    (v.check_vae_args, ("f", np.ones((2, 3)), np.ones((2, 2)), np.ones(2), np.ones((2, 2)), np.ones(2)),
     "f: W_mu must be out-by-d, d the columns of X (X is 2x3; W_mu is 2x2)"),
    (v.check_vae_args, ("f", np.ones((2, 3)), np.ones((2, 3)), np.ones((1, 2)), np.ones((2, 3)), np.ones(2)),
     "f: b_mu must be an out-by-1 column (W_mu is 2x3, so out = 2; b_mu is 1x2)"),
    (v.check_self_expressive_args, ("f", [0.0, 0.0, 0.0, 0.5], np.eye(2), 1.0, 1.0),
     "f: the diagonal of C must be 0, but its 2nd element is 0.5"),
    (v.check_self_expressive_args, ("f", np.zeros((3, 1)), np.eye(2), 1.0, 1.0),
     "f: c must be an n^2-by-1 column (X is 2x2, so n^2 = 4; c is 3x1)"),
    (v.check_self_expressive_args, ("f", np.zeros(4), np.eye(2), [1.0, 2.0], 1.0),
     "f: lambda_ must be a real scalar, got a 1-D array of length 2"),
    (v.check_self_expressive_args, ("f", np.zeros(4), np.eye(2), 1.0, 0.0), "f: epsilon must be a positive real scalar, got 0"),
    (v.check_denormalize_args, ("f", np.ones((3, 1)), [0.0, 0.0], [1.0, 0.0], 0.0, 1.0),
     "f: x_scale is 0 for the 2nd feature: that feature is constant and its theta has no value in original units"),
    (v.check_denormalize_args, ("f", np.ones((3, 1)), np.zeros((1, 3)), [1.0, 1.0], 0.0, 1.0),
     "f: x_offset must be a vector of n elements, one per feature (theta_n is 3x1, so n = 2; x_offset is 1x3)"),
    (v.check_denormalize_args, ("f", np.ones((1, 2)), 0.0, 1.0, 0.0, 1.0),
     "f: theta_n must be a real numeric column vector of at least 2 elements, got an array of size 1x2"),
    (v.check_denormalize_args, ("f", np.ones(2), 0.0, 1.0, 5.0, 0.0), "f: y_scale is 0: a constant target cannot be scaled back"),
    (v.check_stable_rate_args, ("f", np.zeros((3, 2))), "f: X is all zeros: every learning rate is stable"),
    (v.check_stable_rate_args, ("f", [[1.0, np.nan]]), "f: X must be finite (it has NaN or Inf)"),
    (v.check_fmincg_args, ("f", np.sin, np.zeros(2), {"MaxIter": 0}),
     "f: the MaxIter option must be a non-zero integer, or [integer, reduction], got 0"),
    (v.check_fmincg_args, ("f", np.sin, np.zeros(2), {"MaxIter": "a"}),
     'f: the MaxIter option must be a non-zero integer, or [integer, reduction], got "a"'),
    (v.check_fmincg_args, ("f", np.sin, np.zeros(2), 5), "f: options must map option names such as MaxIter to values, got 5"),
    (v.check_fmincg_args, ("f", 1, np.zeros(2), None), "f: f must be callable, got 1"),
    (v.check_fmincg_args, ("f", np.sin, np.zeros(2), {"MaxIter": [-1e20, 2]}),
     "f: the MaxIter option is too large (-1e+20): fX could have 1e+20 elements, more than 2^31-1"),
    (v.check_regression_args, ("f", X32, np.ones(3), None), "f: theta must be a real numeric n-by-1 column, got None"),
]


@pytest.mark.parametrize("checker,args,message", MESSAGES, ids=[f"{c.__name__}-{k}" for k, (c, _, _) in enumerate(MESSAGES)])
def test_whole_sentence(checker, args, message):
    with pytest.raises(ValueError) as info:
        checker(*args)
    assert str(info.value) == message


def _checkers_refusing_in_cases() -> set[str]:
    """The checkers whose sentence a refusal case of the project draws from its port (each such case
    compares the sentence with the original's, live): the innermost checker in the ValueError's
    traceback."""
    import traceback  # noqa: PLC0415

    from crosscheck.cases import project_cases  # noqa: PLC0415
    from crosscheck.runner import port_arg  # noqa: PLC0415

    found = set()
    modules = {m.__name__.rpartition(".")[2] for m in CHECKERS}
    for case in project_cases():
        if case.raises is None:
            continue
        try:
            case.port_function(*[port_arg(a) for a in case.make_inputs()])
        except ValueError as exc:
            frames = [f for f in traceback.extract_tb(exc.__traceback__) if Path(f.filename).stem in modules]
            found.update(f.name for f in frames if f.name.startswith("check_"))
        except Exception:  # noqa: BLE001 -- a case that needs Octave's side: not counted here
            pass
    return found


def test_every_checker_has_a_sentence_tested():
    """Each checker's sentence is pinned here (MESSAGES) or drawn by a refusal case of the cross-check,
    which compares it with the original's."""
    tested = {checker.__name__ for checker, _, _ in MESSAGES}
    checkers = {name for name in _public_functions() if name.startswith("check_")}
    untested = checkers - tested
    assert untested <= _checkers_refusing_in_cases(), sorted(untested - _checkers_refusing_in_cases())


def test_forms_given_are_reported_back():
    col, was_1d = v.check_column("f", "y", [1, 2, 3], "m", 3, "X", X32)
    assert col.shape == (3, 1) and col.dtype == np.float64 and was_1d
    col, was_1d = v.check_column("f", "y", np.ones((3, 1), dtype=np.int32), "m", 3, "X", X32)
    assert col.shape == (3, 1) and col.dtype == np.float64 and not was_1d
    col, was_1d = v.check_column("f", "y", 5, "m", 1, "X", np.ones((1, 2)))  # a number is Octave's 1-by-1
    assert col.shape == (1, 1) and was_1d
    assert v.check_matrix("f", "X", 4.0).shape == (1, 1)
    assert v.check_count("f", "n", 5.0) == 5 and isinstance(v.check_count("f", "n", np.int64(5)), int)
    assert v.check_count("f", "n", 2**31 - 1, 1, "A") == 2**31 - 1  # the limit itself: 2^31-1 elements
    assert v.check_count("f", "n", 2**40) == 2**40  # sizes no array: no limit
    assert v.check_count("f", "n", 2**30 - 1, 1, "A", 2) == 2**30 - 1 and v.check_fmincg_args("f", np.sin, 0.0, {"MaxIter": 2**31 - 1})[3] == 2**31 - 1
    assert v.check_scalar("f", "a", np.array([[2.5]])) == 2.5
    f, x, shape, length, red = v.check_fmincg_args("f", np.sin, 1.5, {"MaxIter": [-20, 0.5]})
    assert x.shape == (1,) and shape == () and (length, red) == (-20, 0.5)
    assert v.check_fmincg_args("f", np.sin, [1.0, 2.0], {"MaxIter": []})[3:] == (100, 1.0)


# ---- the same words in both languages -------------------------------------------------------------

def test_snake_case_takes_a_run_of_capitals_as_one_word():
    assert snake_case("checkNNGradients") == "check_nn_gradients"
    assert snake_case("vaeKLGradient") == "vae_kl_gradient"
    assert snake_case("computeCostMulti") == "compute_cost_multi"
    assert snake_case("fmincg") == "fmincg"
    for name, port in pyport.OCTAVE_NAMES.items():
        assert snake_case(name) == port.__name__


def test_as_octave_maps_the_function_and_lambda_only():
    assert as_octave("sigmoid_gradient: lambda_ must be a real scalar, got 1x2", "sigmoidGradient") == \
        "sigmoidGradient: lambda must be a real scalar, got 1x2"
    assert as_octave("sigmoid_gradient: z", "sigmoid") == "sigmoid_gradient: z"  # whole names only
    assert not same_refusal("f: X is 3x2", "f: X has shape (3, 2)", "f")


# Octave's messages for these calls, as octave/private/*.m build them (Octave 7.3).
SAME_REFUSALS = [
    ("computeCostMulti", "computeCostMulti: Y must be an M-by-1 column (X is 3x2, so M = 3; Y is 1x3)",
     lambda: pyport.compute_cost_multi(np.ones((3, 2)), np.ones((1, 3)), np.ones((2, 1)))),
    ("computeCost", "computeCost: X must be a real numeric matrix, got a complex array of size 3x2",
     lambda: pyport.compute_cost(np.ones((3, 2)) * 1j, np.ones((3, 1)), np.ones((2, 1)))),
    ("gradientDescentMulti", "gradientDescentMulti: NUM_ITERS must be a non-negative integer, got -1",
     lambda: pyport.gradient_descent_multi(np.ones((3, 2)), np.ones((3, 1)), np.zeros((2, 1)), 0.1, -1.0)),
    ("nnCostFunctionLinear", "nnCostFunctionLinear: LAMBDA must be a real scalar, got an array of size 1x2",
     lambda: pyport.nn_cost_function_linear(np.ones((13, 1)), 2.0, 3.0, 1.0, np.ones((3, 2)), np.ones((3, 1)),
                                            np.array([[1.0, 2.0]]))),
    ("checkNNGradients", "checkNNGradients: ACTIVATION must be \"sigmoid\", \"tanh\" or \"linear\", got \"relu\"",
     lambda: pyport.check_nn_gradients(0.0, "relu")),
    ("checkNNGradients", "checkNNGradients: the cost function must be callable, got 5",
     lambda: pyport.check_nn_gradients(0.0, "tanh", 5.0)),
    ("fmincg", "fmincg: the starting point must be a real numeric column vector, got an array of size 1x2",
     lambda: pyport.fmincg(pyport.rosenbrock, np.zeros((1, 2)), {"MaxIter": 5})),
    ("vaeKLGradient", "vaeKLGradient: B_MU must be an out-by-1 column (W_MU is 2x3, so out = 2; B_MU is 1x2)",
     lambda: pyport.vae_kl_gradient(np.ones((2, 3)), np.ones((2, 3)), np.ones((1, 2)), np.ones((2, 3)), np.ones((2, 1)))),
    ("denormalizeTheta", "denormalizeTheta: X_SCALE is 0 for the 2nd feature: that feature is constant and its "
                         "theta has no value in original units",
     lambda: pyport.denormalize_theta(np.array([[1.0], [2.0], [3.0]]), np.zeros((1, 2)), np.array([[1.0, 0.0]]))),
    ("selfExpressiveCost", "selfExpressiveCost: the diagonal of C must be 0, but its 2nd element is 0.5",
     lambda: pyport.self_expressive_cost(np.array([[0.0], [0.0], [0.0], [0.5]]), np.eye(2), 1.0, 1.0)),
    ("randInitializeWeights", "randInitializeWeights: EPSILON_INIT must be a non-negative real scalar, got -1",
     lambda: pyport.rand_initialize_weights(2.0, 2.0, -1.0)),
]


@pytest.mark.parametrize("octave_name,octave_message,call", SAME_REFUSALS, ids=[s[0] for s in SAME_REFUSALS])
def test_the_port_refuses_in_octaves_words(octave_name, octave_message, call):
    with pytest.raises(ValueError) as info:
        call()
    assert same_refusal(octave_message, str(info.value), octave_name), str(info.value)


# ---- Issue 11: every argument checked, None included; counts refused before they allocate -----------

X3 = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
#: A valid call of every port; each argument is replaced by None in turn.
VALID_CALLS = {
    "compute_cost": (X3, [1.0, 2.0, 4.0], np.zeros(2)),
    "compute_cost_multi": (X3, [1.0, 2.0, 4.0], np.zeros(2)),
    "gradient_descent": (X3, [1.0, 2.0, 4.0], np.zeros(2), 0.01, 3),
    "gradient_descent_multi": (X3, [1.0, 2.0, 4.0], np.zeros(2), 0.01, 3),
    "normal_eqn": (X3, [1.0, 2.0, 4.0]),
    "feature_normalize": (X3,),
    "sigmoid": (X3,),
    "sigmoid_gradient": (X3,),
    "nn_cost_function_linear": (np.ones(13), 2, 3, 1, np.ones((3, 2)), np.ones(3), 0.0, "tanh"),
    "predict_linear": (np.ones((3, 3)), np.ones((1, 4)), np.ones((3, 2)), "tanh"),
    "rand_initialize_weights": (2, 3, 0.12),
    "debug_initialize_weights": (2, 3),
    "compute_numerical_gradient": (pyport.rosenbrock, np.zeros(2), 1e-4),
    "check_nn_gradients": (0.0, "tanh"),
    "fmincg": (pyport.rosenbrock, np.zeros(2)),
    "rosenbrock": (np.zeros(2),),
    "quadratic_cost": (np.zeros(2), np.eye(2), np.ones(2)),
    "lr_cost_function": (np.zeros(2), X3, [0.0, 1.0, 1.0], 0.1),
    "vae_kl_gradient": (np.ones((2, 3)), np.ones((2, 3)), np.ones(2), np.ones((2, 3)), np.ones(2)),
    "denormalize_theta": (np.ones(3), np.zeros(2), np.ones(2), 0.0, 1.0),
    "stable_learning_rate": (X3,),
    "self_expressive_cost": (np.zeros(4), np.eye(2), 1.0, 1.0),
    "cost_function": (np.zeros(2), X3, [0.0, 1.0, 1.0]),
    "cost_function_reg": (np.zeros(2), X3, [0.0, 1.0, 1.0], 0.1),
    "map_feature": ([0.5, -1.0, 2.0], [1.5, 0.25, -2.0]),
    "predict": (np.array([0.1, -0.2]), X3),
    "linear_reg_cost_function": (X3, [1.0, 2.0, 4.0], np.zeros(2), 0.1),
    "train_linear_reg": (X3, [1.0, 2.0, 4.0], 0.1),
    "learning_curve": (X3, [1.0, 2.0, 4.0], X3, [1.0, 2.0, 4.0], 0.1),
    "poly_features": ([0.5, -1.0, 2.0], 3),
    "validation_curve": (X3, [1.0, 2.0, 4.0], X3, [1.0, 2.0, 4.0]),
    "find_closest_centroids": (X3, np.ones((2, 2))),
    "compute_centroids": (X3, [1.0, 1.0, 1.0], 2),
    "runk_means": (X3, np.array([[1.0, 0.0], [1.0, 2.0]]), 2, False),
    "k_means_init_centroids": (np.ones((1, 2)), 1),
    "pca": (X3,),
    "project_data": (X3, np.eye(2), 1),
    "recover_data": (np.ones((3, 1)), np.eye(2), 1),
    "estimate_gaussian": (X3,),
    "multivariate_gaussian": (X3, [1.0, 1.0], [0.5, 2.0]),
    "select_threshold": ([1.0, 0.0, 0.0, 1.0], [0.1, 0.5, 0.9, 0.2]),
    "cofi_cost_func": (np.sin(np.arange(1.0, 11.0)), [[4.0, 0.0], [0.0, 2.0], [5.0, 1.0]],
                       [[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]], 2, 3, 2, 1.0),
    "normalize_ratings": ([[5.0, 4.0], [1.0, 3.0], [2.0, 0.0]], [[1.0, 1.0], [1.0, 0.0], [1.0, 0.0]]),
    "one_vs_all": (X3, [0.0, 1.0, 1.0], 2, 0.1),
    "predict_one_vs_all": (np.ones((2, 3)), X3),
    "nn_cost_function": (np.ones(17), 2, 3, 2, np.ones((3, 2)), [0.0, 1.0, 1.0], 0.0),
    "linear_kernel": ([1.0, 2.0], [3.0, -1.0]),
    "gaussian_kernel": ([1.0, 2.0], [3.0, -1.0], 2.0),
    "svm_train": (np.array([[1.0, 2.0], [-1.0, 0.5]]), [1.0, 0.0], 1.0, pyport.linear_kernel),  # m = 2: j is always the other
    "svm_predict": ({"X": np.array([[1.0, 2.0]]), "y": np.ones((1, 1)), "kernelFunction": pyport.linear_kernel, "b": 0.5,
                     "alphas": np.ones((1, 1)), "w": np.array([[0.5], [-1.0]])}, np.array([[1.0, 2.0], [-1.0, 0.5]])),
    "dataset3_params": (np.array([[1.0, 2.0], [-1.0, 0.5]]), [1.0, 0.0], np.array([[0.5, 2.0], [-1.0, 0.0]]), [1.0, 0.0]),
    # (more ports above this line)
}
#: How a message names an argument, where that is not the parameter's name.
SAID_AS = {("fmincg", "x0"): "the starting point"}
NONE_CASES = [(port, k) for port, args in VALID_CALLS.items() for k in range(len(args))]


def test_the_none_table_has_every_port_and_every_argument_without_a_none_default():
    assert set(VALID_CALLS) == {port.__name__ for port in pyport.OCTAVE_NAMES.values()}
    for port, args in VALID_CALLS.items():
        params = inspect.signature(getattr(pyport, port)).parameters.values()
        # None is a default only where it means something (fmincg's options, rng, cost_function): not replaced
        checked = [p.name for p in params if p.kind is p.POSITIONAL_OR_KEYWORD and p.default is not None]
        assert len(args) == len(checked), (port, checked)


@pytest.mark.parametrize("port,k", NONE_CASES, ids=[f"{p}-{k}" for p, k in NONE_CASES])
def test_none_for_any_argument_is_refused_by_name(port, k):
    func = getattr(pyport, port)
    func(*VALID_CALLS[port])  # the call is valid as it stands
    name = list(inspect.signature(func).parameters)[k]
    args = list(VALID_CALLS[port])
    args[k] = None
    with pytest.raises(ValueError) as info:
        func(*args)
    said = re.escape(SAID_AS.get((port, name), name))
    assert re.fullmatch(rf"{port}: {said} must be [^:]*, got None", str(info.value)), str(info.value)


#: Each count argument of a port, too large for the array it sizes: (port, args, message after "port: ").
HUGE_COUNTS = [
    ("gradient_descent", (X3, [1.0, 2.0, 4.0], np.zeros(2), 0.01, 1e20),
     "num_iters is too large (1e+20): J_history would have 1e+20 elements, more than 2^31-1"),
    ("gradient_descent_multi", (X3, [1.0, 2.0, 4.0], np.zeros(2), 0.01, 2**31),
     "num_iters is too large (2.14748e+09): J_history would have 2.14748e+09 elements, more than 2^31-1"),
    ("rand_initialize_weights", (1e10, 2), "L_in is too large (1e+10): W would have 1e+10 elements, more than 2^31-1"),
    ("rand_initialize_weights", (2**31 - 1, 1),
     "L_in is too large (2.14748e+09): W would have 2.14748e+09 elements, more than 2^31-1"),  # its bias column
    ("rand_initialize_weights", (3, 1e10), "L_out is too large (1e+10): W would have 4e+10 elements, more than 2^31-1"),
    ("rand_initialize_weights", (50000, 50000),
     "L_out is too large (50000): W would have 2.50005e+09 elements, more than 2^31-1"),
    ("debug_initialize_weights", (1e20, 2), "fan_out is too large (1e+20): W would have 3e+20 elements, more than 2^31-1"),
    ("debug_initialize_weights", (2, 1e10), "fan_in is too large (1e+10): W would have 1e+10 elements, more than 2^31-1"),
    ("debug_initialize_weights", (1, 2**31 - 1),
     "fan_in is too large (2.14748e+09): W would have 2.14748e+09 elements, more than 2^31-1"),
    ("nn_cost_function_linear", (np.ones(13), 1e10, 3, 1, np.ones((3, 2)), np.ones(3), 0.0),
     "input_layer_size is too large (1e+10): Theta1 would have 1e+10 elements, more than 2^31-1"),
    ("nn_cost_function_linear", (np.ones(13), 2, 1e10, 1, np.ones((3, 2)), np.ones(3), 0.0),
     "hidden_layer_size is too large (1e+10): Theta1 would have 3e+10 elements, more than 2^31-1"),
    ("nn_cost_function_linear", (np.ones(13), 2, 3, 1e10, np.ones((3, 2)), np.ones(3), 0.0),
     "num_labels is too large (1e+10): Theta2 would have 4e+10 elements, more than 2^31-1"),
    ("fmincg", (pyport.rosenbrock, np.zeros(2), {"MaxIter": 1e20}),
     "the MaxIter option is too large (1e+20): fX could have 1e+20 elements, more than 2^31-1"),
    ("fmincg", (pyport.rosenbrock, np.zeros(2), {"MaxIter": [-1e20, 0.5]}),
     "the MaxIter option is too large (-1e+20): fX could have 1e+20 elements, more than 2^31-1"),
]


@pytest.mark.parametrize("port,args,message", HUGE_COUNTS, ids=[f"{p}-{k}" for k, (p, _, _) in enumerate(HUGE_COUNTS)])
def test_a_count_too_large_for_its_array_is_refused_before_allocating(port, args, message):
    import tracemalloc
    tracemalloc.start()
    try:
        with pytest.raises(ValueError) as info:
            getattr(pyport, port)(*args)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert str(info.value) == f"{port}: {message}"
    assert peak < 2**20  # nothing of the array's size was allocated


def test_every_count_argument_has_a_huge_case():
    counts = {"gradient_descent": {"num_iters"}, "gradient_descent_multi": {"num_iters"},
              "rand_initialize_weights": {"L_in", "L_out"}, "debug_initialize_weights": {"fan_in", "fan_out"},
              "nn_cost_function_linear": {"input_layer_size", "hidden_layer_size", "num_labels"},
              "fmincg": {"the MaxIter option"}}
    refused = {}
    for port, _, message in HUGE_COUNTS:
        refused.setdefault(port, set()).add(message.partition(" is too large")[0])
    assert refused == counts


# Octave's messages for the same calls (octave/private/checkCount.m and checkFmincgArgs.m, Octave 7.3).
HUGE_IN_OCTAVE = [
    ("gradientDescentMulti", "gradientDescentMulti: NUM_ITERS is too large (1e+20): J_HISTORY would have 1e+20 elements, "
                             "more than 2^31-1",
     lambda: pyport.gradient_descent_multi(X3, [1.0, 2.0, 4.0], np.zeros(2), 0.1, 1e20)),
    ("randInitializeWeights", "randInitializeWeights: L_OUT is too large (1e+10): W would have 4e+10 elements, more than 2^31-1",
     lambda: pyport.rand_initialize_weights(3.0, 1e10)),
    ("nnCostFunctionLinear", "nnCostFunctionLinear: HIDDEN_LAYER_SIZE is too large (1e+10): THETA1 would have 3e+10 "
                             "elements, more than 2^31-1",
     lambda: pyport.nn_cost_function_linear(np.ones(13), 2.0, 1e10, 1.0, np.ones((3, 2)), np.ones(3), 0.0)),
    ("fmincg", "fmincg: the MaxIter option is too large (-1e+20): FX could have 1e+20 elements, more than 2^31-1",
     lambda: pyport.fmincg(pyport.rosenbrock, np.zeros(2), {"MaxIter": -1e20})),
]


@pytest.mark.parametrize("octave_name,octave_message,call", HUGE_IN_OCTAVE, ids=[s[0] for s in HUGE_IN_OCTAVE])
def test_a_huge_count_is_refused_in_octaves_words(octave_name, octave_message, call):
    with pytest.raises(ValueError) as info:
        call()
    assert same_refusal(octave_message, str(info.value), octave_name), str(info.value)


# ---- Issue 11: a logical (bool) array is a numeric input wherever a real one is, on both sides -------
#
# Every numeric argument of every valid call above, in turn, as a logical array of the same shape (a
# fixed pattern of 1s and 0s; a scalar is true) against the same 1s and 0s as doubles: the function
# gives the same outputs to the bit, or refuses both alike (a count of 1 may not fit the other
# arguments), and never refuses a value for being logical.


def _numeric(value) -> bool:
    return not (callable(value) or isinstance(value, (str, dict))) and np.asarray(value).dtype.kind in "iuf"


def _zeros_and_ones(value) -> np.ndarray:
    """A logical array of ``value``'s shape (a plain number's: 0-d), 1s and 0s in a fixed pattern."""
    shape = np.shape(value)
    return (np.arange(int(np.prod(shape))) % 3 != 1).reshape(shape)


#: Index-valued arguments (0-based in the port, 1-based in Octave), by 0-based position: a logical
#: array is not an index (Octave would take it as a mask), so they are left out of the logical table,
#: and Octave gets them plus 1.
INDEX_ARGS = {"compute_centroids": {1}, "one_vs_all": {1}, "nn_cost_function": {5}}
LOGICAL_CASES = [(port, k) for port, args in VALID_CALLS.items() for k, a in enumerate(args)
                 if _numeric(a) and k not in INDEX_ARGS.get(port, ())]
#: Draws random numbers: the port takes the same generator twice, Octave's rand is compared by shape.
RANDOM = {"rand_initialize_weights"}


def _outcome(call):
    """("ok", flat list of outputs, warnings said) or ("refused", message with "logical " dropped)."""
    import warnings  # noqa: PLC0415

    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        try:
            out = call()
        except ValueError as exc:
            return "refused", str(exc).replace("logical ", "")
    flat = []

    def walk(x):
        if isinstance(x, (tuple, list)):
            for item in x:
                walk(item)
        else:
            flat.append(np.asarray(x))
    walk(out)
    return "ok", flat, [(w.category, str(w.message)) for w in said]


def _logical_and_double(args, k):
    logical = _zeros_and_ones(args[k])
    as_logical, as_double = list(args), list(args)
    as_logical[k] = logical if logical.ndim else bool(logical)
    as_double[k] = logical.astype(float) if logical.ndim else float(logical)
    return as_logical, as_double


def test_the_logical_table_covers_every_port():
    assert {port for port, _ in LOGICAL_CASES} == set(VALID_CALLS)
    assert all(max(ks) < len(VALID_CALLS[port]) for port, ks in INDEX_ARGS.items())


@pytest.mark.parametrize("port,k", LOGICAL_CASES, ids=[f"{p}-{k}" for p, k in LOGICAL_CASES])
def test_a_logical_argument_is_its_zeros_and_ones(port, k):
    func = getattr(pyport, port)
    as_logical, as_double = _logical_and_double(VALID_CALLS[port], k)
    extra = (lambda: {"rng": np.random.default_rng(5)}) if port in RANDOM else dict
    got = _outcome(lambda: func(*as_logical, **extra()))
    want = _outcome(lambda: func(*as_double, **extra()))
    assert got[0] == want[0], (got, want)
    if got[0] == "refused":
        assert got[1] == want[1]
        return
    assert len(got[1]) == len(want[1]) and got[2] == want[2]
    for a, b in zip(got[1], want[1]):
        assert a.dtype == b.dtype and a.shape == b.shape
        np.testing.assert_array_equal(a, b)


def _for_octave(value):
    """An argument as the original takes it: a vector as a column, a number as a 1-by-1 double (a bool
    as a logical), a port as its original's name, a dict (a struct) field by field."""
    if callable(value):
        names = {port: name for name, port in pyport.OCTAVE_NAMES.items()}
        return names.get(value, value.__name__)
    if isinstance(value, dict):
        return {k: _for_octave(v) for k, v in value.items()}
    if isinstance(value, (str, bool)):
        return value
    arr = np.asarray(value)
    if arr.dtype.kind != "b":
        arr = arr.astype(float)
    return arr.reshape(-1, 1) if arr.ndim < 2 else arr


#: The calls a logical argument makes invalid, the double 1s and 0s as much as the logical: a size or a
#: count of 1 (true) that nn_params or params no longer fit, a scale or a diagonal of C with a 0 or 1
#: where one is refused, one centroid or one class for a label of 2.
LOGICAL_REFUSED = ["nnCostFunctionLinear-1", "nnCostFunctionLinear-2", "denormalizeTheta-2", "selfExpressiveCost-0",
                   "computeCentroids-2", "cofiCostFunc-3", "cofiCostFunc-4", "cofiCostFunc-5", "oneVsAll-2",
                   "nnCostFunction-1", "nnCostFunction-2", "nnCostFunction-3"]


@pytest.mark.octave
def test_an_original_takes_a_logical_argument_as_its_zeros_and_ones(octave):
    from crosscheck.session import Call, CallStatus  # noqa: PLC0415

    names = {port.__name__: name for name, port in pyport.OCTAVE_NAMES.items()}
    said = octave.call_many([Call(function="nargout", args=(name,), nout=1, timeout=30) for name in names.values()])
    nouts = {port: int(np.ravel(r.outputs[0])[0]) for port, r in zip(names, said)}  # Octave's outputs
    calls, ids = [], []
    for port, k in LOGICAL_CASES:
        nout = nouts[port]
        for args in (*_logical_and_double(VALID_CALLS[port], k), VALID_CALLS[port]):
            calls.append(Call(function=names[port], nout=nout, timeout=30,
                              args=tuple(_for_octave(a) + 1 if j in INDEX_ARGS.get(port, ()) else _for_octave(a)
                                         for j, a in enumerate(args))))
        ids.append(f"{names[port]}-{k}")
    results = octave.call_many(calls)
    refused = []
    for at, name in enumerate(ids):
        logical, double, valid = results[3 * at: 3 * at + 3]
        assert valid.status is CallStatus.OK, (name, valid.message)
        assert logical.status is double.status, (name, logical.message, double.message)
        if logical.status is not CallStatus.OK:
            assert logical.message.replace("logical ", "") == double.message, name
            refused.append(name)
            continue
        for a, b in zip(logical.outputs, double.outputs):
            if isinstance(a, dict):  # a struct (svmTrain's model): field by field
                assert a.keys() == b.keys(), name
                pairs = [(a[key], b[key]) for key in a]
            else:
                pairs = [(a, b)]
            for x, y in pairs:
                x, y = np.asarray(x), np.asarray(y)
                assert x.shape == y.shape, name
                if not name.startswith("randInitializeWeights"):
                    np.testing.assert_array_equal(x, y, err_msg=name)
    assert sorted(refused) == sorted(LOGICAL_REFUSED)


# ---- Issue 11: what a caller passes is never changed, by any port ---------------------------------------

@pytest.mark.parametrize("port", sorted(VALID_CALLS))
def test_no_port_changes_what_it_is_given(port):
    """Every array argument of every port, and a copy of it: after the call, still equal, bit for bit
    (a port that scaled, centred or reshaped its argument in place would show here)."""
    args = [np.array(a, dtype=float) if isinstance(a, list) else a for a in VALID_CALLS[port]]
    before = [a.copy() if isinstance(a, np.ndarray) else a for a in args]
    extra = {"rng": np.random.default_rng(0)} if port in RANDOM else {}
    getattr(pyport, port)(*args, **extra)
    for a, b in zip(args, before):
        if isinstance(a, np.ndarray):
            assert a.dtype == b.dtype and a.shape == b.shape
            np.testing.assert_array_equal(a, b)
