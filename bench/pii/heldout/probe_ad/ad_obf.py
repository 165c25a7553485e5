"""ad_obf - obfuscated PII in dev-ops snippets (zero-width, homoglyph, fullwidth, spaced, spelled, words, dotted, defang)."""
from __future__ import annotations

import unicodedata

import ad_negs as N
import ad_values as V
from ad_common import Frag

ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "А", "E": "Е",
        "O": "О", "P": "Р", "C": "С", "X": "Х", "H": "Н", "K": "К", "M": "М", "T": "Т", "B": "В"}
HOMO_RU = {v: k for k, v in HOMO.items()}
DIGW = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
}
SYMW = {"en": {"-": "dash", "+": "plus", ".": "dot"}, "de": {"-": "Strich", "+": "plus", ".": "Punkt"},
        "fr": {"-": "tiret", "+": "plus", ".": "point"}, "ru": {"-": "тире", "+": "плюс", ".": "точка"}}


def zero_width(ctx, v):
    out = []
    for k, ch in enumerate(v):
        out.append(ch)
        if 0 < k < len(v) - 1 and ctx.p(0.3):
            out.append(ctx.ch(ZW))
    if len(out) == len(v) and len(v) > 2:
        out.insert(len(v) // 2, ctx.ch(ZW))
    return "".join(out)


def homoglyph(ctx, v):
    idx = [k for k, ch in enumerate(v) if ch in HOMO or ch in HOMO_RU]
    if not idx:
        return None
    pick = set(ctx.r.sample(idx, max(1, min(len(idx), ctx.r.randint(1, 4)))))
    return "".join((HOMO.get(ch) or HOMO_RU.get(ch)) if k in pick else ch for k, ch in enumerate(v))


def fullwidth(ctx, v):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ("\u3000" if ch == " " and ctx.p(0.3) else ch) for ch in v)


def spaced(ctx, v):
    gap = ctx.ch(["   ", "  ", " "]) if any(c.isalpha() for c in v) else " "
    return gap.join(" ".join(w) for w in v.split(" ") if w)


def spelled(ctx, v):
    lang = ctx.lang
    words = []
    for ch in v:
        if ch.isdigit():
            words.append(DIGW[lang][int(ch)])
        elif ch in SYMW[lang]:
            words.append(SYMW[lang][ch])
    return " ".join(words)


def at_words(ctx, email):
    local, dom = email.split("@", 1)
    at, dot = ctx.ch([(" [at] ", " [dot] "), (" at ", " dot "), (" (at) ", " (dot) "), ("{at}", "{dot}"),
                      (" AT ", " DOT "), (" (at) ", " (punkt) ") if ctx.lang == "de" else (" [at] ", " [point] ")])
    return local + at + dot.join(dom.split("."))


def dotted(ctx, v):
    return v.replace(" ", ".").replace("-", ".") if (" " in v or "-" in v) else ".".join(v[k:k + 4] for k in range(0, len(v), 4))


def defang(ctx, ip):
    k = ctx.ch(["last", "all", "paren"])
    if k == "last":
        a, b = ip.rsplit(".", 1)
        return a + "[.]" + b
    if k == "all":
        return ip.replace(".", "[.]")
    return ip.replace(".", "(.)")


def normalize(v: str) -> str:
    """undo obfuscations (for checksum validation)"""
    s = unicodedata.normalize("NFKC", v)
    for z in ZW:
        s = s.replace(z, "")
    s = "".join(HOMO_RU.get(ch, ch) for ch in s)
    toks = s.replace(",", " ").split()
    rev = {w: str(d) for lang in DIGW for d, w in enumerate(DIGW[lang])}
    if toks and all(t.lower() in rev or t in sum((list(m.values()) for m in SYMW.values()), []) for t in toks):
        s = "".join(rev.get(t.lower(), "") for t in toks)
    return s


# ---- templates: each returns a Frag whose entities are all obfuscated ------------------------------------------
def o_authors_words(ctx):
    fr = Frag()
    fr.t(ctx.L(en="From the AUTHORS file (addresses munged against scrapers):\n\n",
               de="Aus der AUTHORS-Datei (Adressen gegen Spam-Crawler verfremdet):\n\n",
               fr="Extrait du fichier AUTHORS (adresses masquées contre les robots) :\n\n",
               ru="Из файла AUTHORS (адреса изменены от спам-ботов):\n\n"))
    for _ in range(ctx.r.randint(1, 3)):
        p = V.person(ctx)
        fr.t("    ").i(p.login).t(" <").e("EMAIL", at_words(ctx, p.email), obf="words").t(">\n")
    return fr


def o_ioc_defang(ctx):
    fr = Frag()
    fr.t(ctx.L(en="IOC list from the postmortem ", de="IOC-Liste aus der Nachbetrachtung ", fr="Liste d'IOC du post-mortem ",
               ru="Индикаторы компрометации из разбора ")).n("NEG_ORDER_ID", N.ticket(ctx, "inc")).t(":\n")
    for _ in range(ctx.r.randint(1, 3)):
        fr.t("- ").e("IPV4", defang(ctx, V.ipv4(ctx, private=False)), obf="defang").t(" (").n("NEG_TIMESTAMP", N.iso_ts(ctx, "Z")).t(")\n")
    return fr


def o_token_zw(ctx):
    k, sub = V.api_key(ctx)
    fr = Frag()
    fr.t(ctx.L(en="The token copied from the Slack thread was ", de="Das aus dem Slack-Thread kopierte Token war ",
               fr="Le jeton copié depuis le fil Slack était ", ru="Токен, скопированный из треда в Slack: "))
    fr.t("`").e("API_KEY", zero_width(ctx, k), sub, obf="zero_width").t("` — " + ctx.L(
        en="it still works, so revoke it.", de="es ist noch gültig, bitte widerrufen.", fr="il est toujours valide, révoquez-le.",
        ru="он всё ещё действует, отзовите его."))
    return fr


