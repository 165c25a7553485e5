# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The optional spaCy NER backend, with a real spaCy pipeline built and saved on disk.

No statistical model can be downloaded here, so the pipeline is spaCy's own rule-based
entity_ruler: the backend loads and runs it exactly as it would en_core_web_sm.
"""
from __future__ import annotations

import sys

import pytest
import spacy

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import Engine, EngineConfigError

UNKNOWN_NAME = "Zorblax Quint"   # no lexicon, title or cue: the heuristics alone leave it
TEXT = "Yesterday %s liked the sea." % UNKNOWN_NAME


@pytest.fixture(scope="module")
def pipeline_dir(tmp_path_factory):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([
        {"label": "PERSON", "pattern": [{"LOWER": "zorblax"}, {"LOWER": "quint"}]},
        {"label": "ORG", "pattern": "Acme Corp"},
    ])
    path = tmp_path_factory.mktemp("ner") / "pipeline"
    nlp.to_disk(path)
    return str(path)


def test_heuristics_alone_miss_the_unknown_name():
    assert UNKNOWN_NAME in Engine().redact(TEXT)


def test_ner_backend_adds_person_candidates(pipeline_dir):
    engine = Engine({"ner": {"model": pipeline_dir}})
    assert engine.redact(TEXT) == "Yesterday [PERSON] liked the sea."
    # unmapped labels are ignored; built-in detectors still run next to the model
    out = engine.redact("Acme Corp: write to zorblax quint at zq@example.com")
    assert out == "Acme Corp: write to [PERSON] at [EMAIL]"


def test_label_map_and_score(pipeline_dir):
    engine = Engine({"ner": {"model": pipeline_dir, "labels": {"ORG": "PERSON"}, "score": 0.4}, "min_score": 0.5})
    assert engine.redact("Acme Corp") == "Acme Corp"
    engine = Engine({"ner": {"model": pipeline_dir, "labels": {"ORG": "PERSON"}}})
    assert engine.redact("Acme Corp") == "[PERSON]"


def test_streamed_output_matches_whole_text(pipeline_dir):
    engine = Engine({"ner": {"model": pipeline_dir}})
    text = (TEXT + " ") * 20
    stream = engine.stream()
    chunks = [text[i:i + 7] for i in range(0, len(text), 7)]
    assert "".join(stream.feed(c) for c in chunks) + stream.flush() == engine.redact(text)
    assert UNKNOWN_NAME not in engine.redact(text)


@pytest.mark.parametrize("spec,word", [
    ("en_core_web_sm", "ner"),
    ({"backend": "flair", "model": "x"}, "ner.backend"),
    ({"model": ""}, "ner.model"),
    ({"model": "x", "labels": {"PER": "NAME"}}, "ner.labels"),
    ({"model": "x", "score": 3}, "ner.score"),
    ({"model": "x", "max_len": 4096}, "ner.max_len"),
    ({"model": "x", "device": "gpu"}, "device"),
    ({"model": "/nonexistent/pipeline"}, "cannot load"),
])
def test_bad_ner_config_is_a_clear_error(spec, word):
    with pytest.raises(EngineConfigError) as err:
        Engine({"ner": spec})
    assert word in str(err.value)


def test_missing_spacy_names_the_fix(monkeypatch, pipeline_dir):
    monkeypatch.setitem(sys.modules, "spacy", None)  # import spacy now raises ImportError
    with pytest.raises(EngineConfigError) as err:
        Engine({"ner": {"model": pipeline_dir}})
    assert "pip install spacy" in str(err.value)


def test_pipeline_without_entities_is_refused(tmp_path):
    path = tmp_path / "blank"
    spacy.blank("en").to_disk(path)
    with pytest.raises(EngineConfigError) as err:
        Engine({"ner": {"model": str(path)}})
    assert "no 'ner'" in str(err.value)
