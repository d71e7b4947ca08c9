"""Does my regression network learn, and is its back-propagated gradient right?

Generates 200 points of y = sin(2*x1) + 0.5*x2**2 plus noise, starts a network with 2 inputs, 8
tanh hidden units and a linear output from small random weights (rand_initialize_weights), prints
the cost before and after 3000 steps of gradient descent on nn_cost_function_linear, then checks the
gradient two ways: check_nn_gradients on its small standard network, and central differences
(compute_numerical_gradient) on this network at the trained weights.

Run from anywhere:  .venv/bin/python examples/train_regression_network.py
"""

import numpy as np

from pyport import (check_nn_gradients, compute_numerical_gradient, nn_cost_function_linear, predict_linear,
                    rand_initialize_weights, unroll)

INPUTS, HIDDEN, OUTPUTS = 2, 8, 1
LAMBDA, ALPHA, STEPS = 0.01, 0.3, 3000
ACTIVATION = "tanh"

rng = np.random.default_rng(2026)
X = rng.uniform(-1.5, 1.5, (200, INPUTS))
y = np.sin(2 * X[:, :1]) + 0.5 * X[:, 1:] ** 2 + 0.05 * rng.standard_normal((200, 1))

Theta1 = rand_initialize_weights(INPUTS, HIDDEN, 0.5, rng=rng)
Theta2 = rand_initialize_weights(HIDDEN, OUTPUTS, 0.5, rng=rng)
params = start = unroll(Theta1, Theta2)


def cost(p):
    return nn_cost_function_linear(p, INPUTS, HIDDEN, OUTPUTS, X, y, LAMBDA, ACTIVATION)


J0 = cost(params).J
history = []
for _ in range(STEPS):
    J, grad = cost(params)
    history.append(J)
    params = params - ALPHA * grad
J1 = cost(params).J
print(f"network {INPUTS}-{HIDDEN}-{OUTPUTS}, {ACTIVATION} hidden units, lambda {LAMBDA}, {len(y)} examples")
print(f"cost before training: {J0:.6f}")
print(f"cost after {STEPS} gradient-descent steps (alpha {ALPHA}): {J1:.6f}")
print(f"  (cost of always predicting the mean: {np.var(y) / 2:.6f}; of the noise alone: {0.05**2 / 2:.6f})")
print(f"  cost after 10, 100, 1000 steps: {history[10]:.6f}, {history[100]:.6f}, {history[1000]:.6f}")

n1 = HIDDEN * (INPUTS + 1)
T1 = params[:n1].reshape(HIDDEN, INPUTS + 1, order="F")
T2 = params[n1:].reshape(OUTPUTS, HIDDEN + 1, order="F")
for point in ([0.0, 0.0], [0.75, 1.0], [-1.0, -1.2]):
    x1, x2 = point
    print(f"  predict({x1:+.2f}, {x2:+.2f}) = {predict_linear(T1, T2, [point], ACTIVATION)[0, 0]:+.4f}"
          f"   true {np.sin(2 * x1) + 0.5 * x2 ** 2:+.4f}")

print("\ngradient check on the standard small network (3-5-3, 5 examples), below 1e-9 when right:")
for activation in ("sigmoid", "tanh", "linear"):
    diffs = [check_nn_gradients(lam, activation).rel_diff for lam in (0, 1, 3)]
    print(f"  {activation:<8} lambda 0, 1, 3: " + ", ".join(f"{d:.2e}" for d in diffs))

print("\ncentral differences against back-propagation on this network:")
for label, point in (("at the starting weights", start), ("at the trained weights ", params)):
    numgrad, grad = compute_numerical_gradient(cost, point), cost(point).grad
    rel = np.linalg.norm(numgrad - grad) / np.linalg.norm(numgrad + grad)
    print(f"  {label}: relative difference {rel:.2e}; |numgrad - grad| = {np.linalg.norm(numgrad - grad):.1e},"
          f" |grad| = {np.linalg.norm(grad):.1e}")
print("  (near a minimum the gradient is small, so an absolute error of the central differences of the"
      " same size is a larger relative one)")
