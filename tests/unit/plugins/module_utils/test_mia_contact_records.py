# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Records without column names that hold their owner's data (a column-less INSERT, a database error's failing row, a
tuple's repr, a JSON row, tab-separated lines, logfmt lines): the name field and the birth date; a name in brackets after
its owner's data; an account event's name; and their look-alikes."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, redacted


@pytest.mark.parametrize("text, values", [
    # mysqldump's default rows: no column list, the registration time after the birth date
    ("INSERT INTO `customers` VALUES (3751,'Evi Röhrdanz','roehrdanz95@example.org','0176 300 63228','1999-05-15',"
     "'Gierschnerstr. 173a','2024-02-25 09:08:49'),(65411,'Alevtina Pakhomova','a.pakhomova@example.net','0151/99349961',"
     "'1989-12-15','Ring 45','2024-02-25 09:09:04');", ("Evi Röhrdanz", "1999-05-15", "Alevtina Pakhomova", "1989-12-15")),
    # PostgreSQL's DETAIL line: bare fields, a phone with its area code in brackets
    ("2023-07-21 11:53:33.604 UTC [53085] app@crm DETAIL:  Failing row contains (30059, Evstafiy Lytkin, "
     "elytkin@example.ru, 8 (383) 867-25-02, 1954-04-08, null).", ("Evstafiy Lytkin", "1954-04-08")),
    # a tuple's repr in a log, a Russian name with initials, a European date
    ('2024-06-11T00:52:52Z seeding ("Megan Hoover", "+1 759 924 8858", "17.02.1958")', ("Megan Hoover", "17.02.1958")),
    ("(57997,'Мухин И. Ф.','mukhin.i@example.ru','8-916-599-22-35','1969-11-24')", ("Мухин И. Ф.", "1969-11-24")),
    # a JSON row, the surname in capitals
    ('{"rows": [[78747, "BUISSON Marine", "m.buisson@example.fr", "06.97.10.18.10", "1975-03-24", "2024-10-18"]]}',
     ("BUISSON Marine", "1975-03-24")),
    # a COPY block's tab-separated rows
    ("COPY public.mandates (id, holder, email, iban) FROM stdin;\n12183\tKlavdiy Baranov\tk.baranov@example.net\t"
     "FR76 3000 6000 0112 3456 7890 189\n", ("Klavdiy Baranov",)),
    # logfmt with a personal identifier, also quoted in a JSON string
    ('2025-03-09 DEBUG record=af830a51 subject="Elmar Kitzmann" iban="DE38248166865476218960" geburtsdatum=09.08.1988',
     ("Elmar Kitzmann",)),
    ('{"line": "DEBUG record=af830a51 subject=\\"Birthe Holzapfel\\" iban=\\"DE92176495897371899396\\" x=1"}',
     ("Birthe Holzapfel",)),
    # a phone typed without separators after the e-mail of a record, also one of two fields
    ("(65117,'Peter P. Patterson','peter.p9@example.com','7017985418','1964-08-15')", ("7017985418", "1964-08-15")),
    ("Joseph Jones (jones.j@example.com, 9378611920) reports Disk Pressure", ("9378611920",)),
    # a note's fields set apart by bars
    ("CRM note 2023-10-07 21:29:43\nКвирра Вантаблек | д.р. 22.02.1982 | +74956590527 | kv@example.ru\n",
     ("Квирра Вантаблек", "22.02.1982")),
    ("Note CRM 2025-10-23T23:48:21Z\nQuorra Vantablek | né(e) le 19/07/1978 | 02.70.40.59.12 | qv@example.fr", ("Vantablek",)),
])
def test_record_person_and_birth_date_are_masked(text, values):
    out = redacted(text)
    for value in values:
        assert value not in out, (value, ENGINE.analyze(text))


@pytest.mark.parametrize("text, kept", [
    # no e-mail or phone: a product row
    ("INSERT INTO `products` VALUES (7756,'Blue Widget','1999-05-15','2024-02-25 09:08:49');", "1999-05-15"),
    ("INSERT INTO `products` VALUES (7756,'Blue Widget','1999-05-15','2024-02-25 09:08:49');", "Blue Widget"),
    # a date a few years before the row's time is a signup, not a birth
    ("(1,'Evi Roe','evi@example.org','2021-03-04','2024-02-25 09:08:49')", "2021-03-04"),
    # ... and so is one close to the latest year of the text
    ("2024-05-01 import failed: (1, Evi Roe, evi@example.org, 2019-03-04)", "2019-03-04"),
    # only the first name-shaped field is the person: the town after it is kept
    ("(1,'Evi Roe','evi@example.org','Bad Homburg')", "Bad Homburg"),
    ("(1,'Nordlicht Energie GmbH','info@example.de','0176 300 63228')", "Nordlicht Energie GmbH"),
    ("(see Appendix B, call 0176 300 63228, ask for details)", "Appendix B"),
    # a logfmt line with only an e-mail: its title-case values name services as often
    ('ts=2024-01-02T03:04:05Z level=info service="Billing Worker" user=jr@example.org msg="Payment Declined"', "Billing Worker"),
    # a mandate's date in a row with no birth-year distance to the text's dates
    ("12183\tKlavdiy Baranov\tk.baranov@example.net\t2024-06-29\n2024-07-01 export done", "2024-06-29"),
    # a markdown row, also in a JSON string, is read under its header only
    ("| Organic Chemistry | B | jr@example.org |\n", "Organic Chemistry"),
    ('{"text": "Grades:\\n| CHEM-310 | Organic Chemistry | B | jr@example.org |"}', "Organic Chemistry"),
])
def test_record_look_alike_is_kept(text, kept):
    assert kept in redacted(text), ENGINE.analyze(text)


