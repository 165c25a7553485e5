# Two commands on a fresh Debian 12 machine as root: `make demo` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

.PHONY: help bootstrap demo demo-clean test lint sanity unit molecule build clean

help:
	@echo "make demo        deploy the whole stack onto local containers and show it working"
	@echo "make test        everything: yamllint, ansible-lint, ansible-test sanity, unit, build, molecule"
	@echo "make demo-clean  remove the demo containers"
	@echo "make lint | sanity | unit | molecule | build   one stage (MOLECULE_SCENARIOS='a b' selects scenarios)"

bootstrap:
	@scripts/bootstrap.sh

demo: bootstrap
	@scripts/demo.sh

demo-clean:
	@scripts/demo.sh clean

test: bootstrap
	@scripts/test.sh

lint: bootstrap
	@MIA_TEST_STAGES="yamllint ansible-lint" scripts/test.sh

sanity: bootstrap
	@scripts/sanity.sh

unit:
	@scripts/bootstrap.sh venv
	@scripts/unit.sh

molecule: bootstrap
	@scripts/molecule.sh

build:
	@scripts/bootstrap.sh venv
	@scripts/build.sh

clean: demo-clean
	rm -rf .cache/sanity .cache/dist .cache/installed tests/output
