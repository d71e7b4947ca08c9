"""``pip install .`` (not editable) into a fresh venv outside the clone gives a working ``crosscheck``.

The wheel of the working tree is built once (from a copy, so that the build leaves nothing in the clone)
and installed once, with constraints.txt, into a venv in pytest's temporary directory; every command
then runs from a directory outside the clone. The installed package must find the Octave originals,
the harness's .m helpers and the data sets in site-packages, and installing it must leave a numpy the
user already has alone (pyproject.toml gives ranges; the exact pins are constraints.txt's, for `make`).

pip needs the package index (its cache makes repeats fast): without it these tests are skipped, except
under CI=true, where they fail.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONSTRAINTS = ROOT / "constraints.txt"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

#: A numpy inside pyproject.toml's range but not constraints.txt's pin: what a user may already have.
OTHER_NUMPY = "2.3.5"

#: What is not the source of the package: never copied for the build.
NOT_SOURCE = shutil.ignore_patterns(".git", ".venv", "build", "dist", "__pycache__", "*.egg-info",
                                    ".pytest_cache", ".hypothesis", "*.pyc")

#: pip's words when it cannot reach the package index.
OFFLINE = ("NewConnectionError", "Failed to establish a new connection", "Max retries exceeded",
           "Temporary failure in name resolution", "Name or service not known", "Network is unreachable",
           "ConnectTimeoutError", "Read timed out", "Could not fetch URL")


def _env() -> dict:
    """This environment without what would let a subprocess see the clone or the project's .venv."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PIP_CONSTRAINT", "PYTHONSTARTUP")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def run(cmd, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], cwd=cwd, env=_env(), capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)


def pip(python: Path, *args, cwd: Path) -> subprocess.CompletedProcess:
    """``python -m pip ARGS``: a failure to reach the index skips (fails under CI=true), any other fails."""
    proc = run([python, "-m", "pip", *args, "--retries", "2", "--timeout", "30"], cwd=cwd, timeout=600)
    if proc.returncode != 0:
        output = proc.stdout + proc.stderr
        what = f"pip {' '.join(map(str, args))}"
        if any(sign in output for sign in OFFLINE):
            reason = f"{what}: pip could not reach the package index:\n{output[-2000:]}"
            if IN_CI:
                pytest.fail(f"{reason}\n(CI=true: an unreachable package index is a failure, not a skip)",
                            pytrace=False)
            pytest.skip(reason)
        pytest.fail(f"{what} exited {proc.returncode}:\n{output[-4000:]}", pytrace=False)
    return proc


def new_venv(path: Path, cwd: Path) -> Path:
    """A fresh venv at ``path`` (from this interpreter's base Python); returns its python."""
    proc = run([sys.executable, "-m", "venv", path], cwd=cwd, timeout=120)
    assert proc.returncode == 0, f"python -m venv {path} failed:\n{proc.stderr}"
    return path / "bin" / "python"


def site_packages(python: Path, cwd: Path) -> Path:
    proc = run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=cwd)
    return Path(proc.stdout.strip()).resolve()


def numpy_version(python: Path, cwd: Path) -> str:
    proc = run([python, "-c", "import importlib.metadata as m; print(m.version('numpy'))"], cwd=cwd)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def pinned(name: str) -> str:
    """constraints.txt's version of ``name``."""
    for line in CONSTRAINTS.read_text().splitlines():
        if (m := re.fullmatch(rf"{re.escape(name)}==(\S+)", line.strip(), re.IGNORECASE)):
            return m.group(1)
    raise AssertionError(f"constraints.txt pins no {name}")


# -- built and installed once -----------------------------------------------------------------------
@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    """An empty directory outside the clone: every command runs there."""
    path = tmp_path_factory.mktemp("work")
    assert ROOT not in path.resolve().parents
    return path


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    """A copy of the working tree, without .venv, build output or caches."""
    path = tmp_path_factory.mktemp("source") / "tree"
    shutil.copytree(ROOT, path, ignore=NOT_SOURCE)
    return path


@pytest.fixture(scope="module")
def wheel(source, tmp_path_factory, work) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    pip(Path(sys.executable), "wheel", "--no-deps", "--quiet", source, "-w", out, cwd=work)
    [built] = out.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory, work):
    """A fresh venv with the wheel and its test extra (pytest) installed at constraints.txt's versions;
    returns its bin/."""
    python = new_venv(tmp_path_factory.mktemp("venv") / "env", work)
    pip(python, "install", "--quiet", "--no-compile", "-c", CONSTRAINTS, f"{wheel}[test]", cwd=work)
    yield python.parent
    shutil.rmtree(python.parent.parent, ignore_errors=True)  # some 400 MB: pytest keeps 3 runs' temp dirs


