"""Cases for costFunctionReg: run with
    crosscheck --octave-path examples/own_code/octave --cases examples/own_code/cases.py
and add --examples 50 to try 50 generated inputs for each case that declares its arguments.
"""

import numpy as np

from crosscheck import Case, register
from crosscheck.args import Column, Matrix, Scalar
from my_port import cost_function_reg, cost_function_reg_mistake


def course_like(rng):
    """theta, X with an intercept column and two features, 0/1 labels, lambda = 1."""
    X = np.hstack([np.ones((40, 1)), rng.standard_normal((40, 2))])
    y = (rng.random((40, 1)) < 0.5).astype(float)
    return rng.standard_normal((3, 1)), X, y, 1.0


def at_zero(rng):
    """The course's own check: theta = 0 gives log(2) whatever the data."""
    X = np.hstack([np.ones((5, 1)), rng.standard_normal((5, 2))])
    return np.zeros((3, 1)), X, np.array([[1.0], [0.0], [1.0], [1.0], [0.0]]), 10.0


register(
    Case(function="costFunctionReg", name="course-like", inputs=course_like, outputs=("J", "grad"),
         port=cost_function_reg),
    Case(function="costFunctionReg", name="theta-zero", inputs=at_zero, outputs=("J", "grad"),
         port=cost_function_reg),
    Case(function="costFunctionReg", name="course-like-mistake", inputs=course_like, outputs=("J", "grad"),
         port=cost_function_reg_mistake, about="the intercept regularised: a classic mistake"),
)

# The same function with its arguments declared instead of generated: theta n-by-1, X m-by-n with a
# column of ones first, 0/1 labels, lambda between 0 and 10; m and n drawn from their ranges.
DECLARED = dict(args=(Column("n", low=-3, high=3), Matrix("m", "n", low=-5, high=5, ones_column=True),
                      Column("m", kind="binary"), Scalar(0, 10)),
                sizes={"m": (1, 30), "n": (1, 4)}, outputs=("J", "grad"))
register(
    Case(function="costFunctionReg", name="declared", port=cost_function_reg, **DECLARED),
    Case(function="costFunctionReg", name="declared-mistake", port=cost_function_reg_mistake, **DECLARED),
)
