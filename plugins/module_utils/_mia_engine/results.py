# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Result types of the PII engine (PRIVATE to the collection)."""

from __future__ import annotations

from collections import namedtuple

ENTITY_TYPES = (
    "EMAIL", "PHONE", "US_SSN", "CREDIT_CARD", "IBAN", "IPV4", "IPV6", "PERSON", "DATE_OF_BIRTH",
    "STREET_ADDRESS", "API_KEY", "RU_PASSPORT", "RU_SNILS", "RU_INN", "MEDICAL_RECORD_NUMBER",
    "UK_NHS",
)


class Finding(namedtuple("Finding", ("type", "start", "end", "score"))):
    """One detected entity: ``type``, ``start``/``end`` (code-point offsets into the ORIGINAL
    text, end-exclusive) and ``score`` in [0, 1].  Never carries the matched value."""

    __slots__ = ()

    def to_dict(self):
        return {"type": self.type, "start": self.start, "end": self.end, "score": round(self.score, 3)}


class EngineConfigError(ValueError):
    """Raised for an invalid engine configuration; the message names the offending key."""
