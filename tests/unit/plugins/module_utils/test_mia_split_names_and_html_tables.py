# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Names split over two fields (CSV "first,last" / "Имя;Фамилия" columns, repr keyword arguments, {first: …, last: …}),
HTML tables read by their header row, names spelled out letter by letter with two spaces between the words, and digit
runs that stop at the gap between two columns of a table aligned with spaces; and their look-alikes."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, redacted

CSV_EN = "first,last,email,phone\nJohnny,Mendez,jm67@gmail.com,+1 (232) 475-7060\nPaul,Hancock,hp@yahoo.com,+1 315 363 4279\n"
CSV_RU = "Имя;Фамилия;Адрес эл. почты\nАндрей;Зайцев;azaytsev@rambler.ru\nГерман;Максимов;gm78@rambler.ru\n"
HTML = """<table>
  <thead><tr><th>Student</th><th>Date of birth</th><th>Guardian phone</th><th>Guardian e-mail</th></tr></thead>
  <tbody>
    <tr><td>M. Kemp</td><td>4/20/1977</td><td>+13384364038</td><td><a href="mailto:ag@x.com">ag@x.com</a></td></tr>
    <tr><td>Griffith, Melinda</td><td>12/10/1973</td><td>+1 (207) 878-7849</td><td>m@x.com</td></tr>
  </tbody>
</table>"""
HTML_RU = ("<table><tr><th>Ученик</th><th>Дата рождения</th></tr>\n"
           "<tr><td>Сафонова П. В.</td><td>2005-09-18</td></tr>\n<tr><td>Зиновьева Клавдия</td><td>23 октября 1953</td></tr></table>")
PANDAS = """       id         kunde                  email              telefon          geb_datum
0   83090    A. Scheibe    ayse.scheibe@web.de       +49 89 2748736      26. März 1992
6   51966  Fabienne Hein     fhein@t-online.de        +49 89 833368  2. September 1964
"""


@pytest.mark.parametrize("text, name", [
    (CSV_EN, "Johnny"), (CSV_EN, "Mendez"), (CSV_EN, "Hancock"),
    (CSV_RU, "Андрей"), (CSV_RU, "Зайцев"), (CSV_RU, "Максимов"),
    ("Contact(first='Elliot', last='Jackson', mail='ej@sky.com')", "Elliot"),
    ("Contact(first='Elliot', last='Jackson', mail='ej@sky.com')", "Jackson"),
    ("Contact(first_name='Dörte', last_name='Karz')", "Dörte"),
    ("Contact(first_name='Dörte', last_name='Karz')", "Karz"),
    ("{'name': 'B. Ramos', 'first': 'Paul', 'last': 'Hancock'}", "Hancock"),
    ('{first: "Ada", last: "Lovelace"}', "Lovelace"),
    ('{"given": "Ines", "family": "Ortmann"}', "Ortmann"),
    (HTML, "M. Kemp"), (HTML, "Griffith, Melinda"),
    (HTML_RU, "Сафонова П. В."), (HTML_RU, "Зиновьева Клавдия"),
    ("Name on the account: J o h n  D o e.", "J o h n  D o e"),
    ("| H e i n z - O t t o  R e i n h a r d t |", "H e i n z - O t t o  R e i n h a r d t"),
    # a name part's label inside a JSON string: an OCR line, an escaped line of a note
    ('{"text": "Поле 1 — Фамилия: Громова", "conf": 0.92}', "Громова"),
    ('{"text": "Case 2 — Prénom(s) : François", "conf": 0.67}', "François"),
    ('{"note": "Фамилия: Громова\\nИмя: Тамара"}', "Тамара"),
])
def test_name_is_masked(text, name):
    out = redacted(text)
    assert name not in out and "[PERSON]" in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, value", [
    (HTML, "4/20/1977"), (HTML, "12/10/1973"),
    (HTML_RU, "2005-09-18"), (HTML_RU, "23 октября 1953"),
    (PANDAS, "26. März 1992"), (PANDAS, "2. September 1964"),
])
def test_birth_date_is_masked(text, value):
    out = redacted(text)
    assert value not in out and "[DATE_OF_BIRTH]" in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, number", [
    ("Die Nummer lautet\n0 0 4 9  1 6 0  5 4 3 0 3 7 0 0\n", "0 0 4 9  1 6 0  5 4 3 0 3 7 0 0"),
    ("Callback number is ( 6 1 7 )  9 4 8 - 5 6 0 2.", "( 6 1 7 )  9 4 8 - 5 6 0 2"),
    ("Tel +49 89 2748736  +49 170 2754742", "+49 170 2754742"),
])
def test_phone_is_masked(text, number):
    out = redacted(text)
    assert number not in out and "[PHONE]" in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text", [
    PANDAS, "Tel +49 89 2748736      26. März 1992", "Tel: +1 415 555 0134   12 items",
])
def test_phone_stops_at_a_column_gap(text):
    """The phone ends where two or more spaces part it from the next column: the number after the gap stays."""
    spans = [text[f.start:f.end] for f in ENGINE.analyze(text) if f.type == "PHONE"]
    assert spans and all("  " not in s for s in spans), spans


