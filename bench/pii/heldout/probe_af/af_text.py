"""Long text documents (text4k / long64k) for probe AF, built from healthcare blocks."""
import re

import af_chat_de
import af_chat_en
import af_chat_fr
import af_chat_ru
import af_vocab as V
from af_common import wchoice
from af_json_a import hl7_message
from af_prose import COMBO, PROSE

CHAT = {"en": af_chat_en, "de": af_chat_de, "fr": af_chat_fr, "ru": af_chat_ru}
ROLES = ("pat", "doc", "nurse", "rel", "carer", "owner", "rep", "pharm", "vet", "coord", "res")
KEYED = ("n.", "ip4", "ip6", "key", "card", "iban", "orgphone", "orginn", "nhs", "w:", "drug", "vaccine",
         "species", "filler", "freq", "n:")
TITLES = {"en": ["# Discharge pack", "# Ward handover", "# Clinic correspondence", "# Care home file extract",
                 "# Weekly clinical governance digest"],
          "de": ["# Entlassungsunterlagen", "# Stationsübergabe", "# Arztbriefe der Woche", "# Auszug Pflegedokumentation"],
          "fr": ["# Dossier de sortie", "# Transmissions de l'équipe", "# Courriers de la semaine", "# Extrait du dossier EHPAD"],
          "ru": ["# Выписные документы", "# Передача смены", "# Переписка поликлиники", "# Выписка из журнала пансионата"]}
SECTIONS = {"en": ["## Correspondence", "## Results", "## Interface messages", "## Visits", "## Notes", "## Billing"],
            "de": ["## Korrespondenz", "## Befunde", "## Schnittstellen", "## Einsätze", "## Notizen", "## Abrechnung"],
            "fr": ["## Courriers", "## Résultats", "## Interfaces", "## Passages", "## Notes", "## Facturation"],
            "ru": ["## Переписка", "## Результаты", "## Интеграция", "## Визиты", "## Заметки", "## Оплата"]}
CSV_HEAD = {"en": "name,date_of_birth,phone,appointment,reference", "de": "name;geburtsdatum;telefon;termin;nummer",
            "fr": "nom;date_naissance;telephone;rdv;reference", "ru": "фио;дата_рождения;телефон;приём;номер"}
TABLE_HEAD = {"en": "| Bed | Patient | MRN | Consultant |", "de": "| Bett | Patient | Pat.-Nr. | Oberarzt |",
              "fr": "| Lit | Patient | IPP | Médecin |", "ru": "| Койка | Пациент | Медкарта | Врач |"}
LOGS = ["[{n.ts#L}] INFO portal: login ok user={R.email} ip={ip4#L}",
        "[{n.ts#L}] WARN fhir-gw: token refresh failed for client portal-sync (req {n.uuid#L})",
        "[{n.ts#L}] INFO pacs: study {n.num:dicom#L} stored, sha {n.hash#L}",
        "[{n.ts#L}] ERROR hl7: NAK for {n.order:msgid#L} from {ip6#L}",
        "[{n.ts#L}] INFO sms: reminder sent to {R.mobile} for {n.order:appt#L}",
        "[{n.ts#L}] DEBUG ehr: record {R.mrn} opened by {N.email}",
        "[{n.ts#L}] INFO build: deployed portal {n.ver:0#L} ({n.hash#L2})"]

RARE = (".ssn", ".iban", ".card", ".inn", ".snils", ".passport", "{key", "{iban", "{card", "{orginn")
_PH = re.compile(r"\{([^{}]+)\}")


_ROLE_RE = re.compile(r"(pat|doc|nurse|rel|carer|owner|rep|pharm|vet|coord|res)(\d*)(?=$|[.:#])")


def remap(tmpl, k):
    """Give every role / value placeholder of a template a block-local identity."""
    def sub(m):
        key = m.group(1)
        rm = _ROLE_RE.match(key)
        if rm:
            return "{%s%s_%d%s}" % (rm.group(1), rm.group(2), k, key[rm.end():])
        if key.startswith(KEYED) or key.split(":")[0].split("#")[0] in ("ip4", "ip6", "key", "card", "iban"):
            return "{" + key + ("_b%d" % k if "#" in key else "#b%d" % k) + "}"
        return m.group(0)
    t = tmpl.replace("{{", "\x01").replace("}}", "\x02")
    return _PH.sub(sub, t).replace("\x01", "{{").replace("\x02", "}}")


