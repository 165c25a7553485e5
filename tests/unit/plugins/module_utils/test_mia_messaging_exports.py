# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""What chat exports and casual messages hold: a name right before its owner's data, a name before what only a person
does, the sender of a chat export's message, a version that software is updated to, an e-mail domain that is no label,
and a JSON "name" of a group; and their look-alikes."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, redacted


@pytest.mark.parametrize("text, name", [
    # a contact line: the name, a separator, the data
    ("die daten vom elektriker: Wenke Saalfeld, +49 (0)176 3391820, w.saalfeld@web.de", "Wenke Saalfeld"),
    ("Tobit Kranich / 0151 2290 4417 / tobit.kranich@posteo.de", "Tobit Kranich"),
    ("Контакт для связи — Ярополк Вешняков — 8 912 440-18-07", "Ярополк Вешняков"),
    ("Contact card: Oriel Pennant | 07700 900412 | oriel.p@outlook.com", "Oriel Pennant"),
    ("Leocadie Vasseur (06 71 22 93 40, leocadie.v@orange.fr), de la part de Paul", "Leocadie Vasseur"),
    ("für die Liste: Ilka Bröhmer, Patientennr. 734002918, geb. 3. Mai 1961", "Ilka Bröhmer"),
    ("the name + birthday for the booking: Dorin Ceapa, 11/04/1987", "Dorin Ceapa"),
    ("Hi Marit Solvang, +44 7700 900 318 is the number I have", "Marit Solvang"),
    ("Besichtigung über Maklerin Gesa Vollrath, Durchwahl 0221 4418820", "Gesa Vollrath"),
    # what only a person does
    ("Wiebke Austen ist am 4.9.1990 geboren, wer macht mit?", "Wiebke Austen"),
    ("Ortwin Pfeil bittet um Rückruf auf dem Handy", "Ortwin Pfeil"),
    ("reminder: Ysolde Marr's bday is on friday", "Ysolde Marr"),
    ("Евстолия Крутикова просила перезвонить после обеда", "Евстолия Крутикова"),
    ("Ambroise Lanvin demande qu'on le rappelle demain", "Ambroise Lanvin"),
    ("kurz: Jorinde Steeg hat bald Geburtstag", "Jorinde Steeg"),
    ("- Liesel Gotthard schrieb: ok passt", "Liesel Gotthard"),
    ("Ellery Voss's number is 772-608-6995 fyi", "Ellery Voss"),
    # the sender of a chat export's message
    ("12.02.2024, 08:15 - Radomir Kessling: bin gleich da", "Radomir Kessling"),
    ("[3/9/24, 7:02:41 PM] Linnea Brodersen: who brings the cake?", "Linnea Brodersen"),
    ("14/05/2023 21:40 - Gaspard Loiseleur: je suis en retard", "Gaspard Loiseleur"),
    ("Евлампий Сорокин · 07:57\nкто заберёт ключи?", "Евлампий Сорокин"),
    # typed in lower case before the data: a given name of the lexicon that is no common word
    ("Contact card: marcus fielding | 07437 678 921", "marcus fielding"),
    ("для списка группы: василий морозов, номер медкарты KH26931343", "василий морозов"),
    ("the name + birthday for the booking: whitney sullivan, 02/25/1991", "whitney sullivan"),
    # ... or anywhere, when the lexicons know both words (or the surname has a Russian surname's shape)
    ("reminder: elaine foster turns 40 on friday", "elaine foster"),
    ("ирина петухова просит написать ей вечером", "ирина петухова"),
    # ... or a known given name after a person cue or before what only a person does
    ("IBAN für die Urlaubskasse: NL11WWAD3180533619, kontoinhaberin maximilian brudermann", "maximilian brudermann"),
    ("12.07.23, 10:15 - Papa: chloe thomasius hat gesagt, du sollst anrufen", "chloe thomasius"),
    # the owner between a personal identifier's label and its value
    ("INN von Tjark Holmfeld: 500100732259, Pass 4509 123456", "Tjark Holmfeld"),
    ("ИНН Станимир Комаровский: 660863241098", "Станимир Комаровский"),
    ("phone of Anna Quistorp: +1 415 555 0100", "Anna Quistorp"),
    # a personal chat carries its person's name
    ('{"name": "Marek Quistorp", "type": "personal_chat", "id": 4411}', "Marek Quistorp"),
    # a lower-case name before a possessive
    ("reminder sally harris's bday is coming", "sally harris"),
])
def test_name_is_masked(text, name):
    out = redacted(text)
    assert name not in out and "[PERSON]" in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, kept", [
    ("Customer Service, +1 800 555 0199", "Customer Service"),
    ("Front Desk, +44 20 7946 0018", "Front Desk"),
    ("Annual Budget Review Team Lead, +44 20 7946 0018", "Annual Budget Review"),
    ("Besichtigung über Maklerin Gesa Vollrath, Durchwahl 0221 4418820", "Maklerin"),
    ("Hi Marit Solvang, +44 7700 900 318 is the number I have", "Hi "),
    ("Натан Рыбин | Орлов Лимитед | n.rybin@mail.ru | 8 (495) 221-33-04", "Орлов Лимитед"),   # the company column
    ("The Build Server was born in 2019 and still runs", "Build Server"),
    ("2024-03-30 00:45 Release Notes: v2 is out", "Release Notes"),
    ("Project Kickoff · 10:00\nagenda follows", "Project Kickoff"),
    ("domicilié au 3, avenue Blanchard, 73847 Saint Anouk, téléphone 02.57.03.38.73.", "Saint Anouk"),   # a town
    ("| Russischer Inlandspass | 74 20 236611 |", "Russischer Inlandspass"),   # a table's label cell
    ("The Support Team wrote: hi all", "Support Team"),
    ("Google Chrome's address bar", "Google Chrome"),
    ("Telefon von Deutsche Telekom: 0800 3301000", "Deutsche Telekom"),   # a company has a number too
    ("SSN on file: 112-40-9930", "on file"),
    ("mark down, 030 1234567", "mark down"),
    ("the christian music festival starts at noon", "christian music"),
    ("ask for maria about it", "maria about"),
    ("see the victoria station entrance", "victoria station"),                        # a given name that is also a common word
    ("the will power, +49 151 05771545", "will power"),
    ("ask the support desk, 030 1234567", "support desk"),
    # a version that software is updated to is no address
    ("update to 23.55.75.45 fixed the crash", "23.55.75.45"),
    ("после обновления до 28.57.25.145 всё работает", "28.57.25.145"),
    ("nach dem Update auf 16.28.33.234 geht's wieder", "16.28.33.234"),
    ("après la mise à jour vers 16.28.33.234 ça marche", "16.28.33.234"),
    # an e-mail domain names no label: a date on the next line is no NHS number
    ("schreibt an HLAGARDE@NHS.NET\n19.03.24, 21:46 - Papa: ok", "19.03.24"),
    # the "name" of a group, a channel or a team in a chat export
    ('{"name": "Garden Party", "type": "private_group", "id": 8135454866}', "Garden Party"),
    ('{"type": "public_channel", "name": "Book Club"}', "Book Club"),
    ('{"id": "T01", "name": "House Rules", "kind": "team"}', "House Rules"),
    # a route's stations under "from" (a person key of mail headers)
    ('{"from": "Berlin Hauptbahnhof", "to": "Hamburg Altona"}', "Berlin Hauptbahnhof"),
    ('{"from": "Gare de Lyon", "to": "Marseille"}', "Gare de Lyon"),
])
def test_look_alike_is_kept(text, kept):
    assert kept in redacted(text), ENGINE.analyze(text)


