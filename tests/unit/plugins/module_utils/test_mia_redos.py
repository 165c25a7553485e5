# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
from __future__ import annotations

import gc
import time

import pytest

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import Engine

ENGINE = Engine()
UNITS = {
    "digits": "1234567890",
    "spaced_digits": "1 ",
    "at_signs": "@",
    "a_dot": "a.",
    "spaces": " ",
    "zero_width": "a\u200b",
    "mixed_script": "Aа1@",
    "digits_cyrillic_dot": "11\u0431.",
    "capitals": "Ab ",
    "hex_colons": "ab:",
    "dashes": "1-",
    "json_like": '{"a":',
    "pem_begin": "-----BEGIN PRIVATE KEY-----",
    "url_cred": "a://b:c@",
    "dot_words": "a dot ",
    "street": "12 Main ",
    "password_prose": "password a is `",
    "json_header_open": '["a", ',
    "json_table_rows": '["ab", "cd"], ',
    "json_row_open": '[1, ',
    "labelled_values": '"key": "a", "value": "b", "text": "c", "type": "d", ',
    "password_reset": "password was reset to ",
    "recovery_list": '"recovery_codes":["a1b2c3",',
    "recovery_yaml": "backup_codes:\n - ",
    "hospital_number": "hospital number 12 ",
    "telecom_value": '"type":"mobile","value":"',
    "name_list_items": "1. J. Ab - \n",
    "name_and_chain": "J. Ab and ",
    "role_initial": "Herrn M. ",
    "defanged_colons": "a[:](:)",
    "self_named_mrn": "MRN-1 ",
    "suite_units": "1 Oak St Suite 2, ",
    "cue_value_tokens": "ab1234 ",
    "spaced_parens": "( 1 ) ",
    "log_epoch_lines": "1234567890 \t\n",
    "org_legal_forms": "Ab Cd, GmbH Ef ",
    "bare_name_keys": 'name: "Ab Cd Ef", ',
    "comma_name_chain": "Signed: Ab, Cd, ",
    "key_value_emails": "a=b=c@d.ef ",
    "secret_word_values": "token: Ab1%Cd key Ab ",
    "secret_camel_pieces": "key aB1",
    "bare_patient_ids": "patient AB1234567-C1 ",
    "degrees_after_names": "Ab Cd B.A. PhD, Jr. ",
    "academic_titles": "Univ.Prof. Dipl.-Ing. Ab Cd ",
    "german_subject_hat": "die Ab Cd hat die ",
    "role_phrases": "suivi par Ab Cd on call is Ab ",
    "telegram_colons": "12345678:AA",
    "azure_secret_tildes": "ab18Q~",
    "cli_password_flags": "mysql -p -p' -p\" ",
    "sshpass_flags": "sshpass -p  -p ",
    "empty_user_url_cred": "a://:b@",
    "token_prefixes": "dckr_pat_a shpat_0 AKIDa LTAIa ",
    "apposition_dates": "Jane Roe, 1987-09-02, ",
    "role_cue_runs": "Der Zeuge Ab Cd, z. Hd. Ab Cd ",
    "titlecase_roles": "Tenant Ab Cd ",
    "sentence_end_values": "tel 1234-5678. ab #",
    "role_labels_ru": "Получатель посылки: Аб Вг ",
    "surname_stop_words": "Anna Lane, Anna J. May ",
    "greeting_its": "hi it's Ab Cd Ef ",
    # the eighth round: vCard, hospital ids, table ids, Azure keys, msg-ids, versions after a quad, compact JSON, spelled de/fr
    "vcard_name_escapes": "\nN:Ab\\,Cd;Ef\\;",
    "vcard_params": "\nADR;A=B;C=D:;;1 Ab\\,",
    "vcard_lines": "VERSION:3.0\nFN:Ab Cd\nBDAY:1999",
    "hospital_cues": "IPP établissement : A1-2 ",
    "hospital_card_ru": "пациент карта № 1-",
    "hospital_card_ru_back": "карта карта пациента №",
    "hospital_fhir_mrn": '{"text":"MRN","value":"1',
    "table_id_headers": "a;ssn;b\n",
    "table_id_rows": "1;123456789;2\n",
    "azure_key_names": "AccountKey=Ab1+",
    "anniversaire_of": "anniversaire de ",
    "msg_id_headers": "Message-ID: <a@b.cd>",
    "version_after_quad": "1.2.3.4 update ",
    "compact_json_keys": '"a":1234,"b":"',
    "spelled_de_fr": "sechs eins Strich deux un tiret ",
    "snils_dotted": "SNILS 832.380.751.99 ",
    # every line a table header of the lines below it, in one column or shifting across columns
    "repeated_table_headers": "name;dob;x\n",
    "shifting_table_headers": "".join(";" * c + "name|dob;x|y\n" for c in range(40)),
    "hl7_pid_fields": "\nPID|1||A1^^^B||Ab^Cd||19800101|||1 Ab^^|||||||123-45-6789|~^",
    "hl7_separators": "\nNK1|Ab^||^~|",
    "x12_segments": "NM1*IL*1*AB*CD***MI*A123~PER*IC*AB*TE*555 0101~DMG*D8*19800101~",
    "x12_stars": "N3*1 Ab*~REF*SY*1",
    "swift_fields": "\n:50K:/AB1\nAB CD\n1 AB\n:59:",
    "swift_structured": "\n:59F:\n1/AB\n2/1 AB\n",
    "case_numbers_in_care": "case number A1 ward ",
    "patient_record_keys": '{"patient":{"record":"',
    "jeton_words": "jeton d'accès jeton API ",
    "reach_cues": "can be reached at 1 ",
    "mrn_prefixed_values": "MRN AB 1 мрн АК1 ",
    "later_colon_secrets": "token x ",
    "mrn_self_named": "PAT1234 PT#12345678901 EHR MR-1 MR# pat ",
    "mrn_abbreviated_cues": "MR # med. rec. Pat-ID emr Krankenblatt patientMrn chartId ",
    "password_csv_headers": "name,password,x\n",
    "password_csv_rows": "a,b,password\nx,y,z\n",
    "json_dotted_values": '{"v":"1.2"},"fw":"3.4","v4":"',
    "json_escaped_segments": "\\rPID|1||A1^^^B||Ab^Cd\\n:59:/A\\nAB CD\\n1 AB\\r\"",
    # the thirteenth round: phone phrases, identifier keys, alphanumeric IBANs, apostrophe names
    "phone_phrases": "reach a b c on their x number 0123456789 seine Nummer reach reach ",
    "secret_arrays": '"secrets":["aB1cD2eF3gH4",' + "\n",
    "secret_after_was": "token a b was x credential was ",
    "table_token_column": "Name,Token,Patient record no.\n\"a, b\",Ab1Cd2Ef3Gh4,\"",
    "nested_escapes": '\\\\\\"' + "\\" * 40 + "x",
    "record_link_words": "record number at the clinic a b c d e f is x Aktennummer in der ",
    "version_keys": '"a_fw_b_bios_c":"x_tag=a_version ',
    "password_link_words": "password for a, b. c, d. e, f is password for ",
    "identifier_keys": '"a_id":"0123456789","exportId":"LU12","x-id":"O\'Ab ',
    # the seventeenth round: names in capitals, compound keys, version-word keys, birth-date keys, em-dash labels
    "capital_names": '"holderName": "AB CD EF GH ',
    "compound_keys": '"innCode":1,"IdDocNo":"a","taxpayerInn":2,"mrnno":"',
    "version_tail_keys": 'a_ver=b/c:d-fw:"aVer: ',
    "dob_event_keys": '"dobVerifiedOn":"patientdob":"ddn д/р rozhd ',
    "dash_labels": "Patient — Ab as the a — ",
    "curl_users": "curl -u a:b -u --user=",
    "pw_keys": "a_pw: 1pw=x",
    "latvian_ibans": "LV12 AB",
    "birth_date_links": "the birth date a b c d e f g h i j k l ",
    # the twentieth round: URL encoding, aligned and underlined tables, passenger names, compact birth dates
    "url_query_pairs": "a=b+c&d=%41%D0%9A+",
    "url_ampersands": "&&= +",
    "aligned_table_rows": "  name  dob  x\n  Ab Cd  19800101  1\n",
    "dash_underlines": "NAME  DOB  X\n----  ---  --\n",
    "iata_names": "AB/CD MR /EF MS ",
    "ru_caps_patronymics": "АБ ВГ ДЕВИЧ ",
    "xml_elements": "<a:Bc d='e'>Fg Hi</a:Bc><input name='x' value='Jk Lm'><given>Ab</given></",
    "cda_patient_ids": '<patientRole><id root="1" extension="A1"/>',
    # the twenty-first round: split names, HTML tables by their header row, digit runs across column gaps
    "split_name_keys": "first='Ab', first: last= 'Cd' family:",
    "html_table_cells": "<table><tr><th>name</th><th>dob<tr><td>Ab Cd<td>",
    "column_gap_digits": "1 2  3 4  +5 6  (7) ",
    "name_answers": "Name?\nA: ja Ab Cd\n",
    "greetings": "\nHi Ab, Hallo Cd!",
    "ru_given_surnames": ": Аб Вгова, ",
    "birth_prompts": "дата рождения\nА: ",
    "secret_lists": "credentials:\n- Ab1!cdefgh\n",
    "contact_after_names": "Ab Cd ist unter Ef Gh (E-Mail ",
    "recipient_lines": "Ab Cd\n12 Main Street\n",
    # the twenty-second round: names before their data, person verbs, chat export senders, group names, chat passwords
    "names_before_data": "Ab Cd, 030 1234567, Ef Gh / ",
    "person_verbs": "Ab Cd bittet Ef Gh ist am 1",
    "chat_senders": "01.01.24, 10:00 - Ab Cd: x\nAb Cd \u00b7 10:00\n",
    "group_objects": '{"name": "Ab Cd", "type": "private_group", ',
    "password_qualifiers": "пароль от вайфая hT4%kWq9#Zp ",
    "contact_cards": "Contact card: Ab Cd | 598 740 3088 | ",
    "lower_case_names": "anna berg, 030 1234567 / ",
    "lower_case_pairs": "elaine foster elaine ",
    "owners_before_data": "INN von Ab Cd: 500100732259 von Ab ",
    # the twenty-third round: bracketed contact records
    "contact_records": "(1,'Ab Cd','a@b.co','1999-01-01'),",
    "contact_records_bare": "(1, a@b.co, 1999-01-01, ",
    "record_brackets": "(1 (2) a@b.co, (",
    "json_rows": '[1, "Ab Cd", "a@b.co", "1999-01-01"], [',
    "tab_rows": "Ab Cd\ta@b.co\t1999-01-01\t",
    "logfmt_records": 'a="Ab Cd" iban=DE89370400440532013000 b=1 ',
    "owners_in_brackets": "PT-604053 (Ab Cd) ",
    "registry_logins": "docker login -u a -p ",
    "signatures": 'x. Danke, Ab Cd"\n. Ef, Gh\n',
    "patient_versus": "patient: AB123456 vs CD654321-X ",
    "account_holders": "Ab Cd kommt seit dem 1. Ab Cd cannot log in ",
    "contact_pairs": "(a@b.co, 2025550123) ",
    # the twenty-fourth round: transcripts
    "speaker_turns": "[00:00:01] Ab Cd: x\n(00:01) Ef Gh: ",
    "speaker_turns_untimed": "Anna Berg: x\nEf Gh: y\\n",
    "speaker_turns_long_line": "Anna Berg: " + "x " * 40,
    "vtt_voices": "<v Ab Cd>x <v.a ",
    "answer_turns": "date of birth?\n\n4\n00:01:50,862 --> 00:01:54,523\n<v Ab>It's 1.1. ",
    "answer_record_numbers": "record number on it?\nAb: Yes, it says AB-12 ",
    "answer_passwords": "the password?\nAb: It's Ab1*Ab1*Ab1*Ab1*Ab1*Ab1*Ab1*Ab1* ",
    "dob_row_cells": "| dob | 1.1.1980 | 1980-01-01 | x ",
    "birth_document_columns": "| birth place | dob |\n|---|---|\n| a | 1.1.1980 |\n",
    "version_is": "version of the form is 1.2.3.4 ",
    "spoken_address_joints": "ab underscore cd 12 at ef Bindestrich gh dot ",
    "spoken_digits": "oh double four, triple six - ",
    "json_answers": '{"text": "date of birth?"},\n {"start": 1.2, "speaker": "a b", ',
    "json_answer_marks": 'birth" }, ] , { [ ',
    "voice_commands": '"call ab-cd e. fg-hi jk "\nruf ab cd ',
    "json_escapes": "Herr J\\u00fcrgen M\\u00fcller, \\u0418\\u0432\\u0430\\u043d \\ud83d\\ude00 ",
    # the thirtieth round: speech, records and FHIR references
    "untimed_dialogue": "Ab Cd: so we are here\nEf Gh: yes we are\n",
    "asked_names": "Ok. David, can you x? Action item for Dana: y. ",
    "birth_date_after_role": "Patient: Ab Cd, 01.02.1980\nPatient: Ef Gh (1.2.1980) ",
    "bar_records": "Ab Cd | 01.02.1980 | +1 305 709 1522 | a@b.cd\n",
    "fhir_display": '{"reference": "Patient/1", "display": "Ab Cd"}, {"subject": {"display": "Ef Gh"}}, ',
    "greeting_intros": "Bonjour, ici Ab Cd de x. Hi, this is Ef Gh from y. ",
    "hl7_clinicians": "\rPV1|1|I|W1||||55^Ab^Cd^E|||MED\rOBR|1|||||||||||||||88^Ef^Gh",
    "fhir_identifiers": '{"use": "usual", "system": "urn:oid:1.2", "value": "AB123456"}, {"system": "us-ssn", "value": "123456789"}, ',
    "patient_key_ids": '{"patient": "P51D7333", "x": {"patient": {"name": "Ab Cd", "id": "1234567"}}}, ',
    "names_then_bracket_dates": "for Ab Cd (16-May-2000): x, until 2021-11-28. record AB12345 lab ",
    "aws_key_pairs": "`AKIAYLJY7XEPXYIKJMIP` / `la82AKxrtcKMYqI1KQQIcQsgV/G1j6oO10Dg1bMQ` ",
    "requests_answered": "Say the password of the hub.\n00:01 Ab Cd: It's ",
    "answers_after_words": "Social Security number.\n(00:01:27) Ab Cd: Sure, it's 406637236 ",
    "subtitle_answers": "number.\n\n1\n00:00:01,000 --> 00:00:02,000\nSure, it's 1 ",
    "document_types": '{"type": {"text": "passport"}, "a": "b", "value": "4511 444607", ',
    "secret_states": "- **Secret exposé :** a ",
    "curl_continuations": "curl -u 'a:$b' \\\n ",
    "ids_beside_birth_dates": "Patient Ab Cd, 1941-01-16, AB-1234; ",
    "patient_triples": "AB-1234, 12/10/1957 — Ab Cd, 1.2.1950, CD-5678; ",
    "spelled_names": "Please spell it. A-B-C-D A B C D. ",
    "scanner_findings": '{"ruleId": "generic-secret", "x": {"match": "Ab1%Cd2&Ef"}, "match": "Ab1%Cd2&Ef", ',
    # the thirty-third round: combo lines, bare Russian streets, family trees, listed names, holders' columns
    "combo_lines": "ab.cd@ef.gh:Pass1!\nab@cd.ef|x;y ",
    "ru_bare_streets": "Аб, д. 1, кв. 2 по адресу Вг, д.",
    "gedcom_records": "0 @I1@ INDI\n1 NAME Ab /Cd/\n1 BIRT\n2 DATE 1 JAN 1900\n2 ADDR 1 Ab\n",
    "listed_names": "1. Ab CD, de Ef — 12 Oak Road\n- ",
    "holder_columns": "Konto|Inhaber\nDE89370400440532013000|Ab Cd\n",
    "mailbox_json_lines": '"Ab, Cd",\n "abc@de.fg",\n',
    # the thirty-fourth round: field particles, legal captions and speakers, bare Russian streets with dates, host IPs
    "field_particles": "Inhaber: von de La Ab, Cd; ",
    "legal_captions": "AB CD,\n   Plaintiff,\nMR. AB: BY MS. CD DE LE FG, née ",
    "ru_dated_streets": "Л.Аб, д. 1, 8 Марта, д. 2 Мая 1, д. 30 лет Аб, д.",
    "host_label_ips": "a://b:c@d-1.2.3.4:5/ e-",
    # the thirty-fifth round: court roles, genealogy's birth stars, combo elements, glued patient identifiers
    "court_roles": "Richterin am Amtsgericht Ab Cd, Kanzlei Ef, Судья Аб В.Г. un certain Ab ",
    "birth_stars": "Ab Cd, * 1.2.1950, (* 3. Mai 1950 ",
    "combo_elements": '["ab@cd.ef:Gh1!", "ab@cd.ef.gh.ij:',
    "glued_patient_ids": '{"dossier": "IPP2142319", "ne_le": "1/2/1980", "dr": "',
    "roles_before_data": "Ab Cd (Ef gh) – Ij Kl, mn op qr, +49 171 2508389, Titulaire du ab : ",
}


