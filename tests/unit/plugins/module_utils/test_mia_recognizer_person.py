# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
from __future__ import annotations

import random

import pytest

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import recognizers
from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, found, redacted, types


@pytest.mark.parametrize("text", [
    "Patient John Doe was admitted.",
    "Our records show Jennifer Walsh as owner.",
    "Der Kunde Klaus-Dieter Schneider hat angerufen.",
    "Herr Müller kommt morgen.",
    "Le dossier de Mme Dubois est complet.",
    "contact: Martin, Sophie",
    "Сотрудник Иванов Пётр Сергеевич уволен.",
    "контактное лицо Анна Смирнова",
    "господин Кузнецов прибыл",
    "signed by Robert K. Fischer",
    '{"full_name": "Olga Petrova"}',
])
def test_person_positive(text):
    assert "PERSON" in types(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text", [
    "## Action Items for the Blue Team",
    "Hello World from Machine Learning Ops",
    "See the Release Notes and Unit Tests.",
    "Visit New York in May.",
    "Die Deutsche Bahn fährt.",
])
def test_person_hard_negatives(text):
    assert "PERSON" not in types(text), (text, ENGINE.analyze(text))


def test_person_from_table_name_column():
    text = ("name,email,city\n\"Quirina Vantablack\",q@example.com,\"Ulm\"\n"
            "\"Ostrowski, Ferdinand\",f@example.com,\"Bonn\"\n")
    out = redacted(text)
    assert "Quirina" not in out and "Ostrowski" not in out and '"Ulm"' in out


def _run_token(rnd):
    r = rnd.random()
    if r < 0.1:
        return rnd.choice(recognizers._PARTICLES)
    if r < 0.2:
        return rnd.choice("ABÄЖ") + "."
    if r < 0.3:
        return "x" * rnd.randint(1, 4)
    if r < 0.4:
        # a surname in capitals ("LARRIEU Anaïs"), or an acronym
        return rnd.choice("ABÄЖ") + "B" * rnd.choice((1, 2, 5, 29, 30)) + rnd.choice(("", "", "-CC"))
    word = rnd.choice("ABÄЖ") + "b" * rnd.choice((1, 2, 5, 29, 30, 31, 40))
    if rnd.random() < 0.4:
        word += rnd.choice(("", "-", "'", "\u2019")) + rnd.choice("CD") + "c" * rnd.choice((1, 3, 30, 31))
    return word


def test_capseq_equals_plain_scan():
    # Doc.capseq probes near anchors in long texts; it must find exactly what finditer finds
    rnd = random.Random(11)
    # the farthest first anchor: a 63-char first token and the longest particle
    texts = ["x" * 600 + " A" + "b" * 30 + "-C" + "c" * 30 + " von der Xy zz"]
    for trial in range(300):
        parts = []
        while sum(map(len, parts)) < 600:
            parts.append(_run_token(rnd))
            parts.append(rnd.choice((" ", " ", ", ", " , ", ",", "  ", "\n", ". ", "-", ": ")))
        texts.append("".join(parts))
    for text in texts:
        plain = [(m.start(), m.group(0)) for m in recognizers._PERSON_SEQ_RE.finditer(text)]
        assert [(m.start(), m.group(0)) for m in recognizers.Doc(text).capseq()] == plain, text


def _stop_reference(t):
    # the per-token test _seq made before the memo
    low = t.lower().rstrip(".")
    kind = recognizers._CUE_KIND.get(low)
    if t in recognizers._NON_NAME or (kind is not None and (len(t) <= 9 or low in recognizers._PERSON_CUES)):
        return (kind,)
    return False


def test_token_stop_memo_matches_reference(monkeypatch):
    words = sorted(recognizers._CUE_KIND) + sorted(recognizers._NON_NAME)[:200] + ["Anna", "Smith", "X.", "Mr.", "Dr"]
    tokens = set()
    for w in words:
        for form in (w, w.capitalize(), w.upper(), w + ".", w.capitalize() + "."):
            tokens.add(form)
    for t in sorted(tokens):
        assert recognizers._token_stop(t) == _stop_reference(t), t
    # a full memo starts over and still answers the same
    monkeypatch.setattr(recognizers, "_TOKEN_STOP_MAX", 8)
    recognizers._TOKEN_STOP.clear()
    text = "Dear Mr. Anna Smith, Herr Dr. Klaus Meyer and Prof. X. Y. Doe met Frau Olga Petrova. " * 3
    rec = recognizers.PersonRecognizer()
    cold = []
    rec.analyze(recognizers.Doc(text), cold)
    assert len(recognizers._TOKEN_STOP) <= 8
    warm = []
    rec.analyze(recognizers.Doc(text), warm)
    assert cold == warm and cold


