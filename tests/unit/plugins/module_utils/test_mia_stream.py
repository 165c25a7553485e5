# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings, strategies as st

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import Engine, SSERedactor
from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import run_stream

ENGINE = Engine()
PEM = ("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\n"
       "MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu\n"
       "NMoSfm76oqFvAp8Gy0iz5sxjZmSnXyCdPEovGhLa0VzMaQ8s+CLOyS56YyCFGeJZ\n-----END PRIVATE KEY-----")
BLOCKS = ["Patient John Doe", " has email ", "jane.roe@example.org", " and SSN ", "123-45-6789", ". ",
          "call +44 20 7946 0958", " IBAN DE89 3704 0044 0532 0130 00", " ok\n", "version 10.2.3.4 ",
          "Herr Klaus Schneider wohnt in Hauptstraße 12, 10115 Berlin. ", "ИНН 7707083893, ",
          "token ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8 ", "DOB 04/07/1981", " lorem ipsum dolor ",
          "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
          "\n" + PEM + "\n", "12:30:45 ", "4111 1111 1111 1111", "x" * 40, "\u200b"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(BLOCKS), min_size=1, max_size=14), st.lists(st.integers(0, 3000), max_size=60))
def test_stream_equals_whole_for_any_chunking(blocks, cuts):
    text = "".join(blocks)
    cuts = [c for c in cuts if c < len(text)]
    out, hold = run_stream(text, cuts)
    assert out == ENGINE.redact_text(text)
    assert hold <= ENGINE.stream().max_holdback


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(BLOCKS), min_size=1, max_size=10))
def test_redaction_is_idempotent(blocks):
    once = ENGINE.redact(" ".join(blocks))
    assert ENGINE.redact(once) == once


def test_char_by_char_stream():
    text = "".join(BLOCKS) * 2
    out, hold = run_stream(text, range(len(text)))
    assert out == ENGINE.redact_text(text)
    assert hold <= 256


def test_nothing_emitted_belongs_to_entity():
    text = "mail jane.roe@example.org now" + " filler" * 60
    st_ = ENGINE.stream()
    emitted = ""
    for ch in text:
        emitted += st_.feed(ch)
        assert "jane" not in emitted and "example.org" not in emitted
    emitted += st_.flush()
    assert "[EMAIL]" in emitted


def _frame(content, idx=0, finish=None):
    obj = {"id": "c1", "object": "chat.completion.chunk",
           "choices": [{"index": idx, "delta": {"content": content}, "finish_reason": finish}]}
    return "data: " + json.dumps(obj) + "\n\n"


def test_sse_redactor_reframes_deltas():
    text = "Contact jane.roe@example.org or call +44 20 7946 0958 today." + " more text" * 30
    pieces = [text[i:i + 5] for i in range(0, len(text), 5)]
    sse = SSERedactor(ENGINE)
    raw = "".join(_frame(p) for p in pieces) + _frame("", finish="stop") + "data: [DONE]\n\n"
    out = ""
    for i in range(0, len(raw), 37):            # arbitrary byte framing
        out += sse.feed(raw[i:i + 37].encode())
    out += sse.flush()
    content = ""
    frames = [f for f in out.split("\n\n") if f]
    assert frames[-1] == "data: [DONE]"
    for f in frames[:-1]:
        obj = json.loads(f[len("data: "):])
        assert obj["id"] == "c1"
        content += obj["choices"][0]["delta"].get("content") or ""
    assert content == ENGINE.redact_text(text)
    assert "jane" not in out and "7946" not in out


def test_table_dob_column_survives_long_streams():
    rows = "".join('"Person %d",p%d@example.com,+44 20 7946 09%02d,%02d/0%d/19%d,"Town"\n'
                   % (i, i, i, 10 + i, 1 + i % 9, 50 + i) for i in range(12))
    text = "name,email,phone,date_of_birth,city\n" + rows
    whole = ENGINE.redact_text(text)
    assert whole.count("[DATE_OF_BIRTH]") == 12
    out, hold = run_stream(text, range(0, len(text), 3))
    assert out == whole and hold <= 256