@pytest.mark.parametrize("text, kept", [
    ("first,second,email\nJohnny,Mendez,j@x.com\n", "Johnny"),         # no surname column
    ('{"first": "2023-01-01", "last": "Done"}', "Done"),                  # the first value is no name
    ("<table><tr><th>Order</th><th>Shipped</th></tr><tr><td>A-1</td><td>4/20/2023</td></tr></table>", "4/20/2023"),
    ("<table><tr><th>Product</th><th>Owner team</th></tr><tr><td>Blue Star</td><td>Platform</td></tr></table>", "Blue Star"),
    ("row 1  2  3  4  5  6  7 8", "1  2  3  4  5  6  7"),                  # single digits in columns
])
def test_look_alike_is_kept(text, kept):
    assert kept in redacted(text), ENGINE.analyze(text)


def test_streamed_html_rows_far_below_the_header_row_are_read_under_it():
    row = "    <tr><td>Ann Marlow</td><td>19%02d-0%d-1%d</td><td>2024-01-0%d</td></tr>\n"
    rows = "".join(row % (40 + k, 1 + k % 9, k % 10, 1 + k % 9) for k in range(30))
    text = "<table>\n  <thead><tr><th>Student</th><th>Date of birth</th><th>Enrolled</th></tr></thead>\n  <tbody>\n" + rows \
        + "  </tbody>\n</table>\n<p>Next: 1990-01-01</p>\n"
    stream = ENGINE.stream()
    out = "".join(stream.feed(text[i:i + 7]) for i in range(0, len(text), 7)) + stream.flush()
    assert out == redacted(text)
    assert out.count("[DATE_OF_BIRTH]") == 30 and "2024-01-01" in out and "1990-01-01" in out, out


def test_html_header_ends_with_its_table():
    text = HTML + "\n<table><tr><td>Order 7</td><td>4/20/2023</td></tr></table>"
    out = redacted(text)
    assert "4/20/2023" in out and "4/20/1977" not in out, ENGINE.analyze(text)


@pytest.mark.parametrize("text, value", [
    ("[08:01] Фармацевт: Назовите дату рождения?\n[08:02] Пациент: 1955-03-16. Меня зовут Ф. И. Александров.", "1955-03-16"),
    ("[10:02] Apotheker: Nennen Sie mir bitte Ihr Geburtsdatum?\n[10:02] Patientin: Gern, 26. Mai 2001.", "26. Mai 2001"),
    ("[00:01:14] Оператор: дата рождения\n[00:01:16] Клиент: 16 октября 1973\n", "16 октября 1973"),
    ("Geburtsdatum\n12.03.1980\n", "12.03.1980"),
    ("Could you confirm your date of birth?\nCALLER> That'd be 24 Feb 1940.", "24 Feb 1940"),
])
def test_birth_date_answering_a_prompt_is_masked(text, value):
    out = redacted(text)
    assert value not in out and "[DATE_OF_BIRTH]" in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, kept", [
    ("Geburtsdatum wird geprüft\nTermin: 12.03.2024\n", "12.03.2024"),               # the cue goes on: no prompt
    ("[10:02] Agent: Ihr Geburtsdatum?\n[10:03] Kundin: Moment.\n[10:04] Agent: Termin am 26. Mai 2021.", "26. Mai 2021"),
    ("Geburtsdatum\nTermin: 12.03.2024\n", "12.03.2024"),                             # a label alone: the next line's own label
])
def test_date_after_a_prompt_answered_otherwise_is_kept(text, kept):
    assert kept in redacted(text), ENGINE.analyze(text)