@pytest.mark.parametrize("text,value", [
    ('{"firstname": "Jannik", "lastname": "Tiedemann"}', ["Jannik", "Tiedemann"]),
    ('{"name": [{"family": "Sommerfeld", "given": ["Wiebke"]}]}', ["Sommerfeld", "Wiebke"]),
    ('{\n  "first_name": "Dörte",\n  "surname": "McAllister"\n}', ["Dörte", "McAllister"]),
    ("Vorname: Jannik\nNachname: Tiedemann\n", ["Jannik", "Tiedemann"]),
    ('{"name": {"first": "Malte", "last": "Hinrichsen"}, "id": 7}', ["Malte", "Hinrichsen"]),
    ('{"patient": {"name": [{"use": "official",\n  "family": "Oakes", "given": ["Niamh", "Aoife"]}]}}', ["Oakes", "Niamh", "Aoife"]),
    ('{\\"lastName\\":\\"Oakes\\"}', ["Oakes"]),
])
def test_person_name_part_keys(text, value):
    """A first-name / surname field holds a name even when no lexicon knows the word."""
    fs = [f for f in ENGINE.analyze(text) if f.type == "PERSON"]
    assert [text[f.start:f.end] for f in fs] == value, ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    '{"name": "Release", "font-family": "Arial", "family": "sans-serif"}',
    '{"given": "yes", "lastname": null}',
    "surname: Unknown\n",
    "the given Value is fine",
])
def test_person_name_part_keys_negative(text):
    assert "PERSON" not in types(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text,value", [
    ("| Field | Value |\n|---|---|\n| Name | Lakisha Dunwoody |\n| Card | x |", "Lakisha Dunwoody"),
    ("Caller: H. Goodfellow\n", "H. Goodfellow"),
    ("Rappeler S. Picard au 01 60 58 24 28", "S. Picard"),
    ("Cordialement,\nT. Marchandeau", "T. Marchandeau"),
    ("Livraison chez G. Roux demain", "G. Roux"),
    ('{"clinician": "J. Tiedemann"}', "J. Tiedemann"),
    ("С уважением,\nЛыков Т.", "Лыков Т."),
])
def test_person_cues_and_markdown_rows(text, value):
    fs = [f for f in ENGINE.analyze(text) if f.type == "PERSON"]
    assert [text[f.start:f.end] for f in fs] == [value], ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    "NOTE, Please check the USA, Canada border",
    "| Name | Value |\n|---|---|\n| Build | Release Candidate |",
    "WARNING, Disk Full on node 3",
])
def test_person_cue_negative(text):
    assert "PERSON" not in types(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    "the job took 5481505 ms. See Annual Leave Request for details",
    "after 12 m. Further Reading is below",
])
def test_unit_after_number_is_no_title(text):
    assert "PERSON" not in types(text), ENGINE.analyze(text)


def test_title_ms_still_a_title():
    assert "PERSON" in types("Please call Ms. Dana Whitlock tomorrow.")


@pytest.mark.parametrize("text,value", [
    ("Replying to Niamh Oakes (n.oakes@example.org): your parcel", "Niamh Oakes"),
    ("From: Zorblax Quint <zq@example.org>", "Zorblax Quint"),
])
def test_person_display_name_before_address(text, value):
    fs = [f for f in ENGINE.analyze(text) if f.type == "PERSON"]
    assert [text[f.start:f.end] for f in fs] == [value], ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    "See Release Notes (notes@example.org) for more",
    "Write to Customer Success Team <cs@example.org>",
])
def test_person_display_name_negative(text):
    assert "PERSON" not in types(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    "Quick recap of the call with Winona Abernathy: she asked for a refund.",
    "Ein Gespräch mit Silke Wunderlich ist geplant.",
    "Kunde: Guten Tag, hier ist Till Tiedemann, Sie erreichen mich unter der Nummer.",
    "Client : Bonjour, je suis Ludivine Ndiaye. Ma carte a été débitée.",
    "Please reach out to Tarquin Nkemelu tomorrow.",
    "Contact d'urgence : Tarquin Nkemelu",
    "le compte au nom de Gwenaëlle Duchêne.",
    "Viele Grüße\nGesine Hüttenrauch\n",
    "Aufnahmebericht: Lutz Großkreutz, geb. 28.9.1951",
    "Clinical summary: Pt Thaddeus McCorkle, MRN 993254",
    "I pulled the employee file: Niamh Quigley (NI number withheld)",
    '"director": "Вяземский Гордей Никитич",',
])
def test_person_cue_phrases(text):
    assert "PERSON" in types(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text", [
    "Quick recap of the call with Product Management: fine.",
    "We had a meeting with Annual Leave Request owners.",
    "I spoke to Customer Success Team today.",
    "Let's talk to Visual Studio Code users.",
    "Kunde: Guten Tag, wie geht es?",
    "Customer: Good Morning, this is fine.",
    "Hier ist Release Notes.",
])
def test_person_cue_phrases_negatives(text):
    assert "PERSON" not in types(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text", [
    "Bonjour Corentin Le Guennec,\nvotre mot de passe",
    "• Nom : Maëlys Le Guennec\n• Date de naissance",
    "Herr/Frau Schwarzkopf (Vorname Hannelore), wohnhaft",
])
def test_person_particles_and_field_words(text):
    assert "PERSON" in types(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text", [
    "Release Notes De La Version 3",
    "Rapport Annuel De La Société",
    "Voir Le Monde Diplomatique",
])
def test_person_particles_negatives(text):
    assert "PERSON" not in types(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, value", [
    ('{"patient": {"nom": "Kerbrat", "prenom": "Anaïs", "age": 3}}', "Kerbrat"),
    ('{"patient": {"nom": "Kerbrat", "prenom": "Anaïs", "age": 3}}', "Anaïs"),
    ('{\n  "patient": {\n    "nom": "Le Guennec",\n    "prénom": "Solène"\n  }\n}', "Solène"),
    ("Nom;Prénom;Courriel\nLarrieu;Maëlys;m@example.fr\nKerbrat;Anaïs;a@example.fr\n", "Larrieu"),
    ("Nom;Prénom;Courriel\nLarrieu;Maëlys;m@example.fr\nKerbrat;Anaïs;a@example.fr\n", "Anaïs"),
    ("first_name,last_name,email\nSolène,Vasseur,a@example.fr\nAnaïs,Kerbrat,c@example.fr\n", "Vasseur"),
])
def test_person_name_part_fields(text, value):
    assert value not in redacted(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, value", [
    ('{"id": 4, "prenom_requis": true, "statut": "Actif"}', "Actif"),
    ("Nom;Version;Statut\nServeur;1.2;OK\nBase;2.0;KO\n", "Serveur"),
])
def test_person_name_part_fields_negatives(text, value):
    assert value in redacted(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text", [
    "Colis pour Quimper — destinataire LARRIEU Anaïs, joignable au téléphone.",
    "destinataire CHEVALIER-MOREAU Marc-Antoine, joignable",
    "Reviewer: ASHCOMBE, Fiona",
    "С уважением, ДОБРОЛЮБОВА Анна",
    "Kontaktperson: KAHLBAUM, Dörte – E-Mail folgt",
])
def test_person_surname_in_capitals(text):
    assert "PERSON" in types(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text", [
    "README Julia",
    "WARNING Thomas",
    "Customer: ACME Corp",
    "Kunde: ACME Logistics GmbH",
    "The API Anna wrote returns JSON",
    "xLARRIEU Anaïs",
    "Customer: ACME Widgets",
    "See also: HTTP, Status",
])
def test_person_surname_in_capitals_negatives(text):
    assert "PERSON" not in types(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, value", [
    ("INSERT INTO customers (full_name, email) VALUES ('Tarquin Nkemelu', 'tn@example.com');", "Nkemelu"),
    ("INSERT INTO users (id, first_name, last_name) VALUES (1, 'Anaïs', 'Le Guennec'), (2, 'Tom', 'Quigley');", "Quigley"),
])
def test_person_sql_values(text, value):
    assert value not in redacted(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, value", [
    ("INSERT INTO products (name, sku) VALUES ('Blue Lamp', 'X1');", "Blue Lamp"),
    ("INSERT INTO orders (id, status) VALUES (1, 'Open');", "Open"),
    ("The values (a, b) are fine.", "values"),
])
def test_person_sql_values_negatives(text, value):
    assert value in redacted(text), (text, ENGINE.analyze(text))