@pytest.mark.parametrize("step", [1, 7, 40])
def test_sql_columns_reach_rows_after_a_values_line_of_its_own(step):
    row = "  (%d, 'Client %d', 'c%d@example.com', '19%d-0%d-1%d', 'row %d')"
    rows = ",\n".join(row % (100 + i, i, i, 50 + i, 1 + i % 9, i % 10, i) for i in range(14))
    text = "```sql\nINSERT INTO clients (row_no, person, mail, born, note)\nVALUES\n" + rows + ";\n```"
    whole = ENGINE.redact_text(text)
    assert whole.count("[DATE_OF_BIRTH]") == 14
    out, hold = run_stream(text, range(0, len(text), step))
    assert out == whole and hold <= 256


PROSE = ("the summary took longer than expected, and the nightly job can be regenerated on demand. the summary flagged "
         "two fields for review and the follow-up check was limited to the requested fields. our reviewer can be reached "
         "tomorrow. the billing team was limited to the requested fields and the export was regenerated twice in the last "
         "week because the upstream job failed. the follow-up check was limited to the requested fields. the nightly job "
         "can be regenerated on demand. the summary flagged two fields for review. the export went out late. ")


@pytest.mark.parametrize("lead", [0, 150, 400])
def test_a_name_with_o_apostrophe_is_found_at_any_offset_of_a_long_text(lead):
    # texts over 512 characters probe the name scan near anchors; the probe must reach past "O'W" of "O'Williams"
    text = PROSE[:lead] + PROSE + "discharge note for Pauline O'Williams follows."
    out = ENGINE.redact_text(text)
    assert "O'Williams" not in out and "[PERSON]" in out
    for step in (7, 64):
        assert run_stream(text, range(0, len(text), step))[0] == out


@pytest.mark.parametrize("levels", [1, 2, 3])
def test_a_key_in_json_encoded_several_times_is_swallowed_whole(levels):
    # each level of JSON encoding adds backslashes before the key's line breaks (a run of them before "n")
    value = {"tls_key": PEM, "service": "meter-gw"}
    for _level in range(levels):
        value = {"secrets": json.dumps(value)}
    text = json.dumps(value, indent=1)
    whole = ENGINE.redact(text)
    body = [line for line in PEM.split("\n") if "-----" not in line]
    assert not any(line in whole for line in body)
    for step in (1, 7, 64):
        out = run_stream(text, range(0, len(text), step))[0]
        assert not any(line in out for line in body), step


def test_a_fhir_patient_streams_like_the_whole_text():
    # pretty-printed deep, "name" stands more than the stream's left context above "given", and the identifier's
    # type "MRN" as far above its "value"
    patient = {"identifier": [{"type": {"text": "MRN"}, "system": "urn:oid:2.16.840.1.113883.3.3325", "value": "95115/25"}],
               "name": [{"use": "official", "family": "Striebitz", "given": ["Lorenzo"]}], "gender": "male"}
    doc = {"bundle": {"entry": [{"resource": {"patient": patient}}]}}
    text = json.dumps(doc, indent=4)
    whole = ENGINE.redact(text)
    assert "Lorenzo" not in whole and "Striebitz" not in whole
    for step in (1, 5, 16, 64):
        assert run_stream(text, range(0, len(text), step))[0] == whole, step


@pytest.mark.parametrize("step", [16, 64])
def test_a_sentence_with_commas_and_a_birth_word_is_no_table_header(step):
    # the stream took the sentence for a header, then the real header below it for one of its rows
    prose = ("Пациент Агафонов Леон Юльевич, дата рождения 18.08.1976, номер медицинской карты 997300; "
             "повторный приём 2023-09-19, всё в порядке.\n")
    rows = "".join("92fe24a6-fadd-46af-a68f-36db906b26%02d,Велимир Шаров%d,v%d@example.org,2019-08-25T05:09:22+01:00\n"
                   % (i, i, i) for i in range(4))
    text = prose + "id,full_name,email,created\n" + rows
    whole = ENGINE.redact_text(text)
    assert "Велимир" not in whole
    assert run_stream(text, range(0, len(text), step))[0] == whole