def _role_ok(ctx):
    return True


def chat_block(ctx, k):
    mod = CHAT[ctx.lang]
    opts = [t for t in mod.T if t[1] is None or ctx.locale in t[1]]
    used = ctx.cache.setdefault("@used_tids", set())
    fresh = [t for t in opts if t[0] not in used] or opts
    tid, _, tmpl = wchoice(ctx.rng, [(t, 1.0 + 1.2 * sum(t[2].count(x) for x in RARE)) for t in fresh])
    used.add(tid)
    return ctx.fill(remap(tmpl, k))


def hl7_block(ctx, k):
    segs = hl7_message(ctx, 100 + k)
    out = ["```\n"]
    for s in segs:
        out.append(s.replace("\r", "\n") if isinstance(s, str) else s)
    out.append("\n```")
    return out


def csv_block(ctx, k):
    out = [CSV_HEAD[ctx.lang] + "\n"]
    sep = "," if ctx.lang == "en" else ";"
    for j in range(ctx.rng.randint(3, 6)):
        P = "pat_%d_%d" % (k, j)
        row = "{%s.full}%s{%s.dob}%s{%s.phone}%s{n.date#c%d_%d}%s{n.order:appt#c%d_%d}\n" % (
            P, sep, P, sep, P, sep, k, j, sep, k, j)
        out.extend(ctx.fill(row))
    return out


def table_block(ctx, k):
    out = [TABLE_HEAD[ctx.lang] + "\n|---|---|---|---|\n"]
    for j in range(ctx.rng.randint(3, 6)):
        P, D = "pat_%d_%d" % (k, j), "doc_%d_%d" % (k, j % 2)
        out.extend(ctx.fill("| {n.order:bed#t%d_%d} | {%s} | {%s.mrn} | {%s} |\n" % (k, j, P, P, D)))
    return out


def log_block(ctx, k):
    out = ["```\n"]
    for j in range(ctx.rng.randint(3, 7)):
        line = ctx.rng.choice(LOGS).replace("{R.", "{pat_%d_%d." % (k, j)).replace("{N.", "{nurse_%d_%d." % (k, j))
        line = line.replace("#L2}", "#l2_%d_%d}" % (k, j)).replace("#L}", "#l%d_%d}" % (k, j))
        out.extend(ctx.fill(line + "\n"))
    out.append("```")
    return out


def meds_block(ctx, k):
    out = []
    for j in range(ctx.rng.randint(3, 5)):
        out.extend(ctx.fill("- {n.dose#m%d_%d} {freq#m%d_%d}\n" % (k, j, k, j)))
    return out


def filler_block(ctx, k):
    pool = V.FILLER[ctx.lang]
    return [" ".join(ctx.rng.sample(pool, min(len(pool), ctx.rng.randint(2, 4))))]


def prose_block(ctx, k):
    r = ctx.rng
    sents = []
    for _ in range(r.randint(3, 6)):
        if r.random() < 0.45:
            sents.append(r.choice(PROSE[ctx.lang]))
        else:
            t, c, e = COMBO[ctx.lang]
            sents.append("%s %s%s" % (r.choice(t), r.choice(c), r.choice(e)))
    return ctx.fill(remap(" ".join(sents), k))


BLOCKS_4K = [(chat_block, 9), (prose_block, 5), (hl7_block, 1), (csv_block, 1), (table_block, 1), (log_block, 2),
             (meds_block, 1), (filler_block, 1)]
BLOCKS_64K = [(prose_block, 26), (chat_block, 5), (hl7_block, 1), (csv_block, 1), (table_block, 1), (log_block, 1),
              (meds_block, 1), (filler_block, 4)]


def long_text(ctx, target):
    from af_common import wchoice, plain
    r = ctx.rng
    blocks = BLOCKS_4K if target < 10000 else BLOCKS_64K
    segs = [r.choice(TITLES[ctx.lang]) + "\n\n"]
    size, k = len(segs[0]), 0
    while size < target:
        k += 1
        if k % 4 == 0:
            h = r.choice(SECTIONS[ctx.lang]) + "\n\n"
            segs.append(h)
            size += len(h)
        fn = wchoice(r, blocks)
        blk = fn(ctx, k) + ["\n\n"]
        segs.extend(blk)
        size += len(plain(blk))
    return segs
