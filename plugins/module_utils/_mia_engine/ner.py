# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Optional NER backend (PRIVATE to the collection).

Off by default: the engine's PERSON / STREET_ADDRESS heuristics need no model.  With
``ner: {model: ...}`` in the engine config, a spaCy pipeline that is already installed on the
host (a package name such as ``en_core_web_sm`` or a directory written by ``nlp.to_disk``)
adds its entities as candidates; they compete with every other detector in the engine's
overlap resolution.  spaCy is imported only then, so the engine stays standard-library-only
for everybody else.  Nothing is ever downloaded.
"""

from __future__ import annotations

import importlib

from .recognizers import Recognizer
from .results import ENTITY_TYPES, EngineConfigError

NER_KEYS = ("backend", "model", "labels", "score", "max_len")
# spaCy's OntoNotes (en) and WikiNER (de/fr/ru ...) person labels
DEFAULT_LABELS = {"PERSON": "PERSON", "PER": "PERSON"}


def _spacy():
    try:
        return importlib.import_module("spacy")
    except ImportError as exc:
        raise EngineConfigError(
            "ner: the spacy backend needs the spacy package on this host (pip install spacy, then install a pipeline "
            "such as en_core_web_sm); remove 'ner' to use the built-in heuristics only (%s)" % exc) from exc


class SpacyNerRecognizer(Recognizer):
    """Entities of a spaCy pipeline, mapped to engine types through ``labels``."""

    name = "ner_spacy"
    context_len = 64

    def __init__(self, model, labels=None, score=0.85, max_len=128):
        self.model = model
        self.labels = dict(labels or DEFAULT_LABELS)
        self.entities = tuple(sorted(set(self.labels.values())))
        self.score = float(score)
        self.max_len = max_len
        self.nlp = None

    def load(self):
        spacy = _spacy()
        try:
            # only the components that produce entities: tagger/parser/lemmatizer cost time for nothing
            self.nlp = spacy.load(self.model, exclude=["tagger", "parser", "lemmatizer", "attribute_ruler", "senter"])
        except (OSError, IOError, ValueError) as exc:
            raise EngineConfigError("ner.model: cannot load spaCy pipeline %r: %s" % (self.model, exc)) from exc
        if not self.nlp.has_pipe("ner") and not self.nlp.has_pipe("entity_ruler"):
            raise EngineConfigError("ner.model: spaCy pipeline %r has no 'ner' or 'entity_ruler' component" % (self.model,))

    def analyze(self, doc, out):
        labels = self.labels
        for ent in self.nlp(doc.text).ents:
            etype = labels.get(ent.label_)
            # a long span is a misparse of a paragraph, and would break the streaming bound
            if etype is not None and 0 < ent.end_char - ent.start_char <= self.max_len:
                out.append((ent.start_char, ent.end_char, etype, self.score))

    def to_dict(self):
        return {"name": self.name, "entities": list(self.entities), "type": "ner", "model": self.model}


def ner_recognizer(spec):
    """Validate the engine's ``ner`` option and build its recognizer (``None``: off)."""
    if spec is None:
        return None
    if not isinstance(spec, dict):
        raise EngineConfigError("ner: must be a mapping such as {backend: spacy, model: en_core_web_sm}")
    unknown = sorted(set(spec) - set(NER_KEYS))
    if unknown:
        raise EngineConfigError("ner: unknown key(s) %s (valid: %s)" % (", ".join(unknown), ", ".join(NER_KEYS)))
    backend = spec.get("backend", "spacy")
    if backend != "spacy":
        raise EngineConfigError("ner.backend: unsupported backend %r (supported: spacy)" % (backend,))
    model = spec.get("model")
    if not isinstance(model, str) or not model:
        raise EngineConfigError("ner.model: a spaCy pipeline name or directory is required")
    labels = spec.get("labels", DEFAULT_LABELS)
    if not isinstance(labels, dict) or not labels or not all(isinstance(k, str) and v in ENTITY_TYPES for k, v in labels.items()):
        raise EngineConfigError("ner.labels: must map spaCy labels to engine types (%s)" % ", ".join(ENTITY_TYPES))
    score = spec.get("score", 0.85)
    if not isinstance(score, (int, float)) or isinstance(score, bool) or not 0 <= score <= 1:
        raise EngineConfigError("ner.score: must be a number between 0 and 1")
    max_len = spec.get("max_len", 128)
    if not isinstance(max_len, int) or isinstance(max_len, bool) or not 8 <= max_len <= 256:
        raise EngineConfigError("ner.max_len: must be an integer between 8 and 256")
    return SpacyNerRecognizer(model, labels, score, max_len)
