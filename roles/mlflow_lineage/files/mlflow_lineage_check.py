# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validate the MLflow server environment file before it replaces the live one.

Runs with the server venv's Python (SQLAlchemy parses the store URI exactly as MLflow will):

    mlflow_lineage_check.py /etc/mlflow-lineage/mlflow.env [--connect]

Exit 0 when valid; otherwise 1 and one line per problem on stderr.  Passwords are never printed.
"""
import argparse
import os
import shlex
import sys

KNOWN = {
    "MLFLOW_BACKEND_STORE_URI", "MLFLOW_ARTIFACTS_DESTINATION", "MLFLOW_DISABLE_TELEMETRY",
    "DO_NOT_TRACK", "MLFLOW_SERVER_ENABLE_JOB_EXECUTION", "MLFLOW_SERVER_ALLOWED_HOSTS", "MLFLOW_SERVER_CORS_ALLOWED_ORIGINS", "HOME",
}
REQUIRED = ("MLFLOW_BACKEND_STORE_URI", "MLFLOW_ARTIFACTS_DESTINATION")
DRIVERS = ("sqlite", "postgresql", "postgresql+psycopg2")


def parse_env(path):
    env = {}
    errors = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, sep, value = line.partition("=")
            if not sep or not key.isidentifier():
                errors.append("line %d: not KEY=VALUE" % number)
                continue
            try:
                words = shlex.split(value)
            except ValueError as e:
                errors.append("line %d (%s): bad quoting: %s" % (number, key, e))
                continue
            if len(words) != 1:
                errors.append("line %d (%s): the value must be one word (quote it)" % (number, key))
                continue
            if key not in KNOWN:
                errors.append("line %d: unknown variable %s" % (number, key))
            env[key] = words[0]
    return env, errors


def check(env, connect=False):
    errors = [("%s is missing" % key) for key in REQUIRED if not env.get(key)]
    uri = env.get("MLFLOW_BACKEND_STORE_URI")
    if uri:
        from sqlalchemy.engine import make_url  # pylint: disable=import-outside-toplevel
        try:
            url = make_url(uri)
        except Exception as e:  # noqa: BLE001 - SQLAlchemy raises ArgumentError and ValueError
            errors.append("MLFLOW_BACKEND_STORE_URI is not a database URL (%s)" % type(e).__name__)
            url = None
        if url is not None:
            if url.drivername not in DRIVERS:
                errors.append("MLFLOW_BACKEND_STORE_URI: driver %s is not one of %s" % (url.drivername, ", ".join(DRIVERS)))
            elif url.drivername == "sqlite":
                if not url.database or not os.path.isabs(url.database):
                    errors.append("MLFLOW_BACKEND_STORE_URI: the SQLite path must be absolute (sqlite:////path)")
                elif not os.path.isdir(os.path.dirname(url.database)):
                    errors.append("MLFLOW_BACKEND_STORE_URI: directory %s does not exist" % os.path.dirname(url.database))
            else:
                if not url.host or not url.database or not url.username:
                    errors.append("MLFLOW_BACKEND_STORE_URI: a PostgreSQL URL needs user, host and database")
            if connect and not errors:
                import sqlalchemy  # pylint: disable=import-outside-toplevel
                try:
                    engine = sqlalchemy.create_engine(url)
                    with engine.connect() as conn:
                        conn.execute(sqlalchemy.text("SELECT 1"))
                except Exception as e:  # noqa: BLE001
                    errors.append("cannot connect to the backend store: %s" % type(e).__name__)
    dest = env.get("MLFLOW_ARTIFACTS_DESTINATION")
    if dest and (not os.path.isabs(dest) or not os.path.isdir(dest)):
        errors.append("MLFLOW_ARTIFACTS_DESTINATION must be an existing absolute directory: %s" % dest)
    for key in ("MLFLOW_SERVER_ALLOWED_HOSTS", "MLFLOW_SERVER_CORS_ALLOWED_ORIGINS"):
        for item in (env.get(key) or "").split(","):
            if env.get(key) and (not item or " " in item):
                errors.append("%s: empty or blank entry in %r" % (key, env[key]))
    return errors


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("env_file")
    parser.add_argument("--connect", action="store_true", help="also open a connection to the backend store")
    args = parser.parse_args(argv)
    env, errors = parse_env(args.env_file)
    errors += check(env, args.connect)
    for error in errors:
        sys.stderr.write("mlflow_lineage: %s\n" % error)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
