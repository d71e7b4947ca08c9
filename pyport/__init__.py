"""Faithful numpy ports of the Octave originals in ``octave/``.

Each port keeps its original's name in snake_case, its argument order and its output order (several
outputs come back as a named tuple). ``OCTAVE_NAMES`` is the one table from Octave name to port.
"""

from .linear_regression import (
    compute_cost,
    compute_cost_multi,
    gradient_descent,
    gradient_descent_multi,
    normal_eqn,
)
from .preprocessing import feature_normalize

#: Octave function name -> its port. Every ``octave/*.m`` has an entry (a test checks it).
OCTAVE_NAMES = {
    "computeCost": compute_cost,
    "computeCostMulti": compute_cost_multi,
    "gradientDescent": gradient_descent,
    "gradientDescentMulti": gradient_descent_multi,
    "normalEqn": normal_eqn,
    "featureNormalize": feature_normalize,
}

__all__ = ["OCTAVE_NAMES", *sorted(f.__name__ for f in OCTAVE_NAMES.values())]
