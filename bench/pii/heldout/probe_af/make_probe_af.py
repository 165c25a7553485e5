#!/usr/bin/env python3
"""Probe AF: held-out healthcare & care corpus for the PII redaction bench.

    python make_probe_af.py --seed 1616 --out /tmp/probes/af_1616.jsonl [--summary]

Deterministic for a given seed (independent of PYTHONHASHSEED).  Every document is validated
(af_validate.py) before the file is written; any failure exits with status 1.
"""
import argparse
import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import af_chat_de  # noqa: E402
import af_chat_en  # noqa: E402
import af_chat_fr  # noqa: E402
import af_chat_ru  # noqa: E402
import af_obf  # noqa: E402
import af_text  # noqa: E402
import af_vocab as V  # noqa: E402
from af_common import Rich, jsegs, make_doc, new_rng, rstr, B62, to_stream, wchoice  # noqa: E402
from af_json_a import SHAPES_A  # noqa: E402
from af_json_b import SHAPES_B  # noqa: E402
from af_json_c import LOCALE_ONLY, SHAPE_WEIGHT, SHAPES_C  # noqa: E402
from af_tmpl import Ctx  # noqa: E402
from af_validate import validate_doc  # noqa: E402

SPLIT = "probe_af"
RETRIES = [0]
PLAN = [("chat", 199), ("json", 112), ("json4k", 33), ("text4k", 22), ("long64k", 2), ("obfuscated", 56),
        ("stream", 56)]
STREAM_BASE = [("chat", 27), ("json", 15), ("text4k", 11), ("obfuscated", 3)]
LOCALE_W = [("en_US", 709), ("ru_RU", 459), ("de_DE", 365), ("en_GB", 340), ("fr_FR", 283)]
EN_SHARE = {"de_DE": 0.22, "fr_FR": 0.2, "ru_RU": 0.22}
CHAT = {"en": af_chat_en, "de": af_chat_de, "fr": af_chat_fr, "ru": af_chat_ru}
SHAPES = dict(SHAPES_A)
SHAPES.update(SHAPES_B)
SHAPES.update(SHAPES_C)
BIG = ["json.hc_fhir_patient", "json.hc_fhir_obs", "json.hc_hl7_result", "json.hc_claim", "json.hc_beds",
       "json.hc_toolcall", "json.hc_trial", "json.hc_portal", "json.hc_visits", "json.hc_radiology", "json.hc_audit",
       "json.hc_lab", "json.hc_resident", "json.hc_billing", "json.hc_ru_registry", "json.hc_eligibility"]
RARE = (".ssn", ".iban", ".card", ".inn", ".snils", ".passport", "{key", "{iban", "{card", "{orginn")


def tmpl_weight(t):
    return 1.0 + 1.2 * sum(t[2].count(k) for k in RARE)


def quotas(n, weights, rng):
    tot = sum(w for _, w in weights)
    raw = [(k, n * w / tot) for k, w in weights]
    out = {k: int(x) for k, x in raw}
    rest = sorted(raw, key=lambda kx: -(kx[1] - int(kx[1])))
    for k, _ in rest[:n - sum(out.values())]:
        out[k] += 1
    seq = [k for k, _ in weights for _ in range(out[k])]
    rng.shuffle(seq)
    return seq


# ------------------------------------------------------------------------------------------ builders
def build_chat(ctx):
    r = ctx.rng
    mod = CHAT[ctx.lang]
    opts = [t for t in mod.T if t[1] is None or ctx.locale in t[1]]
    tid, _, tmpl = wchoice(r, [(t, tmpl_weight(t)) for t in opts])
    segs = ctx.fill(tmpl)
    x = r.random()
    if x < 0.25:
        segs = [r.choice(V.INTROS[ctx.lang]) + "\n\n"] + segs
    elif x < 0.35:
        segs = [r.choice(mod.HEADINGS) + "\n\n"] + segs
    if r.random() < 0.3:
        segs = segs + [("\n\n" if "\n" in tmpl else " ") + r.choice(V.FILLER[ctx.lang])]
    return tid, segs, "text"


def json_style(rng):
    return wchoice(rng, [((2, False), 4), ((None, True), 3), ((None, False), 3)])


