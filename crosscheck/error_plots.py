"""Where a failing output's errors are, as a PNG: ``log10 |port - octave|`` as an image for a matrix
(Octave's 1-based rows and columns on its axes, the worst entry framed), ``|port - octave|`` by index on a
log scale for a vector (the entries out of tolerance in red, the allowance drawn); the places where NaN
or Inf differ marked on both. No picture, but a sentence saying why, when the shapes cannot be matched.
"""

from __future__ import annotations

import numpy as np

from crosscheck.compare import OutputComparison, Verdict, shape_text
from crosscheck.plots import figure, plain_log, png_bytes
from crosscheck.runner import CaseResult, one_based

#: A failing output of more entries than this (a 1024x1024 matrix) gets no picture: drawing one maps
#: every entry, with several copies of the output, and a picture has fewer pixels than that anyway.
LARGEST = 1 << 20


class _Errors:
    """One output's entries side by side, in Octave's shape: the errors, the allowance, the NaN/Inf that
    differ."""

    def __init__(self, result: CaseResult, o: OutputComparison, octave, port):
        self.name = o.name
        d = np.asarray(octave)
        a = np.asarray(port).reshape(d.shape)
        both = np.isfinite(d) & np.isfinite(a)
        same = ~both & ((np.isnan(d) & np.isnan(a)) | (d == a))  # the same NaN, or the same Inf
        self.differ = ~both & ~same
        self.err = np.where(both, np.abs(np.where(both, a, 0) - np.where(both, d, 0)), np.where(same, 0.0, np.nan))
        self.allowed = self._allowance(result, o, np.where(both, np.abs(d), 0.0))
        self.floored = result.case.tol.floor is not None  # the allowance drawn is then the largest floor's
        with np.errstate(divide="ignore", invalid="ignore"):
            share = self.err if self.allowed is None else np.where(self.err == 0, 0.0, self.err / self.allowed)
        self.out = np.zeros(d.shape, bool) if self.allowed is None else np.nan_to_num(self.err) > self.allowed
        # The worst entry: the largest share of its allowance, as crosscheck.locate picks it (none when no
        # finite entry differs); in Octave's column-major order, so that ties go to Octave's first.
        differs = np.isfinite(self.err) & (self.err > 0)
        self.worst = None
        if differs.any():
            flat = np.where(differs, share, -1.0).ravel(order="F")
            self.worst = np.unravel_index(int(np.argmax(flat)), d.shape, order="F")

    @staticmethod
    def _allowance(result: CaseResult, o: OutputComparison, size: np.ndarray) -> np.ndarray | None:
        """``atol + rtol * |octave|`` entry by entry (or of the largest entry, for a norm-wise tolerance);
        where a floor gives each output its own atol, the largest (the comparison keeps no more); None
        where a case's own check judged the output (by range, say)."""
        tol = result.case.tol
        if result.case.check is not None:
            return None
        atol = tol.atol if tol.floor is None else o.atol
        return atol + tol.rtol * (size if tol.scale == "entry" else np.full(size.shape, size.max(initial=0.0)))

    def index(self, at) -> str:
        """Octave's 1-based subscript of an entry, as the locator writes it: ``grad(3,1)``, ``Theta(2,5)``."""
        return f"{self.name}({','.join(str(i + 1) for i in at)})"


def error_png(result: CaseResult, o: OutputComparison, title: str) -> tuple[bytes | None, str]:
    """Where a failing output's errors are: (PNG, "") or (None, why there is no picture)."""
    names = [out.name for out in result.case.outputs]
    if o.verdict is Verdict.SHAPE:
        shapes = (o.locator or {}).get("shape") or {}
        return None, f"shapes cannot be matched ({shapes.get('text') or o.note}): no picture"
    if o.name not in names or len(result.octave_values) != len(names):
        return None, "the output's values were not kept: no picture"
    k = names.index(o.name)
    # an index output as it was compared: the port's 0-based integers plus 1
    octave = np.asarray(result.octave_values[k])
    port = np.asarray(one_based(result.case.outputs[k], result.port_values[k]))
    if octave.size != port.size or octave.dtype.kind not in "biufc":
        return None, f"shapes cannot be matched (Octave {shape_text(octave.shape)}, port " \
                     f"{shape_text(port.shape)}): no picture"
    if octave.size < 2:
        return None, "a single value: nothing to map (see the lines above)"
    if octave.size > LARGEST:
        return None, f"{octave.size} entries, more than the {LARGEST} a picture draws: no picture (see the lines above)"
    errors = _Errors(result, o, octave.astype(np.result_type(octave, float)), port)
    matrix = octave.ndim == 2 and min(octave.shape) > 1
    fig = figure(7, 5) if matrix else figure(7.5, 4)
    ax = fig.subplots()
    (_map if matrix else _by_index)(fig, ax, errors)
    differ = int(errors.differ.sum())
    counts = f"{octave.size} entries" if errors.allowed is None else \
        f"{int(errors.out.sum()) + differ} of {octave.size} entries out of tolerance"
    if differ:
        counts += f" ({differ} where NaN/Inf differ)"
    counts += f"; worst {errors.index(errors.worst)}" if errors.worst else "; every finite entry identical"
    ax.set_title(f"{title}\n{counts}", fontsize=10)
    return png_bytes(fig), ""


