"""mlflow_lineage with the PostgreSQL backend and HTTPS: the lineage record lands in PostgreSQL.

Every test takes the ``host`` fixture, so pytest keeps the file order.
"""
import base64
import hashlib
import json
import ssl
import urllib.error
import urllib.request
from urllib.parse import urlencode

import pytest

NGINX = "https://127.0.0.1:18821"
AUTH = {"Authorization": "Basic " + base64.b64encode(b"second-user:another-molecule-pass").decode()}
PLANTED = "frank.miller@example.com"


class Response:
    def __init__(self, status, body):
        self.status = status
        self.body = body

    def json(self):
        return json.loads(self.body)


@pytest.fixture(scope="module")
def tls(host):
    """An SSL context that trusts only the scenario's self-signed certificate."""
    return ssl.create_default_context(cadata=host.file("/etc/mlflow-test-tls/cert.pem").content_string)


def fetch(url, context, method="GET", payload=None, headers=None):
    data = None if payload is None else json.dumps(payload).encode()
    hdrs = {"Content-Type": "application/json"}
    hdrs.update(headers or {})
    req = urllib.request.Request(url, data=data, method=method, headers=hdrs)
    try:
        with urllib.request.urlopen(req, timeout=30, context=context) as resp:
            return Response(resp.status, resp.read())
    except urllib.error.HTTPError as err:
        return Response(err.code, err.read())


def api(tls, method, endpoint, payload=None, headers=None):
    url = NGINX + "/api/2.0/mlflow/" + endpoint
    if method == "GET" and payload:
        url += "?" + urlencode(payload)
        payload = None
    return fetch(url, tls, method, payload, AUTH if headers is None else headers)


def test_backend_is_postgresql(host):
    assert host.service("postgresql").is_running
    assert host.socket("tcp://127.0.0.1:18810").is_listening
    assert not host.socket("tcp://127.0.0.1:5432").is_listening
    for unit in ("mlflow-lineage", "mlflow-lineage-nginx"):
        assert host.service(unit).is_running
    tables = host.check_output("runuser -u postgres -- psql -p 18810 -d mlflow_lineage -tAc "
                               "\"SELECT count(*) FROM information_schema.tables WHERE table_name IN ('runs', 'datasets', 'inputs')\"")
    assert tables.strip() == "3"
    assert not host.file("/var/lib/mlflow-lineage/mlflow.db").exists
    env = host.file("/etc/mlflow-lineage/mlflow.env")
    assert env.mode == 0o640 and "postgresql+psycopg2://mlflow_lineage:" in env.content_string


def test_https_only_with_the_configured_certificate(host, tls):
    assert fetch(NGINX + "/health", tls).status == 200
    plain = fetch("http://127.0.0.1:18821/health", None)
    assert plain.status == 400  # plain HTTP sent to the HTTPS port
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(NGINX + "/health", timeout=10)  # untrusted without the certificate


def test_both_users_and_no_anonymous_access(host, tls):
    assert api(tls, "GET", "experiments/search", {"max_results": 1}, headers={}).status == 401
    first = {"Authorization": "Basic " + base64.b64encode(b"lineage:molecule-lineage-pass").decode()}
    assert api(tls, "GET", "experiments/search", {"max_results": 1}, headers=first).status == 200
    assert api(tls, "GET", "experiments/search", {"max_results": 1}).status == 200


def test_lineage_record_in_postgresql(host, tls):
    eid = api(tls, "GET", "experiments/get-by-name", {"experiment_name": "dataset-lineage"}).json()["experiment"]["experiment_id"]
    runs = api(tls, "POST", "runs/search", {"experiment_ids": [eid], "max_results": 10}).json()["runs"]
    assert len(runs) == 1
    tags = {t["key"]: t["value"] for t in runs[0]["data"]["tags"]}
    sha = host.check_output("sha256sum /srv/train.jsonl").split()[0]
    size = host.check_output("stat -c %s /srv/train.jsonl").strip()
    expected = hashlib.sha256(b"mia-dataset-v1\ntrain.jsonl\0" + size.encode() + b"\0" + sha.encode() + b"\n").hexdigest()
    assert tags["mia.lineage.sha256"] == expected
    assert tags["mia.pii.EMAIL"] == "1" and tags["mia.lineage.num_rows"] == "2"
    digest = host.check_output("runuser -u postgres -- psql -p 18810 -d mlflow_lineage -tAc "
                               "\"SELECT digest FROM datasets WHERE name = 'train.jsonl'\"")
    assert digest.strip() == expected[:36]


def test_no_pii_value_in_the_database(host):
    dump = host.run("runuser -u postgres -- pg_dump -p 18810 mlflow_lineage | grep -c -F %s" % json.dumps(PLANTED))
    assert dump.stdout.strip() == "0"
    assert "mia.lineage.sha256" in host.check_output("runuser -u postgres -- pg_dump -p 18810 mlflow_lineage")
