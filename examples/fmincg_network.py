"""Does the numpy fmincg train my network as Octave's does?

Trains a 2-8-1 regression network (tanh hidden units, lambda 0.1) on generated data with fmincg
from the same random start: the Octave original on nnCostFunctionLinear in Octave, the port on the
ported cost in Python, and the port driven by the Octave cost itself (so that both minimisers see
the same numbers). Prints the results and writes the cost traces on one figure,
build/examples/fmincg_network.png. Needs Octave (make examples installs it).

Run from anywhere:  .venv/bin/python examples/fmincg_network.py
"""

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # write a file, never open a window
import matplotlib.pyplot as plt
import numpy as np

from crosscheck.case import Handle
from crosscheck.runner import octave_arg
from crosscheck.session import OctaveFunction, OctaveSession
from pyport import fmincg, nn_cost_function_linear, rand_initialize_weights, unroll

ROOT = Path(__file__).resolve().parent.parent
INPUTS, HIDDEN, OUTPUTS, LAMBDA, ACTIVATION, MAX_ITER = 2, 8, 1, 0.1, "tanh", 100

rng = np.random.default_rng(7)
X = rng.uniform(-1.5, 1.5, (200, INPUTS))
y = np.sin(2 * X[:, :1]) + 0.5 * X[:, 1:] ** 2 + 0.05 * rng.standard_normal((200, 1))
# Drawn once, here, and sent to both sides: Octave's rand stream is not numpy's.
start = unroll(rand_initialize_weights(INPUTS, HIDDEN, 0.5, rng=rng),
               rand_initialize_weights(HIDDEN, OUTPUTS, 0.5, rng=rng)).reshape(-1, 1)
bound = (float(INPUTS), float(HIDDEN), float(OUTPUTS), X, y, LAMBDA, ACTIVATION)

with OctaveSession(timeout=600) as octave:
    r = octave.call("fmincg", octave_arg(Handle("nnCostFunctionLinear", bound)), start,
                    {"MaxIter": float(MAX_ITER), "Display": "off"}, nout=3)
    if r.status != "ok":
        raise SystemExit(f"Octave's fmincg: {r.status}: {r.message}")
    x_oct, fX_oct, i_oct = r.outputs
    # the port, fed the Octave cost's own numbers (each evaluation a round trip to Octave)
    x_iso, fX_iso, i_iso = fmincg(OctaveFunction(octave, "nnCostFunctionLinear", bound), start, {"MaxIter": MAX_ITER})
fX_oct = np.ravel(fX_oct)

x_py, fX_py, i_py = fmincg(nn_cost_function_linear, start, {"MaxIter": MAX_ITER}, *bound)

print(f"network {INPUTS}-{HIDDEN}-{OUTPUTS} ({ACTIVATION}), lambda {LAMBDA}, {len(y)} examples, MaxIter {MAX_ITER}")
print(f"cost at the start:        {nn_cost_function_linear(start, *bound).J:.10f}")
print(f"Octave fmincg: final cost {fX_oct[-1]:.10f} after {int(np.ravel(i_oct)[0])} line searches, "
      f"{fX_oct.size} successful")
print(f"numpy port:    final cost {fX_py[-1]:.10f} after {i_py} line searches, {fX_py.size} successful")
n = min(fX_oct.size, fX_py.size)
apart = np.abs(fX_oct[:n] - fX_py[:n])
first = int(np.argmax(apart > 1e-12)) + 1 if np.any(apart > 1e-12) else None
print(f"traces: same length: {fX_oct.size == fX_py.size}; largest difference {apart.max():.2e}; "
      + (f"first above 1e-12 at search {first}" if first else "never above 1e-12"))
print(f"final weights: largest difference {np.max(np.abs(np.ravel(x_oct) - np.ravel(x_py))):.2e}")
same = fX_iso.shape == fX_oct.shape and np.array_equal(fX_iso, fX_oct) and np.array_equal(x_iso, x_oct)
print(f"numpy port on the Octave cost: trace and weights {'identical to the bit' if same else 'DIFFERENT'} "
      f"({fX_iso.size} searches)")
print("(fmincg is chaotic: the two objectives differ in the last bits of exp/tanh and of the BLAS\n"
      " products, and a one-ULP difference can move a long trace; the cross-check compares the two\n"
      " minimisers bit for bit by driving the port with the Octave objective itself)")

fig, (top, bottom) = plt.subplots(2, 1, figsize=(7, 6), sharex=True)
top.semilogy(np.arange(1, fX_oct.size + 1), fX_oct, lw=3, alpha=0.5, label="Octave fmincg, Octave cost")
top.semilogy(np.arange(1, fX_py.size + 1), fX_py, "k--", lw=1, label="numpy port, ported cost")
top.semilogy(np.arange(1, fX_iso.size + 1), fX_iso, "r:", lw=1.5, label="numpy port, Octave cost")
top.set_ylabel("cost after each line search")
top.set_title("fmincg on a 2-8-1 regression network")
top.legend()
bottom.semilogy(np.arange(1, n + 1), np.where(apart > 0, apart, np.nan), ".", ms=4)
bottom.set_ylabel("|Octave - port (ported cost)|")
bottom.set_xlabel("successful line search")
fig.tight_layout()
out = ROOT / "build" / "examples" / "fmincg_network.png"
out.parent.mkdir(parents=True, exist_ok=True)
fig.savefig(out, dpi=90)
print(f"\nwrote {out.relative_to(ROOT)}")
