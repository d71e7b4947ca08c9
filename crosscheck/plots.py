"""The pictures of a run, as PNG bytes: here both traces of an iterative output (a cost history) and
the ULPs between them; in ``crosscheck.error_plots``, where a failing output's errors are.

Drawn with matplotlib's Agg canvas on a bare ``Figure`` (no pyplot: no global backend switched, no figure
left open). The callers write the bytes to ``--plots`` (``crosscheck.artifacts``) or embed them in the
HTML report (``crosscheck.html_report``).
"""

from __future__ import annotations

import io

import numpy as np

from crosscheck.compare import ulp_distance
from crosscheck.runner import CaseResult

DPI = 90


def figure(width: float, height: float):
    """A bare figure on an Agg canvas."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: PLC0415 -- only runs that draw
    from matplotlib.figure import Figure  # noqa: PLC0415

    fig = Figure(figsize=(width, height), layout="constrained")  # laid out as it is drawn, once
    FigureCanvasAgg(fig)
    return fig


def plain_log(axis) -> None:
    """Label a log axis 1e-05, as the terminal writes errors (and faster than mathtext's 10 to the -5)."""
    from matplotlib.ticker import LogFormatter  # noqa: PLC0415

    axis.set_major_formatter(LogFormatter(labelOnlyBase=True))
    axis.set_minor_formatter(LogFormatter(labelOnlyBase=True))


def png_bytes(fig) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()


def trace_png(result: CaseResult, title: str) -> bytes | None:
    """Both traces of the case's first trace output (``Output(trace=True)``) of several entries, and the
    ULPs between them per iteration; None when the case has no such output."""
    traces = [(o.name, np.asarray(ov, dtype=float).ravel(), np.asarray(pv, dtype=float).ravel())
              for o, ov, pv in zip(result.case.outputs, result.octave_values, result.port_values)
              if o.trace and np.size(ov) > 1 and np.size(ov) == np.size(pv)]
    if not traces:
        return None
    from matplotlib.ticker import MaxNLocator  # noqa: PLC0415

    name, ov, pv = traces[0]
    fig = figure(7, 5.5)
    top, bottom = fig.subplots(2, 1, sharex=True)
    k = np.arange(1, ov.size + 1)
    finite = np.isfinite(ov) & np.isfinite(pv)
    shown = ov[finite]
    # Matplotlib's log axis fails on values near the float64 limit (a diverging run): draw log10 instead.
    logged = bool(shown.size and shown.min() > 0 and shown.max() / shown.min() > 100)
    scale = np.log10 if logged else (lambda v: v)
    top.plot(k[finite], scale(ov[finite]), lw=3, alpha=0.5, label="Octave original")
    top.plot(k[finite], scale(pv[finite]), lw=1, ls="--", color="k", label="numpy port")
    if not finite.all():
        top.axvline(k[~finite][0], color="r", lw=0.8, label=f"not finite from iteration {k[~finite][0]}")
    top.set_ylabel(f"log10 {name}" if logged else name)
    top.legend(loc="upper right")  # not "best": matplotlib searches every point of a long trace for it, and says so
    top.set_title(title)
    apart = ulp_distance(pv[finite], ov[finite]).astype(float)
    bottom.plot(k[finite], apart, ".", ms=3)
    if apart.size and apart.max() > 100 and apart.min() > 0:
        bottom.set_yscale("log")
        plain_log(bottom.yaxis)
    elif apart.size and apart.max() > 100:
        bottom.set_yscale("symlog", linthresh=1)  # 0 stays visible, thousands stay readable
        plain_log(bottom.yaxis)
    bottom.set_ylabel("ULPs between port and Octave")
    bottom.set_xlabel("iteration")
    bottom.xaxis.set_major_locator(MaxNLocator(integer=True))
    if not apart.any():
        bottom.text(0.5, 0.5, "identical at every iteration", transform=bottom.transAxes, ha="center")
    return png_bytes(fig)
