"""mlflow_lineage with the PostgreSQL backend: the lineage record lands in PostgreSQL.

Every test takes the ``host`` fixture, so pytest keeps the file order.
"""
import base64
import hashlib
import json
from urllib.parse import urlencode

from mia_http import request

NGINX = "http://127.0.0.1:18821"
AUTH = {"Authorization": "Basic " + base64.b64encode(b"second-user:another-molecule-pass").decode()}
PLANTED = "frank.miller@example.com"


def api(method, endpoint, payload=None, headers=None):
    url = NGINX + "/api/2.0/mlflow/" + endpoint
    if method == "GET" and payload:
        url += "?" + urlencode(payload)
        payload = None
    return request(url, method, payload, headers=AUTH if headers is None else headers)


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


def test_both_users_and_no_anonymous_access(host):
    assert api("GET", "experiments/search", {"max_results": 1}, headers={}).status == 401
    first = {"Authorization": "Basic " + base64.b64encode(b"lineage:molecule-lineage-pass").decode()}
    assert api("GET", "experiments/search", {"max_results": 1}, headers=first).status == 200
    assert api("GET", "experiments/search", {"max_results": 1}).status == 200


def test_lineage_record_in_postgresql(host):
    eid = api("GET", "experiments/get-by-name", {"experiment_name": "dataset-lineage"}).json()["experiment"]["experiment_id"]
    runs = api("POST", "runs/search", {"experiment_ids": [eid], "max_results": 10}).json()["runs"]
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
