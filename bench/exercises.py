"""The rows of `make bench` for the course's ex2-ex8 (issue 13): each pair at the size of its exercise
and larger, on the same inputs (indices 1-based to Octave, 0-based to the port), with the course-style
Octave code (bench/m/course_*.m) where the job has an obvious one."""

from __future__ import annotations

import functools

import numpy as np

import pyport as P

F8 = 8


def _col(v) -> np.ndarray:
    return np.asarray(v, dtype=float).reshape(-1, 1)


def _blobs(rng, m, n=2, spread=1.0):
    """Two classes of m/2 points each, around -1 and +1 in every feature; labels 0/1."""
    y = (np.arange(m) % 2).astype(float)
    X = rng.standard_normal((m, n)) * spread + (2 * y[:, None] - 1)
    return X, _col(y)


def exercise_rows(Bench, quick: bool) -> list:
    """Every ex2-ex8 row; ``Bench`` is bench.py's row type."""
    rng = np.random.default_rng(13)
    out = []
    big = 1000 if quick else 5000

    # ex2 and ex3: logistic regression. costFunction reads X twice (X*theta, X'*(h-y)): 2*m*n*8 bytes.
    for m, n in ((100, 3), (big, 401)):
        X = np.hstack([np.ones((m, 1)), rng.standard_normal((m, n - 1))])
        y, th = _col(rng.random(m) < 0.4), _col(0.01 * rng.standard_normal(n))
        out.append(Bench("costFunction", f"{m}x{n}", (th, X, y), lambda th=th, X=X, y=y: P.cost_function(th, X, y),
                         nout=2, course="course_costFunction", bytes=2 * m * n * F8, flops=4 * m * n))
        out.append(Bench("costFunctionReg", f"{m}x{n}", (th, X, y, 1.0),
                         lambda th=th, X=X, y=y: P.cost_function_reg(th, X, y, 1.0), nout=2,
                         course="course_costFunctionReg", bytes=2 * m * n * F8, flops=4 * m * n))
    for m in (118, 100_000):
        x1, x2 = _col(rng.standard_normal(m)), _col(rng.standard_normal(m))
        out.append(Bench("mapFeature", f"{m} pairs", (x1, x2), lambda x1=x1, x2=x2: P.map_feature(x1, x2),
                         bytes=28 * m * F8))
    X = np.hstack([np.ones((big, 1)), rng.standard_normal((big, 400))])
    th = _col(0.01 * rng.standard_normal(401))
    out.append(Bench("predict", f"{big}x401 logistic", (th, X), lambda th=th, X=X: P.predict(th, X),
                     bytes=big * 401 * F8))
    Xd = rng.standard_normal((big, 400))
    T1, T2 = 0.12 * rng.standard_normal((25, 401)), 0.12 * rng.standard_normal((10, 26))
    out.append(Bench("predict", f"{big}x400x25x10 network", (T1, T2, Xd), lambda: P.predict(T1, T2, Xd),
                     bytes=3 * big * 400 * F8, flops=2 * big * 401 * 25 + 2 * big * 26 * 10))
    labels = rng.integers(0, 10, big)          # 0-based; Octave gets 1..10
    all_theta = 0.01 * rng.standard_normal((10, 401))
    out.append(Bench("predictOneVsAll", f"{big}x400, 10 classes", (all_theta, Xd),
                     lambda: P.predict_one_vs_all(all_theta, Xd), course="course_predictOneVsAll",
                     bytes=2 * big * 400 * F8, flops=2 * big * 401 * 10))
    mo = 500 if quick else 2000                 # 10 classifiers, 50 line searches each
    Xo, yo = Xd[:mo, :100], labels[:mo]
    out.append(Bench("oneVsAll", f"{mo}x100, 10 classes", (Xo, _col(yo + 1.0), 10.0, 0.1),
                     lambda: P.one_vs_all(Xo, yo, 10, 0.1), repeat=1))

    # ex4: the classification network at the course's size (5000 x 400 -> 25 -> 10).
    p = _col(np.concatenate([T1.ravel(order="F"), T2.ravel(order="F")]))
    out.append(Bench("nnCostFunction", f"{big}x400x25x10", (p, 400.0, 25.0, 10.0, Xd, _col(labels + 1.0), 1.0),
                     lambda: P.nn_cost_function(p, 400, 25, 10, Xd, labels, 1.0), nout=2,
                     course="course_nnCostFunction", bytes=4 * big * 400 * F8,
                     flops=4 * big * 401 * 25 + 6 * big * 26 * 10))

    # ex5: regularised linear regression; the fits are fmincg's (MaxIter 200).
    for m, n in ((12, 9), (100_000, 9)):
        X = np.hstack([np.ones((m, 1)), rng.standard_normal((m, n - 1))])
        y, th = _col(X @ rng.standard_normal(n) + rng.standard_normal(m)), _col(rng.standard_normal(n))
        out.append(Bench("linearRegCostFunction", f"{m}x{n}", (X, y, th, 1.0),
                         lambda X=X, y=y, th=th: P.linear_reg_cost_function(X, y, th, 1.0), nout=2,
                         course="course_linearRegCostFunction", bytes=2 * m * n * F8, flops=4 * m * n))
    X12 = np.hstack([np.ones((12, 1)), rng.standard_normal((12, 8))])
    y12 = _col(X12 @ rng.standard_normal(9) + 0.1 * rng.standard_normal(12))
    Xv, yv = np.hstack([np.ones((21, 1)), rng.standard_normal((21, 8))]), _col(rng.standard_normal(21))
    out.append(Bench("trainLinearReg", "12x9", (X12, y12, 1.0), lambda: P.train_linear_reg(X12, y12, 1.0)))
    out.append(Bench("learningCurve", "12x9, 21 validation", (X12, y12, Xv, yv, 1.0),
                     lambda: P.learning_curve(X12, y12, Xv, yv, 1.0), nout=2, repeat=1 if quick else 3))
    out.append(Bench("validationCurve", "12x9, 21 validation", (X12, y12, Xv, yv),
                     lambda: P.validation_curve(X12, y12, Xv, yv), nout=3, repeat=1 if quick else 3))
    xp = _col(rng.standard_normal(100_000))
    out.append(Bench("polyFeatures", "1e+05, p = 8", (xp, 8.0), lambda: P.poly_features(xp, 8), bytes=9 * xp.size * F8))

    # ex6: support vector machines; the SMO takes the same draws on both sides.
    a, b = _col(rng.standard_normal(400)), _col(rng.standard_normal(400))
    out.append(Bench("linearKernel", "400", (a, b), lambda: P.linear_kernel(a, b)))
    out.append(Bench("gaussianKernel", "400", (a, b, 0.5), lambda: P.gaussian_kernel(a, b, 0.5)))
    draws = _col(rng.random(20_000))
    for kernel, label in (("linearKernel", "linear"), ("gaussianKernel", "gaussian")):
        ms = 50 if quick else 100
        Xs, ys = _blobs(rng, ms, spread=0.8)
        spec = {"handle": kernel, "bound": (1.0,) if kernel == "gaussianKernel" else (), "arity": 2.0}
        port_kernel = functools.partial(P.gaussian_kernel, sigma=1.0) if kernel == "gaussianKernel" else P.linear_kernel
        out.append(Bench("svmTrain", f"{ms}x2 {label}, C 1", (Xs, ys, 1.0, spec, 1e-3, 5.0, draws),
                         lambda Xs=Xs, ys=ys, k=port_kernel: P.svm_train(Xs, ys, 1.0, k, 1e-3, 5, draws),
                         repeat=1 if quick else 3))
    Xs, ys = _blobs(rng, 100, spread=0.8)
    model = P.svm_train(Xs, ys, 1.0, functools.partial(P.gaussian_kernel, sigma=1.0), 1e-3, 5, draws)
    model_octave = {"X": model.X, "y": _col(model.y), "kernelFunction": "", "b": model.b,
                    "alphas": _col(model.alphas), "w": _col(model.w)}
    Xq = rng.standard_normal((1000, 2))
    model_octave["kernelFunction"] = {"handle": "gaussianKernel", "bound": (1.0,), "arity": 2.0}
    out.append(Bench("svmPredict", f"{model.X.shape[0]} support vectors, 1000x2 gaussian", (model_octave, Xq),
                     lambda: P.svm_predict(model, Xq)))
    mt = 12 if quick else 20
    Xt, yt = _blobs(rng, mt, spread=1.0)
    Xtv, ytv = _blobs(rng, mt, spread=1.0)
    out.append(Bench("dataset3Params", f"{mt}x2, {mt} validation (64 trainings)", (Xt, yt, Xtv, ytv, draws),
                     lambda: P.dataset3_params(Xt, yt, Xtv, ytv, draws), nout=2, repeat=1))

    # ex7: k-means on the course's 2-D set's size and on the bird image's pixels (128 x 128 RGB, 16
    # colours); PCA on 5000 faces of 16 x 16 pixels (the course's are 32 x 32).
    for m, n, K in ((300, 2, 3), (16_384, 3, 16)):
        X = rng.random((m, n))
        C = X[rng.permutation(m)[:K]]
        idx = rng.integers(0, K, m)
        out.append(Bench("findClosestCentroids", f"{m}x{n}, K = {K}", (X, C), lambda X=X, C=C: P.find_closest_centroids(X, C),
                         course="course_findClosestCentroids", bytes=m * n * F8))
        out.append(Bench("computeCentroids", f"{m}x{n}, K = {K}", (X, _col(idx + 1.0), float(K)),
                         lambda X=X, idx=idx, K=K: P.compute_centroids(X, idx, K), course="course_computeCentroids",
                         bytes=m * n * F8))
        out.append(Bench("runkMeans", f"{m}x{n}, K = {K}, 10 iterations", (X, C, 10.0),
                         lambda X=X, C=C: P.runk_means(X, C, 10), nout=2))
        perm = rng.permutation(m)
        out.append(Bench("kMeansInitCentroids", f"{m}x{n}, K = {K}", (X, float(K), _col(perm + 1.0)),
                         lambda X=X, K=K, perm=perm: P.k_means_init_centroids(X, K, perm)))
    for m, n in ((50, 2), (big, 256)):
        X = rng.standard_normal((m, n)) * np.linspace(1, 3, n)
        out.append(Bench("pca", f"{m}x{n}", (X,), lambda X=X: P.pca(X), nout=2, course="course_pca",
                         flops=m * n * n))
        U = np.linalg.qr(rng.standard_normal((n, n)))[0]
        k = max(1, n // 5)
        out.append(Bench("projectData", f"{m}x{n}, K = {k}", (X, U, float(k)), lambda X=X, U=U, k=k: P.project_data(X, U, k),
                         flops=2 * m * n * k))
        Z = X @ U[:, :k]
        out.append(Bench("recoverData", f"{m}x{k} -> {n}", (Z, U, float(k)), lambda Z=Z, U=U, k=k: P.recover_data(Z, U, k),
                         flops=2 * m * n * k))

    # ex8: anomaly detection (the course's 307 x 2 and 1000 x 11) and the movie ratings (1682 x 943).
    for m, n in ((307, 2), (1000, 11)):
        X = rng.standard_normal((m, n)) * 2 + 10
        mu, s2 = _col(X.mean(axis=0)), _col(X.var(axis=0))
        out.append(Bench("estimateGaussian", f"{m}x{n}", (X,), lambda X=X: P.estimate_gaussian(X), nout=2,
                         course="course_estimateGaussian", bytes=2 * m * n * F8))
        out.append(Bench("multivariateGaussian", f"{m}x{n}, variances", (X, mu, s2),
                         lambda X=X, mu=mu, s2=s2: P.multivariate_gaussian(X, mu, s2),
                         course="course_multivariateGaussian"))
        pval = _col(rng.random(m) ** 4)
        yval = _col(pval.ravel() < 0.01)
        out.append(Bench("selectThreshold", f"{m} examples", (yval, pval), lambda yval=yval, pval=pval: P.select_threshold(yval, pval),
                         nout=2))
    nm, nu, nf = (300, 200, 10) if quick else (1682, 943, 10)
    R = rng.random((nm, nu)) < 0.06
    Y = np.where(R, rng.integers(1, 6, (nm, nu)), 0).astype(float)
    params = _col(0.1 * rng.standard_normal((nm + nu) * nf))
    out.append(Bench("cofiCostFunc", f"{nm} movies x {nu} users, 10 features", (params, Y, R, float(nu), float(nm), 10.0, 10.0),
                     lambda: P.cofi_cost_func(params, Y, R, nu, nm, 10, 10.0), nout=2, course="course_cofiCostFunc",
                     bytes=4 * nm * nu * F8, flops=6 * nm * nu * nf))
    out.append(Bench("normalizeRatings", f"{nm}x{nu}", (Y, R), lambda: P.normalize_ratings(Y, R), nout=2,
                     bytes=3 * nm * nu * F8))
    return out
