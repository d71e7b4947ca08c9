"""The pytest plugin (crosscheck/pytest_plugin.py), as a user meets it: a small test suite of their own,
in a directory outside the project, with their own .m files and numpy ports, run by a pytest of its
own (``runpytest_subprocess``: Octave sessions and signal handlers belong to a process).

The inner pytest finds the plugin through its ``pytest11`` entry point, as after ``pip install``: when
the installed package does not declare it yet (an editable install older than the entry point), a
stand-in distribution on PYTHONPATH declares the same entry point (``test_pyproject_declares_the_entry_point``
holds pyproject.toml to it).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import tomllib
from importlib.metadata import entry_points
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = "crosscheck.pytest_plugin"

# ------------------------------------------------------------------ the user's code

MY_COST_M = """\
function [J, grad] = myCost (theta, X, y)
  % least-squares cost of a linear model, and its gradient
  m = rows (X);
  r = X * theta - y;
  J = (r' * r) / (2 * m);
  grad = (X' * r) / m;
end
"""

# Recognisably not the project's sigmoid: a user's function of the same name must win.
SIGMOID_M = """\
function g = sigmoid (z)
  g = 2 * ones (size (z));
end
"""

SLOW_M = """\
function y = slowFunction (x)
  pause (30);
  y = x;
end
"""

PORTS_PY = """\
import numpy as np


def my_cost(theta, X, y):
    m = X.shape[0]
    r = X @ theta - y
    return (r.T @ r).item() / (2 * m), X.T @ r / m


def my_cost_grad_times_two(theta, X, y):
    J, grad = my_cost(theta, X, y)
    return J, 2 * grad


def my_cost_cost_only(theta, X, y):
    return my_cost(theta, X, y)[0]


def users_sigmoid(z):
    return 2 * np.ones_like(np.asarray(z, dtype=float))


def slow_function(x):
    return x


theta = np.array([[0.5], [-0.25]])
X = np.c_[np.ones(5), np.arange(5.0)]
y = np.array([[1.0], [2.5], [2.9], [4.2], [5.1]])
"""

# Files run in name order: agreement, then deaths, then a module-scoped fixture after a death.
TEST_1_AGREE = """\
import numpy as np
import pytest

import crosscheck
from ports import X, my_cost, my_cost_cost_only, my_cost_grad_times_two, slow_function, theta, users_sigmoid, y

pytestmark = pytest.mark.octave


def test_right_port_agrees(octave):
    crosscheck.assert_agrees(octave, "myCost", my_cost, theta, X, y, nout=2)


def test_gradient_times_two_is_caught(octave):
    crosscheck.assert_agrees(octave, "myCost", my_cost_grad_times_two, theta, X, y, nout=2,
                             outputs=("J", "grad"))


def test_one_output_where_two_are_expected(octave):
    crosscheck.assert_agrees(octave, "myCost", my_cost_cost_only, theta, X, y, nout=2)


def test_users_sigmoid_shadows_the_projects(octave):
    crosscheck.assert_agrees(octave, "sigmoid", users_sigmoid, np.array([[-1.0, 0.0, 3.0]]))


def test_octave_timeout_option_reaches_the_session(octave):
    assert octave.timeout == 3
    with pytest.raises(AssertionError, match="octave-timeout"):
        crosscheck.assert_agrees(octave, "slowFunction", slow_function, 1.0)
"""

TEST_2_DEATHS = """\
import os
import signal
import time
from pathlib import Path

import pytest

import crosscheck
from ports import X, my_cost, theta, y

pytestmark = pytest.mark.octave
KILLED = []


def kill(pid):
    # SIGKILL, and wait until the process has died (gone, or a zombie until oct2py reaps it)
    KILLED.append(pid)
    os.kill(pid, signal.SIGKILL)
    for _ in range(400):
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return
        if state in ("Z", "X"):
            return
        time.sleep(0.025)
    raise AssertionError(f"Octave ({pid}) still runs 10 s after SIGKILL")


def test_kill_octave(octave):
    kill(octave.pid)


def test_the_next_test_gets_a_working_session(octave):
    assert octave.pid not in KILLED
    assert octave.adapter.alive()
    crosscheck.assert_agrees(octave, "myCost", my_cost, theta, X, y, nout=2)
    kill(octave.pid)  # and again, for the module-scoped fixture that follows
"""

TEST_3_AFTER_DEATH = """\
import pytest

from ports import X, theta, y

pytestmark = pytest.mark.octave


@pytest.fixture(scope="module")
def cost(octave):
    return octave.call("myCost", theta, X, y, nout=2)


def test_a_module_fixture_set_up_after_a_death_gets_a_working_session(cost):
    assert cost.status == "ok", cost.message
"""


def _write_user_suite(pytester: pytest.Pytester) -> Path:
    """The user's project: mlcode/ (their .m files), tests/ (ports and tests). Returns mlcode/."""
    mlcode = pytester.mkdir("mlcode")
    (mlcode / "myCost.m").write_text(MY_COST_M)
    (mlcode / "sigmoid.m").write_text(SIGMOID_M)
    (mlcode / "slowFunction.m").write_text(SLOW_M)
    tests = pytester.mkdir("tests")
    for name, text in {"ports.py": PORTS_PY, "test_1_agree.py": TEST_1_AGREE,
                       "test_2_deaths.py": TEST_2_DEATHS, "test_3_after_death.py": TEST_3_AFTER_DEATH}.items():
        (tests / name).write_text(text)
    return mlcode


# ------------------------------------------------------------------ how the inner pytest finds the plugin

def _entry_point_installed() -> bool:
    return any(ep.name == "crosscheck" and ep.value == PLUGIN for ep in entry_points(group="pytest11"))


def _stand_in_distribution(where: Path) -> Path:
    """A directory holding a distribution that declares the plugin's entry point, as the installed
    package does once installed from a pyproject.toml that declares it."""
    info = where / "crosscheck_plugin_stand_in-0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: crosscheck-plugin-stand-in\nVersion: 0\n")
    (info / "entry_points.txt").write_text(f"[pytest11]\ncrosscheck = {PLUGIN}\n")
    return where


@pytest.fixture
def installed(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, tmp_path_factory) -> None:
    """Make the inner pytest load the plugin through its entry point, as after ``pip install``."""
    monkeypatch.delenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", raising=False)
    monkeypatch.delenv("PYTEST_PLUGINS", raising=False)
    monkeypatch.delenv("PYTEST_ADDOPTS", raising=False)
    if not _entry_point_installed():
        stand_in = _stand_in_distribution(tmp_path_factory.mktemp("site"))
        monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(stand_in), os.environ.get("PYTHONPATH")])))


