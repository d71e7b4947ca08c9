"""Smoke test of bench/bench.py: a quick run of one function writes its rows and its JSON."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "bench.py"


def load_bench():
    """bench/bench.py as a module (registered in sys.modules first: its dataclasses need it)."""
    spec = importlib.util.spec_from_file_location("bench_bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.octave
def test_quick_run_writes_rows_and_json(octave, tmp_path, capsys):
    bench = load_bench()
    path = tmp_path / "bench.json"
    result = bench.main(["--quick", "--only", "computeCostMulti", "--repeat", "1", "--json", str(path)])
    printed = capsys.readouterr().out
    assert "computeCostMulti" in printed and "port/oct" in printed
    written = json.loads(path.read_text())
    assert written["rows"] == json.loads(json.dumps(result["rows"], default=float))
    assert [r["function"] for r in written["rows"]] == ["computeCostMulti"]
    row = written["rows"][0]
    assert row["port_ms"] > 0 and row["octave_ms"] > 0 and row["course_ms"] > 0
    assert written["machine"]["bandwidth_gbs"] > 0 and written["machine"]["blas_gflops"] > 0
