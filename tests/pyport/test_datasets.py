"""pyport.datasets: each CSV in data/ loads with its header as the column names and its rows as an (m, k)
float64 array; an unknown name is refused with the names of the known sets."""

import csv

import numpy as np
import pytest

from pyport import datasets

# data/README.md's table: name -> (columns, rows)
DOCUMENTED = {"km_price": (("km", "price"), 24), "age_height_weight": (("age", "height", "weight"), 12),
              "ex2data1": (("exam1", "exam2", "admitted"), 100), "ex2data2": (("test1", "test2", "accepted"), 118)}
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


@pytest.mark.parametrize("name", ["ex2data1", "ex2data2"])
def test_the_course_sets_have_0_1_labels_and_both_classes(name):
    labels = datasets.load(name).values[:, 2]
    assert set(labels) == {0.0, 1.0}


def test_the_course_sets_hold_the_courses_rows():
    """The first and last rows of the course's ex2data1.txt and ex2data2.txt, as published."""
    d1, d2 = datasets.load("ex2data1").values, datasets.load("ex2data2").values
    np.testing.assert_array_equal(d1[0], [34.62365962451697, 78.0246928153624, 0])
    np.testing.assert_array_equal(d1[-1], [74.77589300092767, 89.52981289513276, 1])
    np.testing.assert_array_equal(d2[0], [0.051267, 0.69956, 1])
    np.testing.assert_array_equal(d2[-1], [0.63265, -0.030612, 0])
    assert d1[:, 2].sum() == 60 and d2[:, 2].sum() == 58
