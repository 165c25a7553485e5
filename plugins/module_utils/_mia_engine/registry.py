# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Recognizer registry (PRIVATE to the collection)."""

from __future__ import annotations

import re

from .recognizers import Pattern, PatternRecognizer, Recognizer, predefined_recognizers
from .results import ENTITY_TYPES, EngineConfigError


class Registry(object):
    """Holds recognizers; ``add`` type-checks, ``get`` filters by entity type."""

    def __init__(self, recognizers=None):
        self._recognizers = []
        for r in recognizers or ():
            self.add(r)

    @classmethod
    def predefined(cls):
        return cls(predefined_recognizers())

    def add(self, recognizer):
        if not isinstance(recognizer, Recognizer):
            raise TypeError("recognizer must be a Recognizer instance, got %r" % type(recognizer).__name__)
        recognizer.load()
        self._recognizers.append(recognizer)
        return recognizer

    def remove(self, name):
        self._recognizers = [r for r in self._recognizers if r.name != name]

    def get(self, entities=None):
        if entities is None:
            return list(self._recognizers)
        want = set(entities)
        return [r for r in self._recognizers if want.intersection(r.entities)]

    def __iter__(self):
        return iter(self._recognizers)

    def __len__(self):
        return len(self._recognizers)

    @property
    def max_reach(self):
        """Longest finding plus context any recognizer can produce (for streaming)."""
        vals = [r.max_len + r.context_len for r in self._recognizers if r.max_len < 1024]
        return max(vals) if vals else 0

    def add_from_dict(self, spec, where="custom_patterns"):
        """Build a PatternRecognizer from a YAML-shaped dict (``type: custom``)."""
        if not isinstance(spec, dict):
            raise EngineConfigError("%s: each entry must be a mapping, got %s" % (where, type(spec).__name__))
        unknown = set(spec) - {"name", "type", "regex", "score", "context", "validator", "entity"}
        if unknown:
            raise EngineConfigError("%s: unknown key(s) %s" % (where, ", ".join(sorted(unknown))))
        name = spec.get("name")
        if not isinstance(name, str) or not name:
            raise EngineConfigError("%s.name: a non-empty string is required" % where)
        etype = spec.get("type", spec.get("entity"))
        if not isinstance(etype, str) or not re.match(r"^[A-Z][A-Z0-9_]{1,39}$", etype):
            raise EngineConfigError("%s[%s].type: must be an upper-case entity name like CUSTOMER_ID" % (where, name))
        regex = spec.get("regex")
        if not isinstance(regex, str) or not regex:
            raise EngineConfigError("%s[%s].regex: a non-empty string is required" % (where, name))
        try:
            compiled = re.compile(regex)
        except re.error as exc:
            raise EngineConfigError("%s[%s].regex: invalid regular expression: %s" % (where, name, exc)) from exc
        score = spec.get("score", 0.8)
        if not isinstance(score, (int, float)) or isinstance(score, bool) or not 0 <= score <= 1:
            raise EngineConfigError("%s[%s].score: must be a number between 0 and 1" % (where, name))
        context = spec.get("context") or []
        if not isinstance(context, list) or not all(isinstance(w, str) for w in context):
            raise EngineConfigError("%s[%s].context: must be a list of strings" % (where, name))
        validator = spec.get("validator")
        from .validators import VALIDATORS
        if validator is not None and validator not in VALIDATORS:
            raise EngineConfigError("%s[%s].validator: unknown validator %r (choose from %s)"
                                    % (where, name, validator, ", ".join(sorted(VALIDATORS))))
        rec = PatternRecognizer(etype, [Pattern(name, compiled, score)], name=name, context=context,
                                validator=validator)
        return self.add(rec)


__all__ = ["Registry", "ENTITY_TYPES"]
