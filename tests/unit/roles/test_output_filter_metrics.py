# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The filter's Prometheus exposition: histogram sums and counts."""
from __future__ import annotations

import re

from output_filter import pkg

pkg.build()
from mia_output_filter.metrics import LATENCY_BUCKETS, Metrics  # noqa: E402


def test_observations_beyond_the_last_bucket_count_in_inf_and_sum_exactly():
    metrics = Metrics("unit")
    for seconds in (0.002, LATENCY_BUCKETS[-1] + 15.0, LATENCY_BUCKETS[-1] + 20.0):
        metrics.observe("api_inference_request_duration_seconds", seconds, route="/v1/chat")
    text = metrics.render().decode()
    total = float(re.search(r"api_inference_request_duration_seconds_sum\{[^}]*\} (\S+)", text).group(1))
    assert abs(total - (0.002 + 2 * LATENCY_BUCKETS[-1] + 35.0)) < 1e-9, text
    assert re.search(r'_bucket\{[^}]*le="\+Inf"\} 3\n', text)
    assert re.search(r'_bucket\{[^}]*le="%r"\} 1\n' % LATENCY_BUCKETS[-1], text)
    assert re.search(r"api_inference_request_duration_seconds_count\{[^}]*\} 3\n", text)