def o_key_homoglyph(ctx):
    k, sub = V.api_key(ctx, ctx.ch(["gitlab", "github_pat_classic", "slack", "stripe", "npm_token", "aws_access_key_id"]))
    h = homoglyph(ctx, k) or zero_width(ctx, k)
    fr = Frag()
    fr.t("CI_JOB_TOKEN_OVERRIDE=").e("API_KEY", h, sub, obf="homoglyph" if h != k and not any(z in h for z in ZW) else "zero_width")
    fr.t("\n# " + ctx.L(en="found in job log of pipeline ", de="im Job-Log von Pipeline ", fr="trouvé dans le log du pipeline ",
                        ru="найдено в логе пайплайна ")).n("NEG_ORDER_ID", str(ctx.r.randint(100000, 9999999))).t("\n")
    return fr


def o_phone(ctx):
    ph, sub = V.phone(ctx, intl=ctx.p(0.6))
    k = ctx.ch(["fullwidth", "spaced", "spelled", "zero_width"])
    v = {"fullwidth": fullwidth, "spaced": spaced, "spelled": spelled, "zero_width": zero_width}[k](ctx, ph)
    fr = Frag()
    fr.t(ctx.L(en="On-call override for tonight: call ", de="Bereitschaftsvertretung heute Nacht: bitte ",
               fr="Remplacement d'astreinte ce soir : appeler le ", ru="Замена дежурного сегодня ночью: звонить на "))
    fr.e("PHONE", v, sub, obf=k).t(ctx.L(en=" instead of the rota number.", de=" anrufen, nicht die Rufbereitschaftsnummer.",
                                         fr=" au lieu du numéro d'astreinte.", ru=" вместо номера дежурной смены."))
    return fr


def o_email_homoglyph(ctx):
    p = V.person(ctx)
    h = homoglyph(ctx, p.email)
    fr = Frag()
    fr.t("Author: ").i(p.login).t(" <").e("EMAIL", h, obf="homoglyph").t(">\nDate:   ").n("NEG_TIMESTAMP", N.git_date(ctx)).t("\n")
    return fr


def o_person_zw(ctx):
    p = V.person(ctx, form="fl")
    k = ctx.ch(["zero_width", "homoglyph", "spaced"])
    v = {"zero_width": zero_width, "homoglyph": homoglyph, "spaced": spaced}[k](ctx, p.name) or zero_width(ctx, p.name)
    if k == "homoglyph" and v == p.name:
        k = "zero_width"
    fr = Frag()
    fr.t("dn: uid=").i(p.login).t(",ou=People,dc=corp\ncn: ").e("PERSON", v, p.sub, obf=k).t("\n")
    return fr


def o_hr_ids(ctx):
    fr = Frag()
    if ctx.locale == "ru_RU":
        v, s = V.snils(ctx)
        k = ctx.ch(["spaced", "fullwidth", "zero_width"])
        fr.t(ctx.L(ru="СНИЛС нового сотрудника: ", en="New hire SNILS: ")).e("RU_SNILS", {"spaced": spaced, "fullwidth": fullwidth, "zero_width": zero_width}[k](ctx, v), s, obf=k)
        v, s = V.inn(ctx, "inn12")
        k = ctx.ch(["fullwidth", "spaced"])
        fr.t(", " + ctx.L(ru="ИНН ", en="INN ")).e("RU_INN", (fullwidth if k == "fullwidth" else spaced)(ctx, v), s, obf=k).t(".")
    elif ctx.locale == "en_US":
        v, s = V.ssn(ctx)
        k = ctx.ch(["spaced", "dotted", "spelled", "fullwidth"])
        fr.t("Payroll setup — SSN: ").e("US_SSN", {"spaced": spaced, "dotted": dotted, "spelled": spelled, "fullwidth": fullwidth}[k](ctx, v), s, obf=k)
    else:
        v, s = V.iban(ctx)
        k = ctx.ch(["spaced", "zero_width", "fullwidth"])
        fr.t(ctx.L(en="Payroll IBAN: ", de="IBAN für die Gehaltsabrechnung: ", fr="IBAN pour la paie : "))
        fr.e("IBAN", {"spaced": spaced, "zero_width": zero_width, "fullwidth": fullwidth}[k](ctx, v), s, obf=k)
    return fr


def o_card(ctx):
    v, s = V.credit_card(ctx)
    k = ctx.ch(["dotted", "spaced", "fullwidth"])
    fr = Frag()
    fr.t(ctx.L(en="Corporate card for the cloud account: ", de="Firmenkarte für das Cloud-Konto: ",
               fr="Carte affaires du compte cloud : ", ru="Корпоративная карта для облачного аккаунта: "))
    fr.e("CREDIT_CARD", {"dotted": dotted, "spaced": spaced, "fullwidth": fullwidth}[k](ctx, v.replace(" ", "").replace("-", "")), s, obf=k)
    return fr


TEMPLATES = {
    "obf.authors_words": (o_authors_words, 2), "obf.ioc_defang": (o_ioc_defang, 1.5), "obf.token_zw": (o_token_zw, 1.5),
    "obf.key_homoglyph": (o_key_homoglyph, 1.2), "obf.phone": (o_phone, 2), "obf.email_homoglyph": (o_email_homoglyph, 1.2),
    "obf.person": (o_person_zw, 1.2), "obf.hr_ids": (o_hr_ids, 1.5), "obf.card": (o_card, 0.8),
}
