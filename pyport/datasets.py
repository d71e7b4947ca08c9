"""The small data sets in ``data/`` (CSV with a header line)."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import numpy as np

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


class Dataset(NamedTuple):
    """The columns' names and an (m, k) float64 array of the rows."""

    columns: tuple[str, ...]
    values: np.ndarray


def load(name: str) -> Dataset:
    """Read ``data/<name>.csv``, e.g. ``load("km_price")``."""
    path = DATA_DIR / f"{name}.csv"
    if not path.is_file():
        known = sorted(p.stem for p in DATA_DIR.glob("*.csv"))
        raise ValueError(f"load: no data set {name!r} in {DATA_DIR}; known: {', '.join(known)}")
    with path.open() as fh:
        columns = tuple(fh.readline().strip().split(","))
    values = np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2)
    return Dataset(columns, values)
