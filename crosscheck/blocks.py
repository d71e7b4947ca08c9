"""Two outputs of Octave's shape, compared a block of entries at a time (pure numpy, no Octave).

Comparing two arrays entry by entry in whole-array numpy makes a dozen temporaries of their size (the
errors, the allowances, their ratio, the masks, the ULP distances), so an output of a few hundred MB
would need several GB. compare.py and locate.py walk the entries instead in blocks of at most
``BLOCK`` entries, in Octave's column-major order, and keep only running totals: whatever an output's
size, the temporaries are a few MB and the run holds the outputs themselves and little else.
"""

from __future__ import annotations

from typing import Iterator

import numpy as np

#: Entries per block: 65,536 float64 entries, half a MB per temporary.
BLOCK = 1 << 16


def as_columns(x: np.ndarray) -> np.ndarray:
    """``x`` as a 2-D array whose column-major order is ``x``'s: itself when 2-D (a view, whatever its
    memory layout); a column for fewer dimensions; rows by the product of the others beyond two
    (Octave's own view of an N-D array: a copy unless ``x`` is Fortran-ordered)."""
    if x.ndim == 2:
        return x
    if x.ndim < 2:
        return x.reshape(-1, 1)
    return x.reshape(x.shape[0], -1, order="F")


def blocks(shape: tuple, block: int | None = None) -> Iterator[tuple[int, tuple[slice, slice]]]:
    """``(start, where)`` for each block of an array of ``shape`` viewed by :func:`as_columns`: ``where``
    selects a block of whole columns (or part of one column, when a column alone holds more than
    ``block`` entries) and ``start`` is the column-major index of its first entry. The blocks cover
    every entry once, in column-major order, each a run of consecutive column-major indices.
    ``block`` defaults to the module's ``BLOCK`` as it is when called."""
    block = BLOCK if block is None else block
    m = int(shape[0]) if len(shape) else 1
    n = int(np.prod(shape[1:], dtype=np.int64)) if len(shape) > 1 else 1
    if m == 0 or n == 0:
        return
    if m >= block:
        for j in range(n):
            for i in range(0, m, block):
                yield j * m + i, (slice(i, min(i + block, m)), slice(j, j + 1))
    else:
        step = max(1, block // m)
        for j in range(0, n, step):
            yield j * m, (slice(0, m), slice(j, min(j + step, n)))


def take(x2d: np.ndarray, where: tuple[slice, slice]) -> np.ndarray:
    """A block's entries, 1-D in column-major order (a copy of at most ``BLOCK`` entries)."""
    return x2d[where].ravel(order="F")


def atol_blocks(atol, shape: tuple):
    """``atol`` for :func:`take`: a number stays a number (the same for every block); an array (a
    floor that differs entry by entry) is broadcast to ``shape`` and viewed by :func:`as_columns`."""
    atol = np.asarray(atol, dtype=float)
    if atol.ndim == 0:
        return float(atol)
    return as_columns(np.broadcast_to(atol, shape))


def block_atol(atol, where: tuple[slice, slice]):
    """One block's ``atol``: the number itself, or the block of the array."""
    return atol if isinstance(atol, float) else take(atol, where)


def entry(x: np.ndarray, k: int):
    """The entry of ``x`` at column-major index ``k``."""
    return x[np.unravel_index(k, x.shape, order="F")] if x.ndim else x[()]
