"""pyport.pca without Octave (but for the last test, marked octave): the course's figures, the
decomposition's properties, what is guaranteed where singular values are equal, the refusals."""

import warnings

import numpy as np
import pytest

from pyport import PcaResult, feature_normalize, pca, project_data, recover_data

DIAGONALS = np.array([[-1.0, 1.0], [-1.0, -1.0]]) / np.sqrt(2)


@pytest.fixture(autouse=True)
def no_runtime_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        yield


def rising_together(m=50, seed=0):
    rng = np.random.default_rng(seed)
    t = np.arange(1.0, m + 1)
    return np.column_stack([t + 3 * rng.standard_normal(m), 2 * t + 5 * rng.standard_normal(m)])


def test_the_courses_top_eigenvector():
    """ex7 publishes U(:, 1) = -0.707107 -0.707107 for its z-scored 2-D set: z-scored, any two features
    that rise together give the diagonal, and dgesvd's sign."""
    for seed in range(3):
        X_norm, _, _ = feature_normalize(rising_together(seed=seed))
        U, S = pca(X_norm)
        np.testing.assert_allclose(U[:, 0], [-0.707107, -0.707107], rtol=0, atol=5e-7)
        assert S[0, 0] > S[1, 1] > 0


def test_the_courses_projection_and_recovery():
    """ex7: the first example projects to 1.481274 and comes back as -1.047419 -1.047419."""
    X_rec = recover_data(np.array([[1.481274]]), DIAGONALS, 1)
    np.testing.assert_allclose(X_rec, [[-1.047419, -1.047419]], rtol=0, atol=5e-7)
    np.testing.assert_allclose(project_data(X_rec, DIAGONALS, 1), [[1.481274]], rtol=0, atol=1e-15)


@pytest.mark.parametrize("m, n", [(5, 3), (40, 6), (3, 5), (10, 1)])
def test_a_decomposition_of_sigma(m, n):
    X = np.random.default_rng(m * n).standard_normal((m, n))
    out = pca(X)
    assert isinstance(out, PcaResult) and out.U.shape == (n, n) and out.S.shape == (n, n)
    U, S = out
    s = np.diag(S)
    assert np.array_equal(S, np.diag(s)) and np.all(np.diff(s) <= 0) and np.all(s >= 0)
    np.testing.assert_allclose(U.T @ U, np.eye(n), rtol=0, atol=1e-14)
    np.testing.assert_allclose(U @ S @ U.T, X.T @ X / m, rtol=0, atol=1e-14 * np.abs(X.T @ X / m).max())
    np.testing.assert_allclose(s, np.sort(np.linalg.eigvalsh(X.T @ X / m))[::-1], rtol=0, atol=1e-14 * s[0])


def test_equal_singular_values_give_s_and_the_span():
    U, S = pca(np.array([[1.0, 0.0], [-1.0, 0.0], [0.0, 1.0], [0.0, -1.0]]))
    np.testing.assert_array_equal(S, 0.5 * np.eye(2))
    np.testing.assert_allclose(U @ U.T, np.eye(2), rtol=0, atol=1e-15)


def test_sign_is_dgesvds_not_dgesdds():
    """The sign convention is LAPACK dgesvd's, as Octave's svd: the same as scipy's gesvd driver."""
    import scipy.linalg  # noqa: PLC0415

    X = np.random.default_rng(4).standard_normal((30, 4))
    Sigma = X.T @ X / 30
    U, _ = pca(X)
    U_gesvd = scipy.linalg.svd(Sigma, lapack_driver="gesvd")[0]
    np.testing.assert_allclose(U, U_gesvd, rtol=0, atol=1e-13)


def test_inputs_of_any_class():
    X = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 7.0]])
    want = pca(X)
    for other in (X.astype(np.int8), X.astype(np.float32)):
        got = pca(other)
        np.testing.assert_array_equal(got.U, want.U)
        np.testing.assert_array_equal(got.S, want.S)
    np.testing.assert_array_equal(pca(np.array([[True, False], [True, True]])).S, pca(np.array([[1.0, 0.0], [1.0, 1.0]])).S)
    U, S = pca(np.array([[1.0], [2.0], [2.0]]))
    np.testing.assert_allclose(np.c_[U, S], [[1.0, 3.0]], rtol=0, atol=4e-16)


