"""Obfuscated documents for probe AF: the PII is disguised the way people dictate or paste it."""
from af_common import ZW_CHARS, Lab

HOMO_L2C = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "A": "А", "B": "В", "E": "Е",
            "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х"}
HOMO_C2L = {v: k for k, v in HOMO_L2C.items()}
DIGIT_WORDS = {"en": "zero one two three four five six seven eight nine".split(),
               "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
               "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
               "ru": "ноль один два три четыре пять шесть семь восемь девять".split()}
SEP_WORDS = {"en": ("dash", "plus"), "de": ("Strich", "plus"), "fr": ("tiret", "plus"), "ru": ("тире", "плюс")}
AT_WORDS = {"en": [(" [at] ", " [dot] "), (" at ", " dot "), ("(at)", "(dot)")],
            "de": [(" [at] ", " [punkt] "), (" at ", " punkt ")],
            "fr": [(" arobase ", " point "), (" [at] ", " [point] ")],
            "ru": [(" собака ", " точка "), (" [at] ", " [dot] ")]}


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c for c in s)


def zero_width(rng, s):
    pos = sorted(rng.sample(range(1, len(s)), min(len(s) - 1, rng.randint(2, 4))))
    out, last = [], 0
    for p in pos:
        out.append(s[last:p])
        out.append(rng.choice(ZW_CHARS))
        last = p
    out.append(s[last:])
    return "".join(out)


def spaced(s):
    return "   ".join(" ".join(w) for w in s.split(" ") if w)


