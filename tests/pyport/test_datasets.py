"""pyport.datasets: each CSV in data/ loads with its header as the column names and its rows as an (m, k)
float64 array; an unknown name is refused with the names of the known sets."""

import csv

import numpy as np
import pytest

from pyport import datasets

# data/README.md's table: name -> (columns, rows)
DOCUMENTED = {"km_price": (("km", "price"), 24), "age_height_weight": (("age", "height", "weight"), 12)}
CSV_FILES = sorted(datasets.DATA_DIR.glob("*.csv"))


def test_every_csv_is_documented():
    assert [p.stem for p in CSV_FILES] == sorted(DOCUMENTED)


@pytest.mark.parametrize("name", sorted(DOCUMENTED))
def test_columns_and_shape(name):
    columns, rows = DOCUMENTED[name]
    data = datasets.load(name)
    assert data.columns == columns
    assert data.values.shape == (rows, len(columns)) and data.values.dtype == np.float64


@pytest.mark.parametrize("path", CSV_FILES, ids=lambda p: p.stem)
def test_values_are_the_csv_rows(path):
    with path.open(newline="") as fh:
        header, *rows = list(csv.reader(fh))
    data = datasets.load(path.stem)
    assert data.columns == tuple(header)
    np.testing.assert_array_equal(data.values, [[float(v) for v in row] for row in rows])


def test_unknown_name_names_the_known_sets():
    with pytest.raises(FileNotFoundError) as info:
        datasets.load("no_such_set")
    msg = str(info.value)
    assert "no_such_set" in msg
    for name in DOCUMENTED:
        assert name in msg
