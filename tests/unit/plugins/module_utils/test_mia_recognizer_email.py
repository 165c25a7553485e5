# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted, types


@pytest.mark.parametrize("text", [
    "write to jane.roe@example.org today",
    "Kontakt: max_mustermann+news@mail.example.de.",
    "адрес: ivan.petrov@yandex.ru",
    '{"email": "a.b-c@sub.domain.co.uk"}',
])
def test_email_positive(text):
    assert "EMAIL" in types(text)
    assert "@" not in redacted(text).replace("[EMAIL]", "")


@pytest.mark.parametrize("text", [
    "install lodash@4.17.21 and @angular/core@17.3.0",
    "use the @media rule and the @param tag",
    "ping me @ noon",
    "user@localhost has no domain",
])
def test_email_hard_negatives(text):
    assert "EMAIL" not in types(text)


@pytest.mark.parametrize("text, kept", [
    ("2024-05-01 INFO login user=p.ortega@mail.example.com ok", "user="),
    ("audit: action=reset email=k.lindqvist@corp.example.se by admin", "email="),
    ("kv: owner=ops-team@example.io;", "owner="),
])
def test_email_key_value_key_kept(text, kept):
    out = redacted(text)
    assert kept in out and "@" not in out.replace("[EMAIL]", "")


@pytest.mark.parametrize("text", [
    "email: marta.kowalski@example.pl",
    "Please forward the contract to bernd.holm@firma.example.de before Friday.",
])
def test_email_after_label_and_in_sentence(text):
    assert "@" not in redacted(text).replace("[EMAIL]", "")


def test_email_srs_masked_from_last_equals():
    out = redacted("Return-Path: <SRS0=x7Qa=LM=shop.example.com=orders@relay.example.net>")
    assert "orders" not in out and "relay.example.net" not in out
