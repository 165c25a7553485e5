#!/usr/bin/env python3
"""Probe AH corpus generator: office, productivity and public administration.

    make_probe_ah.py --seed N --out FILE [--scale 1.0]

Deterministic per seed (standard library + Faker).  Schema: /work/shared/pii-bench/README.md.
"""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from ah_doc import Ctx, Doc  # noqa: E402
from ah_people import People  # noqa: E402
from ah_tpl_defr import DE, FR  # noqa: E402
from ah_tpl_en import EN  # noqa: E402
from ah_tpl_extra import EXTRA  # noqa: E402
from ah_tpl_json import ITEMS, WRAPPERS, item  # noqa: E402
from ah_tpl_ru import RU  # noqa: E402

LOCALE_WEIGHTS = [("en_US", 24), ("en_GB", 16), ("de_DE", 20), ("fr_FR", 20), ("ru_RU", 20)]
SHAPE_COUNTS = [("chat", 150), ("json", 90), ("json4k", 60), ("text4k", 60), ("long64k", 4), ("obfuscated", 60),
                ("stream", 62)]

PREFIX = {
    "en": ["", "", "Sure — here's what I found:\n\n", "Done. Summary below.\n\n", "Here is the extracted content:\n\n",
           "I pulled this from the mailbox:\n\n", "Result of the lookup:\n\n"],
    "de": ["", "", "Gern, hier das Ergebnis:\n\n", "Erledigt. Zusammenfassung:\n\n", "Folgendes habe ich gefunden:\n\n"],
    "fr": ["", "", "Voici le résultat :\n\n", "C'est fait. Résumé ci-dessous :\n\n", "J'ai trouvé ceci :\n\n"],
    "ru": ["", "", "Вот что удалось найти:\n\n", "Готово. Кратко:\n\n", "Результат запроса:\n\n"],
}
SUFFIX = {
    "en": ["", "", "\n\nWant me to draft a reply?", "\n\nShall I file this in the shared drive?"],
    "de": ["", "", "\n\nSoll ich eine Antwort entwerfen?", "\n\nSoll ich das im Teamordner ablegen?"],
    "fr": ["", "", "\n\nVoulez-vous que je prépare une réponse ?", "\n\nJe l'archive dans le dossier partagé ?"],
    "ru": ["", "", "\n\nПодготовить ответ?", "\n\nСохранить это в общую папку?"],
}
SEPS = {"en": ["\n\n---\n\n", "\n\n", "\n\n### Next item\n\n", "\n\n* * *\n\n"],
        "de": ["\n\n---\n\n", "\n\n", "\n\n### Nächster Vorgang\n\n"],
        "fr": ["\n\n---\n\n", "\n\n", "\n\n### Élément suivant\n\n"],
        "ru": ["\n\n---\n\n", "\n\n", "\n\n### Следующая запись\n\n"]}


def locales_for(name, tpl):
    lang = name.split(".")[0]
    if lang in ("de", "fr", "ru"):
        return [lang + "_" + lang.upper()]
    if isinstance(tpl, str) and "⟨SSN⟩" in tpl:
        return ["en_US"]
    if isinstance(tpl, str) and "⟨NHS⟩" in tpl:
        return ["en_GB"]
    return ["en_US", "en_GB"]


def json_locales(spec):
    if spec == "*":
        return [l for l, _ in LOCALE_WEIGHTS]
    if spec in ("de", "fr", "ru"):
        return [spec + "_" + spec.upper()]
    return [spec]


class Pools:
    """Cycling, shuffled template pools per locale (so every template gets used)."""

    def __init__(self, rng):
        self.rng = rng
        self.text, self.json = {}, {}
        for src in (EN, DE, FR, RU, EXTRA):
            for name, tpl in src.items():
                for loc in locales_for(name, tpl):
                    self.text.setdefault(loc, []).append(name)
        self.all_text = {**EN, **DE, **FR, **RU, **EXTRA}
        for name, (spec, _) in ITEMS.items():
            for loc in json_locales(spec):
                self.json.setdefault(loc, []).append(name)
        self.queues = {}

    def _next(self, kind, loc):
        key = (kind, loc)
        q = self.queues.get(key)
        if not q:
            q = list((self.text if kind == "t" else self.json)[loc])
            self.rng.shuffle(q)
            self.queues[key] = q
        return q.pop()

    def text_tpl(self, loc):
        name = self._next("t", loc)
        tpl = self.all_text[name]
        return name, (tpl(self.rng) if callable(tpl) else tpl)

    def json_item(self, loc):
        return self._next("j", loc)