def test_project_and_recover():
    X = np.random.default_rng(2).standard_normal((20, 4))
    U, _ = pca(X)
    Z = project_data(X, U, 2)
    assert Z.shape == (20, 2)
    np.testing.assert_array_equal(Z, X @ U[:, :2])
    np.testing.assert_array_equal(recover_data(Z, U, 2), Z @ U[:, :2].T)
    np.testing.assert_allclose(recover_data(project_data(X, U, 4), U, 4), X, rtol=0, atol=1e-14)
    np.testing.assert_allclose(project_data(recover_data(Z, U, 2), U, 2), Z, rtol=0, atol=1e-14)
    np.testing.assert_array_equal(project_data(np.array([[True, False]]), np.array([[0.6, -0.8], [0.8, 0.6]]), True), [[0.6]])
    out = project_data(np.array([[np.nan, 1.0]]), np.eye(2), 2)
    assert np.isnan(out).all()  # NaN * 0 is NaN: the whole row, as in Octave


@pytest.mark.parametrize("call, message", [
    (lambda: pca(np.array([[1.0, np.nan], [2.0, 3.0]])), "pca: X must be finite (it has NaN or Inf)"),
    (lambda: pca(np.array([[1.0, np.inf]])), "pca: X must be finite (it has NaN or Inf)"),
    (lambda: pca(np.array([[1.0, 1e300], [2.0, 3.0]])),
     "pca: X'*X/m overflows: X is too large (its largest magnitude is 1e+300)"),
    (lambda: project_data(np.ones((4, 2)), np.eye(2), 1e20),
     "project_data: K must be at most the number of columns of U (U is 2x2), got 1e+20"),
    (lambda: pca(np.array([[1j, 2]])), "pca: X must be a real numeric matrix, got a complex array of size 1x2"),
    (lambda: pca(np.zeros((0, 2))), "pca: X must have at least one row and one column (X is 0x2)"),
    (lambda: project_data(np.ones((4, 2)), np.eye(3), 1),
     "project_data: U must have one row for each column of X (X is 4x2, U is 3x3)"),
    (lambda: project_data(np.ones((4, 2)), np.eye(2), 3),
     "project_data: K must be at most the number of columns of U (U is 2x2), got 3"),
    (lambda: project_data(np.ones((4, 2)), np.eye(2), 0), "project_data: K must be a positive integer, got 0"),
    (lambda: recover_data(np.ones((3, 2)), np.eye(2), 1), "recover_data: Z must have K columns (K is 1, Z is 3x2)"),
    (lambda: recover_data(np.ones((3, 3)), np.eye(2), 3),
     "recover_data: K must be at most the number of columns of U (U is 2x2), got 3"),
    (lambda: recover_data(np.ones((3, 1)), "u", 1), 'recover_data: U must be a real numeric matrix, got "u"'),
])
def test_refusals(call, message):
    with pytest.raises(ValueError) as info:
        call()
    assert str(info.value) == message


@pytest.mark.octave
def test_octave_gives_the_same_u_and_s_signs_included(octave):
    from crosscheck.session import Call  # noqa: PLC0415

    rng = np.random.default_rng(12)
    inputs = [rng.standard_normal((int(rng.integers(2, 40)), int(rng.integers(1, 7)))) for _ in range(20)]
    answers = octave.call_many([Call(function="pca", args=(X,), nout=2) for X in inputs])
    for X, answer in zip(inputs, answers):
        U, S = pca(X)
        scale = S[0, 0]
        np.testing.assert_allclose(answer.outputs[0], U, rtol=0, atol=1e-12)
        np.testing.assert_allclose(answer.outputs[1], S, rtol=0, atol=1e-12 * scale)
