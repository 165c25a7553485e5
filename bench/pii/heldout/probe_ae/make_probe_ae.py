#!/usr/bin/env python3
"""make_probe_ae.py - held-out PII corpus "AE": travel, hospitality, events and property.

    python make_probe_ae.py --seed 1414 --out ae_1414.jsonl [--summary]

Writes one JSON document per line in the pii-bench schema.  Deterministic per --seed.
Every document is validated before anything is written; exits 1 on any problem.
"""
import argparse
import collections
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
try:
    import faker  # noqa: F401
except ImportError:
    sys.path.insert(0, "/tmp/faker-site")

from ae_common import R, T, J, flat, finish, jdump, jstyle
from ae_people import init_fakers, LANG_OF, fk
from ae_theme import Ctx
import ae_chat_en, ae_chat_de, ae_chat_fr, ae_chat_ru
import ae_json, ae_json2, ae_text, ae_forms, ae_obfdocs, ae_filler
from ae_validate import validate

SHAPES = [("chat", 200), ("json", 111), ("stream", 56), ("obfuscated", 56), ("json4k", 33), ("text4k", 22), ("long64k", 2)]
LOC_W = [("en_US", 33), ("ru_RU", 21), ("de_DE", 17), ("en_GB", 16), ("fr_FR", 13)]
STREAM_BASE = [("chat", 27), ("json", 15), ("text4k", 11), ("obfuscated", 3)]  # exact counts (dev-like 48/27/20/5 %)
CHAT = {"en": ae_chat_en.TEMPLATES, "de": ae_chat_de.TEMPLATES, "fr": ae_chat_fr.TEMPLATES, "ru": ae_chat_ru.TEMPLATES}

LEADS = {
    "en": ["Here is the record you asked for:\n\n", "I've formatted it below.\n\n", "Extracted from the attachment:\n\n", ""],
    "de": ["Hier der gewünschte Datensatz:\n\n", "Ich habe es unten aufbereitet.\n\n", "Aus dem Anhang übernommen:\n\n", ""],
    "fr": ["Voici l'enregistrement demandé :\n\n", "Je l'ai mis en forme ci-dessous.\n\n", "Extrait de la pièce jointe :\n\n", ""],
    "ru": ["Вот запрошенная запись:\n\n", "Оформил ниже.\n\n", "Данные из вложения:\n\n", ""],
}
ITEM = {"en": "## Item %d", "de": "## Vorgang %d", "fr": "## Élément %d", "ru": "## Запись %d"}
NO_BIG = ("loyalty_statement", "hotel_folio")  # records without PII: not used for json4k

HEADS = {
    "en": ["# Trip dossier", "# Front office hand-over notes", "# Event operations digest", "# Lettings file summary"],
    "de": ["# Reiseunterlagen", "# Übergabe Rezeption", "# Veranstaltungsübersicht", "# Vermietungsakte"],
    "fr": ["# Dossier de voyage", "# Consignes de la réception", "# Synthèse événement", "# Dossier de location"],
    "ru": ["# Материалы поездки", "# Передача смены ресепшн", "# Сводка по мероприятию", "# Дело по аренде"],
}


