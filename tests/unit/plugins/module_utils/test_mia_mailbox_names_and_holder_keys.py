# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Names spelled by the e-mail address after them (accents dropped, Cyrillic transliterated, an initial joined); values
under a holder key that opens the object of their cue key ('"passport": {"seriesNumber": …}', '"birthdays": [{"text":
…}]'); German password compounds; a secret's cue with what it opens before the verb; Russian buildings with a fraction;
a year of a date before a French street; a surname in capitals after a form's label before the person's data; a
surname before the given-name label on its line; the particle "zu"; the authors of a document's comments and tracked
changes, a German lawsuit's parties, a notary's office, a meeting's organiser."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE


def _found(text, kind):
    return [text[f.start:f.end] for f in ENGINE.analyze(text) if f.type == kind]


@pytest.mark.parametrize("text, name", [
    ("Notariat Karin Trüb · karint@example.net · 069/214 724", "Karin Trüb"),
    ('Von: "Annekatrin Ring" <annekatrinr@example.de>', "Annekatrin Ring"),
    ("Prozessbevollmächtigte: RAin Horst Dąbrowski, dabrowski.horst@example.com.", "Horst Dąbrowski"),
    ("Евгения, учётная запись bekmuratov.evgeniya@example.ru создана.", "Евгения"),
    ("Феврония, учётная запись tsoy.fevronia@example.ru создана.", "Феврония"),
    ("Дмитрий Хабибуллин: dmitry.habibullin@example.ru", "Дмитрий Хабибуллин"),
    ("Welcome aboard, Jay! Your account jay_miah@example.com is ready.", "Jay"),
    ("J'ai trouvé deux contacts : Amélie d'Aubigné (amelied@example.com, 01.84.44.78.31).", "Amélie d'Aubigné"),
    ("For urgent matters contact Siobhan Morgan on (303) 892-5312 or siobhan.morgan@example.com", "Siobhan Morgan"),
    ("Ansprechpartnerin: Jörg Müller, joerg.mueller@example.de", "Jörg Müller"),
])
def test_name_spelled_by_its_mailbox(text, name):
    assert name in _found(text, "PERSON"), ENGINE.analyze(text)


@pytest.mark.parametrize("text, word", [
    # functional mailboxes, a common word, a word on another line, an unrelated mailbox
    ("Contact Support at support@example.com or Sales: sales@example.com.", "Support"),
    ("Write to Info Desk: info.desk@example.org", "Desk"),
    ("Reach the Billing team at billing@example.org", "Billing"),
    ("Marlowe\nThe report went to marlowe@example.org", "Marlowe"),
    ("Ask Brackenridge about it: reports@example.org", "Brackenridge"),
])
def test_mailbox_names_no_other_word(text, word):
    assert not any(word in v for v in _found(text, "PERSON")), ENGINE.analyze(text)


@pytest.mark.parametrize("text, kind, value", [
    ('{"inn": "679193931265","passport": {"seriesNumber":"5624 895148","issued":"08.09.2024"}}', "RU_PASSPORT", "5624 895148"),
    ('{\n  "passport": {\n    "seriesNumber": "4616 534326",\n    "issued": "22 октября 2024 г."\n  }\n}', "RU_PASSPORT",
     "4616 534326"),
    ('{\n  "birthdays": [\n    {\n      "text": "9 June 1962"\n    }\n  ]\n}', "DATE_OF_BIRTH", "9 June 1962"),
    ('{"birthDate": {"value": "1941-04-06"}}', "DATE_OF_BIRTH", "1941-04-06"),
])
def test_holder_key_reads_its_objects_key(text, kind, value):
    assert value in _found(text, kind), ENGINE.analyze(text)


@pytest.mark.parametrize("text, kind", [
    ('{"order": {"number": "5624 895148"}}', "RU_PASSPORT"),
    ('{"passport": "on file", "type": "home", "text": "5624 895148"}', "RU_PASSPORT"),
    ('{"events": [{"text": "09.11.1980"}]}', "DATE_OF_BIRTH"),
])
def test_holder_key_without_cue_object_keeps(text, kind):
    assert _found(text, kind) == [], ENGINE.analyze(text)


@pytest.mark.parametrize("text, value", [
    ("Dein Zugang: Benutzer elwira@example.de, Initialpasswort Kalender2018*. Ende.", "Kalender2018*"),
    ("Das Einmalkennwort lautet Sommer2019!x", "Sommer2019!x"),
    ("Der API-Schlüssel für die Schnittstelle lautet SK05a67967daaf906117e62838b64b12ce.", "SK05a67967daaf906117e62838b64b12ce"),
    ("The API key for the billing service is Xk29dLqP0aZ7mN3b.", "Xk29dLqP0aZ7mN3b"),
    ("Der API-Schlüssel lautet 5R08Q~vee03KsCOiWPecWDS9-VsxccNU_8x9s2T5.", "5R08Q~vee03KsCOiWPecWDS9-VsxccNU_8x9s2T5"),
])
def test_secret_cues(text, value):
    assert value in _found(text, "API_KEY"), ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    "Die Passwortrichtlinie Kalender2018* gilt ab heute.",
    "Das Kennwortfeld Abc123Def ist leer.",
    "The key for the door is in the drawer.",
])
def test_secret_cues_keep(text):
    assert _found(text, "API_KEY") == [], ENGINE.analyze(text)