def test_person_speaker_label_role_in_brackets():
    assert "PERSON" in types("[10:02] Agent (Rufus Oyelaran): Thanks for holding!")
    assert "PERSON" not in types("The user agent (Mozilla Firefox) is old.")


@pytest.mark.parametrize("text, value", [
    ("**Attendees:** Jennifer Walsh, Thomas Becker", "Jennifer Walsh"),
    ("Teilnehmende: Klaus Weber, Anna Fischer", "Anna Fischer"),
    ("Laut Stefan Braun ist der Server wieder online.", "Stefan Braun"),
    ("Selon Marie Dubois, le serveur fonctionne.", "Marie Dubois"),
    ("Adjuster: Robert Hughes, reachable on the claims line.", "Robert Hughes"),
    ("Participants: Laura Chen and Peter Novak", "Peter Novak"),
    ("Участники: Анна Смирнова, Олег Петров", "Олег Петров"),
    ("Booking confirmed for Pierre Prud'hon, departure 3 June.", "Prud'hon"),
    ('{"resourceType": "Patient", "name": [{"text": "John Doe"}]}', "John Doe"),
])
def test_person_roster_cues_apostrophe_fhir_text(text, value):
    assert value not in redacted(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, value", [
    ("**Attendees:** Product Management, Customer Success", "Product Management"),
    ("Participants: Annual Leave Request owners", "Annual Leave Request"),
    ("Laut Deutsche Bahn ist der Zug pünktlich.", "Deutsche Bahn"),
    ("They're meeting at Kings Cross; We'll see Harriet's deck.", "We'll"),
    ("Aujourd'hui Product Management présente la roadmap.", "Product Management"),
    ('{"product": {"name": {"text": "Premium Support Plan", "lang": "en"}}}', "Premium Support Plan"),
])
def test_person_roster_cues_apostrophe_fhir_text_negatives(text, value):
    assert value in redacted(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, value", [
    ("Please find the IBAN below.\n\nBest,\nMartin Keller\n+49 30 1234567", "Martin Keller"),
    ("Merci,\nClaire Durand", "Claire Durand"),
    ("Re: Laura Chen, date of birth 1980-02-03", "Laura Chen"),
    ("Onboarding Stefan Braun: Geburtsdatum 13.05.1978", "Stefan Braun"),
    ("New starter Peter Novak - DOB 1995-05-10", "Peter Novak"),
])
def test_person_signoff_and_birth_date_after(text, value):
    assert value not in redacted(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, value", [
    ("Best Practices for Product Management", "Product Management"),
    ("Best,\nProduct Management", "Product Management"),
    ("Best regards from the Annual Leave Request team", "Annual Leave Request"),
    ("Release Notes: date of birth fields are now validated", "Release Notes"),
    ("Onboarding Stefan Braun: Geburtsdatum 13.05.1978", "Onboarding"),
])
def test_person_signoff_and_birth_date_after_negatives(text, value):
    assert value in redacted(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, value", [
    ("Subject: Kaution\n\nHallo Dietmar,\n\nwie besprochen die Bankverbindung.", "Dietmar"),
    ("Bonjour Gwenaëlle,\n\ncomme convenu, voici le RIB.", "Gwenaëlle"),
])
def test_person_salutation_single_name(text, value):
    assert value not in redacted(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, value", [
    ("Hallo Zusammen,\nwie besprochen", "Zusammen"),
    ("Hi Marketing,\nplease review", "Marketing"),
    ("Hallo Buchhaltung,\nanbei die Rechnung", "Buchhaltung"),
    ("Liebe Kolleginnen,\nanbei", "Kolleginnen"),
    ("Say Hello Kitty, please.", "Kitty"),
])
def test_person_salutation_single_name_negatives(text, value):
    assert value in redacted(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, value", [
    ("[10:02] agent_Tom: Done! Anything else, Jennifer?", "Jennifer"),
    ("Erledigt! Noch etwas, Svenja?", "Svenja"),
    ("Готово! Что-то ещё, Ольга?", "Ольга"),
])
def test_person_vocative_question(text, value):
    assert value not in redacted(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, value", [
    ("Which city do you prefer, Paris?", "Paris"),
    ("Should we ship it on Monday, Tuesday?", "Tuesday"),
    ("Is the release ready, Product?", "Product"),
    ("Quick question, Team!", "Team"),
])
def test_person_vocative_question_negatives(text, value):
    assert value in redacted(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, name", [
    # SCIM / Google People whole name, with particles and an initial
    ('{"id": 7, "name": {"formatted": "Liesl van der Brook"}, "active": true}', "Liesl van der Brook"),
    ('{"name": {"formatted": "Tamsin K. Wrey"}}', "Tamsin K. Wrey"),
    # a surname that is also a building word, after a key
    ('{"properties": {"display_name": "Gavin Hall", "tier": "gold"}}', "Gavin Hall"),
    ('{"_source": {"fullName": "Harriet Church"}}', "Harriet Church"),
    # German role nouns
    ("Telefonnotiz: Anrufer Quirin Meerbold meldet einen Verlust.", "Quirin Meerbold"),
    ("Die Anruferin Zorina Hallwachs bat um Rückruf.", "Zorina Hallwachs"),
    ("Versicherter Brodersen, Ulf ist seit 2019 Mitglied.", "Brodersen, Ulf"),
    ("Kontoinhaber laut Lastschriftmandat: Tjark Ostendorp. Betrag offen.", "Tjark Ostendorp"),
    # English
    ("On the call she identified herself as Pembry, Amelia, born 1970.", "Pembry, Amelia"),
    ("The caller identified himself as Colm Brannagh and asked for a refund.", "Colm Brannagh"),
    ("[10:02] Caller: It's Dervla Quennell.\n[10:03] Agent: Thanks.", "Dervla Quennell"),
    ("WARN kyc: applicant Allen, Korrina dob=1961-02-03 status=review", "Allen, Korrina"),
    ("INFO kyc: applicant Morris, Jelena dob=1970-05-06", "Morris, Jelena"),
    ("INFO kyc: applicant Gregory M. Thistle dob=1980-01-02 status=ok", "Gregory M. Thistle"),
    ("Dear Marlis M. Brookhart,\n\nyour order shipped.", "Marlis M. Brookhart"),
    # Surname, Given with a particle before the surname
    ("kyc: applicant Le Querrec, Anne dob=1950-01-01", "Le Querrec, Anne"),
    ("Patient van Houten, Pieter was admitted.", "van Houten, Pieter"),
])
def test_person_role_and_key_rules(text, name):
    out = redacted(text)
    assert name not in out and "[PERSON]" in out, (text, out)
    for part in name.replace(",", " ").split():
        if len(part) > 2:
            assert part not in out, (text, out)