def test_an_address_after_a_connect_word_is_still_masked():
    assert "[IPV4]" in redacted("connect to 23.55.75.45 please")


@pytest.mark.parametrize("text, value, kind", [
    # a contact's card holds a phone number, not a payment card's
    ("Contact card: Aurel Weisshaupt | 598 740 3088 | aurel.w@example.org", "598 740 3088", "PHONE"),
    # a password in a chat: "c'est" links it, or two words say what it opens
    ("le mdp du wifi c'est q%7RtVb#Lm2", "q%7RtVb#Lm2", "API_KEY"),
    ("пароль от вайфая hT4%kWq9#Zp", "hT4%kWq9#Zp", "API_KEY"),
    ("Passwort fürs WLAN Kq7#mVx2pL", "Kq7#mVx2pL", "API_KEY"),
])
def test_value_is_masked(text, value, kind):
    out = redacted(text)
    assert value not in out and "[%s]" % kind in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, kept", [
    ("card: 4111 1111 1111 1112", "4111 1111 1111 1112"),           # a card cue still vetoes a phone (and Luhn fails)
    ("пароль от вайфая простой", "простой"),
    ("password for Admin1234", "Admin1234"),                         # without a connector only all three classes count
    ("the password reset link expires today", "reset link"),
])
def test_value_look_alike_is_kept(text, kept):
    assert kept in redacted(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    '{"text": [{"type": "mention_name", "text": "jacob sutton", "user_id": 77}]}',
    '{"body": "theresa sampson (plumber) - tell her i sent you"}',
    "12.02.2024, 08:15 - Radomir Kessling: bin gleich da\n12.02.2024, 08:16 - Radomir Kessling: ok",
])
@pytest.mark.parametrize("size", [1, 5, 13])
def test_streamed_output_equals_the_whole_text(text, size):
    stream = ENGINE.stream()
    out = "".join(stream.feed(text[i:i + size]) for i in range(0, len(text), size)) + stream.flush()
    assert out == redacted(text)
    assert "[PERSON]" in out
