"""The JUnit XML report (``crosscheck --junit FILE``), for CI systems that show test results.

One ``<testsuite name="crosscheck">`` (inside ``<testsuites>``, as pytest writes it) holds a
``<testcase classname="<function>" name="<case>">`` per case run. A failing case (status ``fail``) has a
``<failure type="fail">``, a case that could not be judged (``port-error``, ``octave-error``,
``octave-timeout``, ``octave-died``) an ``<error type="<status>">``; either's message is the first line
of what ``assert_agrees`` would say (:func:`crosscheck.report.output_lines`), its text all of it, where
each failing output's locator and diagnosis stand. When the run was interrupted, the cases it did not
reach are listed too, each ``<skipped>``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np

from crosscheck.case import Case
from crosscheck.report import output_lines, write_atomically
from crosscheck.runner import CaseResult, Status

#: Characters XML 1.0 cannot hold, even escaped (an Octave message may carry a terminal's escapes).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(s: str) -> str:
    return _NOT_XML.sub("?", s)


def _seconds(r: CaseResult) -> float:
    return sum(s for s in (r.octave_seconds, r.port_seconds) if np.isfinite(s))


def testcase(r: CaseResult) -> ET.Element:
    """A case's ``<testcase>``: empty when it passed, with a ``<failure>`` or an ``<error>`` otherwise."""
    element = ET.Element("testcase", classname=r.case.function, name=r.case.name, time=f"{_seconds(r):.3f}")
    if not r.passed:
        lines = output_lines(r)
        tag = "failure" if r.status is Status.FAIL else "error"
        ET.SubElement(element, tag, message=_text(lines[0]), type=r.status.value).text = _text("\n".join(lines))
    return element


def junit_tree(results: list[CaseResult], meta: dict, seconds: float, not_run: list[Case] = ()) -> ET.ElementTree:
    """The report as an XML tree: the cases run, then ``not_run`` (an interrupted run's rest) as skipped;
    ``meta`` (the JSON report's: started, versions) gives the suite's timestamp and properties."""
    failures = sum(r.status is Status.FAIL for r in results)
    errors = sum(not r.passed and r.status is not Status.FAIL for r in results)
    counts = {"tests": str(len(results) + len(not_run)), "failures": str(failures), "errors": str(errors),
              "skipped": str(len(not_run)), "time": f"{seconds:.3f}"}
    root = ET.Element("testsuites", name="crosscheck", **counts)
    suite = ET.SubElement(root, "testsuite", name="crosscheck", **counts)
    if meta.get("started"):
        suite.set("timestamp", meta["started"])
    properties = ET.SubElement(suite, "properties")
    for key in ("octave_version", "numpy_version", "python_version", "platform"):
        if meta.get(key):
            ET.SubElement(properties, "property", name=key, value=_text(str(meta[key])))
    suite.extend(testcase(r) for r in results)
    for case in not_run:
        element = ET.SubElement(suite, "testcase", classname=case.function, name=case.name, time="0.000")
        ET.SubElement(element, "skipped", message="not run: the run was interrupted")
    ET.indent(root)
    return ET.ElementTree(root)


def write_junit(path: Path, results: list[CaseResult], meta: dict, seconds: float, not_run: list[Case] = ()) -> None:
    """Write the report to ``path`` (atomically: a reader never sees half a file)."""
    path = Path(path)
    tree = junit_tree(results, meta, seconds, not_run)
    write_atomically(path, ET.tostring(tree.getroot(), encoding="unicode", xml_declaration=True) + "\n")
