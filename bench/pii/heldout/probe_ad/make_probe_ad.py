#!/usr/bin/env python3
"""make_probe_ad.py - held-out probe "AD": PII in software-development and IT-operations artefacts.

    python3 make_probe_ad.py --seed 1212 --out ad_1212.jsonl [--summary]

Writes one JSON document per line in the pii-bench corpus schema.  Every document is validated
(offsets, JSON parse, stream chunks, overlaps, checksums); any failure exits non-zero.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import ad_chat  # noqa: E402
import ad_json  # noqa: E402
import ad_obf  # noqa: E402
import ad_text  # noqa: E402
from ad_common import LOCALE_W, LOCALES, NATIVE, Ctx, Frag, jfrag  # noqa: E402
from ad_validate import validate  # noqa: E402

SPLIT = "probe_ad"
SHAPE_COUNTS = [("chat", 200), ("json", 111), ("json4k", 33), ("text4k", 22), ("long64k", 2),
                ("obfuscated", 56), ("stream", 56)]
STREAM_BASE = [(0.48, "chat"), (0.27, "json"), (0.20, "text4k"), (0.05, "obfuscated")]
JSON_STYLES = [(3, "compact"), (2, "spaced"), (3, "indent2"), (1, "indent4")]


def sub_seed(seed, *parts):
    h = hashlib.sha256(("|".join([str(seed)] + [str(p) for p in parts])).encode()).digest()
    return int.from_bytes(h[:8], "big")


def pick_weighted(ctx, table):
    """table: {name: (fn, weight)} -> (name, fn)"""
    names = sorted(table)
    return ctx.chw([(table[n][1], (n, table[n][0])) for n in names])


def make_ctx(seed, shape, idx):
    import random
    r = random.Random(sub_seed(seed, "locale", shape, idx))
    loc = r.choices(LOCALES, LOCALE_W)[0]
    lang = NATIVE[loc]
    if lang != "en" and r.random() < 0.22:
        lang = "en"
    return Ctx(sub_seed(seed, "doc", shape, idx), loc, lang)


# ---------------------------------------------------------------------------------------------
# shape builders: return (Frag, template, format)
# ---------------------------------------------------------------------------------------------
def build_chat(ctx):
    name, fn = pick_weighted(ctx, ad_chat.TEMPLATES)
    return fn(ctx), "ad." + name, "text"


def build_json(ctx):
    names = sorted(ad_json.TEMPLATES)
    name = ctx.chw([(ad_json.WEIGHTS.get(n, 1), n) for n in names])
    obj = ad_json.TEMPLATES[name](ctx)
    if ctx.p(0.2):
        obj = ad_json.wrap_list(ctx, name, [obj, ad_json.TEMPLATES[name](ctx)])
    return jfrag(obj, ctx.chw(JSON_STYLES)), "ad." + name, "json"


def build_json_big(ctx, target):
    names = sorted(ad_json.TEMPLATES)
    name = ctx.chw([(ad_json.WEIGHTS.get(n, 1), n) for n in names])
    style = ctx.chw(JSON_STYLES)
    items = []
    size = 0
    while size < target:
        # occasionally mix in a different record kind (API list of heterogeneous events)
        nm = name if (not items or ctx.p(0.8)) else ctx.ch(names)
        it = ad_json.TEMPLATES[nm](ctx)
        items.append(it)
        size += len(jfrag(it, style))
    return jfrag(ad_json.wrap_list(ctx, name, items), style), "ad." + name + ".list", "json"


def build_text_big(ctx, target):
    fr, tpl = ad_text.build_long(ctx, target)
    return fr, "ad." + tpl, "text"


def build_obf(ctx):
    name, fn = pick_weighted(ctx, ad_obf.TEMPLATES)
    return fn(ctx), "ad." + name, "text"


def build(ctx, shape):
    if shape == "chat":
        return build_chat(ctx)
    if shape == "json":
        return build_json(ctx)
    if shape == "json4k":
        return build_json_big(ctx, ctx.r.randint(3500, 4200))
    if shape == "text4k":
        return build_text_big(ctx, ctx.r.randint(3600, 4300))
    if shape == "obfuscated":
        return build_obf(ctx)
    raise ValueError(shape)


def chunks_of(ctx, text):
    out, i = [], 0
    while i < len(text):
        n = ctx.r.randint(1, 16)
        out.append(text[i:i + n])
        i += n
    return out


def to_doc(frag: Frag, ident, shape, fmt, ctx, template, base_shape=None, chunks=None):
    text = frag.text
    ents, negs, ign = [], [], []
    for a in sorted(frag.ann, key=lambda a: (a["s"], a["e"])):
        if a["kind"] == "E":
            e = {"type": a["type"], "start": a["s"], "end": a["e"]}
            if a.get("sub"):
                e["sub"] = a["sub"]
            e["value"] = text[a["s"]:a["e"]]
            if a.get("core"):
                cs, ce = a["core"]
                e["core"] = [a["s"] + cs, a["s"] + ce]
            if a.get("obf"):
                e["obf"] = a["obf"]
            ents.append(e)
        elif a["kind"] == "N":
            negs.append({"type": a["type"], "start": a["s"], "end": a["e"], "value": text[a["s"]:a["e"]]})
        else:
            ign.append([a["s"], a["e"]])
    doc = {"id": ident, "split": SPLIT, "shape": shape, "format": fmt, "locale": ctx.locale, "lang": ctx.lang,
           "template": template, "holdout_only_template": True}
    if base_shape:
        doc["base_shape"] = base_shape
    doc["text"] = text
    if chunks is not None:
        doc["chunks"] = chunks
    doc["entities"] = ents
    doc["negatives"] = negs
    doc["ignore"] = ign
    return doc


def generate(seed):
    docs = []
    for shape, count in SHAPE_COUNTS:
        for i in range(count):
            ctx = make_ctx(seed, shape, i)
            ident = f"ad{seed}-{shape}-{i:04d}"
            if shape == "stream":
                base = ctx.chw(STREAM_BASE)
                frag, tpl, fmt = build(ctx, base)
                import random
                cr = Ctx.__new__(Ctx)
                cr.r = random.Random(sub_seed(seed, "chunks", i))
                docs.append(to_doc(frag, ident, shape, fmt, ctx, tpl, base_shape=base, chunks=chunks_of(cr, frag.text)))
            elif shape == "long64k":
                if i % 2 == 0:
                    frag, tpl, fmt = build_text_big(ctx, 64500)
                else:
                    frag, tpl, fmt = build_json_big(ctx, 64000)
                docs.append(to_doc(frag, ident, shape, fmt, ctx, tpl))
            else:
                frag, tpl, fmt = build(ctx, shape)
                docs.append(to_doc(frag, ident, shape, fmt, ctx, tpl))
    return docs


def summary(docs):
    lines = []
    by_shape = Counter(d["shape"] for d in docs)
    ents_shape = Counter()
    negs_shape = Counter()
    for d in docs:
        ents_shape[d["shape"]] += len(d["entities"])
        negs_shape[d["shape"]] += len(d["negatives"])
    lines.append(f"documents: {len(docs)}  entities: {sum(ents_shape.values())}  negatives: {sum(negs_shape.values())}")
    lines.append("by shape (docs / entities / negatives):")
    for s, _ in SHAPE_COUNTS:
        lines.append(f"  {s:11s} {by_shape[s]:4d} {ents_shape[s]:6d} {negs_shape[s]:6d}")
    lines.append("stream base shapes: " + str(dict(Counter(d.get("base_shape") for d in docs if d["shape"] == "stream"))))
    lines.append("locales: " + str(dict(Counter(d["locale"] for d in docs).most_common())))
    lines.append("langs: " + str(dict(Counter(d["lang"] for d in docs).most_common())))
    et = Counter(e["type"] for d in docs for e in d["entities"])
    lines.append("entities by type: " + ", ".join(f"{k} {v}" for k, v in et.most_common()))
    nt = Counter(n["type"] for d in docs for n in d["negatives"])
    lines.append("negatives by type: " + ", ".join(f"{k} {v}" for k, v in nt.most_common()))
    ob = Counter(e["obf"] for d in docs for e in d["entities"] if "obf" in e)
    lines.append("obfuscations: " + ", ".join(f"{k} {v}" for k, v in ob.most_common()))
    lines.append("templates: " + str(len(set(d["template"] for d in docs))))
    sizes = {s: sorted(len(d["text"]) for d in docs if d["shape"] == s) for s, _ in SHAPE_COUNTS}
    lines.append("text length median by shape: " + ", ".join(f"{s} {v[len(v) // 2]}" for s, v in sizes.items() if v))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--summary", action="store_true")
    args = ap.parse_args()
    docs = generate(args.seed)
    bad = 0
    ids = set()
    for d in docs:
        errs = validate(d)
        if d["id"] in ids:
            errs.append("duplicate id")
        ids.add(d["id"])
        if errs:
            bad += 1
            for e in errs[:5]:
                print(f"INVALID {d['id']} ({d['template']}): {e}", file=sys.stderr)
    if bad:
        print(f"{bad} invalid documents; nothing written", file=sys.stderr)
        sys.exit(1)
    with open(args.out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    if args.summary:
        print(summary(docs))
    print(f"wrote {len(docs)} documents to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
