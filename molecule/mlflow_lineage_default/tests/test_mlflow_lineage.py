"""Behaviour of the mlflow_lineage role and the dataset_lineage module against a real MLflow.

Everything is checked over HTTP on loopback through the nginx front end (MLflow's REST API),
plus the container's own view (units, sockets, the store on disk).  The tests run in file
order: later ones run ansible-playbook against the container themselves (check mode, an edited
file, a model-version link) and capture its output to prove that no PII value appears in it.
"""
import base64
import hashlib
import json
import os
import subprocess
import tempfile

import pytest
import yaml

from mia_http import request

NGINX = "http://127.0.0.1:18801"
MLFLOW = "http://127.0.0.1:18800"
USER, PASSWORD = "lineage", "molecule-lineage-pass"
AUTH = {"Authorization": "Basic " + base64.b64encode((USER + ":" + PASSWORD).encode()).decode()}
EXPERIMENT = "molecule-lineage"
DATASET = "/srv/datasets/customers"
PLANTED = (
    "alice.smith@example.com", "bob.jones@example.org", "carol.white@example.net", "dave.brown@example.com",
    "+1 415 555 0134", "(212) 555-0199", "+1 646 555 0101", "+1 415 555 0188",
)


def api(method, endpoint, payload=None, headers=None, base=NGINX):
    url = base + "/api/2.0/mlflow/" + endpoint
    if method == "GET" and payload:
        from urllib.parse import urlencode
        url += "?" + urlencode(payload)
        payload = None
    return request(url, method, payload, headers=AUTH if headers is None else headers)


def lineage_runs(name="customers"):
    resp = api("GET", "experiments/get-by-name", {"experiment_name": EXPERIMENT})
    assert resp.status == 200, resp.body
    eid = resp.json()["experiment"]["experiment_id"]
    resp = api("POST", "runs/search", {"experiment_ids": [eid], "filter": "tags.`mia.lineage.name` = '%s'" % name,
                                       "order_by": ["attributes.start_time DESC"], "max_results": 50})
    assert resp.status == 200, resp.body
    return resp.json().get("runs", [])


def tags(entity):
    return {t["key"]: t.get("value") for t in entity.get("tags", [])}


def root_sha256(host, path):
    """The mia-dataset-v1 root hash, recomputed here from the container's files (independently
    of the module): sha256 over sorted 'relpath NUL size NUL sha256 LF' lines."""
    listing = host.check_output("cd %s && find . -type f -printf '%%P\\n' | LC_ALL=C sort" % path).splitlines()
    digest = hashlib.sha256(b"mia-dataset-v1\n")
    for rel in listing:
        sha = host.check_output("sha256sum %s/%s" % (path, rel)).split()[0]
        size = host.check_output("stat -c %%s %s/%s" % (path, rel)).strip()
        digest.update(rel.encode() + b"\0" + size.encode() + b"\0" + sha.encode() + b"\n")
    return digest.hexdigest()


def run_playbook(tasks, check=False, diff=False):
    """ansible-playbook against the scenario's container; returns (rc, full output)."""
    project = os.environ["MOLECULE_PROJECT_DIRECTORY"]
    env = dict(os.environ, ANSIBLE_COLLECTIONS_PATH=os.path.join(project, ".cache", "collections"),
               ANSIBLE_PIPELINING="true", ANSIBLE_FORCE_COLOR="false", ANSIBLE_STDOUT_CALLBACK="default",
               ANSIBLE_CALLBACK_RESULT_FORMAT="yaml", ANSIBLE_PYTHON_INTERPRETER="/usr/bin/python3")
    play = [{"name": "Lineage", "hosts": "all", "gather_facts": False, "tasks": tasks}]
    with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False) as handle:
        yaml.safe_dump(play, handle)
    cmd = ["ansible-playbook", "-v", "-i", os.environ["MOLECULE_INVENTORY_FILE"], handle.name]
    cmd += ["--check"] if check else []
    cmd += ["--diff"] if diff else []
    try:
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600, check=False)
    finally:
        os.unlink(handle.name)
    output = proc.stdout + proc.stderr
    for value in PLANTED:
        assert value not in output, "a planted PII value appeared in the Ansible output"
    return proc.returncode, output


def lineage_task(**extra):
    args = {"path": DATASET, "tracking_uri": NGINX, "url_username": USER, "url_password": PASSWORD,
            "experiment": EXPERIMENT}
    args.update(extra)
    return {"name": "Record the dataset", "mlsec.mia_defense.dataset_lineage": args, "register": "lineage"}


