"""Obfuscation transforms (guests dodging a platform's contact filter, copy/paste artefacts).

Each transform maps a clean value to its obfuscated surface form.  The clean value is kept
in Frag.raw so the validator can still verify checksums.
"""
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]

HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
        "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р",
        "C": "С", "T": "Т", "X": "Х"}
# Cyrillic -> Latin look-alikes (for Russian names written with Latin letters)
HOMO_RU = {v: k for k, v in HOMO.items()}

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
}
PLUS_WORD = {"en": "plus", "de": "plus", "fr": "plus", "ru": "плюс"}
AT_DOT = {
    "en": [(" [at] ", " [dot] "), (" at ", " dot "), ("(at)", "(dot)"), (" AT ", " DOT ")],
    "de": [(" [at] ", " [punkt] "), (" at ", " punkt "), ("(at)", "(punkt)")],
    "fr": [(" arobase ", " point "), (" [at] ", " [point] "), ("(at)", "(point)")],
    "ru": [(" собака ", " точка "), (" [at] ", " [dot] "), (" (собака) ", " (точка) ")],
}


def fullwidth(s):
    out = []
    for c in s:
        if "0" <= c <= "9" or "A" <= c <= "Z" or "a" <= c <= "z":
            out.append(chr(ord(c) + 0xFEE0))
        elif c in "-.@+/()":
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


def zero_width(rng, s, k=None):
    k = k or max(2, len(s) // 5)
    chars = list(s)
    pos = sorted(rng.sample(range(1, len(s)), min(k, len(s) - 1)), reverse=True)
    for p in pos:
        chars.insert(p, rng.choice(ZW))
    return "".join(chars)


def homoglyph(rng, s, share=0.5):
    out, changed = [], 0
    for c in s:
        if c in HOMO and rng.random() < share:
            out.append(HOMO[c])
            changed += 1
        elif c in HOMO_RU and rng.random() < share:
            out.append(HOMO_RU[c])
            changed += 1
        else:
            out.append(c)
    if not changed:
        for i, c in enumerate(out):
            if c in HOMO:
                out[i] = HOMO[c]
                break
            if c in HOMO_RU:
                out[i] = HOMO_RU[c]
                break
    return "".join(out)


def spaced(s):
    keep = [c for c in s if c.isalnum() or c == "+"]
    return " ".join(keep)


def spelled(s, lang):
    words = []
    for c in s:
        if c.isdigit():
            words.append(DIGIT_WORDS[lang][int(c)])
        elif c == "+":
            words.append(PLUS_WORD[lang])
    return " ".join(words)


def email_words(rng, email, lang):
    at, dot = rng.choice(AT_DOT[lang])
    user, dom = email.split("@")
    if rng.random() < 0.5:
        user = user.replace(".", dot)
    return user + at + dom.replace(".", dot)


def dotted(s):
    out, grp = [], ""
    for c in s:
        if c.isdigit():
            grp += c
        elif grp:
            out.append(grp)
            grp = ""
    if grp:
        out.append(grp)
    return ".".join(out)


def defang(rng, ip):
    return ip.replace(".", rng.choice(["[.]", "(.)", "{.}"]))