@pytest.mark.parametrize("text", [
    # title-case phrases and names of things after the same cue words and keys
    '{"subject": "Quarterly Business Review", "priority": "high"}',
    '{"subject": "Password Reset Request"}',
    '{"name": {"formatted": "Main Office"}}',
    "Visual Studio: ticket 4411 closed by the bot.",
    "It's Visual Studio again, restart it.",
    "The report identified itself as Windows Defender, build 4.1",
    "Kontoinhaberin laut Mandat: Sparkasse Rhein Neckar Nord.",
    "Versicherte Sachen und Gebäude sind abgedeckt.",
    "Le dossier de Ressources Humaines est complet.",
    "Die Anrufer aus der Hauptstraße meldeten sich.",
])
def test_person_role_and_key_negatives(text):
    assert "PERSON" not in types(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, name", [
    # roles of shipments, leases, claims and lawsuits, initials allowed
    ("Parcel held at the depot. Consignee Maribel Quayle, second contact by mail.", "Maribel Quayle"),
    ("Shortlist: R. Okonjo, Tamsin K. Wrey and more to come.", "R. Okonjo"),
    ("Claim summary\n- Policyholder: W. Abernathy\n- Plan: gold", "W. Abernathy"),
    ("Schadensfall 12: Versicherungsnehmerin Ortrun Wegscheid, wohnhaft in Kiel.", "Ortrun Wegscheid"),
    ("Bei Rückfragen wenden Sie sich an Herrn T. Brakelmann.", "T. Brakelmann"),
    ("Die Wallbox von H. Oltmanns ist seit gestern gestört.", "H. Oltmanns"),
    ("Bail signé. Locataires : M. Quéré et Y. Carbonnel.", "M. Quéré"),
    ("Bail signé. Locataires : M. Quéré et Y. Carbonnel.", "Y. Carbonnel"),
    ("Ответчик: ООО «Север».\nИстица Ведерникова требует компенсацию.", "Ведерникова"),
    ("Свидетель Паршин Глеб Ильич дал показания.", "Паршин Глеб Ильич"),
    ("Провизор: рецепт для В. Тополева готов.", "В. Тополева"),
    # bulleted / numbered items after a first person item
    ("Finalists:\n1. Gregory M. Thistle - backend\n2. P. Haverkamp - frontend\n", "P. Haverkamp"),
    ("Tenants:\n  * Allen, Korrina\n  * D. Fairbrother\nUnit 4", "D. Fairbrother"),
    # chat and log free text
    ('{"role": "user", "content": "Hello, I am D. Okafor and my parcel is late"}', "D. Okafor"),
    ('{"msg": "Login failed for B. Castellanos from the VPN"}', "B. Castellanos"),
    ("Voicemail: Hi, this is G. Lindqvist, please call back.", "G. Lindqvist"),
])
def test_person_list_role_and_log_rules(text, name):
    out = redacted(text)
    assert name not in out, (text, out)
    for part in name.replace(",", " ").split():
        if len(part) > 2:
            assert part not in out, (text, out)


