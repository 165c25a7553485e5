# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Anonymisation operators (PRIVATE to the collection): placeholder, mask, hmac, keep."""

from __future__ import annotations

import hashlib
import hmac
import re
from abc import ABCMeta, abstractmethod

from .results import EngineConfigError


class Operator(metaclass=ABCMeta):
    name = "operator"

    def validate(self, config):
        return None

    @abstractmethod
    def operate(self, value, entity_type):
        """Return the replacement text for ``value`` of ``entity_type``."""


class PlaceholderOperator(Operator):
    name = "placeholder"

    def operate(self, value, entity_type):
        return "[" + entity_type + "]"


class MaskOperator(Operator):
    """Replace every letter/digit with ``mask_char``; keep punctuation and spacing."""

    name = "mask"

    def __init__(self, mask_char="*"):
        self.mask_char = mask_char

    def operate(self, value, entity_type):
        mc = self.mask_char
        out = "".join(mc if ch.isalnum() else ch for ch in value)
        if mc * 2 not in out:
            out = mc * max(2, len(value))
        return out


class HmacOperator(Operator):
    """Keyed pseudonym ``[TYPE:hhhhhhhhhhhh]`` - stable for one secret key, not reversible."""

    name = "hmac"

    def __init__(self, key):
        if not isinstance(key, str) or len(key) < 8:
            raise EngineConfigError("hmac_key: a string of at least 8 characters is required when an operator is hmac")
        self._key = key.encode("utf-8")

    def operate(self, value, entity_type):
        norm = "".join(value.split()).lower()
        dig = hmac.new(self._key, (entity_type + ":" + norm).encode("utf-8"), hashlib.sha256).hexdigest()
        return "[" + entity_type + ":" + dig[:12] + "]"


class KeepOperator(Operator):
    name = "keep"

    def operate(self, value, entity_type):
        return value


_BREAK_RE = re.compile(r"\r\n|\r|\n|\\r\\n|\\n|\\r")


def line_breaks(value):
    """The line breaks (real or JSON-escaped) of ``value``, concatenated.

    PEM blocks keep their line structure after the placeholder, so a streamed key can emit
    its line breaks as it is swallowed and the hold-back seen downstream stays small."""
    return "".join(_BREAK_RE.findall(value))


OPERATOR_NAMES = ("placeholder", "mask", "hmac", "keep")


def make_operator(name, mask_char="*", hmac_key=None):
    if name == "placeholder":
        return PlaceholderOperator()
    if name == "mask":
        return MaskOperator(mask_char)
    if name == "hmac":
        return HmacOperator(hmac_key)
    if name == "keep":
        return KeepOperator()
    raise EngineConfigError("operators: unknown operator %r (choose from %s)" % (name, ", ".join(OPERATOR_NAMES)))
