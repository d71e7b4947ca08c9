"""Where does a support vector machine draw its boundary, and which C and sigma should it use? (the
course's ex6: SVMs with the linear and the Gaussian kernel, trained by the course's simplified SMO)

The course's data (ex6data1.mat, ex6data2.mat, ex6data3.mat) are not shipped, so this script draws
synthetic sets of the same kind from a seeded generator (numpy's default_rng(6)): two separable
clusters with one outlier, a class inside a ring of the other, and a noisy set split into training
and validation halves.

Part 1 trains a linear SVM with C = 1 and C = 100, as the course does: a small C leaves the outlier on
the wrong side for a wide margin, a large one bends the boundary to classify it. Part 2 prints the
course's published check of gaussian_kernel (0.324652) and trains a Gaussian SVM (C 1, sigma 0.1) on
the ring. Part 3 runs dataset3_params, the course's search over C and sigma in 0.01 ... 30 by the
validation error. The second index of the SMO is random: a seeded generator (rng=...) here; pass
draws=... to reproduce Octave's svmTrain given the same draws (see README, "SVM kernels").

Note (as the course): svm_predict leaves b out on the Gaussian path.

Measured: with C = 1 the outlier stays on the wrong side (98% training accuracy, 9 support vectors);
with C = 100 the boundary tilts to take it in (100%, 6 support vectors). The ring is separated
(100% training accuracy); the search picks C = 0.01, sigma = 0.1, 97.5% on the validation half.

Run from anywhere:  .venv/bin/python examples/ex6_svm.py
"""

import functools

import numpy as np

from pyport import dataset3_params, gaussian_kernel, linear_kernel, svm_predict, svm_train

rng = np.random.default_rng(6)

# Part 1: a linear boundary, and what C does with an outlier.
X1 = np.vstack([rng.normal([2.0, 2.2], 0.35, (25, 2)), rng.normal([3.2, 4.0], 0.35, (25, 2)), [[0.6, 3.0]]])
y1 = np.r_[np.zeros(25), np.ones(25), 1.0]  # the last point: an outlier of class 1 among the 0s
for C in (1.0, 100.0):
    model = svm_train(X1, y1, C, linear_kernel, 1e-3, 20, rng=rng)
    acc = np.mean(svm_predict(model, X1) == y1) * 100
    side = "right" if svm_predict(model, X1[-1]) == 1 else "wrong"
    print(f"linear SVM, C = {C:5g}: w = {np.round(model.w, 3)}, b = {model.b:.3f}, "
          f"training accuracy {acc:.1f}%, outlier on the {side} side, {model.alphas.size} support vectors")

# Part 2: the Gaussian kernel, and a boundary no line can draw.
print(f"gaussian_kernel([1, 2, 1], [0, 4, -1], 2) = {gaussian_kernel([1, 2, 1], [0, 4, -1], 2):.6f} (course: 0.324652)")
angle = rng.uniform(0, 2 * np.pi, 120)
radius = np.r_[rng.uniform(0, 0.25, 60), rng.uniform(0.4, 0.6, 60)]
X2 = 0.5 + np.c_[radius * np.cos(angle), radius * np.sin(angle)]
y2 = np.r_[np.ones(60), np.zeros(60)]
model = svm_train(X2, y2, 1.0, functools.partial(gaussian_kernel, sigma=0.1), rng=rng)
print(f"Gaussian SVM (C 1, sigma 0.1) on a class inside a ring: training accuracy "
      f"{np.mean(svm_predict(model, X2) == y2) * 100:.1f}%")

# Part 3: C and sigma by validation.
def noisy_set(m):
    X = rng.uniform(-0.6, 0.3, (m, 2))
    y = ((X[:, 0] + 0.15) ** 2 + (X[:, 1] - 0.1) ** 2 < 0.09).astype(float)
    flip = rng.random(m) < 0.08  # label noise
    return X, np.where(flip, 1 - y, y)


X3, y3 = noisy_set(50)
Xval, yval = noisy_set(40)
C, sigma = dataset3_params(X3, y3, Xval, yval, rng=rng)
model = svm_train(X3, y3, C, functools.partial(gaussian_kernel, sigma=sigma), rng=rng)
print(f"dataset3_params: C = {C:g}, sigma = {sigma:g}; validation accuracy with them "
      f"{np.mean(svm_predict(model, Xval) == yval) * 100:.1f}%")