@pytest.mark.parametrize("text", [
    # title-case phrases, products, companies and streets after the same role words and phrases
    "Consignee Address must be filled in before pickup.",
    "Please log in to the Tenant Portal first.",
    "Landlord Services Ltd sent the deposit form.",
    "Shipper: Nordic Freight Logistics, pickup at noon.",
    "Login failed for Admin Console from the office network.",
    "Password reset requested for Service Account today.",
    "This is Visual Studio Code, not the full IDE.",
    "Hi, I am Very Happy with the result.",
    "Visual Studio: ticket 4411 closed by the bot.",
    "Der Router von Deutsche Telekom ist neu.",
    "Le dossier de Ressources Humaines est complet.",
    "Agenda:\n1. Quarterly Review - finance\n2. Release Planning - dev\n",
    "Kläger: Nordwerk Energie GmbH, vertreten durch die Kanzlei.",
])
def test_person_list_role_and_log_negatives(text):
    assert "PERSON" not in types(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text", [
    '{"supplier": {"name": "Bluefin Harbour Traders Ltd"}}',
    '{"carrier": {"name": "Kestrel Freight GmbH"}}',
    '{"insurer": {"full_name": "Marlow Coastal Insurance"}}',
    "name: Greyhaven Data Solutions, Inc.",
    '{"payee": "Amberley Office Supplies"}',
    '{"bank": {"name": "Westfield Savings Bank"}}',
])
def test_person_org_under_name_key_negative(text):
    assert "PERSON" not in types(text)


@pytest.mark.parametrize("text", [
    '{"steps": [{"name": "Vendor Risk Assessment"}, {"name": "Annual Budget Review"}]}',
    '{"name": "Data Retention Policy", "status": "open"}',
    "name: Quarterly Travel Planning",
    '{"controls": [{"name": "Datenschutz Prüfung"}]}',
])
def test_person_thing_under_bare_name_key_negative(text):
    assert "PERSON" not in types(text)


@pytest.mark.parametrize("text, name", [
    ('{"name": "Orla Brennan"}', "Orla Brennan"),
    ('{"owner": {"name": "Liesel Kowarsch"}}', "Kowarsch"),
    ('{"name": "Hartmut Zöllner-Brandt"}', "Zöllner-Brandt"),
    ('{"name": "Ткаченко Ольга Петровна"}', "Ткаченко"),
    ('{"имя": "Герасимов Степан"}', "Герасимов"),
    ("name=Yusuf Demirci status=ok", "Demirci"),
    ('{"name": "Bartholomew Quince"}', "Quince"),
])
def test_person_under_name_key_kept(text, name):
    assert name not in redacted(text)


@pytest.mark.parametrize("text, names, kept", [
    ("Approved by: Kowarsch, Liesel, Annual Budget Review", ("Kowarsch", "Liesel"), "Annual Budget Review"),
    ("Signed: Brennan, Orla, Expense Claim Form", ("Brennan", "Orla"), "Expense Claim Form"),
])
def test_person_comma_name_stops_at_next_comma(text, names, kept):
    out = redacted(text)
    assert kept in out and not any(n in out for n in names)