def homoglyph(rng, s):
    idx = [i for i, c in enumerate(s) if c in HOMO_L2C or c in HOMO_C2L]
    pick = set(rng.sample(idx, max(1, len(idx) // 2))) if idx else set()
    return "".join((HOMO_L2C.get(c) or HOMO_C2L.get(c)) if i in pick else c for i, c in enumerate(s))


def spelled(s, lang):
    dw, (dash, plus) = DIGIT_WORDS[lang], SEP_WORDS[lang]
    words = []
    for c in s:
        if c.isdigit():
            words.append(dw[int(c)])
        elif c == "-":
            words.append(dash)
        elif c == "+":
            words.append(plus)
    return " ".join(words)


def words(rng, s, lang):
    at, dot = rng.choice(AT_WORDS[lang])
    local, dom = s.split("@")
    return local + at + dot.join(dom.split("."))


def defang(rng, s):
    return rng.choice(["[.]", "(.)"]).join(s.split("."))


KINDS = {"EMAIL": ["zero_width", "homoglyph", "words", "words", "fullwidth"],
         "PHONE": ["spaced", "spelled", "zero_width", "fullwidth"],
         "US_SSN": ["spaced", "dotted", "fullwidth", "spelled", "zero_width"],
         "CREDIT_CARD": ["spaced", "fullwidth", "zero_width", "dotted"],
         "IBAN": ["spaced", "fullwidth", "zero_width"], "IPV4": ["fullwidth", "defang", "zero_width"],
         "IPV6": ["fullwidth", "zero_width"], "PERSON": ["zero_width", "homoglyph", "spaced"],
         "DATE_OF_BIRTH": ["fullwidth", "spaced", "zero_width"], "MEDICAL_RECORD_NUMBER": ["spaced", "fullwidth", "zero_width"],
         "RU_SNILS": ["fullwidth", "spaced", "zero_width"], "RU_INN": ["fullwidth", "spaced"],
         "RU_PASSPORT": ["fullwidth", "spaced"], "API_KEY": ["zero_width", "homoglyph"]}


def obfuscate(rng, lab, lang):
    kind = rng.choice(KINDS[lab.typ])
    v = lab.value
    if kind == "fullwidth":
        nv = fullwidth(v)
    elif kind == "zero_width":
        nv = zero_width(rng, v)
    elif kind == "spaced":
        nv = spaced(v.replace(" ", "") if lab.typ not in ("PERSON",) else v)
    elif kind == "homoglyph":
        nv = homoglyph(rng, v)
        if nv == v:
            kind, nv = "zero_width", zero_width(rng, v)
    elif kind == "spelled":
        nv = spelled(v, lang)
    elif kind == "words":
        nv = words(rng, v, lang)
    elif kind == "dotted":
        d = "".join(c for c in v if c.isdigit())
        if lab.typ == "US_SSN":
            nv = "%s.%s.%s" % (d[:3], d[3:5], d[5:])
        elif len(d) == 15:
            nv = "%s.%s.%s" % (d[:4], d[4:10], d[10:])
        else:
            nv = ".".join(d[i:i + 4] for i in range(0, len(d), 4))
    else:
        nv = defang(rng, v)
    return Lab("E", lab.typ, nv, lab.sub, None, kind)


OBF_T = {
    "en": [("obf.hc_en1", "The caller read out the patient's SSN as {pat.ssn:dashed}, please check it.", ["en_US"]),
           ("obf.hc_en2", "Ward clerk note: ring the daughter back on {rel.phone}.", None),
           ("obf.hc_en3", "Send the discharge letter to {pat.email} - {pat} asked for e-mail only.", None),
           ("obf.hc_en4", "Copay card given over the phone: {pat.card}.", None),
           ("obf.hc_en5", "Refund the deposit to {pat.iban}, account holder {pat}.", None),
           ("obf.hc_en6", "Suspicious portal logins from {ip4} for record {pat.mrn}.", None),
           ("obf.hc_en7", "NHS number {pat.mrn:nhs}, date of birth {pat.dob}.", ["en_GB"]),
           ("obf.hc_en8", "Someone pasted the FHIR token {key:jwt} into the team chat.", None),
           ("obf.hc_en9", "Telehealth session relayed via {ip6}; patient {pat}.", None),
           ("obf.hc_en10", "Resident's passport {pat.passport} and SNILS {pat.snils} for the admission form.", ["ru_RU"]),
           ("obf.hc_en11", "Interpreter booked for {pat}, born {pat.dob}, mobile {pat.mobile}.", None)],
    "de": [("obf.hc_de1", "Rückruf an die Tochter unter {rel.phone} erbeten.", None),
           ("obf.hc_de2", "Arztbrief bitte an {pat.email} senden, Patient{pat.g:|in} {pat}.", None),
           ("obf.hc_de3", "Erstattung auf {pat.iban}, Kontoinhaber{pat.g:|in} {pat}.", None),
           ("obf.hc_de4", "Zugriffe auf die Akte {pat.mrn} von {ip4} aus.", None),
           ("obf.hc_de5", "Geburtsdatum laut Telefonat: {pat.dob}, Mobilnummer {pat.mobile}.", None)],
    "fr": [("obf.hc_fr1", "Rappeler la fille de la patiente au {rel.phone}.", None),
           ("obf.hc_fr2", "Envoyer le compte rendu à {pat.email} pour {pat}.", None),
           ("obf.hc_fr3", "Remboursement sur le compte {pat.iban}, titulaire {pat}.", None),
           ("obf.hc_fr4", "Carte utilisée pour l'acompte : {pat.card}.", None),
           ("obf.hc_fr5", "Date de naissance dictée : {pat.dob}, dossier {pat.mrn}.", None)],
    "ru": [("obf.hc_ru1", "СНИЛС пациента: {pat.snils}, паспорт: {pat.passport}.", None),
           ("obf.hc_ru2", "Перезвонить родственнику по номеру {rel.phone}.", None),
           ("obf.hc_ru3", "ИНН для справки о вычете: {pat.inn}. Пациент: {pat}.", None),
           ("obf.hc_ru4", "Выписку отправить на {pat.email}.", None),
           ("obf.hc_ru5", "Вход в личный кабинет с {ip4}, медкарта {pat.mrn}.", None),
           ("obf.hc_ru6", "Оплата картой {pat.card}, дата рождения плательщика {pat.dob}.", None)],
}


def build(ctx):
    opts = [t for t in OBF_T[ctx.lang] if t[2] is None or ctx.locale in t[2]]
    tid, tmpl, _ = ctx.rng.choice(opts)
    segs = ctx.fill(tmpl)
    out = []
    for s in segs:
        if isinstance(s, Lab) and s.kind == "E":
            out.append(obfuscate(ctx.rng, s, ctx.lang))
        else:
            out.append(s)
    return tid, out