def _map(fig, ax, e: _Errors) -> None:
    """A matrix: log10 |port - octave| as an image, Octave's 1-based rows and columns on the axes."""
    from matplotlib import colormaps  # noqa: PLC0415
    from matplotlib.ticker import MaxNLocator  # noqa: PLC0415

    rows, cols = e.err.shape
    positive = np.isfinite(e.err) & (e.err > 0)
    logged = np.ma.masked_where(~positive, np.log10(np.where(positive, e.err, 1.0)))
    low, high = (logged.min(), logged.max()) if positive.any() else (-17.0, 0.0)
    image = ax.imshow(logged, cmap=colormaps["viridis"].with_extremes(bad="white"), interpolation="nearest", vmin=low, vmax=max(high, low + 1e-3),
                      extent=(0.5, cols + 0.5, rows + 0.5, 0.5), aspect="auto" if max(rows, cols) > 3 * min(rows, cols)
                      else "equal")
    if positive.any():
        fig.colorbar(image, ax=ax, label="log10 |port - octave| (white: identical)")
    for axis in (ax.xaxis, ax.yaxis):
        axis.set_major_locator(MaxNLocator(integer=True, nbins=10))
    ax.set_xlabel("column (Octave, from 1)")
    ax.set_ylabel("row (Octave, from 1)")
    if e.out.any() and e.out.sum() <= 400:
        r, c = np.nonzero(e.out)
        ax.plot(c + 1, r + 1, ".", color="orangered", ms=3, label="out of tolerance")
    if e.differ.any():
        r, c = np.nonzero(e.differ)
        ax.plot(c + 1, r + 1, "x", color="red", ms=7, mew=2, label="NaN/Inf differ")
    if e.worst is not None:
        ax.plot(e.worst[1] + 1, e.worst[0] + 1, "s", mfc="none", mec="red", ms=12, mew=2,
                label=f"worst: {e.index(e.worst)}")
    ax.legend(loc="upper left", bbox_to_anchor=(0, -0.12), ncol=3, fontsize=8, frameon=False)


def _by_index(fig, ax, e: _Errors) -> None:
    """A vector (or an array of more dimensions, in Octave's column-major order): |port - octave| by
    index, on a log scale, the entries out of tolerance in red."""
    from matplotlib.ticker import MaxNLocator  # noqa: PLC0415

    err, out, differ = (x.ravel(order="F") for x in (e.err, e.out, e.differ))
    k = np.arange(1, err.size + 1)
    positive = np.isfinite(err) & (err > 0)
    ms = 5 if err.size <= 200 else 2
    for chosen, style, label in ((positive & ~out, dict(color="tab:blue"), "within tolerance"),
                                 (positive & out, dict(color="red", ms=ms + 1), "out of tolerance")):
        if chosen.any():
            ax.plot(k[chosen], err[chosen], "o", **dict(dict(ms=ms), **style), label=label)
    if e.allowed is not None:
        ax.step(k, e.allowed.ravel(order="F"), where="mid", color="k", lw=0.8, ls="--",
                label="allowed (with the largest floor)" if e.floored else "allowed")
    if positive.any() or e.allowed is not None:
        ax.set_yscale("log")
        plain_log(ax.yaxis)
        low, high = ax.get_ylim()
        ax.set_ylim(low, high * 30)  # room above the worst entry for its label
    zero = np.isfinite(err) & (err == 0)
    if zero.any():  # a log axis has no 0: a mark at its foot
        ax.plot(k[zero], np.full(zero.sum(), 0.02), "^", color="grey", ms=ms, transform=ax.get_xaxis_transform(),
                label="identical (0)")
    for i in k[differ]:
        ax.axvspan(i - 0.5, i + 0.5, color="red", alpha=0.25, lw=0)
    if differ.any():
        ax.plot([], [], "s", color="red", alpha=0.25, label="NaN/Inf differ")
    if e.worst is not None and np.isfinite(e.err[e.worst]) and e.err[e.worst] > 0:
        i = np.ravel_multi_index(e.worst, e.err.shape, order="F") + 1
        ax.annotate(f"worst: {e.index(e.worst)}", (i, e.err[e.worst]), xytext=(0, 9), ha="center",
                    textcoords="offset points", color="red", fontsize=9)
    ax.set_xlim(0.5, err.size + 0.5)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(f"index into {e.name} (Octave, from 1)")
    ax.set_ylabel("|port - octave|")
    ax.legend(fontsize=8, loc="upper right")  # not "best": slow, and said so, on a long vector