def test_pyproject_declares_the_entry_point():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project.get("entry-points", {}).get("pytest11") == {"crosscheck": PLUGIN}


# ------------------------------------------------------------------ a user's suite

def _outcome_text(result: pytest.RunResult) -> str:
    return "\n".join(result.outlines + result.errlines)


@pytest.mark.octave
@pytest.mark.parametrize("configured_by", ["option", "ini"])
def test_a_users_suite(octave_cli, installed, pytester: pytest.Pytester, monkeypatch, configured_by):
    """Their .m files found by --octave-path (relative to where pytest runs) or by octave_path in
    their ini file (relative to the ini file, pytest run from elsewhere): the right port passes, the
    wrong ones fail with the harness's rows, their sigmoid is theirs, --octave-timeout reaches the
    session, and after Octave is killed the next test (or module fixture) gets a working session."""
    _write_user_suite(pytester)
    if configured_by == "option":
        args = ["--octave-path", "mlcode", "tests"]
    else:
        pytester.makeini("[pytest]\noctave_path = mlcode\n")
        monkeypatch.chdir(pytester.path / "tests")
        args = []
    # pytest cuts its short summary's lines to the terminal's width (80 without one), except under CI:
    # the lines read below must be whole in a developer's `make test` too
    monkeypatch.setenv("COLUMNS", "250")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-rA", "--octave-timeout", "3", *args,
                                           timeout=300)
    text = _outcome_text(result)
    result.assert_outcomes(passed=6, failed=2)
    for passing in ("test_right_port_agrees", "test_users_sigmoid_shadows_the_projects",
                    "test_octave_timeout_option_reaches_the_session", "test_kill_octave",
                    "test_the_next_test_gets_a_working_session",
                    "test_a_module_fixture_set_up_after_a_death_gets_a_working_session"):
        assert re.search(rf"PASSED \S*::{passing}\b", text), f"{passing} did not pass:\n{text}"
    # the wrong gradient: an AssertionError holding the harness's row for each output
    assert re.search(r"FAILED \S*::test_gradient_times_two_is_caught - AssertionError: myCost: FAIL: grad", text), text
    assert re.search(r"^E\s+myCost\s+grad\s+any\s+.*\babove tolerance$", text, re.M), text
    assert re.search(r"^E\s+myCost\s+J\s+any\s+.*\bpass$", text, re.M), text
    # one output where Octave's function has two
    assert re.search(r"FAILED \S*::test_one_output_where_two_are_expected - AssertionError: myCost: FAIL port-error", text), text