@pytest.mark.parametrize("text, names", [
    ("Signed: Kowarsch, Liesel", ("Kowarsch", "Liesel")),
    ("Signed: Roe, Jane, Doe, John", ("Roe", "Jane", "Doe", "John")),
    ("Reviewed by: Brennan, Orla, Jens Bauer", ("Brennan", "Orla", "Jens", "Bauer")),
])
def test_person_comma_names_kept(text, names):
    out = redacted(text)
    assert not any(n in out for n in names)


@pytest.mark.parametrize("text, name", [
    # role phrases naming the person handling a case (en/fr/de/ru), names outside the lexicon
    ("The owner on call is Quirin Obermaier, reachable by pager.", "Quirin Obermaier"),
    ("Ticket INC-2231 was assigned to Odilo Brenneis this morning.", "Odilo Brenneis"),
    ("Incident escalated to Ysolde Marchetti at 10:42.", "Ysolde Marchetti"),
    ("Dossier 4471 suivi par Ysaline Corbeau depuis mars.", "Ysaline Corbeau"),
    ("Demande prise en charge par Ysaline Corbeau.", "Ysaline Corbeau"),
    ("Der Antrag wurde bearbeitet von Quirin Obermaier.", "Quirin Obermaier"),
    ("Zuständig: Quirin Obermaier (Vertrieb)", "Quirin Obermaier"),
    ("Responsable : Ysaline Corbeau", "Ysaline Corbeau"),
    ("Ответственная: Карпухина Злата", "Карпухина Злата"),
    # a German subject without an article before "hat die/den/das ..."
    ("Zusammenfassung: Wendelin Kratzer hat die Rechnung bezahlt.", "Wendelin Kratzer"),
    ("Zusammenfassung: Wendelin Kratzer MBA hat die Rechnung bezahlt.", "Wendelin Kratzer"),
    # a double-barrelled surname after a weak cue, whatever its last part's ending
    ("The owner on call is Ashleigh Atkinson-Davies, reachable by pager.", "Ashleigh Atkinson-Davies"),
    # academic titles as cues
    ("Gutachten von Ing. Wendelin Kratzer liegt vor.", "Ing. Wendelin Kratzer"),
    ("Unterschrift: Dipl.-Ing. Wendelin Kratzer", "Dipl.-Ing. Wendelin Kratzer"),
])
def test_person_role_phrases_and_academic_titles(text, name):
    out = redacted(text)
    assert name not in out and "[PERSON]" in out, out


@pytest.mark.parametrize("text, span", [
    # academic titles and post-nominal degrees are masked with the name; courtesy titles stay outside
    ("Vertrag auf Univ.Prof. Wendelin Kratzer (geb. 12.03.1961) ausgestellt", "Univ.Prof. Wendelin Kratzer"),
    ("Zusammenfassung: Dipl.-Ing. Wendelin Kratzer B.A. hat die Karte gesperrt", "Dipl.-Ing. Wendelin Kratzer B.A."),
    ('{"fullName": "Prof. Odilo Brenneis B.Sc.", "email": "x@example.org"}', "Prof. Odilo Brenneis B.Sc."),
    ("the caller, Yvonne Valenzuela DVM, born 06/30/1989, asked", "Yvonne Valenzuela DVM"),
    ("Contact: Jane Roe, PhD (jane@example.org)", "Jane Roe, PhD"),
    ("Patient: Dr. Anna Schmidt", "Anna Schmidt"),
    ("Kundin: Frau Maria Weber", "Maria Weber"),
])
def test_person_degrees_join_the_name(text, span):
    fs = [text[f.start:f.end] for f in ENGINE.analyze(text) if f.type == "PERSON"]
    assert span in fs, ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    "Die Deutsche Bahn hat die Preise erhöht.",
    "Gradient Checkpointing hat den Speicherbedarf halbiert.",
    "Das Team hat die Version 2.1 freigegeben.",
    "Der Server hat eine neue IP bekommen.",
    "The call is Monday; the duty is Overnight Support.",
    "Dossier suivi par le Service Client.",
    "The ticket was assigned to Product Management.",
    "Releases are signed by the Build Team; signé par la Direction Générale.",
    "Ing. degree in B.A. programmes; MD 5 hashing and PhD students",
    "We had a call with Data Technologies; a meeting with Smart Industries.",
])
def test_person_role_phrases_negatives(text):
    assert "PERSON" not in types(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text,name", [
    ("Polizeibericht IJU-59768: Der Zeuge Hannes Fliegner gab als Anschrift eine Adresse an.", "Hannes Fliegner"),
    ("Die Karte wurde gesperrt; Karteninhaber ist Janine Krebs.", "Janine Krebs"),
    ("Bitte an die Zentrale, z. Hd. Nermin Losekann.", "Nermin Losekann"),
    ("Анкета заёмщика: ФИО Фёкла Мартынова, паспорт выдан", "Фёкла Мартынова"),
    ("а копию отправьте получателю (Орехов Фадей).", "Орехов Фадей"),
    ("Задержанный Фомин Дементий доставлен в отдел.", "Фомин Дементий"),
    ("Pour toute question, contactez Marine Chauvet à l'accueil.", "Marine Chauvet"),
    ("Procès-verbal : le témoin Pénélope Bègue déclare demeurer rue X.", "Pénélope Bègue"),
    ("Votre propriétaire, Pénélope Alves, est joignable au bureau.", "Pénélope Alves"),
    ('{"delivery_note": "Leave with neighbour Lucia Bien if nobody is home."}', "Lucia Bien"),
    ('{"drug": "Metformin 500 mg", "prescriber": "Noémi Labbé"}', "Noémi Labbé"),
    ('{"attributes": {"cn": "Aldo Sorgatz", "mail": "x"}}', "Aldo Sorgatz"),
    ("Patient Anna Schmidt was admitted.", "Anna Schmidt"),
    ("Patient Adelbert Drubin (Geburtsdatum 1979-11-27).", "Adelbert Drubin"),
    ("Heute wurde der Patient Adelbert Drubin entlassen.", "Adelbert Drubin"),
    ("1. Contact Attila Lorch at 0049 89 5290903.", "Attila Lorch"),
    ('{"chunk": "Customer Arnaude Alexandre lives at 10, rue Hebert."}', "Arnaude Alexandre"),
    ('{"customer_name": "Gabrielle A. Voisin"}', "Gabrielle A. Voisin"),
])
def test_person_role_cues_round9(text, name):
    out = redacted(text)
    assert name not in out and "[PERSON]" in out, (text, out)