@pytest.mark.parametrize("size", [1, 7, 64])
def test_streamed_record_equals_the_whole_text(size):
    text = ("INSERT INTO `customers` VALUES (3751,'Evi Röhrdanz','roehrdanz95@example.org','0176 300 63228','1999-05-15',"
            "'2024-02-25 09:08:49');\n")
    stream = ENGINE.stream()
    out = "".join(stream.feed(text[i:i + size]) for i in range(0, len(text), size)) + stream.flush()
    assert out == redacted(text)


@pytest.mark.parametrize("text, name", [
    # the owner in brackets after their data
    ("appointment reminder queued for patient PT-604053 (Randolf Bolander)", "Randolf Bolander"),
    ("Указан ИНН 526702301500 (Иванов Пётр)", "Иванов Пётр"),
    ("IBAN DE89 3704 0044 0532 0130 00 (Anna Plath)", "Anna Plath"),
    # an account event's name with the data that follows it
    ("charge failed for Marit Jockel <mjockel@example.de>: Bad Gateway", "Marit Jockel"),
    ("payment method saved for Agata Soloveva: 5529-6074-9676-6786", "Agata Soloveva"),
    # an initial before a particle opens the name ("A. de La Bonnin"), not a noun before a preposition
    ("Selon la source [1], A. de La Bonnin est joignable au 03 88 26 93 67.", "A. de La Bonnin"),
    # an account holder's name before what only a person's account does
    ("### SR-982735\nViktoriya Afanaseva cannot log in since 12.01.2023", "Viktoriya Afanaseva"),
    ("### INC-866200\nЮвеналий Дмитриев не может войти с 31.12.2024", "Ювеналий Дмитриев"),
    ("Evi Mangold kommt seit dem 2024-03-18 nicht ins Konto", "Evi Mangold"),
    ("Magret Putz already has an account, so the insert fails", "Magret Putz"),
])
def test_owner_is_masked(text, name):
    out = redacted(text)
    assert name not in out and "[PERSON]" in out and "[PERSON]" not in out.replace("[PERSON]", "", 1), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, kept", [
    ("card 4111 1111 1111 1111 (Visa Debit)", "Visa Debit"),
    ("phone 030 1234567 (Mo Fr)", "Mo Fr"),
    ("IBAN DE89 3704 0044 0532 0130 00 (Sparkasse Berlin)", "Sparkasse Berlin"),
    ("Указан ИНН 5267023015 (Программа Полная Защита).", "Программа Полная Защита"),
    ("Login failed for Visual Studio: 3 attempts", "Visual Studio"),
    ("The Admin Portal cannot log in users", "Admin Portal"),
    # a ten-digit number before the e-mail (an id) is no phone
    ('[1623653089, "Jane Roe", "jane@example.org"]', "1623653089"),
    ("update failed for Windows Server: 10.0.17763.1", "Windows Server"),
])
def test_owner_look_alike_is_kept(text, kept):
    assert kept in redacted(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text, name, role", [
    ("  - Gordana Hölzenbecher — Lab Technician (gordana_hoelzenbecher@wieloch.de)", "Gordana Hölzenbecher", "Lab Technician"),
    ("  - Beckmann, Jiri — Talent Acquisition Partner (jiri_beckmann@wieloch.de)", "Beckmann, Jiri", "Talent Acquisition Partner"),
    ("1. Dorota Krein - Marketing Lead (dk@example.org)", "Dorota Krein", "Marketing Lead"),
    ("Contact: Dorota Krein — Finance Business Partner (dk@example.org)", "Dorota Krein", "Finance Business Partner"),
])
def test_a_role_between_a_name_and_its_address_stays(text, name, role):
    out = redacted(text)
    assert name not in out and role in out and "[PERSON]" in out, (text, out)


def test_a_team_before_its_role_is_no_person():
    assert "[PERSON]" not in redacted("- Acme Corp — Sales Team (sales@acme.com)")