def wpick(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def pick_lang(rng, loc, p_en=0.2):
    native = LANG_OF[loc]
    if native != "en" and rng.random() < p_en:
        return "en"
    return native


# ----------------------------------------------------------------------------- builders
def section(cx, allow_text=True):
    """One chat-sized block: a chat template, a structured text format or a native form."""
    r = cx.rng.random()
    if allow_text and r < 0.18:
        name, fn = cx.pick(ae_text.SECTIONS)
        return "text." + name, fn(cx)
    if allow_text and r < 0.32:
        name, fn = cx.pick(ae_forms.FORMS[cx.lang])
        return "form.%s.%s" % (cx.lang, name), fn(cx)
    name, fn = cx.pick(CHAT[cx.lang])
    return "chat.%s.%s" % (cx.lang, name), fn(cx)


def build_chat(cx):
    tname, body = section(cx)
    if not tname.startswith("chat."):
        body = J(cx.pick(LEADS[cx.lang]), body)
    return tname, body, "text"


def json_templates(cx):
    ts = ae_json.TEMPLATES + ae_json2.TEMPLATES
    if cx.loc == "ru_RU":
        ts = ts + ae_json2.RU_TEMPLATES * 2
    if cx.loc == "de_DE":
        ts = ts + ae_json2.DE_TEMPLATES * 2
    return ts


def build_json(cx, big=False):
    ts = json_templates(cx)
    if big:
        ts = [t for t in ts if t[0] not in NO_BIG]
    name, rec, env, lo, hi = cx.pick(ts)
    style = jstyle(cx.rng)
    mk = env(cx)
    if not big:
        recs = [rec(cx) for _ in range(cx.rng.randint(lo, hi))]
        return "json." + name, jdump(mk(recs), **style), "json"
    recs = []
    while True:
        recs.append(rec(cx))
        fr = jdump(mk(recs), **style)
        n = sum(len(f.t) for f in fr)
        if n >= 3900 or len(recs) > 60:
            return "json4k." + name, fr, "json"


def build_long(cx, target, p_fill):
    parts = [T(cx.pick(HEADS[cx.lang]) + "\n\n")]
    n, k = len(parts[0][0].t), 0
    fake = fk(cx.loc if LANG_OF[cx.loc] == cx.lang else "en_US")
    while n < target:
        if cx.rng.random() < p_fill:
            blk = ae_filler.paragraph(cx, fake)
        else:
            nm, blk = section(cx)
            k += 1
            if cx.rng.random() < 0.4:
                blk = J(ITEM[cx.lang] % k + "\n\n", blk)
        blk = J(blk, "\n\n")
        parts.append(blk)
        n += sum(len(x.t) for x in flat(blk))
    return parts


def build_text4k(cx):
    return "long.dossier", build_long(cx, 3900, 0.35), "text"


def build_long64k(cx):
    return "long.report", build_long(cx, 64000, 0.86), "text"


def build_obf(cx):
    lang = cx.lang if cx.rng.random() < 0.6 else "en"
    cands = [t for t in ae_obfdocs.TPL[lang] if not (t[0] == "rental_ssn" and cx.loc != "en_US")]
    name, fn = cx.pick(cands)
    cx.lang = lang
    return "obf.%s.%s" % (lang, name), fn(cx), "text"


BUILD = {"chat": build_chat, "json": build_json, "json4k": lambda cx: build_json(cx, big=True),
         "text4k": build_text4k, "long64k": build_long64k, "obfuscated": build_obf}


def chunk(rng, text):
    out, i = [], 0
    while i < len(text):
        k = rng.randint(1, 16)
        out.append(text[i:i + k])
        i += k
    return out


def make_doc(rng, seed, shape, idx, base=None):
    loc = wpick(rng, LOC_W)
    base = base or shape
    lang = pick_lang(rng, loc)
    cx = Ctx(rng, loc, lang)
    tname, frags, fmt = BUILD[base](cx)
    text, ents, negs, ign = finish(frags)
    doc = collections.OrderedDict()
    doc["id"] = "ae%d-%s-%04d" % (seed, shape, idx)
    doc["split"] = "probe_ae"
    doc["shape"] = shape
    if shape == "stream":
        doc["base_shape"] = base
    doc["format"] = fmt
    doc["locale"] = loc
    doc["lang"] = cx.lang
    doc["template"] = "ae." + tname
    doc["holdout_only_template"] = True
    doc["text"] = text
    if shape == "stream":
        doc["chunks"] = chunk(rng, text)
    doc["entities"] = [e for e, _ in ents]
    doc["negatives"] = negs
    doc["ignore"] = ign
    return doc, [r for _, r in ents]


def summary(docs, out=sys.stderr):
    by_shape = collections.Counter(d["shape"] for d in docs)
    ent_shape = collections.Counter()
    ent_type = collections.Counter()
    neg_type = collections.Counter()
    loc = collections.Counter(d["locale"] for d in docs)
    for d in docs:
        ent_shape[d["shape"]] += len(d["entities"])
        for e in d["entities"]:
            ent_type[e["type"]] += 1
        for n in d["negatives"]:
            neg_type[n["type"]] += 1
    print("documents: %d" % len(docs), file=out)
    for s, _ in SHAPES:
        print("  %-11s docs %4d  entities %5d" % (s, by_shape[s], ent_shape[s]), file=out)
    print("locales: " + ", ".join("%s %d" % kv for kv in sorted(loc.items())), file=out)
    print("entities by type (%d):" % sum(ent_type.values()), file=out)
    for k, v in ent_type.most_common():
        print("  %-22s %5d" % (k, v), file=out)
    print("negatives by type (%d):" % sum(neg_type.values()), file=out)
    for k, v in neg_type.most_common():
        print("  %-22s %5d" % (k, v), file=out)
    print("ignore spans: %d" % sum(len(d["ignore"]) for d in docs), file=out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--summary", action="store_true")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    init_fakers(a.seed)
    docs, problems = [], []
    stream_bases = [b for b, c in STREAM_BASE for _ in range(c)]
    rng.shuffle(stream_bases)
    for shape, n in SHAPES:
        for i in range(n):
            doc, raws = make_doc(rng, a.seed, shape, i, stream_bases[i] if shape == "stream" else None)
            errs = validate(doc, raws)
            if errs:
                problems.append((doc["id"], doc["template"], errs))
            docs.append(doc)
    if problems:
        for pid, tpl, errs in problems[:40]:
            print("INVALID %s (%s): %s" % (pid, tpl, "; ".join(errs[:4])), file=sys.stderr)
        print("%d invalid documents; nothing written" % len(problems), file=sys.stderr)
        sys.exit(1)
    with open(a.out, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.summary:
        summary(docs)
    print("wrote %d documents to %s" % (len(docs), a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