def recap(output):
    line = [l for l in output.splitlines() if " : ok=" in l][-1]
    return {k: int(v) for k, v in (part.split("=") for part in line.split(":", 1)[1].split())}


# --- the server -------------------------------------------------------------------------------

def test_units_run_unprivileged_and_hardened(host):
    for unit, user in (("mlflow-lineage", "mlflow-lineage"), ("mlflow-lineage-nginx", "mlflow-lineage-www")):
        service = host.service(unit)
        assert service.is_running and service.is_enabled
        assert host.check_output("systemctl show -p User --value %s" % unit) == user
        pid = host.check_output("systemctl show -p MainPID --value %s" % unit)
        assert host.check_output("ps -o user= -p %s" % pid).strip() == user
        line = [l for l in host.check_output("systemd-analyze security %s --no-pager" % unit).splitlines()
                if "Overall exposure level" in l][0]
        score = float(line.split(":")[1].split()[0])
        assert score <= 2.5, line
    assert not host.service("nginx").is_running  # Debian's default site on port 80 is not served


def test_listeners_are_loopback_only(host):
    assert host.socket("tcp://127.0.0.1:18800").is_listening
    assert host.socket("tcp://127.0.0.1:18801").is_listening
    assert not host.socket("tcp://0.0.0.0:18800").is_listening
    assert not host.socket("tcp://0.0.0.0:18801").is_listening


def test_secrets_are_not_world_readable(host):
    htpasswd = host.file("/etc/mlflow-lineage/htpasswd")
    assert htpasswd.mode == 0o640 and htpasswd.group == "mlflow-lineage-www"
    assert PASSWORD not in htpasswd.content_string
    assert htpasswd.content_string.strip().splitlines()[-1].startswith("lineage:$6$")
    assert host.file("/etc/mlflow-lineage/mlflow.env").mode == 0o640


def test_nginx_requires_authentication(host):
    assert request(NGINX + "/health").status == 200
    assert request(NGINX + "/health", "POST", {}).status == 403
    assert api("GET", "experiments/search", {"max_results": 1}, headers={}).status == 401
    assert api("POST", "experiments/create", {"name": "anonymous"}, headers={}).status == 401
    wrong = {"Authorization": "Basic " + base64.b64encode(b"lineage:wrong-password").decode()}
    assert api("POST", "experiments/create", {"name": "wrong"}, headers=wrong).status == 401
    assert api("GET", "experiments/search", {"max_results": 1}).status == 200
    assert api("GET", "experiments/get-by-name", {"experiment_name": "anonymous"}).status == 404


def test_the_nginx_config_is_validated(host):
    cmd = host.run("nginx -t -q -e stderr -c /etc/mlflow-lineage/nginx.conf")
    assert cmd.rc == 0, cmd.stderr
    check = host.run("/opt/mlflow-lineage/venv/bin/python /opt/mlflow-lineage/mlflow_lineage_check.py --connect /etc/mlflow-lineage/mlflow.env")
    assert check.rc == 0, check.stderr
    bad = host.run("printf 'MLFLOW_BACKEND_STORE_URI=mysql://x\\n' > /tmp/bad.env && "
                   "/opt/mlflow-lineage/venv/bin/python /opt/mlflow-lineage/mlflow_lineage_check.py /tmp/bad.env")
    assert bad.rc == 1 and "driver mysql" in bad.stderr and "MLFLOW_ARTIFACTS_DESTINATION is missing" in bad.stderr


# --- what converge recorded -------------------------------------------------------------------

def test_converge_recorded_the_dataset(host):
    runs = lineage_runs()
    assert len(runs) == 1, "converge and idempotence must leave exactly one lineage run"
    run = runs[0]
    assert run["info"]["status"] == "FINISHED"
    run_tags = tags(run["data"])
    expected = root_sha256(host, DATASET)
    assert run_tags["mia.lineage.sha256"] == expected
    assert run_tags["mia.lineage.num_files"] == "3"
    assert run_tags["mia.lineage.num_rows"] == "5"  # 3 CSV rows + 2 JSON lines
    assert run_tags["mia.pii.EMAIL"] == "4" and run_tags["mia.pii.PHONE"] == "4"
    metrics = {m["key"]: m["value"] for m in run["data"].get("metrics", [])}
    assert metrics["pii.EMAIL"] == 4 and metrics["pii.PHONE"] == 4
    (ds_input,) = run["inputs"]["dataset_inputs"]
    dataset = ds_input["dataset"]
    assert dataset["name"] == "customers"
    assert dataset["digest"] == expected[:36]  # MLflow's limit; the full value follows
    assert tags(ds_input)["mia.dataset.sha256"] == expected
    assert tags(ds_input)["mlflow.data.context"] == "training"
    profile = json.loads(dataset["profile"])
    assert profile["sha256"] == expected and profile["pii"]["EMAIL"] == 4
    columns = [c["name"] for c in json.loads(dataset["schema"])["mlflow_colspec"]]
    assert columns == ["id", "text", "label", "email", "phone", "score"]
    assert json.loads(dataset["source"]) == {"uri": DATASET}


