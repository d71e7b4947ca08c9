"""Faithful numpy ports of the Octave originals in ``octave/``.

Each port keeps its original's name in snake_case, its argument order and its output order (several
outputs come back as a named tuple). ``OCTAVE_NAMES`` is the one table from Octave name to port.
"""

from .activations import sigmoid, sigmoid_gradient
from .gradient_check import check_nn_gradients, compute_numerical_gradient
from .gradient_descent import gradient_descent, gradient_descent_multi
from .linear_regression import compute_cost, compute_cost_multi, normal_eqn
from .neural_network import nn_cost_function_linear, predict_linear, unroll
from .learning_rate import LearningRateWarning, stable_learning_rate
from .logistic_regression import lr_cost_function
from .normalization import denormalize_theta, feature_normalize
from .objectives import quadratic_cost, rosenbrock
from .optimization import FmincgOptionWarning, fmincg
from .self_expressive import self_expressive_cost
from .vae import vae_kl_gradient
from .weights import debug_initialize_weights, rand_initialize_weights

#: Octave function name -> its port. Every ``octave/*.m`` has an entry (a test checks it).
OCTAVE_NAMES = {
    "computeCost": compute_cost,
    "computeCostMulti": compute_cost_multi,
    "gradientDescent": gradient_descent,
    "gradientDescentMulti": gradient_descent_multi,
    "normalEqn": normal_eqn,
    "featureNormalize": feature_normalize,
    "sigmoid": sigmoid,
    "sigmoidGradient": sigmoid_gradient,
    "nnCostFunctionLinear": nn_cost_function_linear,
    "predictLinear": predict_linear,
    "randInitializeWeights": rand_initialize_weights,
    "debugInitializeWeights": debug_initialize_weights,
    "computeNumericalGradient": compute_numerical_gradient,
    "checkNNGradients": check_nn_gradients,
    "fmincg": fmincg,
    "rosenbrock": rosenbrock,
    "quadraticCost": quadratic_cost,
    "lrCostFunction": lr_cost_function,
    "vaeKLGradient": vae_kl_gradient,
    "denormalizeTheta": denormalize_theta,
    "stableLearningRate": stable_learning_rate,
    "selfExpressiveCost": self_expressive_cost,
}

__all__ = ["OCTAVE_NAMES", "FmincgOptionWarning", "LearningRateWarning", "unroll",
           *sorted(f.__name__ for f in OCTAVE_NAMES.values())]
