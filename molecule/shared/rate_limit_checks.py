"""Behavioural checks of the rate_limit gateway, shared by its scenarios.

Settings are the role defaults overridden by the scenario inventory. Every check starts from
full buckets (`wait_for_refill`), because all requests come from 127.0.0.1 and share the
address flood guard.
"""
import concurrent.futures
import json
import os
import time

import pytest
import yaml

from mia_http import request

_DEFAULTS = os.path.join(os.path.dirname(__file__), "..", "..", "roles", "rate_limit", "defaults", "main.yml")


def load_settings(host):
    with open(_DEFAULTS, encoding="utf-8") as handle:
        merged = yaml.safe_load(handle)
    inventory = host.ansible.get_variables()
    merged.update({k: v for k, v in inventory.items() if k.startswith("rate_limit_")})
    merged["api_keys"] = {k["id"]: k for k in inventory["output_filter_api_keys"]}
    return merged


def rate_per_second(rate):
    count, unit = rate.split("r/")
    return float(count) / (60.0 if unit == "m" else 1.0)


def wait_for_refill(settings):
    """Sleep until every bucket that a burst may have drained is full again."""
    slowest = min(rate_per_second(t["rate"]) for t in settings["rate_limit_tiers"])
    worst_burst = max([t["burst"] for t in settings["rate_limit_tiers"]] + [settings["rate_limit_address_burst"]])
    time.sleep(min(30.0, (worst_burst + 2) / max(slowest, rate_per_second(settings["rate_limit_address_rate"]))))


def gateway(settings):
    return "http://{}:{}".format(settings["rate_limit_listen_host"], settings["rate_limit_http_port"])


def predict(settings, key=None, headers=None):
    hdrs = dict(headers or {})
    if key:
        hdrs["Authorization"] = "Bearer " + key
    return request(gateway(settings) + "/v1/predict", "POST", {"inputs": [[0.0] * 64]}, headers=hdrs)


def burst(settings, count, key=None, headers=None):
    """Send `count` requests at once; return the responses."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
        return list(pool.map(lambda _i: predict(settings, key, headers), range(count)))


def key_of_tier(settings, tier):
    return next(k["key"] for k in settings["api_keys"].values() if k["tier"] == tier)


def tier_of(settings, name):
    return next(t for t in settings["rate_limit_tiers"] if t["name"] == name)


def access_log(host, settings, last=200):
    lines = host.check_output("tail -n %s %s", str(last), settings["rate_limit_access_log"]).splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def settings(host):
    values = load_settings(host)
    wait_for_refill(values)
    return values
