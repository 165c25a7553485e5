# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Documents compared side by side and forms explained: a column named for a birth document holds no birth dates, a
row labelled with the birth date holds one per document, and a form's version is no address."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted

COMPARED = ("| Field | Application | Birth certificate |\n|---|---|---|\n"
            "| Date of birth | 1980-12-12 | 12/12/1980 |\n| Registration date | — | 1980-10-06 |\n")


def test_each_document_s_birth_date_in_the_birth_date_row():
    out = redacted(COMPARED)
    assert "1980-12-12" not in out and "12/12/1980" not in out, out


def test_a_birth_document_s_column_holds_other_dates():
    assert "1980-10-06" in redacted(COMPARED)


@pytest.mark.parametrize("header", ["Place of birth", "Birth certificate", "Geburtsurkunde", "Lieu de naissance"])
def test_columns_named_for_the_birth_but_not_its_date(header):
    text = "| Name | %s | Issued |\n|---|---|---|\n| A | 1999-01-02 | 2001-03-04 |\n" % header
    assert "1999-01-02" in redacted(text), text


@pytest.mark.parametrize("header", ["Date of birth", "DOB", "Geburtsdatum", "Date de naissance", "Дата рождения"])
def test_birth_date_columns_still_read(header):
    text = "| Name | %s | Issued |\n|---|---|---|\n| A | 1999-01-02 | 2001-03-04 |\n" % header
    out = redacted(text)
    assert "1999-01-02" not in out and "2001-03-04" in out, out


@pytest.mark.parametrize("text, kept", [
    ("The form version printed in the footer is 7.21.219.23; make sure it matches.", "7.21.219.23"),
    ("En bas de page, la version du formulaire est indiquée (23.20.238.4).", "23.20.238.4"),
    ("Die Version des Formulars ist 10.2.3.4.", "10.2.3.4"),
])
def test_what_a_sentence_says_a_version_is(text, kept):
    assert kept in redacted(text)


@pytest.mark.parametrize("text, gone", [
    ("The version check failed because the host is 10.2.3.4", "10.2.3.4"),
    ("version 2 of the API is served at 10.2.3.4", "10.2.3.4"),
])
def test_an_address_in_a_sentence_about_a_version(text, gone):
    assert gone not in redacted(text)
