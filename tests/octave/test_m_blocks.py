"""The %!test and %!error blocks of every file in octave/, each file in its own octave-cli."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from crosscheck.session import OCTAVE_DIR, filter_noise

M_FILES = sorted(OCTAVE_DIR.glob("*.m"))


def test_there_are_originals():
    assert len(M_FILES) >= 6


@pytest.mark.octave
@pytest.mark.parametrize("path", M_FILES, ids=[p.stem for p in M_FILES])
def test_octave_blocks(path: Path, octave_cli):
    script = (f"cd ('{OCTAVE_DIR}'); [n, nmax] = test ('{path.stem}', 'quiet', stdout); "
              f"printf ('%d of %d\\n', n, nmax); exit (n != nmax || nmax == 0);")
    proc = subprocess.run([octave_cli, "--norc", "--no-gui", "--quiet", "--eval", script],
                          capture_output=True, text=True, timeout=300)
    out = proc.stdout + filter_noise(proc.stderr)
    assert proc.returncode == 0, f"{path.name}: {out}"
    n, nmax = map(int, out.strip().splitlines()[-1].split(" of "))
    assert n == nmax > 0
