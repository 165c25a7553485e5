"""Hard-negative generators for probe AH (UUIDs, timestamps, ids, versions, ISBNs, hashes, numbers)."""
import hashlib
import string

from ah_values import MONTHS, UPAL, digits, rstr


# ---------------------------------------------------------------- negatives
def uuid(rng):
    h = rstr(rng, "0123456789abcdef", 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def timestamp(rng):
    y, mo, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    st = rng.random()
    if st < 0.45:
        return f"{y}-{mo:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}" + rng.choice(["Z", "+01:00", ".000Z", "+03:00", "+02:00"])
    if st < 0.65:
        return f"{y}{mo:02d}{d:02d}T{hh:02d}{mm:02d}{ss:02d}Z"
    if st < 0.8:
        return str(rng.randint(1_600_000_000, 1_790_000_000) * (1000 if rng.random() < 0.5 else 1))
    return f"{y}-{mo:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d}"


def ics_dt(rng):
    return f"{rng.randint(2024, 2026)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}T{rng.randint(7, 18):02d}{rng.choice(['00', '15', '30', '45'])}00"


def event_date(rng, lang):
    y, mo, d = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
    if lang == "en":
        return rng.choice([f"{y}-{mo:02d}-{d:02d}", f"{mo:02d}/{d:02d}/{y}", f"{d} {MONTHS['en'][mo - 1]} {y}"])
    if lang == "de":
        return f"{d:02d}.{mo:02d}.{y}"
    if lang == "fr":
        return rng.choice([f"{d:02d}/{mo:02d}/{y}", f"{d} {MONTHS['fr'][mo - 1]} {y}"])
    return rng.choice([f"{d:02d}.{mo:02d}.{y}", f"{d} {MONTHS['ru'][mo - 1]} {y} г."])


def order_id(rng):
    st = rng.randint(0, 4)
    return [lambda: digits(rng, rng.randint(9, 12), True),
            lambda: f"ORD-{rng.randint(2023, 2026)}-{digits(rng, 6)}",
            lambda: f"PO{digits(rng, 8)}",
            lambda: f"INV-{digits(rng, 5)}-{rstr(rng, string.ascii_uppercase, 2)}",
            lambda: f"{rstr(rng, string.ascii_uppercase, 3)}{digits(rng, 7)}"][st]()


def case_id(rng, lang):
    st = rng.randint(0, 5)
    if lang == "de" and st < 3:
        return rng.choice([f"{rng.randint(1, 30)} {rng.choice(['K', 'C', 'O', 'Ca', 'S'])} {rng.randint(10, 9999)}/{rng.randint(19, 25)}",
                           f"Az. {rng.randint(100, 999)}/{digits(rng, 5)}/{rng.randint(2023, 2026)}",
                           f"BG-{digits(rng, 4)}-{digits(rng, 5)}"])
    if lang == "fr" and st < 3:
        return rng.choice([f"RG n° {rng.randint(19, 25)}/{digits(rng, 5)}", f"DOS-{digits(rng, 7)}",
                           f"{rng.randint(2023, 2026)}-{rstr(rng, string.ascii_uppercase, 3)}-{digits(rng, 5)}"])
    if lang == "ru" and st < 3:
        return rng.choice([f"№ {rng.randint(1, 9)}-{digits(rng, 4)}/{rng.randint(2023, 2026)}",
                           f"{digits(rng, 2)}-{digits(rng, 6)}-{rng.randint(23, 26)}", f"ЗП-{digits(rng, 7)}"])
    return rng.choice([f"INC{digits(rng, 7)}", f"CASE-{digits(rng, 6)}", f"REQ-{rng.randint(2023, 2026)}-{digits(rng, 5)}",
                       f"#{digits(rng, 5, True)}", f"SR-{digits(rng, 8)}", f"TKT-{rstr(rng, UPAL, 6)}"])


def version(rng):
    st = rng.random()
    if st < 0.4:
        return f"{rng.randint(1, 20)}.{rng.randint(0, 30)}.{rng.randint(0, 9999)}.{rng.randint(0, 99)}"
    if st < 0.7:
        return f"v{rng.randint(0, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 20)}"
    return f"{rng.randint(14, 17)}.0.{rng.randint(10000, 19999)}.{rng.randint(1000, 9999)}"


def pkg(rng):
    return rng.choice(["@microsoft/microsoft-graph-client", "googleapis", "exchangelib", "icalendar", "openpyxl",
                       "msal", "caldav", "@azure/identity", "python-docx", "nodemailer"]) + "@" + \
        f"{rng.randint(0, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"


def isbn13(rng):
    body = rng.choice(["978", "979"]) + digits(rng, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    v = body + str((10 - s % 10) % 10)
    return f"{v[:3]}-{v[3]}-{v[4:8]}-{v[8:12]}-{v[12]}" if rng.random() < 0.6 else v


def hexhash(rng):
    n = rng.choice([40, 64, 32, 12, 7])
    h = rstr(rng, "0123456789abcdef", n)
    return h if n > 12 or rng.random() < 0.5 else hashlib.sha1(h.encode()).hexdigest()[:n]


def number(rng, lang):
    n = rng.randint(1000, 9_999_999)
    if lang == "en":
        return f"{n:,}"
    if lang == "de":
        return f"{n:,}".replace(",", ".")
    return f"{n:,}".replace(",", "\u00a0" if lang == "fr" and rng.random() < 0.5 else " ")


def amount(rng, lang):
    v = rng.randint(5, 9999) + rng.randint(0, 99) / 100
    if lang == "en":
        return rng.choice(["$", "£"]) + f"{v:,.2f}"
    if lang == "ru":
        return f"{v:,.2f}".replace(",", " ").replace(".", ",") + " ₽"
    return f"{v:,.2f}".replace(",", " ").replace(".", ",") + " €"
