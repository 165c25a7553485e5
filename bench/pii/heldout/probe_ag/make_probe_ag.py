#!/usr/bin/env python3
"""make_probe_ag.py - held-out PII probe "AG": customer service, telecoms, utilities, delivery.

    python make_probe_ag.py --seed 1818 --out /tmp/probes/ag_1818.jsonl [--summary]

Writes ~480 documents in the pii-bench schema.  Every document is validated (ag_validate) as it
is generated; a document that fails is regenerated from the next attempt seed, and the whole
corpus is validated again before anything is written (exit 1 on failure).  Output is
byte-identical for a given seed whatever PYTHONHASHSEED is (all randomness comes from
random.Random seeded with strings, Faker is re-seeded per document, no set iteration).
"""
import argparse
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from ag_common import finish, chunk_text, wpick  # noqa: E402
from ag_ctx import Ctx  # noqa: E402
import ag_chat_en, ag_chat_en2, ag_chat_de, ag_chat_fr, ag_chat_ru, ag_chat_extra  # noqa: E402,E401
import ag_json_doc  # noqa: E402
import ag_text  # noqa: E402
import ag_obf  # noqa: E402
from ag_validate import validate_doc, validate_docs  # noqa: E402

SHAPE_PLAN = [("chat", 200), ("json", 111), ("stream", 56), ("obfuscated", 56), ("json4k", 33), ("text4k", 22),
              ("long64k", 2)]
STREAM_BASES = ["chat"] * 27 + ["json"] * 15 + ["text4k"] * 11 + ["obfuscated"] * 3
LOCALE_W = [("en_US", 33), ("ru_RU", 21), ("de_DE", 17), ("en_GB", 16), ("fr_FR", 13)]
NATIVE = {"de_DE": "de", "fr_FR": "fr", "ru_RU": "ru", "en_US": "en", "en_GB": "en"}
CHAT = {"en": ag_chat_en.TEMPLATES + ag_chat_en2.TEMPLATES + ag_chat_extra.EN,
        "de": ag_chat_de.TEMPLATES + ag_chat_extra.DE, "fr": ag_chat_fr.TEMPLATES + ag_chat_extra.FR,
        "ru": ag_chat_ru.TEMPLATES + ag_chat_extra.RU}


def pick_lang(rng, locale, shape):
    native = NATIVE[locale]
    if native == "en":
        return "en"
    if shape == "obfuscated":
        return native if rng.random() < 0.2 else "en"
    return "en" if rng.random() < 0.21 else native


def build(c, shape):
    """Fill c.b according to shape; return (template, format)."""
    if shape == "chat":
        fn = c.pick(CHAT[c.lang])
        fn(c)
        return "ag.chat.%s.%s" % (c.lang, fn.__name__), "text"
    if shape == "json":
        return ag_json_doc.json_small(c), "json"
    if shape == "json4k":
        return ag_json_doc.json_4k(c), "json"
    if shape == "text4k":
        ag_text.text_doc(c, CHAT[c.lang], 3900)
        return "ag.text4k.digest", "text"
    if shape == "obfuscated":
        kind = ag_obf.obf_doc(c)
        return "ag.obf.%s" % kind, "text"
    if shape == "long64k_text":
        ag_text.text_doc(c, CHAT[c.lang], 64000)
        return "ag.long.digest", "text"
    if shape == "long64k_json":
        return ag_json_doc.json_long(c), "json"
    raise ValueError(shape)


def make_doc(seed, idx, shape, base, long_kind):
    last = None
    for attempt in range(40):
        rng = random.Random("probe-ag|%d|%d|%d" % (seed, idx, attempt))
        locale = wpick(rng, LOCALE_W)
        gshape = base if shape == "stream" else shape
        lang = pick_lang(rng, locale, gshape)
        c = Ctx(rng, locale, lang)
        template, fmt = build(c, long_kind if shape == "long64k" else gshape)
        text, ents, negs, ign = finish(c.b)
        doc = {"id": "ag%d-%s-%04d" % (seed, shape, idx), "split": "probe_ag", "shape": shape}
        if shape == "stream":
            doc["base_shape"] = base
        doc.update({"format": fmt, "locale": locale, "lang": lang, "template": template,
                    "holdout_only_template": True, "text": text})
        if shape == "stream":
            doc["chunks"] = chunk_text(text, rng)
        doc.update({"entities": ents, "negatives": negs, "ignore": ign})
        errs = validate_doc(doc)
        if not errs:
            return doc, attempt
        last = errs
    raise RuntimeError("doc %d (%s) failed validation 40 times: %s" % (idx, shape, last[:3]))


def generate(seed):
    docs, retries = [], 0
    bases = list(STREAM_BASES)
    random.Random("probe-ag-bases|%d" % seed).shuffle(bases)
    idx = 0
    for shape, n in SHAPE_PLAN:
        for k in range(n):
            base = bases[k] if shape == "stream" else None
            long_kind = ("long64k_text" if k % 2 == 0 else "long64k_json") if shape == "long64k" else None
            doc, att = make_doc(seed, idx, shape, base, long_kind)
            retries += att
            docs.append(doc)
            idx += 1
    return docs, retries


def summary(docs, retries):
    out = []
    c = collections.Counter
    out.append("documents: %d (regenerated after a failed check: %d)" % (len(docs), retries))
    out.append("by shape: %s" % dict(sorted(c(d["shape"] for d in docs).items())))
    out.append("stream bases: %s" % dict(sorted(c(d.get("base_shape") for d in docs if d["shape"] == "stream").items())))
    out.append("by locale: %s" % dict(sorted(c(d["locale"] for d in docs).items())))
    out.append("by locale/lang: %s" % dict(sorted(c("%s/%s" % (d["locale"], d["lang"]) for d in docs).items())))
    out.append("entities: %s" % dict(c(e["type"] for d in docs for e in d["entities"]).most_common()))
    out.append("obfuscated: %s" % dict(sorted(c("%s/%s" % (e["type"], e["obf"]) for d in docs for e in d["entities"]
                                                if "obf" in e).items())))
    out.append("negatives: %s" % dict(c(n["type"] for d in docs for n in d["negatives"]).most_common()))
    out.append("ignore spans: %d" % sum(len(d["ignore"]) for d in docs))
    out.append("templates: %d distinct" % len(set(d["template"] for d in docs)))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--summary", action="store_true")
    a = ap.parse_args()
    docs, retries = generate(a.seed)
    if validate_docs(docs):
        print("validation failed; nothing written", file=sys.stderr)
        return 1
    d = os.path.dirname(os.path.abspath(a.out))
    os.makedirs(d, exist_ok=True)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print("wrote %d documents to %s" % (len(docs), a.out))
    if a.summary:
        print(summary(docs, retries))
    return 0


if __name__ == "__main__":
    sys.exit(main())
