"""Which cluster does each point belong to, and how few numbers can stand for the data? (the course's
ex7: k-means clustering, then principal component analysis)

The course's data (ex7data1.mat, ex7data2.mat, bird_small.png) are not shipped, so this script draws
synthetic sets of the same kind from a seeded generator (numpy's default_rng(7)): 300 points around
four centres in 2-D, and 50 points of two features that rise together.

Part 1 runs k-means as the course's driver does: the published check of find_closest_centroids (the
course's first centroids [3 3; 6 2; 8 5]: its first three points go to centroids 1, 3, 2, here 0, 2, 1
since the ports count from 0), then runk_means for 10 iterations from initial centroids drawn by
k_means_init_centroids, ten times, keeping the run of least distortion (the mean squared distance of
each point to its centroid): random starts can leave k-means in a poor local optimum, which is why the
course asks for several. Part 2 z-scores the correlated set (feature_normalize), runs pca and prints
the top eigenvector, -0.707107 -0.707107 as the course's figure (for any two z-scored features that rise
together), the share of the variance the first component keeps, and the first point projected to 1-D
and recovered, as the course prints them.

Measured: the best of the ten runs finds the four centres to within 0.4, 72 to 77 points each
(distortion 0.81, against 2.84 for the worst start, a poor local optimum); the first component keeps
93.8% of the variance, and the first point, projected to -0.995096, comes back as 0.703639 0.703639.

Run from anywhere:  .venv/bin/python examples/ex7_kmeans_pca.py
"""

import numpy as np

from pyport import (feature_normalize, find_closest_centroids, k_means_init_centroids, pca, project_data,
                    recover_data, runk_means)

rng = np.random.default_rng(7)

# Part 1: k-means on four groups of points.
centres = np.array([[2.0, 5.0], [6.0, 3.0], [3.0, 1.0], [7.0, 6.0]])
X = np.vstack([c + 0.7 * rng.standard_normal((75, 2)) for c in centres])
rng.shuffle(X)

check = find_closest_centroids(np.array([[1.84, 4.61], [5.66, 4.80], [6.35, 3.29]]),
                               np.array([[3.0, 3.0], [6.0, 2.0], [8.0, 5.0]]))
print(f"closest centroids of the course's first three points: {check} (course: 1 3 2, counted from 1)")

runs = []
for _ in range(10):
    centroids, idx = runk_means(X, k_means_init_centroids(X, 4, rng=rng), 10)
    distortion = np.mean(np.sum((X - centroids[idx]) ** 2, axis=1))
    runs.append((distortion, centroids, idx))
runs.sort(key=lambda run: run[0])
distortion, centroids, idx = runs[0]
print(f"k-means, best of 10 random starts: distortion {distortion:.2f} (worst start: {runs[-1][0]:.2f})")
for k in np.argsort(centroids[:, 0]):
    print(f"  centroid {k}: {np.round(centroids[k], 2)}, {np.sum(idx == k)} points")

# Part 2: PCA of two features that rise together.
t = rng.uniform(0, 10, 50)
F = np.column_stack([t + rng.standard_normal(50), 2 * t + 2 * rng.standard_normal(50)])
X_norm, mu, sigma = feature_normalize(F)
U, S = pca(X_norm)
print(f"top eigenvector U[:, 0] = {np.round(U[:, 0], 6)} (course: -0.707107 -0.707107)")
print(f"variance kept by 1 component: {S[0, 0] / np.trace(S):.1%}")
Z = project_data(X_norm, U, 1)
X_rec = recover_data(Z, U, 1)
print(f"first example {np.round(X_norm[0], 6)}: projection {Z[0, 0]:.6f}, recovered {np.round(X_rec[0], 6)}")
print(f"mean squared reconstruction error over all 50: {np.mean(np.sum((X_norm - X_rec) ** 2, axis=1)):.4f}")
