# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""What agents and call-centre transcripts hold: a name answering the question for it, a greeting's addressee, a Russian
given name and surname inside a sentence, tool arguments keyed "patient_full" / "mrn_id", a French file number at an
appointment; and their look-alikes."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, redacted


@pytest.mark.parametrize("text, name", [
    ("Agent: wie ist Ihr vollständiger Name?\n[00:00:54] Anrufer: äh ja Zenon Henk\n", "Zenon Henk"),
    ("[00:00:40] Agent: Could I take your full name please?\n[00:00:45] Caller: yeah it's Jodie Obrian\n", "Jodie Obrian"),
    ("Conseiller : pouvez-vous me donner votre nom complet ?\n[00:00:26] Appelant : oui alors Coulon, Édith\n", "Coulon, Édith"),
    ("Оператор: назовите, пожалуйста, ваше ФИО\n[00:00:39] Клиент: да Евфросиния Гаврилова\n", "Евфросиния Гаврилова"),
    ("Hallo Anto, Ihr Paket kommt am Montag.", "Anto"),
    ("Здравствуйте, Евдокия!\n\nСпасибо за обращение.", "Евдокия"),
    ('{"text": "SMS: „Hallo Ljiljana, Ihr Termin steht."}', "Ljiljana"),
    ("Thanks!\\nHi Breanna,\\nyour order shipped.", "Breanna"),
    ("Я проверил CRM: Евпраксия Исакова (почта e@mail.ru)", "Евпраксия Исакова"),
    ("Сообщение для Якуб Симонов (83431415121): код истекает.", "Якуб Симонов"),
    ('{"patient_full": "Clemens Ruppert", "birth": "7. Dezember 1981"}', "Clemens Ruppert"),
    ('{"arguments": "{\\"patient_full\\":\\"Flores, Breanna\\"}"}', "Flores, Breanna"),
])
def test_name_is_masked(text, name):
    out = redacted(text)
    assert name not in out and "[PERSON]" in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, value", [
    ('{"mrn_id": "JS341225/EJ", "birth": "1981-12-07"}', "JS341225/EJ"),
    ('{\\"mrnId\\":\\"DOS-509656\\"}', "DOS-509656"),
    ("Votre rendez-vous du 13 juillet est confirmé. Merci d'apporter votre numéro de dossier 2553929 et une pièce d'identité.",
     "2553929"),
])
def test_record_number_is_masked(text, value):
    out = redacted(text)
    assert value not in out and "[MEDICAL_RECORD_NUMBER]" in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, kept", [
    ("Agent: What is the product name?\nCaller: Blue Star Premium\n", "Blue Star Premium"),
    ("Agent: wie ist Ihr Name?\nAnrufer: Moment bitte\n", "Moment"),
    ("Hi there,\nthanks", "there"), ("Hi Team,\n", "Team"), ("Dear Hiring Manager,\n", "Hiring Manager"),
    ("Hallo zusammen, das Meeting fällt aus.", "zusammen"),
    ("I said hi Anna, then left", "Anna"),                              # no greeting opening a line
    ("Сегодня Иванова пришла на работу.", "Сегодня Иванова"),           # a sentence opener before the surname
    ("Живу в Москве Иванова улица рядом.", "Москве Иванова"),            # a place in the locative
    ("Статус: в работе (Отдел Кадров)", "Отдел Кадров"),                 # a department
    ("Votre dossier 2553929 est clos.", "2553929"),                     # a file number with no care or appointment word
])
def test_look_alike_is_kept(text, kept):
    assert kept in redacted(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text, name", [
    ("Endgültige Antwort: Norma Radisch ist unter nradisch@sfr.fr oder 0171 22426064 erreichbar.", "Norma Radisch"),
    ("Im Gedächtnis gespeichert: „Klapp, Ljiljana möchte per klapp.l@t-online.de kontaktiert werden", "Klapp, Ljiljana"),
    ("Итоговый ответ: С Чеслав Галкин можно связаться по почте", "Чеслав Галкин"),
    ("Ich habe im CRM nachgesehen: Gesa Bohlander (E-Mail bohlander.g@free.fr, Telefon 069/1274977)", "Gesa Bohlander"),
])
def test_name_before_how_to_reach_it_is_masked(text, name):
    out = redacted(text)
    assert name not in out and "[PERSON]" in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, value", [
    ("OPENAI_API_KEY=Papillon5286_\n", "Papillon5286_"),
    ('{"integration_token": "Marmelade5218%"}', "Marmelade5218%"),
    ("In the repository I found credentials that should not be there:\n- AKIA3J4HT3ZOAJVJ2QGJ\n"
     "- jEL28qKf3kuSm2CXeLp/p0AeF0yLDh8grtTyPWrP\nPlease rotate both.", "jEL28qKf3kuSm2CXeLp/p0AeF0yLDh8grtTyPWrP"),
    ("Habe ich Zugangsdaten gefunden, die dort nicht hingehören:\n- ghp_lM8t6kHfM7uJKjlb5PlBDb7JWv04UGt7PpxN\n- Sonnenblume743-\n",
     "Sonnenblume743-"),
])
def test_secret_is_masked(text, value):
    out = redacted(text)
    assert value not in out and "[API_KEY]" in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, kept", [
    ("primary_key=User2024!\n", "User2024!"),                                      # a key that is no credential
    ("API_KEY=changeme\n", "changeme"),
    ("The token rotation steps:\n- run_the_script\n- Restart-Service\n- README.md\n", "Restart-Service"),
    ("The Blue Team (email us) is here.", "Blue Team"),
])
def test_look_alike_secret_or_name_is_kept(text, kept):
    assert kept in redacted(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text, name", [
    ("Das Helpdesk-System meldet: Anfragende Person Cornelius Döring, d@x.ru", "Cornelius Döring"),
    ("| Beschuldigte Person | Gretl Geisler |\n", "Gretl Geisler"),
    ("Zuständig ist Diethard Radisch (Teamleiter Buchhaltung).", "Diethard Radisch"),
    ("Die Lieferung geht an die Hauptstraße 5. Kunde ist Donata Söding.", "Donata Söding"),
    ("Le colis part demain. Le client est Guy Couturier.", "Guy Couturier"),
    ("Identitätsprüfung für Mara Bonbach bestanden.", "Mara Bonbach"),
    ("Проверка KYC для Надежда Белозерова завершена.", "Надежда Белозерова"),
])
def test_name_after_a_role_and_verb_is_masked(text, name):
    out = redacted(text)
    assert name not in out and "[PERSON]" in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, kept", [
    ("Preis pro Person Premium Paket", "Premium Paket"),
    ("Zuständig ist Abteilung Buchhaltung.", "Abteilung Buchhaltung"),
    ('{"owner_role": "Customer Success Lead"}', "Success Lead"),
    ('{"role_title": "Customer Success Lead"}', "Success Lead"),
])
def test_look_alike_role_phrase_is_kept(text, kept):
    assert kept in redacted(text), ENGINE.analyze(text)


