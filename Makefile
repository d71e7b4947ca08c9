# make crosscheck: run every Octave original against its numpy port (the main job).
# make test:       the Octave %!test/%!error blocks and the pytest suite, cross-check tests included (and
#                  the HTML report opened in a headless Chromium: tools/ensure-browser.sh).
# make bench, make examples: the benchmark, the example scripts; make sweep: the adversarial sweep
#                  (bad and odd inputs to every port and original; it also runs in make test).
# Both install what they need first: Octave (as root, from Debian's packages) and .venv; `make test` also
# Chromium and its driver (Debian's chromium, chromium-driver), which `make crosscheck` does not need.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
VPY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: crosscheck test test-octave bench examples sweep octave browser venv clean

# GNU make exits 2 whenever a recipe fails, whatever its code (130 for Ctrl-C does come through): the
# harness's own code is said on the last line; .venv/bin/crosscheck returns it.
# JOBS Octave sessions share the round trips out (crosscheck -j): the rows and reports are a serial run's.
JOBS ?= 2

crosscheck: octave venv
	@$(VPY) -m crosscheck -j $(JOBS) $(ARGS) || { rc=$$?; echo "crosscheck: exit status $$rc" \
	  "(0 all pass, 1 a case failed, 2 nothing could run, 130 interrupted)" >&2; exit $$rc; }

# The suite over JOBS processes (pytest-xdist), each with its own Octave session: make test JOBS=1 for one.
test: octave browser venv
	$(VPY) -m pytest -n $(JOBS) $(PYTEST_ARGS)

# Only the Octave %!test/%!error blocks of octave/*.m (they also run in `make test`).
test-octave: octave venv
	$(VPY) -m pytest tests/octave $(PYTEST_ARGS)

# Side-by-side timings (medians and ratios, measured in one run): not a test. bench.py: every original
# against its port (build/bench.json); fmincg_vs_scipy.py: the port's fmincg against scipy's CG.
bench: octave venv
	$(VPY) bench/bench.py $(ARGS)
	$(VPY) bench/fmincg_vs_scipy.py

# Every argument of every function replaced by bad and odd values, given to port and original alike:
# counts, and every call that is not computed or refused alike (exit 1 if any).
sweep: octave venv
	$(VPY) tools/sweep.py $(ARGS)

examples: octave venv
	@set -e; for f in examples/*.py; do echo "== $$f"; $(VPY) $$f; done

octave:
	@bash tools/ensure-octave.sh

# For the test that opens the HTML report in a real browser (tests/crosscheck/test_html_browser.py).
browser:
	@bash tools/ensure-browser.sh

venv: $(STAMP)

$(STAMP): pyproject.toml constraints.txt tools/ensure-venv.sh
	PYTHON=$(PYTHON) bash tools/ensure-venv.sh $(VENV)
	@touch $@

clean:
	rm -rf build .pytest_cache .hypothesis
