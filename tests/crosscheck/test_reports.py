"""What people read, built from hand-made results (no Octave): the terminal's rows and what
``assert_agrees`` says, the JUnit XML, the HTML report, the pictures and the plots directory."""

from __future__ import annotations

import base64
import re
import xml.etree.ElementTree as ET
from dataclasses import replace

import numpy as np
import pytest

from crosscheck.artifacts import Pictures, clear_plots
from crosscheck.case import Case, Output
from crosscheck.compare import Tolerance, compare_output
from crosscheck.doctor import diagnosis_line
from crosscheck.html_report import html_page
from crosscheck.junit import junit_tree
from crosscheck.locate import locator_lines
from crosscheck.error_plots import error_png
from crosscheck.report import EXPLAIN_INDENT, explain, output_lines, row
from crosscheck.runner import CaseResult, Status

TOL = Tolerance(rtol=1e-10)
DIAGNOSIS = {"id": "unrolled-row-major", "detail": "grad is Octave's in row-major order", "fix": "order='F'"}
PNG = b"\x89PNG\r\n\x1a\n"
META = {"started": "2026-01-02T03:04:05+00:00", "octave_version": "7.3.0", "numpy_version": np.__version__,
        "python_version": "3.11.2", "argv": ["crosscheck"]}


def result(name: str, octave: tuple, port: tuple, names=("J", "grad"), status=None, message=None, diagnosis=None,
           trace=False) -> CaseResult:
    """A case's result as the runner would make it, its outputs compared by compare_output (which fills
    the locator); ``diagnosis`` stands in for the doctor's."""
    outputs = tuple(Output(n, trace=trace and k == len(names) - 1) for k, n in enumerate(names))
    case = Case("costFunction", name, inputs=lambda rng: (), outputs=outputs, port=lambda: None, tol=TOL,
                about="a <made-up> case")
    compared = [compare_output(n, ov, pv, TOL) for n, ov, pv in zip(names, octave, port)]
    compared = [c if c.passed else replace(c, diagnosis=diagnosis) for c in compared]
    failed = [c for c in compared if not c.passed]
    return CaseResult(case=case, status=status or (Status.FAIL if failed else Status.PASS), outputs=compared,
                      message=message if message is not None else "; ".join(f"{c.name}: {c.note}" for c in failed),
                      octave_values=octave, port_values=port, octave_seconds=0.25, port_seconds=0.001)


GRAD = np.array([[0.5], [-1.25], [2.0]])
PASSING = result("right", (np.array([[1.5]]), GRAD), (1.5, GRAD.copy()))
FAILING = result("wrong", (np.array([[1.5]]), GRAD), (1.5, GRAD + [[0], [0.125], [0]]), diagnosis=DIAGNOSIS)
MATRIX = result("matrix", (np.arange(12.0).reshape(3, 4),), (np.arange(12.0).reshape(3, 4) + np.eye(3, 4) * 0.5,),
                names=("W",))
SHAPES = result("shapes", (GRAD,), (np.ones((3, 3)),), names=("grad",))
PORT_ERROR = CaseResult(case=replace(FAILING.case, name="raises"), status=Status.PORT_ERROR, message="ZeroDivisionError: division by zero")


def test_explain_is_the_locator_then_the_diagnosis_and_nothing_for_a_pass():
    grad = FAILING.outputs[1]
    lines = explain(grad)
    assert lines == locator_lines("grad", grad.locator) + [diagnosis_line(DIAGNOSIS)]
    assert "grad(2,1)" in lines[0] and "1 of 3 entries out of tolerance" in lines[0]
    assert lines[-1].startswith("diagnosis [unrolled-row-major]")
    assert explain(FAILING.outputs[0]) == [] and explain(PASSING.outputs[1]) == []
    assert explain(replace(grad, diagnosis=None))[-1] == "diagnosis: none of the known porting mistakes explains it"


