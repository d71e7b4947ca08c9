"""Which servers misbehave? Anomaly detection with a Gaussian model (the course's ex8, part 1)

The course fits a Gaussian to the throughput (mb/s) and latency (ms) of 307 servers, picks the density
threshold epsilon that gives the best F1 score on a labelled cross-validation set, and flags the
examples whose density falls below it; then does the same with 11 features. Its data sets are not
shipped here, so this script DRAWS SYNTHETIC ONES with a seeded generator: normal servers around
(14 mb/s, 15 ms) with correlated noise, and a few anomalies pushed 4 to 8 standard deviations out
(6 in the training set, 9 in the labelled validation set); for the second part 1000 examples of 11
features (10 and 100 anomalies). The answers below are for these data, not the course's figures
(which are epsilon 8.99e-05, F1 0.875 and 6 anomalies; then 1.38e-18, 0.615 and 117).

Run from anywhere:  .venv/bin/python examples/ex8_anomaly_detection.py
"""

import numpy as np

from pyport import estimate_gaussian, multivariate_gaussian, select_threshold

rng = np.random.default_rng(8)


def servers(m, n, anomalies, centre, spread):
    """m examples of n features, the first ``anomalies`` of them pushed far out; labels 1 for those."""
    mix = np.eye(n) + 0.3 * rng.standard_normal((n, n)) / np.sqrt(n)
    X = centre + spread * (rng.standard_normal((m, n)) @ mix)
    X[:anomalies] += spread * rng.choice([-1.0, 1.0], (anomalies, n)) * rng.uniform(4, 8, (anomalies, n))
    y = np.zeros(m)
    y[:anomalies] = 1
    order = rng.permutation(m)
    return X[order], y[order]


for title, (m, n, bad_train, bad_val, centre, spread) in {
    "2 features (throughput, latency)": (307, 2, 6, 9, np.array([14.0, 15.0]), 1.3),
    "11 features": (1000, 11, 10, 100, np.zeros(11), 1.0),
}.items():
    X, _ = servers(m, n, bad_train, centre, spread)
    Xval, yval = servers(m, n, bad_val, centre, spread)
    mu, sigma2 = estimate_gaussian(X)  # the model is fitted on the (unlabelled) training set
    p = multivariate_gaussian(X, mu, sigma2)
    pval = multivariate_gaussian(Xval, mu, sigma2)
    epsilon, f1 = select_threshold(yval, pval)
    print(f"{title}: {m} examples")
    print(f"  best epsilon found by cross-validation: {epsilon:e}")
    print(f"  best F1 on the cross-validation set:    {f1:f}")
    print(f"  anomalies found in the training set:    {int(np.sum(p < epsilon))} (planted: {bad_train})")
