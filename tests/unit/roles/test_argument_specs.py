"""Every role's meta/argument_specs.yml must describe exactly its defaults: same keys, same values."""
import os

import pytest
import yaml

ROLES_DIR = os.path.join(os.path.dirname(__file__), "..", "..", "..", "roles")
ROLES = sorted(r for r in os.listdir(ROLES_DIR) if not r.startswith("_"))


def _load(role, *parts):
    with open(os.path.join(ROLES_DIR, role, *parts), encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


def test_roles_exist():
    assert ROLES, "no roles found under roles/"


@pytest.mark.parametrize("role", ROLES)
def test_every_role_has_an_argument_spec(role):
    assert os.path.isfile(os.path.join(ROLES_DIR, role, "meta", "argument_specs.yml"))


@pytest.mark.parametrize("role", ROLES)
def test_spec_and_defaults_agree(role):
    defaults = _load(role, "defaults", "main.yml")
    options = _load(role, "meta", "argument_specs.yml")["argument_specs"]["main"]["options"]
    assert sorted(defaults) == sorted(k for k, v in options.items() if not v.get("required")), "keys differ"
    for key, value in defaults.items():
        assert options[key].get("default") == value, "{}: defaults/main.yml has {!r}, the spec {!r}".format(key, value, options[key].get("default"))


@pytest.mark.parametrize("role", ROLES)
def test_public_variables_carry_the_role_prefix(role):
    defaults = _load(role, "defaults", "main.yml")
    assert all(k.startswith(role + "_") for k in defaults), sorted(k for k in defaults if not k.startswith(role + "_"))