def test_phone_in_brackets_with_its_area_code_in_brackets_is_masked():
    text = 'Text message for Meredith Lewis ((578) 879-1353): "Your code expires soon."'
    out = redacted(text)
    assert "879-1353" not in out and "[PHONE]" in out, ENGINE.analyze(text)


@pytest.mark.parametrize("text, name", [
    ("Hier ist ein Entwurf:\n\nJanko Liebelt\nMielcarekring 15\n85628 Prenzlau\n", "Janko Liebelt"),
    ("Here is a draft you can send:\n\nDorian Pask\n9792 Bridges Stravenue\nSouth Jesus, NC 78680\n", "Dorian Pask"),
])
def test_recipient_above_a_street_address_is_masked(text, name):
    out = redacted(text)
    assert name not in out and "[PERSON]" in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, kept", [
    ("Ship to:\nAcme Logistics GmbH\nHauptstraße 15\n10115 Berlin\n", "Acme Logistics GmbH"),
    ("Office Building\n12 Main Street\n", "Office Building"),
])
def test_company_above_a_street_address_is_kept(text, kept):
    assert kept in redacted(text), ENGINE.analyze(text)


def test_recipient_rule_respects_disabled_person_type():
    from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import Engine

    text = "Janko Liebelt\nMielcarekring 15\n85628 Prenzlau\n"
    assert "Janko Liebelt" in Engine({"disabled_types": ["PERSON"]}).redact(text)