# -- the wheel --------------------------------------------------------------------------------------
def test_the_wheel_holds_the_packages_the_originals_and_the_data_and_nothing_else(wheel, source):
    expected = {str(p.relative_to(source)) for d in ("crosscheck", "pyport") for p in (source / d).rglob("*.py")}
    helpers = source / "crosscheck" / "m"  # the harness's .m helpers, ddof/ (the doctor's flipped std) included
    expected |= {f"crosscheck/m/{p.relative_to(helpers)}" for p in helpers.rglob("*.m")}
    expected |= {f"crosscheck/octave/{p.relative_to(source / 'octave')}"
                 for p in [*(source / "octave").glob("*.m"), *(source / "octave" / "private").glob("*.m")]}
    expected |= {f"pyport/data/{p.name}" for p in (source / "data").glob("*.csv")}
    with zipfile.ZipFile(wheel) as z:
        names = {n for n in z.namelist() if ".dist-info/" not in n}
        entry_points = next(z.read(n).decode() for n in z.namelist() if n.endswith(".dist-info/entry_points.txt"))
    assert "crosscheck/octave/computeCost.m" in expected and "pyport/data/km_price.csv" in expected
    assert names == expected, f"missing: {sorted(expected - names)}; not ours to ship: {sorted(names - expected)}"
    assert "[console_scripts]\ncrosscheck = crosscheck.cli:run\n" in entry_points
    assert "[pytest11]\ncrosscheck = crosscheck.pytest_plugin\n" in entry_points


def test_dependencies_are_ranges_that_hold_the_pinned_versions():
    from packaging.requirements import Requirement  # matplotlib's dependency: in .venv

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    for text in [*project["dependencies"], *project["optional-dependencies"]["test"]]:
        req = Requirement(text)
        assert not any(s.operator in ("==", "===") for s in req.specifier), f"{text}: a pin, not a range"
        assert req.specifier.contains(pinned(req.name)), \
            f"{text} leaves out constraints.txt's {req.name}=={pinned(req.name)}"
    assert OTHER_NUMPY != pinned("numpy")
    assert Requirement(next(d for d in project["dependencies"] if d.startswith("numpy"))).specifier.contains(
        OTHER_NUMPY), f"OTHER_NUMPY {OTHER_NUMPY} is outside pyproject.toml's range: pick one inside it"


# -- the installed package, from outside the clone --------------------------------------------------
def test_the_console_script_lists_the_cases(venv, work):
    from crosscheck.cases import project_cases

    proc = run([venv / "crosscheck", "--list"], cwd=work)
    assert proc.returncode == 0, proc.stderr
    listed = [line.split()[0] for line in proc.stdout.splitlines() if line.strip()]
    assert "computeCost/sin-grid" in listed
    assert listed == [c.id for c in project_cases()]


def test_the_originals_and_helpers_are_found_in_site_packages(venv, work):
    code = ("import crosscheck, pyport, crosscheck.session as s\n"
            "print(s.OCTAVE_DIR); print(s.HELPER_DIR); print(crosscheck.__file__); print(pyport.__file__)")
    proc = run([venv / "python", "-c", code], cwd=work)
    assert proc.returncode == 0, proc.stderr
    octave_dir, helper_dir, *modules = (Path(line).resolve() for line in proc.stdout.splitlines())
    site = site_packages(venv / "python", work)
    for path in (octave_dir, helper_dir, *modules):
        assert site in path.parents, f"{path} is not in the venv's site-packages {site}"
    assert octave_dir == site / "crosscheck" / "octave"
    assert (octave_dir / "computeCost.m").is_file() and (octave_dir / "private" / "checkRegressionArgs.m").is_file()
    assert sorted(p.name for p in octave_dir.glob("*.m")) == sorted(p.name for p in (ROOT / "octave").glob("*.m"))
    assert (helper_dir / "crosscheck_batch.m").is_file()


def test_pytest_finds_the_plugin_through_its_entry_point(venv, work):
    proc = run([venv / "python", "-m", "pytest", "-p", "no:cacheprovider", "--help"], cwd=work)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "--octave-path" in proc.stdout


def test_the_data_sets_are_found_in_site_packages(venv, work):
    code = ("from pyport import datasets; print(datasets.load('km_price').values.shape); "
            "print(datasets.DATA_DIR)")
    proc = run([venv / "python", "-c", code], cwd=work)
    assert proc.returncode == 0, proc.stderr
    shape, where = proc.stdout.strip().splitlines()
    assert shape == "(24, 2)" and "site-packages" in where


