"""ag_obf.py - obfuscated documents: values as customers dictate, paste or mangle them.

Kinds (as in dev): zero_width, homoglyph, fullwidth, spaced, dotted, words, spelled, defang.
The tagged value is the obfuscated text; `sub` keeps the underlying format.
"""
from ag_common import E

ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "А", "B": "В",
        "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х",
        # Cyrillic -> Latin for Russian names
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "А": "A", "В": "B", "Е": "E",
        "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X"}
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

KINDS = {
    "EMAIL": ["zero_width", "homoglyph", "fullwidth", "words"],
    "PHONE": ["spaced", "spelled", "zero_width", "fullwidth"],
    "PERSON": ["spaced", "zero_width", "homoglyph"],
    "CREDIT_CARD": ["spaced", "dotted", "fullwidth", "zero_width"],
    "IBAN": ["spaced", "fullwidth", "zero_width"],
    "US_SSN": ["spelled", "dotted", "spaced", "fullwidth", "zero_width"],
    "IPV4": ["defang", "fullwidth", "zero_width"],
    "RU_INN": ["spaced", "fullwidth"],
    "RU_SNILS": ["spaced", "fullwidth", "zero_width"],
    "RU_PASSPORT": ["spaced", "fullwidth"],
    "API_KEY": ["homoglyph", "zero_width"],
}


def zero_width(rng, s):
    pos = sorted(rng.sample(range(1, len(s)), min(len(s) - 1, rng.randint(2, 4))))
    out, last = [], 0
    for p in pos:
        out.append(s[last:p])
        out.append(rng.choice(ZW))
        last = p
    out.append(s[last:])
    return "".join(out)


def homoglyph(rng, s):
    idx = [i for i, ch in enumerate(s) if ch in HOMO]
    if len(idx) < 2:
        return None
    pick = set(rng.sample(idx, max(2, len(idx) // 3)))
    return "".join(HOMO[ch] if i in pick else ch for i, ch in enumerate(s))


def fullwidth(s):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in s)


def spaced(s):
    keep = [ch for ch in s if ch.isalnum() or ch == " "]
    if any(ch.isalpha() for ch in s) and not any(ch.isdigit() for ch in s):   # names
        return " ".join(ch for ch in "".join(keep) if ch != " ")
    return " ".join(ch for ch in keep if ch.isalnum())


def dotted(s):
    return "".join("." if ch in " -" else ch for ch in s)


def words(rng, s):
    local, dom = s.split("@", 1)
    at, dot = rng.choice([(" at ", " dot "), (" [at] ", " [dot] "), (" (at) ", " (dot) "), (" AT ", " DOT ")])
    return local + at + dom.replace(".", dot)


def spelled(s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(WORDS[int(ch)])
        elif ch == "-":
            out.append("dash")
        elif ch == "+":
            out.append("plus")
    return " ".join(out)


def defang(rng, s):
    return s.replace(".", rng.choice(["[.]", "(.)"]))


def obfuscate(rng, t, native=False):
    """Return a new tagged entity with an obfuscated value (or t unchanged if none applies)."""
    kinds = [k for k in KINDS.get(t.typ, []) if not (native and k in ("spelled", "words"))]
    rng.shuffle(kinds)
    for k in kinds:
        s = t.text
        if k == "zero_width":
            v = zero_width(rng, s)
        elif k == "homoglyph":
            v = homoglyph(rng, s)
        elif k == "fullwidth":
            v = fullwidth(s)
        elif k == "spaced":
            v = spaced(s)
        elif k == "dotted":
            v = dotted(s) if (" " in s or "-" in s) else None
        elif k == "words":
            v = words(rng, s)
        elif k == "spelled":
            v = spelled(s)
        else:
            v = defang(rng, s)
        if v and v != s:
            return E(v, t.typ, t.sub, k)
    return t


FRAMES_EN = [
    ("PHONE", "The caller left a callback number: {v}."),
    ("PHONE", "Driver note - recipient asked us to ring {v} before arriving."),
    ("PERSON", "Name on the account, as typed in the chat: {v}."),
    ("PERSON", "Parcel signed for by {v}."),
    ("EMAIL", "Customer wrote their e-mail as {v} so the bot would not mangle it."),
    ("EMAIL", "Send the porting confirmation to {v}."),
    ("CREDIT_CARD", "Card for the redelivery fee, as dictated: {v}"),
    ("CREDIT_CARD", "Refund destination card: {v}."),
    ("IBAN", "IBAN copied from the paper direct-debit form: {v}"),
    ("IBAN", "Please refund to {v}."),
    ("US_SSN", "Applicant read out the SSN for the credit check: {v}."),
    ("IPV4", "Customer says their router WAN address is {v}."),
    ("IPV4", "Blocked webhook source {v} after repeated bad signatures."),
    ("RU_PASSPORT", "Passport for the SIM registration: {v}."),
    ("RU_SNILS", "SNILS given for the Gosuslugi check: {v}."),
    ("RU_INN", "Company INN on the delivery contract: {v}."),
    ("API_KEY", "The driver app build still ships the key {v} - rotate it."),
]
FRAMES_NATIVE = {
    "de": [("PHONE", "Rückrufnummer laut Kunde: {v}."), ("PERSON", "Sendung angenommen von {v}."),
           ("IBAN", "IBAN vom Papierformular: {v}"), ("EMAIL", "Bestätigung bitte an {v}.")],
    "fr": [("PHONE", "Numéro de rappel donné par le client : {v}."), ("PERSON", "Colis remis à {v}."),
           ("IBAN", "IBAN recopié du mandat papier : {v}"), ("EMAIL", "Envoyer la confirmation à {v}.")],
    "ru": [("PHONE", "Номер для обратного звонка: {v}."), ("PERSON", "Посылку получил(а) {v}."),
           ("RU_PASSPORT", "Паспорт для договора: {v}."), ("RU_SNILS", "СНИЛС абонента: {v}."),
           ("RU_INN", "ИНН организации: {v}.")],
}


def _value(c, typ, p):
    if typ == "PHONE":
        return c.phone()
    if typ == "PERSON":
        return p.full()
    if typ == "EMAIL":
        return c.email(p)
    if typ == "CREDIT_CARD":
        return c.card()
    if typ == "IBAN":
        return c.iban()
    if typ == "US_SSN":
        return c.ssn()
    if typ == "IPV4":
        return c.ipv4()
    if typ == "RU_PASSPORT":
        return c.passport()
    if typ == "RU_SNILS":
        return c.snils()
    if typ == "RU_INN":
        return c.inn()
    return c.key(c.pick(["google_api", "stripe", "slack", "aws_access_key_id"]))


def obf_doc(c):
    """Returns the language actually used."""
    native = c.lang != "en" and c.lang in FRAMES_NATIVE
    frames = FRAMES_NATIVE[c.lang] if native else FRAMES_EN
    ok_types = {"US_SSN": c.locale == "en_US", "RU_PASSPORT": c.locale == "ru_RU", "RU_SNILS": c.locale == "ru_RU",
                "RU_INN": c.locale == "ru_RU", "IBAN": c.locale != "en_US" or c.chance(0.2)}
    frames = [f for f in frames if ok_types.get(f[0], True)]
    p = c.person()
    n = c.wpick([(1, 5), (2, 3), (3, 1)])
    chosen = c.rng.sample(frames, min(n, len(frames)))
    for i, (typ, fr) in enumerate(chosen):
        if i:
            c.b.add(" ")
        t = obfuscate(c.rng, _value(c, typ, p), native)
        pre, post = fr.split("{v}")
        c.b.add(pre, t, post)
    return "native" if native else "en"
