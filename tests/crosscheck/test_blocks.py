"""crosscheck/blocks.py and the comparisons built on it (no Octave): outputs compared a block at a
time give what the whole arrays give, and need temporaries of a few MB, not copies of the outputs."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest

from crosscheck import blocks
from crosscheck.compare import Tolerance, compare_output
from crosscheck.locate import locate


@pytest.mark.parametrize("shape", [(1, 1), (5, 3), (3, 5), (17, 1), (1, 17), (2, 3, 4), (0, 3), (3, 0)])
@pytest.mark.parametrize("block", [1, 2, 3, 4, 7, 100])
def test_blocks_cover_every_entry_once_in_column_major_order(shape, block):
    x = np.arange(int(np.prod(shape)), dtype=float).reshape(shape, order="F")
    cols = blocks.as_columns(x)
    seen = []
    for start, where in blocks.blocks(shape, block):
        part = blocks.take(cols, where)
        assert 0 < part.size <= max(block, cols.shape[0])
        assert part.size <= block or where[0] == slice(0, cols.shape[0])  # whole columns only when one is larger
        np.testing.assert_array_equal(part, np.arange(start, start + part.size))
        seen.extend(part.tolist())
    assert seen == list(range(x.size))
    for k in range(x.size):
        assert blocks.entry(x, k) == k


def _pairs():
    """Octave's value and a port's that differs in every way a comparison reports."""
    rng = np.random.default_rng(7)
    d = rng.standard_normal((13, 11)) * 10.0 ** rng.integers(-3, 4, (13, 11))
    a = d * (1 + 1e-12 * rng.standard_normal(d.shape))
    a[2, 3] = d[2, 3] + 1e-6  # out of tolerance
    a[9, 9] = d[9, 9] * (1 + 1e-7)  # out of tolerance, the worst share
    nan_inf = d.copy()
    nan_inf[[1, 5], [2, 7]] = np.nan
    nan_inf[4, 4] = np.inf
    port_nan_inf = nan_inf * (1 + 1e-14)
    port_nan_inf[6, 1] = np.nan  # NaN where Octave has a number
    port_nan_inf[4, 4] = -np.inf  # an Inf of the other sign
    complex_d = d + 1j * d[::-1]
    tied = np.ones((6, 5))
    tied_port = tied.copy()
    tied_port[[4, 1], [0, 3]] = 1 + 1e-9  # two worst entries tied: the first in column-major order
    return [(d, a), (nan_inf, port_nan_inf), (complex_d, complex_d * (1 + 1e-13)), (complex_d, d), (tied, tied_port),
            (d, np.nextafter(d, np.inf))]


TOLERANCES = [Tolerance(), Tolerance(rtol=1e-10), Tolerance(rtol=1e-10, scale="output"),
              Tolerance(rtol=1e-12, atol=1e-9), Tolerance(rtol=1e-12, atol=np.linspace(0, 1e-7, 143).reshape(13, 11))]


COMBINATIONS = [(p, t) for p, (octave, _) in enumerate(_pairs()) for t, tol in enumerate(TOLERANCES)
                if np.ndim(tol.atol) == 0 or np.shape(tol.atol) == octave.shape]


@pytest.mark.parametrize("pair,tol", COMBINATIONS)
def test_a_block_at_a_time_says_what_the_whole_array_says(monkeypatch, pair, tol):
    octave, port = _pairs()[pair]
    tolerance = TOLERANCES[tol]
    whole = compare_output("X", octave, port, tolerance, "array"), locate("X", octave, port, tolerance, "array")
    for block in (1, 5, 13, 14, 40):
        monkeypatch.setattr(blocks, "BLOCK", block)
        assert compare_output("X", octave, port, tolerance, "array") == whole[0]
        assert locate("X", octave, port, tolerance, "array") == whole[1]


def test_comparing_large_outputs_makes_no_copy_of_them():
    """Two 4-million-entry outputs (32 MB each), one failing: comparing and locating allocate a few MB."""
    rng = np.random.default_rng(1)
    octave = np.asfortranarray(rng.standard_normal((2000, 2000)))
    port = octave * (1 + 1e-15)
    port[::3] *= 1 + 1e-9
    for tol in (Tolerance(rtol=1e-13), Tolerance(rtol=1e-13, scale="output"),
                Tolerance(rtol=1e-13, atol=np.full(octave.shape, 1e-30))):
        tracemalloc.start()
        try:
            c = compare_output("X", octave, port, tol, "array")
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert not c.passed and 0 < c.locator["out_of_tolerance"] <= 667 * 2000
        assert peak < octave.nbytes / 4, peak
