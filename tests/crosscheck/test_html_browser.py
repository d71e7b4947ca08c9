"""The HTML report of a real run with failing cases, opened in a real headless Chromium: its table has a
row per case run and every picture in it renders.

Chromium and its driver come from Debian's packages (``chromium``, ``chromium-driver``), which
``tools/ensure-browser.sh`` installs (``make test`` runs it); Selenium drives them through
``/usr/bin/chromedriver``, so that Selenium Manager never downloads a browser or a driver. Without them
(or without selenium) the test is skipped, except when CI=true, where it fails: like a cross-check that
did not run, a report nobody opened proves nothing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crosscheck.pytest_plugin import in_ci

ROOT = Path(__file__).resolve().parents[2]
OWN = ROOT / "examples" / "own_code"
CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
INSTALL = ("tools/ensure-browser.sh installs them as root (apt-get install --no-install-recommends chromium "
           "chromium-driver)")


def no_browser(reason: str):
    """Skip the test for want of a browser; fail it instead under CI."""
    if in_ci():
        pytest.fail(f"{reason} (CI={os.environ['CI']}: a missing browser is a failure, not a skip)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    """A headless Chromium driven by Selenium, through Debian's chromedriver."""
    try:
        from selenium import webdriver  # noqa: PLC0415 -- the test extra; skipped (or failed in CI) without it
        from selenium.webdriver.chrome.service import Service  # noqa: PLC0415
    except ImportError:
        no_browser("selenium is not installed (the project's test extra: pip install -c constraints.txt -e '.[test]')")
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not os.access(p, os.X_OK)]
    if missing:
        no_browser(f"{' and '.join(missing)} not found: {INSTALL}")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu"):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))
    try:
        yield driver
    finally:
        driver.quit()


@pytest.mark.octave
def test_the_html_report_of_a_failing_run_renders_in_a_browser(octave_cli, browser, tmp_path):
    page, report = tmp_path / "report.html", tmp_path / "r.json"
    proc = subprocess.run([sys.executable, "-m", "crosscheck", "--cases", str(OWN / "cases.py"), "--octave-path",
                           str(OWN / "octave"), "--html", str(page), "--json", str(report), "--no-plots"],
                          capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert proc.returncode == 1, proc.stdout + proc.stderr  # the planted mistake fails
    cases = json.loads(report.read_text())["cases"]
    assert len(cases) == 5 and any(c["status"] == "fail" for c in cases)

    from selenium.webdriver.common.by import By  # noqa: PLC0415 -- the fixture has checked it is there

    browser.get(page.as_uri())
    rows = browser.find_elements(By.CSS_SELECTOR, "#cases tbody tr")
    assert len(rows) == len(cases)
    assert [r.find_element(By.CSS_SELECTOR, "td.verdict").text for r in rows] == [c["verdict"] for c in cases]
    failing = browser.find_element(By.CSS_SELECTOR, "#cases tr.fail td.verdict").value_of_css_property("background-color")
    passing = browser.find_element(By.CSS_SELECTOR, "#cases tr.pass td.verdict").value_of_css_property("background-color")
    assert failing != passing
    images = browser.execute_script(
        "return Array.from(document.images).map(i => [i.complete, i.naturalWidth, i.naturalHeight, i.alt]);")
    assert images, "no picture in the report"
    assert all(complete and width > 0 and height > 0 for complete, width, height, _ in images), images
    # The planted mistake's grad (3 entries) has its picture; its J (one value) says why it has none.
    assert any("grad of costFunctionReg/course-like-mistake" in alt for *_, alt in images)
    assert not list(tmp_path.glob("build/plots/*.png"))  # --no-plots: pictures in the report only