def build_json(ctx, big=False):
    r = ctx.rng
    names = sorted(n for n in (BIG if big else SHAPES) if ctx.locale in LOCALE_ONLY.get(n, {ctx.locale}))
    pairs = [(n, SHAPE_WEIGHT.get(n, 1)) for n in names] + ([] if big else [("json.hc_completion", 3)])
    name = wchoice(r, pairs)
    indent, compact = json_style(r)
    if name == "json.hc_completion":
        tid, segs, _ = build_chat(ctx)
        obj = {"id": "chatcmpl-" + rstr(r, B62, 24), "object": "chat.completion", "created": r.randint(1690000000, 1760000000),
               "model": r.choice(["clinic-assist-2", "care-notes-mini", "triage-helper"]),
               "choices": [{"index": 0, "message": {"role": "assistant", "content": Rich(segs)},
                            "finish_reason": "stop"}]}
        return name, jsegs(obj, indent, compact), "json"
    fn = SHAPES[name]
    if not big:
        return name, jsegs(fn(ctx, r.choice([1, 1, 2])), indent, compact), "json"
    target = r.randint(3900, 4500)
    n = 1
    while True:
        segs = jsegs(fn(ctx, n), indent, compact)
        size = sum(len(s if isinstance(s, str) else s.value) for s in segs)
        if size >= target or n > 60:
            return name, segs, "json"
        n += 1


def build_long(ctx, target, name):
    return name, af_text.long_text(ctx, target), "text"


def build(shape, ctx):
    r = ctx.rng
    if shape == "chat":
        return build_chat(ctx)
    if shape == "json":
        return build_json(ctx)
    if shape == "json4k":
        return build_json(ctx, big=True)
    if shape == "text4k":
        return build_long(ctx, r.randint(3900, 4500), "long.hc_" + r.choice(["discharge", "handover", "digest"]))
    if shape == "long64k":
        return build_long(ctx, r.randint(64000, 66000), "long.hc_archive")
    tid, segs = af_obf.build(ctx)
    return tid, segs, "text"


def make_one(seed, idx, shape, locale, lang, doc_id, base=None):
    last = None
    for attempt in range(60):
        rng = new_rng(seed, idx, attempt)
        ctx = Ctx(rng, locale, lang)
        tid, segs, fmt = build(base or shape, ctx)
        doc = make_doc(doc_id, SPLIT, base or shape, fmt, locale, lang, tid, segs)
        if base:
            doc = to_stream(doc, rng)
        errs = validate_doc(doc)
        if not errs:
            RETRIES[0] += attempt
            return doc
        last = errs
        if os.environ.get("AF_DEBUG"):
            print("retry", doc_id, errs[:2], file=sys.stderr)
    raise SystemExit("cannot build %s: %s" % (doc_id, last[:3]))


def generate(seed):
    rng = new_rng(seed, "plan")
    jobs = []
    for shape, n in PLAN:
        locs = quotas(n, LOCALE_W, rng)
        bases = quotas(n, STREAM_BASE, rng) if shape == "stream" else [None] * n
        for k in range(n):
            loc = locs[k]
            lang = "en" if loc.startswith("en") or rng.random() < EN_SHARE[loc] else loc[:2]
            jobs.append((shape, loc, lang, bases[k], "af%d-%s-%04d" % (seed, shape, k)))
    docs = []
    for idx, (shape, loc, lang, base, did) in enumerate(jobs):
        docs.append(make_one(seed, idx, shape, loc, lang, did, base))
    return docs


def summary(docs):
    print("documents:", len(docs))
    print("by shape:", dict(Counter(d["shape"] for d in docs)))
    print("stream bases:", dict(Counter(d.get("base_shape") for d in docs if d["shape"] == "stream")))
    print("by locale:", dict(Counter(d["locale"] for d in docs)))
    print("by locale/lang:", dict(Counter("%s/%s" % (d["locale"], d["lang"]) for d in docs)))
    print("entities:", dict(Counter(e["type"] for d in docs for e in d["entities"]).most_common()))
    print("entity subs:", dict(sorted(Counter("%s:%s" % (e["type"], e.get("sub")) for d in docs
                                              for e in d["entities"]).items())))
    print("obfuscations:", dict(Counter(e["obf"] for d in docs for e in d["entities"] if e.get("obf"))))
    print("negatives:", dict(Counter(n["type"] for d in docs for n in d["negatives"]).most_common()))
    print("docs with ignore spans:", sum(1 for d in docs if d["ignore"]))
    print("templates:", len(set(d["template"] for d in docs)))
    print("regenerated attempts:", RETRIES[0])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--summary", action="store_true")
    a = ap.parse_args()
    docs = generate(a.seed)
    bad = [(d["id"], e) for d in docs for e in validate_doc(d)]
    ids = [d["id"] for d in docs]
    if bad or len(ids) != len(set(ids)):
        for b in bad[:20]:
            print("INVALID", b, file=sys.stderr)
        sys.exit(1)
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.summary:
        summary(docs)
    print("wrote %d documents to %s" % (len(docs), a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
