# Copyright (c) 2026, mlsec.mia_defense contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prometheus text exposition (format 0.0.4) without a client library.

Label values are bounded by construction: routes come from the config (unknown paths are
``other``), key ids from the config (every anonymous client is ``anonymous``).
"""
import bisect

LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)

HELP = {
    "api_inference_requests_total": ("counter", "Requests answered by the output filter, by route and HTTP status."),
    "api_inference_request_duration_seconds": ("histogram", "Time from request head to the last response byte."),
    "mia_filter_upstream_duration_seconds": ("histogram", "Time to the upstream response head."),
    "mia_filter_upstream_errors_total": ("counter", "Upstream failures (connect, timeout, 5xx, protocol)."),
    "mia_filter_fail_closed_total": ("counter", "Responses replaced by a 502 because filtering failed."),
    "mia_filter_redactions_total": ("counter", "Redacted entities by entity type."),
    "mia_filter_hardening_applied_total": ("counter", "Responses whose confidences were hardened, by tier and policy."),
    "mia_filter_auth_failures_total": ("counter", "Requests refused for a missing or unknown API key."),
    "mia_filter_budget_used": ("gauge", "Rows charged in the current window, per key id."),
    "mia_filter_budget_limit": ("gauge", "Budget of the current window, per key id."),
    "mia_filter_budget_rejections_total": ("counter", "Requests refused with 429 because a budget is spent."),
    "mia_filter_detector_statistic": ("gauge", "PRADA Shapiro-Wilk W of the key's query distances (low = suspicious)."),
    "mia_filter_detector_flagged": ("gauge", "1 if the extraction detector flags the key."),
    "mia_filter_detector_actions_total": ("counter", "Detector actions taken (label_only, block)."),
    "mia_filter_config_reloads_total": ("counter", "Configuration reloads by result."),
}


def _escape(value):
    return str(value).replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _labels(pairs):
    if not pairs:
        return ""
    return "{" + ",".join('%s="%s"' % (k, _escape(v)) for k, v in pairs) + "}"


class Metrics:
    def __init__(self, instance):
        self.instance = instance
        self.values = {}   # (name, labels) -> float
        self.hists = {}    # (name, labels) -> [count per bucket..., beyond the last bucket, sum, count]

    def inc(self, name, amount=1, **labels):
        key = (name, (("instance", self.instance),) + tuple(sorted(labels.items())))
        self.values[key] = self.values.get(key, 0) + amount

    def set(self, name, value, **labels):
        key = (name, (("instance", self.instance),) + tuple(sorted(labels.items())))
        self.values[key] = value

    def observe(self, name, seconds, **labels):
        key = (name, (("instance", self.instance),) + tuple(sorted(labels.items())))
        hist = self.hists.get(key)
        if hist is None:
            hist = self.hists[key] = [0] * (len(LATENCY_BUCKETS) + 3)
        hist[bisect.bisect_left(LATENCY_BUCKETS, seconds)] += 1
        hist[-2] += seconds
        hist[-1] += 1

    def render(self):
        lines = []
        names = sorted({k[0] for k in self.values} | {k[0] for k in self.hists} | {"api_inference_requests_total"})
        for name in names:
            kind, text = HELP.get(name, ("untyped", name))
            lines.append("# HELP %s %s" % (name, text))
            lines.append("# TYPE %s %s" % (name, kind))
            if kind == "histogram":
                for (n, labels), hist in sorted(self.hists.items()):
                    if n != name:
                        continue
                    running = 0
                    for bound, count in zip(LATENCY_BUCKETS, hist):
                        running += count
                        lines.append("%s_bucket%s %d" % (name, _labels(labels + (("le", repr(bound)),)), running))
                    lines.append("%s_bucket%s %d" % (name, _labels(labels + (("le", "+Inf"),)), hist[-1]))
                    lines.append("%s_sum%s %.9f" % (name, _labels(labels), hist[-2]))
                    lines.append("%s_count%s %d" % (name, _labels(labels), hist[-1]))
            else:
                for (n, labels), value in sorted(self.values.items()):
                    if n == name:
                        lines.append("%s%s %s" % (name, _labels(labels), repr(float(value)) if isinstance(value, float) else value))
        return ("\n".join(lines) + "\n").encode()
