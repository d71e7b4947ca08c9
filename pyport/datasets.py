"""The small data sets in ``data/`` (CSV with a header line)."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import numpy as np

_HERE = Path(__file__).resolve().parent
#: pyport/data where the package is installed (the wheel ships the CSVs there), else the clone's data/.
DATA_DIR = _HERE / "data" if (_HERE / "data").is_dir() else _HERE.parent / "data"


class Dataset(NamedTuple):
    """The columns' names and an (m, k) float64 array of the rows."""

    columns: tuple[str, ...]
    values: np.ndarray


def load(name: str) -> Dataset:
    """Read ``data/<name>.csv``, e.g. ``load("km_price")``.

    Parameters
    ----------
    name : str
        The file's name without ``.csv``: ``"age_height_weight"``, ``"km_price"``, ``"ex2data1"`` or
        ``"ex2data2"`` (data/README.md).

    Returns
    -------
    columns : tuple of str
        The header line's names.
    values : ndarray of shape (m, k)
        The rows, as float64.

    Raises
    ------
    FileNotFoundError
        If there is no ``data/<name>.csv``; the message lists the data sets there are.

    See Also
    --------
    normal_eqn : Fits a linear model to the columns in one step.
    feature_normalize : Scales the feature columns before gradient descent.

    Examples
    --------
    Weight from age and height: the least-squares figures a statistics package gives.

    >>> import numpy as np
    >>> from pyport import normal_eqn
    >>> from pyport.datasets import load
    >>> data = load("age_height_weight")
    >>> print(data.columns, data.values.shape)
    ('age', 'height', 'weight') (12, 3)
    >>> X = np.c_[np.ones(len(data.values)), data.values[:, :2]]  # Octave: [ones(m, 1), data(:, 1:2)]
    >>> print(np.round(normal_eqn(X, data.values[:, 2]), 2))
    [-175.17   -0.4     5.07]

    The classic course's ex2 data: two exam scores and admitted (0/1).

    >>> load("ex2data1").columns
    ('exam1', 'exam2', 'admitted')
    """
    path = DATA_DIR / f"{name}.csv"
    if not path.is_file():
        known = sorted(p.stem for p in DATA_DIR.glob("*.csv"))
        raise FileNotFoundError(f"load: no data set {name!r} in {DATA_DIR}; known: {', '.join(known)}")
    with path.open() as fh:
        columns = tuple(fh.readline().strip().split(","))
    values = np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2)
    return Dataset(columns, values)
