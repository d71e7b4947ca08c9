# make crosscheck: run every Octave original against its numpy port (the main job).
# make test:       the Octave %!test/%!error blocks and the pytest suite, cross-check tests included.
# make bench, make examples: the benchmark, the example scripts.
# Both install what they need first: Octave (as root, from Debian's packages) and .venv.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
VPY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: crosscheck test test-octave bench examples octave venv clean

crosscheck: octave venv
	$(VPY) -m crosscheck $(ARGS)

test: octave venv
	$(VPY) -m pytest $(PYTEST_ARGS)

# Only the Octave %!test/%!error blocks of octave/*.m (they also run in `make test`).
test-octave: octave venv
	$(VPY) -m pytest tests/octave $(PYTEST_ARGS)

# Side-by-side timings (medians and ratios, measured in one run): not a test.
bench: octave venv
	$(VPY) bench/fmincg_vs_scipy.py $(ARGS)

examples: octave venv
	@set -e; for f in examples/*.py; do echo "== $$f"; $(VPY) $$f; done

octave:
	@bash tools/ensure-octave.sh

venv: $(STAMP)

$(STAMP): pyproject.toml constraints.txt tools/ensure-venv.sh
	PYTHON=$(PYTHON) bash tools/ensure-venv.sh $(VENV)
	@touch $@

clean:
	rm -rf build .pytest_cache .hypothesis