class Gen:
    def __init__(self, seed):
        self.seed = seed
        self.rng = random.Random(seed * 7919 + 17)
        self.people = People(seed)
        self.pools = Pools(self.rng)
        self.n = 0

    def pick_locale(self):
        return self.rng.choices([l for l, _ in LOCALE_WEIGHTS], [w for _, w in LOCALE_WEIGHTS])[0]

    def ctx(self, loc, obf=0.0):
        return Ctx(self.people, self.rng, loc, obf)

    # ---- shapes -------------------------------------------------------------------------------
    def chat(self, loc, obf=0.0):
        lang = loc[:2]
        doc, ctx = Doc(), self.ctx(loc, obf)
        name, tpl = self.pools.text_tpl(loc)
        doc.add(self.rng.choice(PREFIX[lang]))
        ctx.render(doc, tpl)
        doc.add(self.rng.choice(SUFFIX[lang]))
        return doc, name, "text"

    def json_one(self, loc):
        doc, ctx = Doc(), self.ctx(loc)
        name = self.pools.json_item(loc)
        obj = item(name, self.rng)
        wname = None
        if self.rng.random() < 0.4:
            wname = self.rng.choice(sorted(WRAPPERS))
            obj = WRAPPERS[wname]([obj], self.rng)
        ctx.emit_json(doc, obj, indent=self.rng.choice([None, 2, 2, 4]))
        return doc, name + ("@" + wname if wname else ""), "json"

    def json4k(self, loc):
        wname = self.rng.choice(sorted(WRAPPERS))
        indent = self.rng.choice([None, 2, 2, 4])
        names = [self.pools.json_item(loc) for _ in range(3)]
        for _ in range(60):
            doc, ctx = Doc(), self.ctx(loc)
            items = [item(n, self.rng) for n in names]
            ctx.emit_json(doc, WRAPPERS[wname](items, self.rng), indent=indent)
            if doc.pos >= 3600:
                break
            names.append(self.pools.json_item(loc))
        return doc, wname + ":" + "+".join(sorted(set(names))), "json"

    def textn(self, loc, target, with_json=False):
        lang = loc[:2]
        doc, ctx = Doc(), self.ctx(loc)
        names = []
        while doc.pos < target:
            if names:
                doc.add(self.rng.choice(SEPS[lang]))
            ctx.new_scope()
            if with_json and self.rng.random() < 0.2:
                name = self.pools.json_item(loc)
                doc.add("```json\n")
                ctx.emit_json(doc, item(name, self.rng), indent=2)
                doc.add("\n```")
            else:
                name, tpl = self.pools.text_tpl(loc)
                ctx.render(doc, tpl)
            names.append(name)
        tname = ("long:" if with_json else "text4k:") + (f"{len(names)}parts:" + names[0] if with_json else "+".join(names))
        return doc, tname, "text"

    def obfuscated(self, loc):
        for _ in range(20):
            doc, name, fmt = self.chat(loc, obf=0.75)
            if any(e.get("obf") for e in doc.entities):
                return doc, name, fmt
        return doc, name, fmt

    def chunks(self, text):
        out, i = [], 0
        while i < len(text):
            k = self.rng.randint(1, 16)
            out.append(text[i:i + k])
            i += k
        return out

    def make(self, shape, loc):
        base = None
        if shape == "chat":
            doc, name, fmt = self.chat(loc)
        elif shape == "json":
            doc, name, fmt = self.json_one(loc)
        elif shape == "json4k":
            doc, name, fmt = self.json4k(loc)
        elif shape == "text4k":
            doc, name, fmt = self.textn(loc, 3800)
        elif shape == "long64k":
            doc, name, fmt = self.textn(loc, 62000, with_json=True)
        elif shape == "obfuscated":
            doc, name, fmt = self.obfuscated(loc)
        else:
            base = self.rng.choices(["chat", "json", "text4k"], [6, 2, 2])[0]
            doc, name, fmt = self.make(base, loc)[:3]
        return doc, name, fmt, base

    def record(self, shape, loc):
        doc, name, fmt, base = self.make(shape, loc)
        text = doc.text()
        rec = {"id": f"ah{self.seed}-{shape}-{self.n:04d}", "split": "heldout_ah", "shape": shape}
        if base:
            rec["base_shape"] = base
        rec.update({"format": fmt, "locale": loc, "lang": loc[:2], "template": "ah." + name, "text": text})
        if shape == "stream":
            rec["chunks"] = self.chunks(text)
        rec.update({"entities": doc.entities, "negatives": doc.negatives, "ignore": doc.ignore})
        self.n += 1
        return rec


def generate(seed, scale=1.0):
    g = Gen(seed)
    plan = []
    for shape, n in SHAPE_COUNTS:
        for _ in range(max(1, round(n * scale))):
            plan.append(shape)
    g.rng.shuffle(plan)
    # balanced locale assignment for long64k (one per non-en locale where possible)
    return [g.record(shape, g.pick_locale()) for shape in plan]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--scale", type=float, default=1.0, help="multiply per-shape document counts")
    a = ap.parse_args()
    recs = generate(a.seed, a.scale)
    os.makedirs(os.path.dirname(os.path.abspath(a.out)) or ".", exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} documents to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