def test_pem_keeps_line_breaks_and_streams_them():
    body = "\n".join(("QUJD" * 16)[i:] + ("QUJD" * 16)[:i] for i in range(30))
    pem = "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----"
    text = "key:\n" + pem + "\nafter" + " tail" * 40
    whole = ENGINE.redact_text(text)
    assert whole.startswith("key:\n[API_KEY]" + "\n" * 31) and "QUJD" not in whole
    st_ = ENGINE.stream()
    got = ""
    lag = 0
    for i, ch in enumerate(text):
        got += st_.feed(ch)
        if "[API_KEY]" in got and i < len(text) - 300:
            # line breaks of the swallowed key are emitted as they arrive
            lag = max(lag, text.count("\n", 0, i + 1) - got.count("\n"))
    got += st_.flush()
    assert got == whole
    assert lag <= 4


def test_sse_non_json_data_is_redacted_as_text():
    sse = SSERedactor(ENGINE)
    out = sse.feed("data: mail jane.roe@example.org now\n\n: note for bob.smith@example.com\n\n") + sse.flush()
    assert "jane.roe@example.org" not in out and "bob.smith@example.com" not in out
    assert "data: mail [EMAIL] now\n\n" in out


def test_sse_utf8_split_across_byte_chunks_survives():
    frame = "data: " + json.dumps({"choices": [{"index": 0, "delta": {"content": "Grüße aus Köln"}}]}, ensure_ascii=False) + "\n\n"
    raw = (frame + "data: [DONE]\n\n").encode("utf-8")
    cut = raw.index("ü".encode("utf-8")) + 1
    sse = SSERedactor(ENGINE)
    out = sse.feed(raw[:cut]) + sse.feed(raw[cut:]) + sse.flush()
    content = "".join(json.loads(line[6:])["choices"][0]["delta"].get("content") or ""
                      for line in out.split("\n") if line.startswith("data: {"))
    assert content == "Grüße aus Köln"


def _sse_both(frames):
    """Feed frames to a redactor with and one without frame templates; both outputs (per feed)."""
    outs = []
    for builds in (SSERedactor.template_builds, 0):
        sse = SSERedactor(ENGINE)
        sse.template_builds = builds
        outs.append([sse.feed(f) for f in frames] + [sse.flush()])
    return outs


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(BLOCKS + ['"q"\\', "\\u00e9", '"}]}', "\n\n", "data: x"]), min_size=1, max_size=25),
       st.sampled_from([(",", ":"), (", ", ": ")]), st.booleans(), st.lists(st.integers(0, 5), min_size=1, max_size=25))
def test_sse_frame_template_equals_general_path(pieces, sep, ascii_, kinds):
    head = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1.5, "model": "m\u00e9", "x": [None, True]}
    frames = []
    for i, p in enumerate(pieces):
        kind = kinds[i % len(kinds)]
        ch = {"index": 1 if kind == 1 else 0, "delta": {"content": p}, "finish_reason": "stop" if kind == 2 else None}
        obj = dict(head, choices=[ch], created=2 if kind == 3 else 1.5)
        if i % 3:
            obj["obfuscation"] = p[::-1] if kind else "pad%d" % i
        if kind == 4:
            obj["choices"].append({"index": 1, "delta": {"content": p}})
        text = json.dumps(obj, separators=sep, ensure_ascii=ascii_)
        frames.append(("data:" + text + "\n\n") if kind == 5 else ("data: " + text + "\n\n"))
    frames.append("data: [DONE]\n\n")
    fast, general = _sse_both(frames)
    assert fast == general


def test_sse_frame_template_rejects_look_alike_frames():
    tpl = 'data: {"id":"c","choices":[{"index":0,"delta":{"content":%s},"finish_reason":null}]}\n\n'
    frames = [tpl % '"Hi "', tpl % '"jane.roe@example.org"', tpl % '"a", "role": "x"', tpl % "5", tpl % '"a"\n',
              tpl % '"b" ', tpl % "null", tpl % '"x\\u00e9"', "data: [DONE]\n\n"]
    fast, general = _sse_both(frames)
    assert fast == general


def test_sse_many_events_in_one_read_equal_event_by_event():
    text = "Mail jane.roe@example.org, call +44 20 7946 0958. " * 20
    frames = [_frame(text[i:i + 9]) for i in range(0, len(text), 9)] + [_frame("", finish="stop"), "data: [DONE]\n\n"]
    one = SSERedactor(ENGINE)
    many = SSERedactor(ENGINE)
    assert one.feed("".join(frames).encode()) + one.flush() == "".join(many.feed(f) for f in frames) + many.flush()