@pytest.mark.parametrize("text,kept", [
    ("the router reports firmware 1.2; the Tenant Deposit Scheme page lists the known issues.", "Tenant Deposit Scheme"),
    ('{"line_items": [{"title": "Customer Success Playbook", "quantity": 2}]}', "Customer Success Playbook"),
    ("see Student Finance Portal for details.", "Student Finance Portal"),
    ("Hallo Karl-Ludwig Mende, Ihr Paket wird morgen geliefert.", "Ihr Paket"),
    ("Bonjour Jeanne Martin, Votre Colis arrive demain.", "Votre Colis"),
    ("Студент Иван Петров сдал экзамен.", "Студент"),
    ("Der Zeuge sagte aus; die Zeugen Jehovas; ФИО Заполнить обязательно.", "Zeugen Jehovas"),
    ("HD Ready Display; z.B. Anna; z. Hd. der Geschäftsleitung", "Ready Display"),
])
def test_person_round9_negative(text, kept):
    out = redacted(text)
    assert kept in out, (text, out)


@pytest.mark.parametrize("text,name", [
    ('{"landlord": {"name": "Judith Lane", "phone": "+44 20 7946 0018"}}', "Lane"),
    ('{"billing_details":{"name":"Katie May","email":"x"}}', "May"),
    ('{"role": "witness", "name": "Cheryl J. May", "phone": "555"}', "May"),
])
def test_person_surname_that_is_a_stop_word(text, name):
    out = redacted(text)
    assert name not in out and "[PERSON]" in out, (text, out)


@pytest.mark.parametrize("text,kept", [
    ("I met Judith May 5 at the office.", "May 5"),
    ("See you in May. The Lane Road and Park Avenue.", "Lane Road"),
    ("Anna Lane Road is long.", "Lane Road"),
])
def test_person_surname_that_is_a_stop_word_negative(text, kept):
    out = redacted(text)
    assert kept in out, (text, out)


@pytest.mark.parametrize("text,name", [
    ("Получатель посылки: Терентий Кудряшов, паспорт выдан", "Терентий Кудряшов"),
    ("переведите деньги, владелец счёта Иванна Карпова.", "Иванна Карпова"),
    ("Ihre Bordkarte für Francoise Kraushaar ist fertig.", "Francoise Kraushaar"),
    ("Entlassbrief für Antonia Weimer (Patienten-Nr. 12)", "Antonia Weimer"),
])
def test_person_labels_and_pairs_round9(text, name):
    out = redacted(text)
    assert name not in out and "[PERSON]" in out, (text, out)


@pytest.mark.parametrize("text,kept", [
    ("Статус заявки: Принята Сегодня.", "Принята Сегодня"),
    ("Получатель платежа: ООО Ромашка.", "Ромашка"),
    ("Customer service: Please Call Back. Patient status: Stable Condition.", "Stable Condition"),
    ("Gift for Christmas Eve; Bordkarte für Economy Class.", "Christmas Eve"),
])
def test_person_labels_and_pairs_round9_negative(text, kept):
    out = redacted(text)
    assert kept in out, (text, out)


@pytest.mark.parametrize("text,name", [
    ("Hi it's Gudula Hande, new address for the delivery.", "Gudula Hande"),
    ("Hi it\u2019s Орест Зуев, new address", "Орест Зуев"),
    ("Hallo, it's Cindy Pölitz, neue Adresse", "Cindy Pölitz"),
])
def test_person_greeting_its(text, name):
    out = redacted(text)
    assert name not in out and "[PERSON]" in out, (text, out)


@pytest.mark.parametrize("text,kept", [
    ("Hi it's Great Weather today.", "Great Weather"),
    ("Hi it's Sunny Side Up", "Sunny Side Up"),
    ("Hello, it's Monday Morning again, sadly.", "Monday Morning"),
    ("Oh it's Great Weather, isn't it", "Great Weather"),
])
def test_person_greeting_its_negative(text, kept):
    out = redacted(text)
    assert kept in out, (text, out)