@pytest.mark.parametrize("text, kind, value", [
    ("Адрес: бул. Камский, д. 262 стр. 6/4, кв.224, 305790, г. Красноуфимск", "STREET_ADDRESS",
     "бул. Камский, д. 262 стр. 6/4, кв.224"),
    ('{"property": "ш. Воронежское, д. 6 к. 4/1, кв.235, 011157, г. Энгельс"}', "STREET_ADDRESS",
     "ш. Воронежское, д. 6 к. 4/1, кв.235"),
    ("« VALLÉE Élisabeth, né le 6 décembre 2006, avenue de Gautier, 07628 Jacquot »", "DATE_OF_BIRTH", "6 décembre 2006"),
    ("Il habite 12 avenue de la Paix, 75002 Paris.", "STREET_ADDRESS", "12 avenue de la Paix"),
    ("Ihr Termin bei der Ausländerbehörde\nName: KLEMT Josip\nGeburtsdatum: 05.03.1982", "PERSON", "KLEMT Josip"),
    ("Allocataire : ROCHE Adrienne, né(e) le 04/08/1989", "PERSON", "ROCHE Adrienne"),
    ("Registered keeper: Alexandra Hall, Flat 63m", "PERSON", "Alexandra Hall"),
    ("Steuerpflichtige/r: Branka Yılmaz, Wilmsallee 7, 88691 Quedlinburg", "PERSON", "Branka Yılmaz"),
    ("Fahrzeughalter Edward zu Löwenstein, geboren 11.10.1990", "PERSON", "Edward zu Löwenstein"),
    ("Demande d'acte de naissance\nNom : Pascal   Prénom : Frédéric\n", "PERSON", "Pascal"),
    ("Nom : de La Rochefoucauld   Prénom : Amélie\n", "PERSON", "de La Rochefoucauld"),
    ('{"values": [["Mitchell, Antony","antonym@example.com","GB23 KDYZ 1812 0083 4"]]}', "PERSON", "Mitchell, Antony"),
    ('{"legalName": "Astrid Le Goff", "preferredName": "Astrid"}', "PERSON", "Astrid"),
    ("Bitte die Bankverbindung DE11272503873051303317 von Lasse Papadopoulos prüfen.", "PERSON", "Lasse Papadopoulos"),
])
def test_places_dates_and_labelled_names(text, kind, value):
    assert value in _found(text, kind), ENGINE.analyze(text)


@pytest.mark.parametrize("text, name", [
    # a document's comments and tracked changes name their authors
    ("Commentaire de Aurore Camus le 20/01/2025 : « Merci de remplacer l'IBAN »", "Aurore Camus"),
    ("Kommentar von Swantje Zänker (2026-03-18 11:20:28): Bitte prüfen", "Swantje Zänker"),
    ("Änderungsverfolgung im Mietvertrag: [Eingefügt von Gerta Drewes] Mieterin: …", "Gerta Drewes"),
    ("Comment by Jane Roe: looks fine.", "Jane Roe"),
    ("Suivi des modifications — Bail.docx : Marie Charles a inséré « … »", "Marie Charles"),
    ("Режим правок в договоре: Цой Т. В. вставил(а) «Арендатор: …»", "Цой Т. В."),
    ("2. Лукия Козлова направит документы на почту.", "Лукия Козлова"),
    # the parties of a German lawsuit, a notary's office, a meeting's organiser
    ("In dem Rechtsstreit Maike Großkopf ./. Berit Brandstätter, Az. SR-89488556, wird Termin bestimmt", "Berit Brandstätter"),
    ("Notariat Beatrice Gehringer · 0170/6215732", "Beatrice Gehringer"),
    ("Dial-in 069 9772509, organiser Antonino Bachmann.", "Antonino Bachmann"),
])
def test_authors_parties_and_organisers(text, name):
    assert name in _found(text, "PERSON"), ENGINE.analyze(text)


@pytest.mark.parametrize("text, kind", [
    ("Customer: ACME Widgets\nVendor: IBM Global\n", "PERSON"),
    ("Wir fahren zu Hause. Er ging zu Aldi und dann zu Lidl.", "PERSON"),
    ("Nom : Dossier complet   Prénom : à compléter\n", "PERSON"),
    ('{"preferredName": "dark mode", "preferred_name": "Default"}', "PERSON"),
    ("The Data Team inserted rows. Rechtsstreit Acme GmbH ./. Beta Solutions AG", "PERSON"),
])
def test_labelled_names_keep(text, kind):
    assert _found(text, kind) == [], ENGINE.analyze(text)
