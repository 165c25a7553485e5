# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Values read aloud and written down by speech-to-text: e-mail addresses with their underscores, hyphens and digits
spoken as words, phone numbers with "double", "oh" and spoken dashes."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, found as _found


@pytest.mark.parametrize("text, address", [
    ("or just email me at richard underscore marshall at sky dot com i'm away", "richard underscore marshall at sky dot com"),
    ("die bestätigung geht an marian Unterstrich thies at web Punkt de richtig", "marian Unterstrich thies at web Punkt de"),
    ("die erinnerung geht an drago Punkt schlosser at t Bindestrich online Punkt de",
     "drago Punkt schlosser at t Bindestrich online Punkt de"),
    ("schreiben sie an taesche Punkt margarete ät gmx Punkt de ab dem 22.10.2023", "taesche Punkt margarete ät gmx Punkt de"),
    ("reconnu : rogerbernard 29 arobase laposte point net", "rogerbernard 29 arobase laposte point net"),
    ("m'écrire à thierry tiret bas delahaye arobase sfr point fr", "thierry tiret bas delahaye arobase sfr point fr"),
    ("the reminder goes to paulhill 24 at gmail dot com", "paulhill 24 at gmail dot com"),
    ("напишите на yuliya нижнее подчёркивание kabanova собака list точка ru с 13.",
     "yuliya нижнее подчёркивание kabanova собака list точка ru"),
    ("договор придёт на rsubbotina 94 собака mail точка ru", "rsubbotina 94 собака mail точка ru"),
])
def test_a_spoken_address_is_found_whole(text, address):
    assert _found(text, "EMAIL") == [address]


@pytest.mark.parametrize("text", [
    "I was stuck at this point in time, the underscore key at the top dot matrix printer",
    "we meet at noon dash off at one and minus two at most",
    # words of two languages: "Punkt" is German, "underscore" no part of a German address here
    "stand at the Punkt underscore of the map",
])
def test_spoken_joints_in_prose_are_no_address(text):
    assert _found(text, "EMAIL") == []


@pytest.mark.parametrize("text, number", [
    ('caller said "plus double four, one six one, one six four, three one three six"',
     "plus double four, one six one, one six four, three one three six"),
    ("perfect that matches is oh seven six double four - three three four - six four five still the best number",
     "oh seven six double four - three three four - six four five"),
    ("call me back on zero two oh, double oh three one, five seven six nine or just email",
     "zero two oh, double oh three one, five seven six nine"),
    ("SPEAKER_01: three one two - eight seven three - three seven five two that's my cell",
     "three one two - eight seven three - three seven five two"),
    ("better use my mobile you know plus one, five zero three, double seven zero, seven four three one",
     "plus one, five zero three, double seven zero, seven four three one"),
])
def test_a_spoken_phone_number_is_found_whole(text, number):
    assert _found(text, "PHONE") == [number]


def test_double_and_oh_in_prose_are_no_number():
    assert ENGINE.analyze("I have one, two or three four five apples and a double seven zero score") == []
