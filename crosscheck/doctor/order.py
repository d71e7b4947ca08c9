"""Hypotheses on where the values went: transposed, broadcast, unrolled in row order, permuted.

Pure numpy: each ``test_*`` takes an :class:`~crosscheck.doctor.base.Output` (and what it needs of
the inputs) and returns a :class:`~crosscheck.doctor.base.Diagnosis` or None.
"""

from __future__ import annotations

import numpy as np

from crosscheck.compare import shape_text
from crosscheck.doctor.base import Diagnosis, Output, agrees, align, allowance, explained


# -- shape and order -----------------------------------------------------------------------------
def test_transposed(o: Output) -> Diagnosis | None:
    oct_, port = o.octave, o.port_array
    if oct_.ndim != 2 or port.ndim != 2 or port.shape != oct_.shape[::-1] or oct_.size < 2:
        return None
    if not explained(o, oct_.T) or agrees(oct_.T, oct_, o.tol):
        return None
    return Diagnosis("transposed", f"the port's {o.name} ({shape_text(port.shape)}) is the transpose of Octave's "
                     f"({shape_text(oct_.shape)})",
                     "return it in Octave's orientation (.T), or build it the other way round")


def test_broadcast(o: Output) -> Diagnosis | None:
    oct_, port = o.octave, o.port_array
    m = oct_.size
    if oct_.ndim != 2 or min(oct_.shape) != 1 or m < 2 or port.shape != (m, m) or port.dtype.kind != "f":
        return None
    if not agrees(oct_.reshape(-1), np.diag(port), o.tol):
        return None
    allow = allowance(o.tol, port)
    additive = port - port[:, :1] - port[:1, :] + port[0, 0]
    rank_one = port - np.outer(port[:, 0], port[0, :]) / port[0, 0] if port[0, 0] != 0 else np.inf
    if not (np.all(np.abs(additive) <= 4 * allow) or np.all(np.abs(rank_one) <= 4 * allow)):
        return None
    return Diagnosis("broadcast", f"the port's {o.name} is {m}x{m} where Octave's is {shape_text(oct_.shape)}, and its "
                     f"diagonal is Octave's {o.name}: an (m,1) against an (m,) broadcast to (m,m) (m = {m})",
                     "make both operands columns (v.reshape(-1, 1)) or both 1-D (v.ravel()) before combining them")


def _row_major_blocks(octave: np.ndarray, port: np.ndarray, allow: float, shapes) -> list | None:
    """Split the vector ``octave`` into consecutive pieces, each an entry equal to the port's or a matrix
    of one of ``shapes`` unrolled in column order whose row-order unrolling is the port's, in as few
    pieces as possible (dynamic programming over the positions): the matrices' shapes, or None."""
    n = octave.size
    close = np.abs(port - octave) <= allow
    pieces = np.full(n + 1, np.inf)
    pieces[0] = 0
    came_from: list = [None] * (n + 1)
    for p in range(n):
        if not np.isfinite(pieces[p]):
            continue
        steps = [(p + 1, None)] if close[p] else []
        for r, c in shapes:
            q = p + r * c
            if q <= n and pieces[p] + 1 < pieces[q]:
                block = octave[p:q].reshape((r, c), order="F").ravel()
                if np.all(np.abs(port[p:q] - block) <= allow):
                    steps.append((q, (r, c)))
        for q, shape in steps:
            if pieces[p] + 1 < pieces[q]:
                pieces[q], came_from[q] = pieces[p] + 1, (p, shape)
    if not np.isfinite(pieces[n]):
        return None
    blocks, q = [], n
    while came_from[q] is not None:
        p, shape = came_from[q]
        if shape is not None:
            blocks.append(shape)
        q = p
    return blocks[::-1]


def test_unrolled_row_major(o: Output, sizes: list[int]) -> Diagnosis | None:
    oct_, port = o.octave, o.port_array
    if oct_.dtype.kind != "f" or oct_.size < 4 or not np.all(np.isfinite(oct_)):
        return None
    if oct_.ndim == 2 and min(oct_.shape) > 1 and port.shape == oct_.shape:
        predicted = oct_.ravel(order="F").reshape(oct_.shape)
        if explained(o, predicted):
            return Diagnosis("unrolled-row-major", f"the port's {o.name} holds Octave's values in row order: it "
                             f"was reshaped or unrolled C-style (numpy's default) where Octave goes by columns",
                             "reshape with order='F' (Octave's reshape and A(:) are column-major)")
        return None
    aligned = align(port, oct_.shape)
    if aligned is None or min(oct_.shape) != 1:
        return None
    n = oct_.size
    dims = {d for s in sizes for d in (s, s + 1) if d >= 2}
    shapes = {(r, c) for r in dims for c in dims if r * c <= n}
    shapes |= {(r, n // r) for r in range(2, n // 2 + 1) if n % r == 0}
    allow = allowance(o.tol, oct_, aligned)
    if n > 20000 or agrees(oct_, aligned, o.tol):
        return None
    blocks = _row_major_blocks(oct_.ravel(), aligned.ravel(), allow, sorted(shapes))
    if not blocks:
        return None
    said = ", ".join(f"{r}x{c}" for r, c in blocks)
    return Diagnosis("unrolled-row-major", f"the port's {o.name} unrolls {'a matrix' if len(blocks) == 1 else 'matrices'} "
                     f"({said}) row by row where Octave's A(:) goes column by column",
                     "unroll with A.ravel(order='F') (and roll back with reshape(r, c, order='F'))")


def test_permuted(o: Output) -> Diagnosis | None:
    oct_ = o.octave
    aligned = align(o.port, oct_.shape)
    if aligned is None:
        aligned = np.asarray(o.port)
        if aligned.size != oct_.size:
            return None
    if oct_.size < 2 or oct_.dtype.kind != "f" or aligned.dtype.kind != "f":
        return None
    a, b = np.sort(oct_.ravel()), np.sort(aligned.ravel())
    if not agrees(a, b, o.tol) or (aligned.shape == oct_.shape and agrees(oct_, aligned, o.tol)):
        return None
    moved = int(np.sum(np.abs(aligned.ravel(order="F") - oct_.ravel(order="F")) > allowance(o.tol, oct_)))
    if aligned.shape != oct_.shape:
        moved = oct_.size
    return Diagnosis("permuted", f"the port's {o.name} holds Octave's {oct_.size} values in another order "
                     f"({moved} of them elsewhere)",
                     "check the order of a concatenation, an unrolling or a sort against the original")