@pytest.mark.parametrize("text, name", [
    ("No, that's all. Thanks Ms. Oestrovsky, bye.", "Oestrovsky"),
    ("Dear Mrs. Chester,\n\nyour parcel is on its way.", "Chester"),
    ("I spoke with Mr. Smith about the refund.", "Smith"),
    ("Ms. Keller-Pruett said she would call back.", "Keller-Pruett"),
    ("Sehr geehrte Fr. Oestrovsky,", "Oestrovsky"),
])
def test_a_surname_after_an_abbreviated_title(text, name):
    assert found(text, "PERSON") == [name]


@pytest.mark.parametrize("text", [
    "Pick hard or Mr. Community personal seek provide.",
    "At federal here Mrs. Open goal son apply.",
])
def test_an_abbreviated_title_before_a_common_word_in_filler_text(text):
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, names", [
    ('{"fields": {"фамилия": "Павлов", "имя": "Игнатий", "отчество": "Жоресович"}}', ["Павлов", "Игнатий", "Жоресович"]),
    ("Поле 1 — Фамилия: Евдокимова\nПоле 2 — Имя: Ксения\nПоле 3 — Отчество: Ивановна", ["Евдокимова", "Ксения", "Ивановна"]),
    ('{"nom_de_naissance": "BLIN", "prénoms": "Laurence"}', ["BLIN", "Laurence"]),
    ("Case 1 — Nom de naissance : SALMON\nCase 2 — Prénom(s) : Colette", ["SALMON", "Colette"]),
    ('{"surname": "Saunders", "given_names": "Adrian Paul"}', ["Saunders", "Adrian Paul"]),
    ("Geburtsname: Oestrovsky", ["Oestrovsky"]),
])
def test_name_part_fields_in_russian_french_and_plural(text, names):
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "Имя файла: Report.pdf",
    "Укажите имя: как в паспорте.",
    '{"nom_de_naissance": "", "prénoms": "inconnu"}',
])
def test_a_name_part_label_without_a_name(text):
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("M. Alain LECLERCQ\n36 avenue Legrand", "Alain LECLERCQ"),
    ("Médecin traitant : Dr Marie HOARAU", "Marie HOARAU"),
    ("atteste que M. Victor ARNAUD, né le 28.03.1984 à Paris", "Victor ARNAUD"),
])
def test_a_given_name_keeps_its_surname_in_capitals(text, name):
    assert found(text, "PERSON") == [name]


def test_a_degree_after_a_name_is_no_surname_in_capitals():
    text = '{"chunk": "Customer contact: Regina Heinz MBA."}'
    assert "Heinz MBA" not in [text[f.start:f.end] for f in ENGINE.analyze(text)]


@pytest.mark.parametrize("text, name", [
    ("Генеральному директору\nот Брагиной Иванны Георгиевны,\nпроживающей по адресу", "Брагиной Иванны Георгиевны"),
    ("настоящей доверенностью уполномочиваю Сафонова Кирилла Устиновича, 20.06.1974 года рождения",
     "Сафонова Кирилла Устиновича"),
    ("Выдано Петрову Ивану Сергеевичу.", "Петрову Ивану Сергеевичу"),
    ("Договор с Ивановой Марией Петровной подписан.", "Ивановой Марией Петровной"),
])
def test_a_russian_full_name_in_a_declined_case(text, name):
    assert found(text, "PERSON") == [name]


@pytest.mark.parametrize("text, name", [
    ("Beglaubigt unter UR-Nr. 687-4821015 – Notarin Emilia Barkholz", "Emilia Barkholz"),
    ("Зарегистрировано в реестре № 2020-489993. Нотариус Г.У. Фадеев", "Г.У. Фадеев"),
    ("Зав. отделением: А.В. Цветков", "А.В. Цветков"),
    ("Feld 2 – Vorname(n): Наина", "Наина"),
])
def test_a_notary_and_initials_written_together(text, name):
    assert found(text, "PERSON") == [name]


@pytest.mark.parametrize("text, names", [
    ("It's assigned to David I. Lane (Billing Specialist).", ["David I. Lane"]),
    ("Bien à vous,\nChristiane Laroche\nTél.: 0033 9 48 97 22 51", ["Christiane Laroche"]),
    ("Take care,\nJana Roe", ["Jana Roe"]),
    ("Anna Hall is a building.", []),
])
def test_a_middle_initial_and_sign_offs(text, names):
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text, names", [
    ("À l'attention de Madame Valentine LEMAÎTRE", ["Valentine LEMAÎTRE"]),
    ("Je soussigné(e) Célina DANIEL, née le 16 avril 1972", ["Célina DANIEL"]),
    ("Patient(e) : Mme FRANÇOIS Sophie, née le 16.01.1969", ["FRANÇOIS Sophie"]),
    ("Mr SMITH said NO WAY", []),
])
def test_a_courtesy_title_or_the_undersigned_before_a_surname_in_capitals(text, names):
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text, names", [
    ("Fait à Boucherboeuf, le 15/12/2021\n\nSignature : C. Courtois", ["C. Courtois"]),
    ("Unterschrift: H. Weber", ["H. Weber"]),
    ("Signature: Valid Certificate", []),
])
def test_a_signature_field_names_its_signer(text, names):
    assert found(text, "PERSON") == names
