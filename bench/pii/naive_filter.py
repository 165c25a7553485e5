"""The naive 3-regex filter the issue's speed target refers to: the seed's filter_sensitive_output.py.

Its three patterns (SSN, e-mail, "Capitalised Capitalised" names) as given in the project's
source notes, applied in the same order. A baseline only: ``score.py --py
bench/pii/naive_filter.py:NaiveFilter`` and ``cpu_bench.py --baseline`` measure it in the same
run as the engine, so the speed comparison does not depend on the machine's load at another time.
"""
import re

PATTERNS = (
    ("SSN", re.compile(r"\b\d{3}-\d{2}-\d{4}\b")),
    ("EMAIL", re.compile(r"\b[\w\.-]+@[\w\.-]+\.\w+\b")),
    ("NAME", re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")),
)


class NaiveFilter(object):
    placeholder_regex = r"\[REDACTED_(?:SSN|EMAIL|NAME)\]"
    info = {"engine": "naive 3-regex filter (seed)"}

    def redact(self, text):
        for key, pattern in PATTERNS:
            text = pattern.sub("[REDACTED_%s]" % key, text)
        return text