@pytest.mark.octave
def test_octave_path_option_comes_before_the_ini_setting(octave_cli, installed, pytester: pytest.Pytester):
    """Both given: the --octave-path directory is searched first, then octave_path's, then the
    project's originals."""
    for name, value in (("from_ini", 2), ("from_option", 3)):
        pytester.mkdir(name)
        (pytester.path / name / "sigmoid.m").write_text(f"function g = sigmoid (z)\n  g = {value} * ones (size (z));\nend\n")
    (pytester.path / "from_ini" / "onlyInIni.m").write_text("function y = onlyInIni (x)\n  y = x + 1;\nend\n")
    pytester.makeini("[pytest]\noctave_path = from_ini\n")
    pytester.makepyfile(textwrap.dedent("""\
        import numpy as np
        import crosscheck

        def test_order(octave):
            crosscheck.assert_agrees(octave, "sigmoid", lambda z: 3 * np.ones_like(z), np.array([[0.0, 1.0]]))
            crosscheck.assert_agrees(octave, "onlyInIni", lambda x: x + 1, np.array([[0.0, 1.0]]))
            assert octave.call("which", "computeCost").outputs[0].endswith("computeCost.m")
        """))
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "--octave-path", "from_option", timeout=120)
    result.assert_outcomes(passed=1)


# ------------------------------------------------------------------ without Octave, and mistakes

@pytest.mark.parametrize("ci, outcome", [("", "skipped"), ("true", "errors"), ("Yes", "errors"), ("0", "skipped")])
def test_without_octave_a_test_is_skipped_except_in_ci(installed, pytester: pytest.Pytester, monkeypatch, ci, outcome):
    monkeypatch.setenv("OCTAVE_EXECUTABLE", str(pytester.path / "no-such-octave-cli"))
    monkeypatch.setenv("CI", ci)
    pytester.makepyfile("import pytest\n\n@pytest.mark.octave\ndef test_needs_octave(octave):\n    pass\n\n"
                        "def test_needs_nothing():\n    pass\n")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-rA", "--strict-markers", timeout=120)
    result.assert_outcomes(passed=1, **{outcome: 1})
    assert "octave-cli was not found" in _outcome_text(result)


def test_a_missing_directory_is_a_usage_error(installed, pytester: pytest.Pytester):
    pytester.makepyfile("def test_nothing():\n    pass\n")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "--octave-path", "no-such-dir", timeout=120)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert re.search(r"--octave-path / octave_path: no such directory: \S*no-such-dir", _outcome_text(result))


def test_help_lists_the_options(installed, pytester: pytest.Pytester):
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "--help", timeout=120)
    text = _outcome_text(result)
    for option in ("--octave-path=DIR", "--octave-timeout=SECONDS", "octave_path (paths)"):
        assert option in text


# ------------------------------------------------------------------ the project's own tests use it

@pytest.mark.parametrize("how", ["entry point", "conftest", "autoload off"])
def test_the_projects_conftest_loads_the_plugin_once(how, tmp_path):
    """tests/conftest.py loads the plugin only when pytest has not (loading it twice is an error)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    if how == "entry point" and not _entry_point_installed():
        env["PYTHONPATH"] = str(_stand_in_distribution(tmp_path))
    if how == "conftest" and _entry_point_installed():
        pytest.skip("the installed package declares the entry point: pytest always finds it")
    if how == "autoload off":
        env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    code = ("import sys, pytest\n"
            "class Probe:\n"
            "    def pytest_collection_finish(self, session):\n"
            "        pm = session.config.pluginmanager\n"
            f"        print('PLUGIN-NAMES', [n for n, p in pm.list_name_plugin() if getattr(p, '__name__', '') == {PLUGIN!r}])\n"
            "sys.exit(pytest.main(['-p', 'no:cacheprovider', '--collect-only', '-q', '--octave-timeout', '5',\n"
            "                      'tests/crosscheck/test_oct2py_adapter.py'], plugins=[Probe()]))\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    expected = {"entry point": "['crosscheck']", "conftest": f"[{PLUGIN!r}]", "autoload off": f"[{PLUGIN!r}]"}[how]
    assert f"PLUGIN-NAMES {expected}" in proc.stdout, proc.stdout + proc.stderr