def test_sse_frame_template_serves_openai_chunks_with_obfuscation_padding():
    head = {"id": "chatcmpl-9", "object": "chat.completion.chunk", "created": 1, "model": "gpt-4o", "service_tier": "default"}
    text = "Mail jane.roe@example.org, call +44 20 7946 0958. " * 6
    frames = []
    for i in range(0, len(text), 7):
        obj = dict(head, choices=[{"index": 0, "delta": {"content": text[i:i + 7]}, "logprobs": None, "finish_reason": None}],
                   obfuscation="x" * (i % 11))
        frames.append("data: " + json.dumps(obj, separators=(",", ":")) + "\n\n")
    frames += ["data: " + json.dumps(dict(head, choices=[{"index": 0, "delta": {}, "finish_reason": "stop"}])) + "\n\n", "data: [DONE]\n\n"]
    fast, general = _sse_both(frames)
    assert fast == general
    sse = SSERedactor(ENGINE)
    for f in frames:
        sse.feed(f)
    assert sse._builds == 1          # every later content frame went through the template


@pytest.mark.parametrize("tail", [". ", ".", "... next", " x", "." * 300 + " end"])
@pytest.mark.parametrize("step", [1, 5, 64])
def test_a_long_jwt_swallowed_in_a_stream_leaves_the_sentence_dots(tail, step):
    jwt = [b for b in BLOCKS if b.startswith("eyJ")][0]
    text = jwt * 3 + tail
    out, hold = run_stream(text, range(step, len(text), step))
    assert out == ENGINE.redact_text(text)
    assert hold <= 256


@pytest.mark.parametrize("into_footer", [1, 5, 9, 20])
def test_a_key_in_a_json_string_swallows_a_footer_that_arrives_late(into_footer):
    # the key is longer than the hold-back, and the input so far ends inside its footer
    body = "\n".join(("MHcCAQEEIB" + "x7Qk2" * 60)[i:i + 64] for i in range(0, 290, 64))
    text = json.dumps({"stringData": {"TLS_KEY": "-----BEGIN EC PRIVATE KEY-----\n" + body + "\n-----END EC PRIVATE KEY-----"},
                       "annotations": {"checksum": "17b62cd"}})
    footer = text.index("-----END")
    out, hold = run_stream(text, [footer + into_footer] + list(range(footer + into_footer + 3, len(text), 3)))
    assert out == ENGINE.redact(text)
    assert "-----END" not in out and hold <= 256


@pytest.mark.parametrize("step", [1, 3, 7, 16])
def test_table_rows_longer_than_the_left_context_keep_their_header(step):
    # the header scrolls out while a row that began before the left context is still open
    rows = "".join('"Person %d",person.number%d@example.com,+44 20 7946 09%02d,"%s",%02d/0%d/19%d,"Town"\n'
                   % (i, i, i, "note " * (24 + i), 10 + i, 1 + i % 9, 50 + i) for i in range(8))
    text = "name,email,phone,remarks,date_of_birth,city\n" + rows
    whole = ENGINE.redact_text(text)
    assert whole.count("[DATE_OF_BIRTH]") == 8
    out, hold = run_stream(text, range(step, len(text), step))
    assert out == whole and hold <= 256


@pytest.mark.parametrize("into_footer", [1, 2, 6, 20, 34, 35, 36])
@pytest.mark.parametrize("after", ["\n\nPlease revoke it.", "\nrevoked, rotate"])
def test_a_long_key_swallows_a_footer_after_its_line_break_and_nothing_after(into_footer, after):
    # the input so far ends on the line break before the footer, inside it or just after it
    body = "\n".join(("b3BlbnNzaC1rZXktdjE" + "Qm9keQ" * 60)[i:i + 70] for i in range(0, 350, 70))
    text = "Key file contents:\n-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + "\n-----END OPENSSH PRIVATE KEY-----" + after
    footer = text.index("\n-----END")
    out, hold = run_stream(text, [footer + into_footer] + list(range(footer + into_footer + 4, len(text), 4)))
    assert out == ENGINE.redact_text(text)
    assert "-----END" not in out and out.endswith(after) and hold <= 256


