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
from .bias_variance import linear_reg_cost_function, poly_features, train_linear_reg
from .learning_curves import LearningCurve, ValidationCurve, learning_curve, validation_curve
from .kmeans import KMeansResult, compute_centroids, find_closest_centroids, k_means_init_centroids, runk_means
from .pca import PcaResult, pca, project_data, recover_data
from .classification import map_feature, predict
from .logistic_regression import cost_function, cost_function_reg
from .one_vs_all import one_vs_all, predict_one_vs_all
from .classification_network import nn_cost_function
from .anomaly_detection import estimate_gaussian, multivariate_gaussian, select_threshold
from .recommender import cofi_cost_func, normalize_ratings
from .kernels import gaussian_kernel, linear_kernel
from .svm import SvmModel, svm_predict, svm_train
from .svm_params import SvmParams, dataset3_params
# (more ports: their imports above this line)

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
    "linearRegCostFunction": linear_reg_cost_function,
    "trainLinearReg": train_linear_reg,
    "learningCurve": learning_curve,
    "polyFeatures": poly_features,
    "validationCurve": validation_curve,
    "findClosestCentroids": find_closest_centroids,
    "computeCentroids": compute_centroids,
    "runkMeans": runk_means,
    "kMeansInitCentroids": k_means_init_centroids,
    "pca": pca,
    "projectData": project_data,
    "recoverData": recover_data,
    "costFunction": cost_function,
    "costFunctionReg": cost_function_reg,
    "mapFeature": map_feature,
    "predict": predict,
    "oneVsAll": one_vs_all,
    "predictOneVsAll": predict_one_vs_all,
    "nnCostFunction": nn_cost_function,
    "estimateGaussian": estimate_gaussian,
    "multivariateGaussian": multivariate_gaussian,
    "selectThreshold": select_threshold,
    "linearKernel": linear_kernel,
    "cofiCostFunc": cofi_cost_func,
    "gaussianKernel": gaussian_kernel,
    "normalizeRatings": normalize_ratings,
    "svmTrain": svm_train,
    "svmPredict": svm_predict,
    "dataset3Params": dataset3_params,
    # (more ports: their entries above this line)
}

#: Public names that are not ports: the table, warnings, records, helpers.
_OTHER_PUBLIC = [
    "OCTAVE_NAMES", "FmincgOptionWarning", "LearningRateWarning", "unroll",
    "LearningCurve", "ValidationCurve",
    "KMeansResult", "PcaResult",
    "SvmModel", "SvmParams",
    # (more public names above this line)
]
__all__ = [*_OTHER_PUBLIC, *sorted(f.__name__ for f in OCTAVE_NAMES.values())]