def test_a_failing_row_and_assert_agrees_text_carry_the_explanation_indented():
    lines = row(FAILING).splitlines()
    assert lines[1].startswith("    -> grad: error above tolerance")
    assert lines[2:] == [EXPLAIN_INDENT + line for line in explain(FAILING.outputs[1])]
    assert row(PASSING).count("\n") == 0
    said = output_lines(FAILING)
    grad = next(line for line in said if line.startswith("costFunction") and " grad " in line).splitlines()
    assert grad[1].startswith("    -> error above tolerance")
    assert grad[2:] == [EXPLAIN_INDENT + line for line in explain(FAILING.outputs[1])]


def test_junit_counts_and_a_failures_text():
    results = [PASSING, FAILING, PORT_ERROR]
    not_run = [Case("costFunction", "later", inputs=lambda rng: (), outputs=("J",), port=lambda: None)]
    root = ET.fromstring(ET.tostring(junit_tree(results, META, 12.5, not_run).getroot()))
    [suite] = root.findall("testsuite")
    assert suite.get("name") == "crosscheck" and suite.get("timestamp") == META["started"]
    assert {k: suite.get(k) for k in ("tests", "failures", "errors", "skipped", "time")} == {
        "tests": "4", "failures": "1", "errors": "1", "skipped": "1", "time": "12.500"}
    cases = suite.findall("testcase")
    assert [(c.get("classname"), c.get("name")) for c in cases] == [
        ("costFunction", "right"), ("costFunction", "wrong"), ("costFunction", "raises"), ("costFunction", "later")]
    assert list(cases[0]) == [] and cases[0].get("time") == "0.251"
    failure = cases[1].find("failure")
    assert failure.get("type") == "fail" and failure.get("message") == output_lines(FAILING)[0]
    for line in explain(FAILING.outputs[1]):
        assert line in failure.text
    error = cases[2].find("error")
    assert error.get("type") == "port-error" and "ZeroDivisionError" in error.get("message")
    assert cases[3].find("skipped") is not None


def test_junit_survives_control_characters_in_a_message():
    noisy = replace(PORT_ERROR, message="Octave said \x1b[31mred\x07")
    text = ET.tostring(junit_tree([noisy], META, 1.0).getroot(), encoding="unicode")
    assert "red" in ET.fromstring(text).find("testsuite/testcase/error").get("message")


def _images(page: str) -> list[bytes]:
    return [base64.b64decode(data) for data in re.findall(r'<img src="data:image/png;base64,([^"]+)"', page)]


def test_html_is_one_escaped_self_contained_file_with_a_picture_per_failing_output():
    results = [PASSING, FAILING, MATRIX, SHAPES, PORT_ERROR]
    pictures = Pictures(None, keep=True)
    for r in results:
        pictures.add(r)
    page = html_page(results, 7, META, 3.2, interrupted=True, pictures=pictures.kept)
    assert not re.search(r"""(src|href)=["']?(https?:|//)|<link|<script|url\(""", page)
    assert "<made-up>" not in page and "a &lt;made-up&gt; case" in page
    body = page.split('<table id="cases">')[1].split("</table>")[0]
    assert body.count("<tr") == 1 + len(results)  # the head, then a row per case
    assert body.count('class="fail"') == 4 and body.count('class="pass"') == 1
    images = _images(page)
    assert len(images) == 2 and all(png.startswith(PNG) for png in images)  # grad (a vector) and W (a matrix)
    assert "Interrupted" in page and "5 of 7" in page and "7.3.0" in page and "3.2 s" in page
    assert "shapes cannot be matched" in page and "ZeroDivisionError" in page
    for line in explain(FAILING.outputs[1]):
        assert line.replace("'", "&#x27;") in page


def test_an_all_passing_html_report_says_so():
    page = html_page([PASSING], 1, META, 0.5)
    assert "every case passed" in page and _images(page) == []