@pytest.mark.parametrize("step", [1, 7, 40])
def test_vcard_streamed_equals_whole(step):
    card = ("BEGIN:VCARD\nVERSION:3.0\nN:Ashdown;Corwin;;;\nFN:Corwin Ashdown\nTEL;TYPE=CELL:+1 415 555 0134\n"
            "ADR;TYPE=HOME:;;88 Quillfeather Lane\\, Apt. 4;Riverton\\, WY 82501;;;\nBDAY:19670312\nEND:VCARD\n")
    text = ("lorem ipsum " * 9 + "\n" + card) * 3
    out, hold = run_stream(text, range(0, len(text), step))
    assert out == ENGINE.redact_text(text)
    assert "Corwin" not in out and "19670312" not in out


@pytest.mark.parametrize("step", [3, 50])
def test_id_table_column_streamed_equals_whole(step):
    rows = "".join("%d;Person;2024-01-%02d;2194512%02d;ok\n" % (i, i % 28 + 1, i) for i in range(10, 60))
    text = "intro text\nrow_id;full_name;updated;ssn;state\n" + rows + "tail\n"
    out, hold = run_stream(text, range(0, len(text), step))
    assert out == ENGINE.redact_text(text)
    assert "219451259" not in out


@pytest.mark.parametrize("step", [1, 7, 40])
def test_structured_messages_streamed_equal_whole(step):
    msgs = ("MSH|^~\\&|A|B|C|D|202403151230||ADT^A01|1|P|2.5\nPID|1||MRN4471823^^^HOSP^MR||QUENNELL^Marguerite^Anne||19620417|F|||"
            "1442 Cedar Hollow Rd^^Dayton^OH^45402||(937)555-0148|||||||512-44-9021\nOBX|1|NM|GLU||105|mg/dL\n"
            "ST*837*0001~NM1*IL*1*HARTWELL*DESMOND*R***MI*W88231457~N3*417 BRAMBLE CT~DMG*D8*19710822*M~REF*SY*431558290~\n"
            ":50K:/DE89370400440532013000\nHEINRICH BAUMGARTNER\nKASTANIENALLEE 23\n10435 BERLIN\n:71A:SHA\n")
    text = ("lorem ipsum " * 9 + "\n" + msgs) * 3
    out, hold = run_stream(text, range(0, len(text), step))
    assert out == ENGINE.redact_text(text)
    assert "Marguerite" not in out and "19710822" not in out and "BAUMGARTNER" not in out


@pytest.mark.parametrize("cuts", [[], [100, 150], list(range(0, 240, 7))])
def test_a_capitalised_run_longer_than_the_left_context(cuts):
    # glued names make one run of capitalised words over 128 characters: read from its start in both modes
    text = "Patient John Doe" * 12 + "x" * 40
    assert run_stream(text, cuts)[0] == ENGINE.redact_text(text)


@pytest.mark.parametrize("cuts", [[], list(range(0, 400, 5)), list(range(0, 400, 16))])
def test_a_record_word_reads_its_care_words_far_back_in_a_stream_too(cuts):
    # the medical words stand ~250 characters before "dossier": beyond the usual 128 of left context
    text = ("Consultation du patient terminée. " + "Le rendez-vous suivant est noté dans le calendrier partagé. " * 4
            + "Merci, l'adresse est notée ; dossier 846-2859119-5411520. Fin du message ici, bonne journée à tous." + " " * 40)
    assert run_stream(text, cuts)[0] == ENGINE.redact_text(text)


