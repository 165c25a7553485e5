# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""mia_engine - the collection's PII detection and redaction engine.

**PRIVATE** to the mlsec.mia_defense collection: the API may change without notice and
must not be imported by other collections.  Standard library only (AnsiballZ ships it to
managed hosts; it is also copied into the output-filter service).

    from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import Engine
    Engine().redact("Mail john.doe@example.com")  ->  "Mail [EMAIL]"
"""

from __future__ import annotations

from .engine import Engine
from .recognizers import Pattern, PatternRecognizer, Recognizer
from .registry import Registry
from .results import ENTITY_TYPES, EngineConfigError, Finding
from .stream import SSERedactor, StreamRedactor, streamed_texts

__all__ = ["Engine", "EngineConfigError", "Finding", "StreamRedactor", "SSERedactor", "streamed_texts", "ENTITY_TYPES",
           "Recognizer", "PatternRecognizer", "Pattern", "Registry"]
