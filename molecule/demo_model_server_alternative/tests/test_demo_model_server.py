import json

from demo_model_server_checks import *  # noqa: F401,F403  (shared behavioural checks)
from demo_model_server_checks import base_url, settings  # noqa: F401  (fixtures used below)
from mia_http import request, sse_events


def test_body_limit_is_enforced_before_reading(base_url, settings):
    raw = json.dumps({"inputs": [[1.0] * 64], "pad": "x" * settings["demo_model_server_max_body_bytes"]}).encode()
    resp = request(base_url + "/v1/predict", "POST", raw=raw)
    assert resp.status == 413


def test_stream_pieces_follow_configured_size(base_url, settings):
    payload = {"model": "demo", "messages": [{"role": "user", "content": "hello"}], "stream": True}
    events = sse_events(base_url + "/v1/chat/completions", payload)
    pieces = [json.loads(e)["choices"][0]["delta"].get("content") for e in events[:-1]]
    pieces = [p for p in pieces if p]
    assert pieces and max(len(p) for p in pieces) <= settings["demo_model_server_stream_piece_chars"]