_PAD = ', "words": "' + "ok " * 30 + '"'
_MEMBERS = "".join(', "m%d": "%s"' % (k, "ok " * 13) for k in range(2))     # (short members: an utterance's own)
_FAR_CONTEXT_DOCS = [
    # the spell request, the care words and the question for the password stand beyond the stream's left context
    ('[{"start": 1.0, "speaker": "spk_0", "text": "Could you spell your surname for me?"' + _PAD + '}, {"start": 61.97, '
     '"end": 68.81, "speaker": "spk_1", "text": "Sure, C-L-A-R-K-E.", "confidence": 0.977}]', "C-L-A-R-K-E"),
    ('{"extracted": {"patientName": "SMART, Kerry"' + _PAD + _PAD + '}, "sourceSnippet": "Applicant Kerry Smart, '
     '1941-01-16, IT-5948-3K1N", "extractorVersion": "29.5.20-rc.1"}', "IT-5948-3K1N"),
    ('[{"speaker": "spk_0", "text": "Can you read me the Wi-Fi password you set on the hub?", "confidence": 0.844' + _MEMBERS
     + '}, {"speaker": "spk_1", "text": "It\'s Volna2584!.", "confidence": 0.871}]', "Volna2584!"),
    # gitleaks: the rule's description opens the finding's object, far above its match
    ('[{"Description": "Generic API Key", "StartLine": 12, "EndLine": 12, "StartColumn": 4, "EndColumn": 60, "File": '
     '"config/prod.env", "Commit": "4f1c2e9", "Match": "Xz9dtnlcXlpqZ+fgqGb/VzgJbEOBEQGmf/P5ZLpOwwj", "RuleID": "generic"}]',
     "Xz9dtnlcXlpqZ+fgqGb/VzgJbEOBEQGmf/P5ZLpOwwj"),
    # a markdown table's header carried to rows far below it (with its rule), and a body row that is no header
    ("| Nom | IBAN | Jeton |\n|---|---|---|\n" + "| Charlotte Arnaud | FR6487343551950431251788273 | AKIAWMG6FPFN7PZIPTLU |\n" * 3
     + "| Catherine Coste | FR6487343551950431251788273 | atfA/EVyvYzG4UYAXTP+9KxjgHBeshcc3XUA+pGq |\n",
     "atfA/EVyvYzG4UYAXTP+9KxjgHBeshcc3XUA+pGq"),
    # a body row of a markdown table is no header, wherever the stream's window starts
    ("| Item | Result | Comment |\n|---|---|---|\n| Greeting & name | pass | Introduced self and company |\n"
     "| Verification | FAIL | Skipped the date of birth check |\n| Resolution | pass | Confirmation number repeated |\n", None),
]


@pytest.mark.parametrize("text, value", _FAR_CONTEXT_DOCS)
def test_values_decided_by_far_context_stream_like_the_whole_text(text, value):
    whole = ENGINE.redact(text)
    if value is not None:
        assert value not in whole
    for step in (1, 7, 16):
        assert run_stream(text, range(0, len(text), step))[0] == whole, step


_SPLIT_TEXT = "Reach Jane Roe at jane.roe@example.com or +1 415 555 0134 today"
_FIELD_FRAMES = {
    "completions-text": lambda t: {"choices": [{"index": 0, "text": t, "finish_reason": None}]},
    "reasoning": lambda t: {"choices": [{"index": 0, "delta": {"reasoning_content": t}, "finish_reason": None}]},
    "tool-arguments": lambda t: {"choices": [{"index": 0, "delta": {"tool_calls": [
        {"index": 0, "function": {"arguments": t}}]}, "finish_reason": None}]},
}


def _streamed(choice):
    delta = choice.get("delta", {})
    return (choice.get("text") or delta.get("content") or delta.get("reasoning_content")
            or "".join(c["function"].get("arguments", "") for c in delta.get("tool_calls", [])))


@pytest.mark.parametrize("field", sorted(_FIELD_FRAMES))
@pytest.mark.parametrize("finish", [False, True], ids=["done-flushes", "finish-reason-flushes"])
def test_other_streamed_texts_are_redacted_across_frames_like_content(field, finish):
    make = _FIELD_FRAMES[field]
    frames = [make(_SPLIT_TEXT[i:i + 4]) for i in range(0, len(_SPLIT_TEXT), 4)]
    if finish:
        frames[-1]["choices"][0]["finish_reason"] = "stop"
    sse = SSERedactor(ENGINE)
    out = "".join(sse.feed("data: %s\n\n" % json.dumps(f)) for f in frames) + sse.feed("data: [DONE]\n\n") + sse.flush()
    text = "".join(_streamed(json.loads(line[6:])["choices"][0]) for line in out.split("\n") if line.startswith("data: {"))
    assert text == ENGINE.redact(_SPLIT_TEXT) == "Reach [PERSON] at [EMAIL] or [PHONE] today"
