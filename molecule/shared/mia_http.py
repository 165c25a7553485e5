"""HTTP helpers for the testinfra verifiers.

Every test container uses host networking, so the verifier on the controller reaches each
service on its own loopback port directly.
"""
import json
import urllib.error
import urllib.request


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    def json(self):
        return json.loads(self.body)


def request(url, method="GET", payload=None, headers=None, raw=None, timeout=30):
    data = raw if raw is not None else (None if payload is None else json.dumps(payload).encode())
    hdrs = {"Content-Type": "application/json"} if data is not None else {}
    hdrs.update(headers or {})
    req = urllib.request.Request(url, data=data, method=method, headers=hdrs)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return Response(resp.status, resp.headers, resp.read())
    except urllib.error.HTTPError as err:
        return Response(err.code, err.headers, err.read())


def sse_events(url, payload, headers=None, timeout=30):
    """POST and return the raw SSE `data:` payloads in arrival order."""
    resp = request(url, "POST", payload, headers=headers, timeout=timeout)
    assert resp.status == 200, resp.body
    assert resp.headers.get("Content-Type", "").startswith("text/event-stream")
    return [line[len("data: "):] for line in resp.body.decode().split("\n") if line.startswith("data: ")]
