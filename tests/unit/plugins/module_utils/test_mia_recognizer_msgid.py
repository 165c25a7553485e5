# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""RFC 5322 msg-ids look like addresses but name messages: kept; mailboxes in other headers are masked."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted


@pytest.mark.parametrize("header", [
    "Message-ID: <54c56eda-0f83-4200-b182-dd86627359eb@mail.example.com>",
    "Message-Id:<CAFabc123XYZ.q7@mail.gmail.com>",
    "In-Reply-To: <20240102.1234@mx.example.org>",
    "References: <b7e3@lists.example.net>",
    "Content-ID: <image001.png@01D9A2B3.C4D5E6F0>",
])
def test_msg_id_is_kept(header):
    text = "From: x\n%s\nSubject: Bericht / rapport / отчёт\n" % header
    assert redacted(text) == text


@pytest.mark.parametrize("text, value", [
    ("Reply-To: <ann.lee@example.org>", "ann.lee@example.org"),
    ("From: Ann Lee <ann.lee@example.org>", "ann.lee@example.org"),
    ("Antwort an: <k.vogt@example.de>", "k.vogt@example.de"),
    ("Répondre à : <l.roux@example.fr>", "l.roux@example.fr"),
    ("Ответ: <ivanov@example.ru>", "ivanov@example.ru"),
    ("Message-ID notes: write to <ops.lead@example.com> today", "ops.lead@example.com"),
])
def test_mailboxes_in_other_headers_are_masked(text, value):
    assert value not in redacted(text)