# 16x the input: linear is 16, quadratic 256.
_MAX_GROWTH = 40


def _time(text, attempts):
    """Best of `attempts` runs, without the garbage collector: its passes grow with the objects alive,
    which is not what this test is about (backtracking in the patterns)."""
    best = None
    gc.disable()
    try:
        for attempt in range(attempts):
            t = time.perf_counter()
            ENGINE.redact(text)
            dt = time.perf_counter() - t
            best = dt if best is None else min(best, dt)
    finally:
        gc.enable()
    return best


def _growth(small, big):
    """How much longer the 16x input takes. The big input runs once, and twice more only when that run
    looks too slow: a backtracking pattern is still too slow on its best run, a busy machine is not."""
    t_small = max(_time(small, 3), 5e-3)
    ratio = _time(big, 1) / t_small
    if ratio > _MAX_GROWTH:
        ratio = _time(big, 2) / t_small
    return ratio, t_small


@pytest.mark.parametrize("name", sorted(UNITS))
def test_time_grows_linearly(name):
    unit = UNITS[name]
    small = unit * (65536 // len(unit))
    big = unit * (1048576 // len(unit))
    ratio, t_small = _growth(small, big)
    assert ratio <= _MAX_GROWTH, (name, t_small, ratio)


@pytest.mark.parametrize("tail", ["x", "u00fc"])
def test_a_run_of_backslashes_in_nested_json_grows_linearly(tail):
    # one escaped quote of nested JSON, then a single run of backslashes (each start inside it must not rescan it),
    # before a letter or an escape's digits
    small = '{"a": "\\\\\\"' + "\\" * 65536 + tail + '"}'
    big = '{"a": "\\\\\\"' + "\\" * 1048576 + tail + '"}'
    ratio, t_small = _growth(small, big)
    assert ratio <= _MAX_GROWTH, (t_small, ratio)