# --- more runs of the module, with their output captured --------------------------------------

def test_rerun_in_check_and_diff_mode_is_unchanged(host):
    rc, output = run_playbook([lineage_task()], check=True, diff=True)
    assert rc == 0, output
    assert recap(output)["changed"] == 0, output
    rc, output = run_playbook([lineage_task()])
    assert rc == 0 and recap(output)["changed"] == 0, output
    assert len(lineage_runs()) == 1


def test_bad_credentials_and_unreachable_server_fail_clearly(host):
    rc, output = run_playbook([lineage_task(url_password="not-the-password")])
    assert rc != 0 and "HTTP 401" in output and "not-the-password" not in output
    rc, output = run_playbook([lineage_task(tracking_uri="http://127.0.0.1:18897", timeout=5)])
    assert rc != 0 and "cannot reach MLflow at http://127.0.0.1:18897" in output


def test_an_edited_file_gives_a_new_fingerprint_and_run(host):
    before = lineage_runs()[0]
    host.run_expect([0], "printf '4,erin.green@example.com,+1 415 555 0177,0.12\\n' >> %s/people.csv" % DATASET)
    rc, output = run_playbook([lineage_task()], check=True, diff=True)
    assert rc == 0 and recap(output)["changed"] == 1, output
    assert "-    \"sha256\": \"%s\"" % tags(before["data"])["mia.lineage.sha256"] in output or \
        tags(before["data"])["mia.lineage.sha256"] in output  # the diff shows the previous fingerprint
    assert len(lineage_runs()) == 1  # check mode wrote nothing
    rc, output = run_playbook([lineage_task()], diff=True)
    assert rc == 0 and recap(output)["changed"] == 1, output
    for value in ("erin.green@example.com", "+1 415 555 0177"):
        assert value not in output
    runs = lineage_runs()
    assert len(runs) == 2
    new = tags(runs[0]["data"])
    assert new["mia.lineage.sha256"] == root_sha256(host, DATASET) != tags(before["data"])["mia.lineage.sha256"]
    assert new["mia.pii.EMAIL"] == "5" and new["mia.lineage.num_rows"] == "6"
    rc, output = run_playbook([lineage_task()])
    assert rc == 0 and recap(output)["changed"] == 0, output


def test_model_version_link(host):
    run_id = lineage_runs()[0]["info"]["run_id"]
    assert api("POST", "registered-models/create", {"name": "customer-model"}).status == 200
    resp = api("POST", "model-versions/create", {"name": "customer-model", "source": "runs:/%s/model" % run_id,
                                                  "run_id": run_id})
    assert resp.status == 200, resp.body
    version = resp.json()["model_version"]["version"]
    task = lineage_task(model_name="customer-model", model_version=version)
    rc, output = run_playbook([task])
    assert rc == 0 and recap(output)["changed"] == 1, output
    resp = api("GET", "model-versions/get", {"name": "customer-model", "version": version})
    mv_tags = tags(resp.json()["model_version"])
    assert mv_tags["mia.dataset.customers.sha256"] == root_sha256(host, DATASET)
    assert mv_tags["mia.dataset.customers.run_id"] == run_id
    assert mv_tags["mia.dataset.customers.pii_total"] == "10"
    rc, output = run_playbook([task])
    assert rc == 0 and recap(output)["changed"] == 0, output


def test_no_pii_value_anywhere_in_mlflow(host):
    """Not in the store, the artifacts or the service journals (grep -a reads the SQLite file)."""
    for value in PLANTED + ("erin.green@example.com", "+1 415 555 0177"):
        found = host.run("grep -r -a -l -F -e %s /var/lib/mlflow-lineage" % json.dumps(value))
        assert found.rc == 1, "%r found in %s" % (value, found.stdout)
        journal = host.run("journalctl -u mlflow-lineage -u mlflow-lineage-nginx --no-pager | grep -c -F -e %s"
                           % json.dumps(value))
        assert journal.stdout.strip() == "0"
    # and the store does hold the lineage (the grep above is not vacuous)
    assert host.run("grep -a -c -F -e mia.lineage.sha256 /var/lib/mlflow-lineage/mlflow.db").stdout.strip() != "0"