def test_error_pictures_for_a_vector_a_matrix_and_none_for_shapes_that_cannot_be_matched():
    for r in (FAILING, MATRIX):
        o = next(o for o in r.outputs if not o.passed)
        png, note = error_png(r, o, "title")
        assert png.startswith(PNG) and len(png) > 10_000 and note == ""
    png, note = error_png(SHAPES, SHAPES.outputs[0], "title")
    assert png is None and "shapes cannot be matched" in note and "3x1" in note


def test_pictures_go_to_the_plots_directory_only_when_it_is_given(tmp_path):
    traced = result("traced", (np.array([[3.0], [2.0], [1.5]]),), (np.array([3.0, 2.0, 1.7]),), names=("J_history",),
                    trace=True)
    Pictures(None, keep=True).add(traced)
    assert list(tmp_path.iterdir()) == []
    pictures = Pictures(tmp_path, keep=False)
    for r in (PASSING, FAILING, traced):
        assert pictures.add(r) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "costFunction_traced--J_history.png", "costFunction_traced.png", "costFunction_wrong--grad.png"]
    assert pictures.kept == {}


def test_clearing_the_plots_directory_deletes_only_pictures(tmp_path):
    (tmp_path / "old.png").write_bytes(PNG)
    (tmp_path / "notes.txt").write_text("mine")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "deep.png").write_bytes(PNG)
    assert clear_plots(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "sub"] and (tmp_path / "sub" / "deep.png").exists()
    assert clear_plots(tmp_path / "none") == 0
    with pytest.raises(NotADirectoryError, match="not a directory"):
        clear_plots(tmp_path / "notes.txt")


# -- large outputs (issue 11): a few copies of an output, never a dozen ---------------------------------
def test_an_output_too_large_for_the_doctor_is_said_not_diagnosed(monkeypatch):
    from crosscheck import doctor, runner  # noqa: PLC0415

    monkeypatch.setattr(doctor, "LARGEST", 11)
    def big():
        r = result("big", (np.arange(1.0, 13.0).reshape(3, 4),), (-np.arange(1.0, 13.0).reshape(3, 4),), names=("W",))
        r.tolerances = [TOL]  # as judge resolves them
        return r
    too_big = big()
    runner.diagnose(too_big, (), None)
    d = too_big.outputs[0].diagnosis
    assert d == {"id": None, "detail": "not looked for: W has 12 entries, more than the 11 the doctor examines",
                 "fix": None}
    assert diagnosis_line(d) == "diagnosis: not looked for: W has 12 entries, more than the 11 the doctor examines"
    monkeypatch.setattr(doctor, "LARGEST", 12)  # at the limit it looks: W is Octave's, negated
    small_enough = big()
    runner.diagnose(small_enough, (), None)
    assert small_enough.outputs[0].diagnosis["id"] == "sign-flipped"


def test_an_output_too_large_to_draw_gets_a_sentence_not_a_picture(monkeypatch):
    from crosscheck import error_plots  # noqa: PLC0415

    monkeypatch.setattr(error_plots, "LARGEST", 11)
    assert error_png(MATRIX, MATRIX.outputs[0], "t") == (
        None, "12 entries, more than the 11 a picture draws: no picture (see the lines above)")
    monkeypatch.setattr(error_plots, "LARGEST", 12)
    assert error_png(MATRIX, MATRIX.outputs[0], "t")[0].startswith(PNG)


def test_a_run_lets_each_cases_arrays_go_once_its_pictures_are_drawn(tmp_path):
    from types import SimpleNamespace  # noqa: PLC0415

    from crosscheck.artifacts import Reports  # noqa: PLC0415

    args = SimpleNamespace(json=str(tmp_path / "r.json"), junit=None, html=None, plots=str(tmp_path / "plots"),
                           no_plots=False)
    reports = Reports(args, [FAILING.case])
    mine = replace(FAILING)
    assert reports.add(mine) == []
    assert mine.octave_values == () and mine.port_values == ()
    assert [p.name for p in (tmp_path / "plots").iterdir()] == ["costFunction_wrong--grad.png"]