@pytest.mark.octave
def test_the_console_script_cross_checks_a_case(venv, work, octave_cli):
    report = work / "out.json"
    proc = run([venv / "crosscheck", "-k", "computeCost/sin-grid", "--json", "out.json"], cwd=work)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    doc = json.loads(report.read_text())
    assert doc["complete"] and [c["id"] for c in doc["cases"]] == ["computeCost/sin-grid"]
    assert str(doc["cases"][0].get("verdict")).startswith("pass"), doc["cases"][0]


@pytest.fixture(scope="module")
def own_code(tmp_path_factory) -> Path:
    """examples/own_code copied to a folder that knows nothing of the project's source tree."""
    path = tmp_path_factory.mktemp("user") / "own_code"
    shutil.copytree(ROOT / "examples" / "own_code", path, ignore=shutil.ignore_patterns("__pycache__"))
    assert ROOT not in path.resolve().parents
    return path


@pytest.mark.octave
def test_a_users_folder_through_the_installed_command(venv, own_code, octave_cli):
    """The README's own-code walk-through, installed: the right port passes, the planted mistake fails,
    and the doctor names it (its reruns go through the installed crosscheck/m)."""
    proc = run([venv / "crosscheck", "--octave-path", "octave", "--cases", "cases.py", "--json", "out.json",
                "--no-plots"], cwd=own_code)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    doc = json.loads((own_code / "out.json").read_text())
    assert {c["case"]: c["status"] for c in doc["cases"]} == {
        "course-like": "pass", "theta-zero": "pass", "course-like-mistake": "fail", "declared": "pass",
        "declared-mistake": "fail"}
    mistake = next(c for c in doc["cases"] if c["case"] == "course-like-mistake")
    assert [o["diagnosis"]["id"] for o in mistake["outputs"]] == ["bias-regularized", "bias-regularized"]
    assert "diagnosis [bias-regularized]: only grad(1) differs" in proc.stdout


@pytest.mark.octave
def test_a_users_tests_through_the_installed_plugin(venv, own_code, octave_cli):
    """A user's test file with the ``octave`` fixture and ``assert_agrees``, under plain pytest."""
    (own_code / "test_mine.py").write_text(
        "import numpy as np\n"
        "from crosscheck import assert_agrees\n"
        "from my_port import cost_function_reg, cost_function_reg_mistake\n"
        "X = np.hstack([np.ones((6, 1)), np.arange(12.0).reshape(6, 2) / 10])\n"
        "y = np.array([[1.0], [0.0], [1.0], [1.0], [0.0], [1.0]])\n"
        "theta = np.array([[0.1], [-0.2], [0.3]])\n"
        "def test_port(octave):\n"
        "    assert_agrees(octave, 'costFunctionReg', cost_function_reg, theta, X, y, 1.0, nout=2)\n"
        "def test_mistake(octave):\n"
        "    assert_agrees(octave, 'costFunctionReg', cost_function_reg_mistake, theta, X, y, 1.0, nout=2)\n")
    proc = run([venv / "python", "-m", "pytest", "-p", "no:cacheprovider", "--octave-path", "octave",
                "test_mine.py"], cwd=own_code)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1 and "1 failed, 1 passed" in out, out
    assert "costFunctionReg: FAIL" in out and "above tolerance" in out


# -- a user's environment ---------------------------------------------------------------------------
def test_installing_leaves_the_users_numpy_alone(venv, wheel, tmp_path_factory, work, request):
    """A user has the dependencies but numpy at OTHER_NUMPY; `pip install <wheel>`, with no constraints,
    keeps that numpy. The user's environment is a copy of the test venv, the package uninstalled and
    numpy moved (a fresh venv installed from nothing would take some 40 s more to say the same)."""
    user = tmp_path_factory.mktemp("user") / "env"
    shutil.copytree(venv.parent, user, symlinks=True)
    request.addfinalizer(lambda: shutil.rmtree(user, ignore_errors=True))
    python = user / "bin" / "python"
    pip(python, "uninstall", "--quiet", "--yes", "octave-ml-crosscheck", cwd=work)
    pip(python, "install", "--quiet", "--no-compile", f"numpy=={OTHER_NUMPY}", cwd=work)
    assert numpy_version(python, work) == OTHER_NUMPY
    proc = pip(python, "install", "--no-compile", wheel, cwd=work)
    assert numpy_version(python, work) == OTHER_NUMPY, f"pip moved the user's numpy:\n{proc.stdout}"
    proc = run([python, "-c", "import crosscheck.cli, pyport, numpy; print(numpy.__version__)"], cwd=work)
    assert proc.returncode == 0 and proc.stdout.strip() == OTHER_NUMPY, proc.stderr
