# Copyright (c) 2026, mlsec.mia_defense contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Command line: ``serve``, ``check-config`` and ``hash-key``.

    python -m mia_output_filter check-config --config FILE   # exit 0 "OK: FILE"; exit 2 + reason
    python -m mia_output_filter serve --config FILE          # until SIGTERM; SIGHUP reloads
    python -m mia_output_filter hash-key < request.json      # see keyhash.py

Exit codes: 0 success, 1 runtime error (e.g. port in use), 2 invalid configuration.
"""
import argparse
import sys

DEFAULT_CONFIG = "/etc/mia-output-filter/config.yml"


def main(argv=None):
    parser = argparse.ArgumentParser(prog="mia_output_filter", description="mlsec.mia_defense output filter")
    parser.add_argument("command", choices=["serve", "check-config", "hash-key"])
    parser.add_argument("--config", default=DEFAULT_CONFIG, help="default: %s" % DEFAULT_CONFIG)
    args = parser.parse_args(argv)
    if args.command == "hash-key":
        from . import keyhash  # noqa: PLC0415
        return keyhash.main()
    from .config import ConfigError, load  # noqa: PLC0415
    if args.command == "check-config":
        try:
            load(args.config)
        except ConfigError as exc:
            print("config error: %s: %s" % (args.config, exc), file=sys.stderr)
            return 2
        print("OK: %s" % args.config)
        return 0
    from .app import run  # noqa: PLC0415
    return run(args.config)