@pytest.mark.parametrize("text, name", [
    ('{"requester": {"display": "Cornelius Döring", "reach_at": "d@x.ru"}}', "Cornelius Döring"),
    ('{\\"assignee\\": {\\"display\\": \\"Mühle, Frederik\\"}}', "Mühle, Frederik"),
    # a FHIR reference to a patient or a practitioner, and a resource's subject object
    ('{"subject": {"reference": "Patient/123", "display": "Quorra Vantablek"}}', "Quorra Vantablek"),
    ('{"performer": [{"reference": "Practitioner/77", "display": "Ziltoid Omnis"}]}', "Ziltoid Omnis"),
    ('{"resourceType": "ServiceRequest", "subject": {"display": "Quorra Vantablek", "birthDate": "1992-09-28"}}',
     "Quorra Vantablek"),
])
def test_display_under_a_role_object_is_masked(text, name):
    out = redacted(text)
    assert name not in out and "[PERSON]" in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, kept", [
    ('{"code": {"display": "Body Weight"}}', "Body Weight"),                # a FHIR coding's display
    ('{"settings": {"display": "Dark Mode"}}', "Dark Mode"),
    ('{"performer": [{"reference": "Organization/1", "display": "Kestrel General Hospital"}]}', "Kestrel General Hospital"),
])
def test_display_elsewhere_is_kept(text, kept):
    assert kept in redacted(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text, given", [
    ("Hallo, hier ist Jeannine L. Mude, meine Nummer ist 089/8457109. Danke! Gespeichert für Jeannine.", "Jeannine"),
    ("Kunde ist Donata Söding. Später: Donata hat angerufen.", "Donata"),
])
def test_given_name_repeating_a_name_found_on_a_cue_is_masked(text, given):
    out = redacted(text)
    assert given not in out and out.count("[PERSON]") == 2, (text, ENGINE.analyze(text))
    stream = ENGINE.stream()
    assert "".join(stream.feed(text[i:i + 5]) for i in range(0, len(text), 5)) + stream.flush() == out


def test_only_the_given_name_of_a_name_no_lexicon_knows_repeats():
    """A cue-found name no lexicon knows lends only its first word to later mentions: a false positive found on a cue
    ("Kunde ist Permit Review Queue") does not spread as a whole."""
    text = "Kunde ist Permit Review Queue.\n\n- Status: Permit Review Queue, due 2017-08-23\n- Review Queue: done"
    out = redacted(text)
    assert out.count("Permit Review Queue") == 1 and "Review Queue: done" in out, ENGINE.analyze(text)


@pytest.mark.parametrize("text, name", [
    ("Agent: wie ist Ihr vollständiger Name?\n[00:00:49] Anrufer: äh ja Hans-J. Börner\n", "Hans-J. Börner"),
    ('{"caller_name": "Hans-J. Börner"}', "Hans-J. Börner"),
    ("Kurznachricht für Ilka Boucsein (030 8601397): „Ihr Code läuft ab", "Ilka Boucsein"),
    ("Texto pour Guy Martel (09 46 29 11 37) : « Votre code expire »", "Guy Martel"),
    ("Уважаемый(ая) Фадей Юдин!\n\nКак договорились", "Фадей Юдин"),
    ("Liebe/r Jolanthe Preiß,\n\nwie besprochen", "Jolanthe Preiß"),
])
def test_name_in_form_letters_and_messages_is_masked(text, name):
    out = redacted(text)
    assert name not in out and "[PERSON]" in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, kept", [
    ("Order Total (0123 4567) was charged.", "Order Total"),
    ("Hans-J. said hi", "Hans-J."),
])
def test_look_alike_in_messages_is_kept(text, kept):
    assert kept in redacted(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text, name", [
    ("Agent: Kranich Versicherung, guten Tag, Sie sprechen mit Dorota Krein. Was kann ich für Sie tun?", "Dorota Krein"),
    ("Agent : Banque Lumière, bonjour, vous êtes en ligne avec Dorota Krein.", "Dorota Krein"),
    ("Agent: Harborline support, Saskia Hesse speaking. How can I help?", "Saskia Hesse"),
])
def test_who_answers_the_phone_is_masked(text, name):
    out = redacted(text)
    assert name not in out and "[PERSON]" in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text", [
    "Public Speaking, Generally Speaking.",
    "Acme Bank speaking, how can I help?",
    "Wir sprechen mit Kunden über die Rechnung.",
])
def test_a_firm_answering_or_a_talk_is_no_person(text):
    assert "[PERSON]" not in redacted(text), ENGINE.analyze(text)
