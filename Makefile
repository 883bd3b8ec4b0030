# seabed-cls: the two commands of the quick start, and a few more.
#   make demo   demo data -> check -> stats (-> train -> evaluate)   (sets up .venv first)
#   make test   every check CI runs                                  (sets up .venv first)
#   make lab    JupyterLab on nbs/ with the package installed in editable mode
SHELL := /bin/bash
.SHELLFLAGS := -eo pipefail -c
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup demo test lab clean-venv

setup:
	@bash scripts/setup.sh

demo: setup
	@bash scripts/demo.sh

test: setup
	@bash scripts/test.sh

lab: setup
	$(BIN)/jupyter lab --notebook-dir=nbs $$([ "$$(id -u)" = 0 ] && echo --allow-root)

clean-venv:
	rm -rf $(VENV)
