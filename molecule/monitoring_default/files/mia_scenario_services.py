#!/usr/bin/env python3
"""Deterministic stand-ins for the Molecule scenarios of the monitoring role (stdlib only).

The metric names are those of roles/output_filter/files/mia_output_filter/metrics.py.

  sink   --port P --record FILE   Alertmanager webhook sink: appends every POSTed body as one JSON
                                  line to FILE; GET returns the recorded notifications as a JSON list.
  filter --port P                 serves the output filter's metric names with counters that grow
                                  with time; POST /mode/failing makes 3 of every 13 requests a 500,
                                  POST /mode/ok stops that.
  stub   --port P                 serves an nginx stub_status page.
"""
import argparse
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

RATES = {"ok": {"200": 10.0, "429": 0.1}, "failing": {"200": 10.0, "429": 0.1, "500": 3.0}}


class FilterState:
    def __init__(self):
        self.lock = threading.Lock()
        self.mode = "ok"
        self.last = time.monotonic()
        self.counts = {"200": 0.0, "429": 0.0}

    def advance(self):
        now = time.monotonic()
        elapsed, self.last = now - self.last, now
        for status, rate in RATES[self.mode].items():
            self.counts[status] = self.counts.get(status, 0.0) + rate * elapsed

    def render(self):
        with self.lock:
            self.advance()
            counts = dict(self.counts)
        total = sum(counts.values())
        lines = ["# TYPE api_inference_requests_total counter"]
        lines += ['api_inference_requests_total{route="/v1/predict",status="%s"} %d' % (s, int(c)) for s, c in sorted(counts.items())]
        lines += [
            "# TYPE api_inference_request_duration_seconds histogram",
            'api_inference_request_duration_seconds_bucket{le="0.005"} %d' % int(total * 0.5),
            'api_inference_request_duration_seconds_bucket{le="0.05"} %d' % int(total * 0.95),
            'api_inference_request_duration_seconds_bucket{le="+Inf"} %d' % int(total),
            "api_inference_request_duration_seconds_sum %.3f" % (total * 0.004),
            "api_inference_request_duration_seconds_count %d" % int(total),
            "# TYPE mia_filter_redactions_total counter",
            'mia_filter_redactions_total{route="/v1/chat/completions",entity_type="EMAIL_ADDRESS"} %d' % int(total * 0.01),
            "# TYPE mia_filter_hardening_applied_total counter",
            'mia_filter_hardening_applied_total{route="/v1/predict",tier="standard",policy="default"} %d' % int(total),
            "# TYPE mia_filter_budget_used gauge",
            'mia_filter_budget_used{key_id="scenario-key",window="day"} %d' % int(total),
            "# TYPE mia_filter_budget_limit gauge",
            'mia_filter_budget_limit{key_id="scenario-key",window="day"} 100000000',
            "# TYPE mia_filter_budget_rejections_total counter",
            'mia_filter_budget_rejections_total{key_id="scenario-key"} 0',
            "# TYPE mia_filter_detector_statistic gauge",
            'mia_filter_detector_statistic{key_id="scenario-key"} 0.98',
            "# TYPE mia_filter_upstream_errors_total counter",
            'mia_filter_upstream_errors_total{route="/v1/predict",reason="status_500"} %d' % int(counts.get("500", 0)),
        ]
        return "\n".join(lines) + "\n"


def make_handler(kind, state, record):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def reply(self, status, body, ctype="text/plain; version=0.0.4"):
            data = body.encode()
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            if kind == "filter":
                self.reply(200, state.render())
            elif kind == "stub":
                self.reply(200, "Active connections: 2 \nserver accepts handled requests\n 17 17 42 \nReading: 0 Writing: 1 Waiting: 1 \n")
            else:
                with state.lock:
                    try:
                        with open(record, encoding="utf-8") as handle:
                            items = [json.loads(line) for line in handle if line.strip()]
                    except FileNotFoundError:
                        items = []
                self.reply(200, json.dumps(items), "application/json")

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if kind == "filter" and self.path in ("/mode/ok", "/mode/failing"):
                with state.lock:
                    state.advance()
                    state.mode = self.path.rsplit("/", 1)[1]
                self.reply(200, state.mode + "\n")
            elif kind == "sink":
                with state.lock, open(record, "a", encoding="utf-8") as handle:
                    handle.write(json.dumps(json.loads(body)) + "\n")
                self.reply(200, "recorded\n")
            else:
                self.reply(404, "not found\n")

    return Handler


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("kind", choices=["sink", "filter", "stub"])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--record", default="/var/lib/mia-webhook-sink/alerts.jsonl")
    args = parser.parse_args()
    state = FilterState()
    ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(args.kind, state, args.record)).serve_forever()


if __name__ == "__main__":
    main()
