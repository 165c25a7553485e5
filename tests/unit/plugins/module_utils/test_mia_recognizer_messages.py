# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Structured messages: HL7 v2 (PID, NK1, GT1, IN1), ANSI X12 (NM1, DMG, N3, REF*SY, PER*IC), SWIFT MT (50K, 59)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine.recognizers import StructuredMessageRecognizer

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted

HL7 = ("MSH|^~\\&|ADT1|GOOD HEALTH|REG|HOSP|202403151230||ADT^A01|MSG00001|P|2.5\r"
       "PID|1||MRN4471823^^^HOSP^MR||QUENNELL^Marguerite^Anne||19620417|F|||1442 Cedar Hollow Rd^^Dayton^OH^45402||"
       "(937)555-0148|^PRN^PH^^1^937^5550199||||||512-44-9021\r"
       "NK1|1|QUENNELL^Oswin^J|SPO\r"
       "GT1|1||TARLETON^Ivo||88 Wren St^^Akron^OH^44301\r"
       "IN1|1|PLAN7|INS1|ACME INS||||||||||||BRAXTED^Noor|SEL|19700101\r"
       "OBX|1|NM|GLU^Glucose||105|mg/dL|70-99|H|||F\r")
X12 = ("ISA*00*          *00*          *ZZ*SENDER*ZZ*RECV*240315*1230*^*00501*000000001*0*P*:~ST*837*0001~"
       "NM1*IL*1*HARTWELL*DESMOND*R***MI*W88231457~N3*417 BRAMBLE CT~DMG*D8*19710822*M~REF*SY*431558290~"
       "PER*IC*LORENA VASQUEZ*TE*5035550172~NM1*QC*1*OKAFOR*ADA****34*219094426~"
       "NM1*85*2*ACME CLINIC*****XX*1234567893~CLM*A37YH556*500***11:B:1*Y*A*Y*I~SE*10*0001~")
SWIFT = (":20:REF12345\n:32A:240315EUR1250,00\n:50K:/DE89370400440532013000\nHEINRICH BAUMGARTNER\nKASTANIENALLEE 23\n"
         "10435 BERLIN\n:59:/FR1420041010050500013M02606\nClaire Duval\n14 RUE DES LILAS\n75011 PARIS\n:71A:SHA\n"
         ":59F:/GB29NWBK60161331926819\n1/PERCIVAL ODUYA\n2/7 HARBOUR ROAD\n3/GB/LONDON\n")


@pytest.mark.parametrize("doc, secrets, kept", [
    (HL7, ("MRN4471823", "QUENNELL", "Marguerite", "Anne", "19620417", "1442 Cedar Hollow", "555-0148", "5550199",
           "512-44-9021", "Oswin", "TARLETON", "88 Wren St", "BRAXTED", "Noor", "19700101"),
     ("MSH|^~\\&|ADT1|GOOD HEALTH", "202403151230", "OBX|1|NM|GLU^Glucose||105|mg/dL|70-99|H", "Dayton^OH")),
    (HL7.replace("\r", "\n"), ("MRN4471823", "QUENNELL", "19620417", "512-44-9021"), ("OBX|1|NM|GLU^Glucose||105",)),
    (X12, ("HARTWELL", "DESMOND", "W88231457", "417 BRAMBLE", "19710822", "431558290", "LORENA", "VASQUEZ", "5035550172",
           "OKAFOR", "219094426"),
     ("ACME CLINIC", "1234567893", "CLM*A37YH556*500", "ISA*00*", "SE*10*0001~")),
    (SWIFT, ("BAUMGARTNER", "HEINRICH", "KASTANIENALLEE 23", "Claire Duval", "14 RUE DES LILAS", "PERCIVAL", "ODUYA",
             "7 HARBOUR ROAD"),
     (":20:REF12345", ":32A:240315EUR1250,00", "10435 BERLIN", "75011 PARIS", ":71A:SHA")),
])
def test_structured_message_fields_are_masked(doc, secrets, kept):
    out = redacted(doc)
    for value in secrets:
        assert value not in out, (value, out)
    for value in kept:
        assert value in out, (value, out)


def test_hl7_names_only_components():
    out = redacted("PID|1||12345^^^H^MR||ROE^Jane^^^Dr^MD||19800101\n")
    assert "Dr^MD" in out and "ROE" not in out and "Jane" not in out


@pytest.mark.parametrize("text", [
    "| PID | name | dob |\n|-----|------|-----|\n| 1 | Alpha Beta | 1980 |\n",          # markdown table
    "Use a pipe: cat PIDFILE | grep PID|sort\nThe PID|PPID columns hold 19620417 and 512449021\n",
    "OBX|1|ST|NOTE^Note||Quennell Marguerite 19620417||\n",                             # non-PID segment
    "**bold** and *italic* N3 is a note * 12 Main\nNM1 * IL * 1 * not x12\n",             # markdown stars
    "meeting at 12:59:30\nHEINRICH BAUMGARTNER came at 09:50K:\n",                        # times, not SWIFT tags
    ":59:/FR1420041010050500013M02606\nACME TRADING GMBH\nHAFENSTRASSE 5\n",                # a firm beneficiary
    "NM1*85*2*ACME CLINIC*****XX*1234567893~N3*SUITE~",                                   # organisation, no number
])
def test_structured_message_hard_negatives(text):
    found = []
    StructuredMessageRecognizer().analyze(SimpleNamespace(text=text), found)
    assert not found, (text, found)


def test_messages_inside_json_strings():
    import json
    doc = json.dumps({"hl7": HL7, "mt103": SWIFT, "note": "x"})
    out = redacted(doc)
    for value in ("MRN4471823", "QUENNELL", "19620417", "512-44-9021", "1442 Cedar Hollow", "BAUMGARTNER", "KASTANIENALLEE 23",
                  "Claire Duval", "PERCIVAL"):
        assert value not in out, (value, out)
    assert json.loads(out)["note"] == "x" and "OBX|1|NM|GLU^Glucose||105" in out and "10435 BERLIN" in out
