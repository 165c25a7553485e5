# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""vCard (RFC 2426 / 6350) person properties: N, FN, BDAY, ADR."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, redacted, types

CARDS = {
    "en": ("BEGIN:VCARD\nVERSION:3.0\nN:Ashdown;Corwin;;;\nFN:Corwin Ashdown\nTEL;TYPE=CELL:+1 415 555 0134\n"
           "ADR;TYPE=HOME:;;88 Quillfeather Lane\\, Apt. 4;Riverton\\, WY 82501;;;\nBDAY:19670312\nEND:VCARD",
           ("Ashdown", "Corwin", "88 Quillfeather Lane", "19670312")),
    "de": ("BEGIN:VCARD\nVERSION:4.0\nN:Wendeborn;Hiltrud;Maria;;\nFN:Hiltrud Maria Wendeborn\n"
           "EMAIL;TYPE=INTERNET:h.w@example.de\nADR;TYPE=HOME:;;Lindenhofweg 17;76133 Karlsruhe;;;\nBDAY:1961-08-25\nEND:VCARD",
           ("Wendeborn", "Hiltrud", "Lindenhofweg 17", "1961-08-25")),
    "fr": ("BEGIN:VCARD\nVERSION:3.0\nN:Lachaume;Bérénice;;;\nFN:Bérénice Lachaume\n"
           "ADR;TYPE=HOME:;;12\\, rue des Tanneurs;69002 Lyon;;;\nBDAY:1974-02-09\nEND:VCARD",
           ("Lachaume", "Bérénice", "rue des Tanneurs", "1974-02-09")),
    "ru": ("BEGIN:VCARD\nVERSION:3.0\nN:Вересаев;Тихон;Львович;;\nFN:Тихон Львович Вересаев\n"
           "ADR;TYPE=HOME:;;ул. Садовая\\, д. 14;г. Тверь\\, 170100;;;\nBDAY:19590630\nEND:VCARD",
           ("Вересаев", "Тихон", "Садовая", "19590630")),
}


@pytest.mark.parametrize("lang", sorted(CARDS))
def test_vcard_person_properties_are_masked(lang):
    card, secrets = CARDS[lang]
    out = redacted("Contact:\n\n" + card + "\n")
    for value in secrets:
        assert value not in out, (lang, value, out)
    assert "BEGIN:VCARD" in out and "END:VCARD" in out and out.count("[PERSON]") >= 3


def test_vcard_structured_name_alone_is_evidence():
    assert redacted("N:Ashdown;Corwin;;;\n") == "N:[PERSON];[PERSON];;;\n"


@pytest.mark.parametrize("text", [
    "N: 5\nFN: toggles the keyboard backlight\nBDAY: unknown",           # en: keyboard notes, not a card
    "Schritt N:\nFN:Taste gedrückt halten\nN:Ende",                       # de
    "Étape N: suivante\nFN:Touche de fonction\nADR;;;;\nBDAY:inconnu",    # fr
    "Шаг N:\nFN:Клавиша функции\nBDAY:не указан",                         # ru
    "BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nBDAY:--\nADR;TYPE=WORK:;;;;;;\nEND:VCARD",   # empty properties
])
def test_vcard_hard_negatives(text):
    found = [t for t in types(text) if t in ("PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS")]
    assert not found, (text, ENGINE.analyze(text))
