"""A port of octave/costFunctionReg.m, as you might write it."""

import numpy as np


def cost_function_reg(theta, X, y, lambda_):
    m = X.shape[0]
    h = 1 / (1 + np.exp(-X @ theta))
    J = (-y.T @ np.log(h) - (1 - y).T @ np.log(1 - h)) / m + lambda_ / (2 * m) * np.sum(theta[1:] ** 2)
    grad = X.T @ (h - y) / m
    grad[1:] += lambda_ / m * theta[1:]
    return J, grad


def cost_function_reg_mistake(theta, X, y, lambda_):
    """The classic mistake: the intercept theta[0] regularised with the rest."""
    m = X.shape[0]
    h = 1 / (1 + np.exp(-X @ theta))
    J = (-y.T @ np.log(h) - (1 - y).T @ np.log(1 - h)) / m + lambda_ / (2 * m) * np.sum(theta ** 2)
    grad = X.T @ (h - y) / m + lambda_ / m * theta
    return J, grad
