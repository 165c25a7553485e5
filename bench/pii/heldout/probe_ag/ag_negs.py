"""ag_negs.py - hard negatives of the customer-service / telecom / utility / logistics world.

Every numeric negative with 13-19 digits is forced to FAIL the Luhn check, INN-/SNILS-/IBAN-
shaped account numbers are forced to fail their checksums, and SSN-shaped numbers use an area
that is never issued, so a validating detector is right to keep them.
"""
import base64

from ag_common import N, pick
from ag_ids import (rdig, luhn_break, inn10_check, inn12_checks, snils_check, iban_digits, group4, rand_ymd,
                    fmt_date, UP, DIG)
from ag_net import rstr

HEX = "0123456789abcdef"


def hexs(rng, n):
    return "".join(rng.choice(HEX) for _ in range(n))


def _nol(rng, n):
    """n digits, no Luhn-valid run if 13..19 long."""
    d = rdig(rng, n)
    if 13 <= n <= 19:
        d = luhn_break(d)
    return d


# ---------------------------------------------------------------------------------------------
# tracking / order / ticket ids  (NEG_ORDER_ID)
# ---------------------------------------------------------------------------------------------
def tracking(rng, locale):
    k = pick(rng, ["ups", "s10", "dhl", "dpd", "colis", "rupost", "fedex", "hermes", "usps"])
    if k == "ups":
        v = "1Z" + rstr(rng, UP + DIG, 5) + rng.choice(UP) + rdig(rng, 2) + rdig(rng, 8)
    elif k == "s10":
        cc = {"en_GB": "GB", "fr_FR": "FR", "de_DE": "DE", "ru_RU": "RU"}.get(locale, "US")
        v = pick(rng, ["RX", "LX", "CP", "RR", "EE"]) + rdig(rng, 9) + cc
    elif k == "dhl":
        v = "JJD" + _nol(rng, 18)
    elif k == "dpd":
        v = "0" + _nol(rng, 13)
    elif k == "colis":
        v = pick(rng, ["6A", "8R", "5S"]) + rdig(rng, 11)
    elif k == "rupost":
        v = _nol(rng, 14)
    elif k == "fedex":
        v = rdig(rng, 12)
    elif k == "hermes":
        v = "H" + rdig(rng, 4) + rstr(rng, UP + DIG, 10)
    else:
        v = "9400 " + " ".join(rdig(rng, 4) for _ in range(4)) + " " + rdig(rng, 2)
    return N(v, "NEG_ORDER_ID")


def ticket(rng):
    f = pick(rng, ["INC%07d", "CS-%d-%05d", "TKT-%06d", "#%d", "CASE-%08d", "SR%09d", "REQ-%05d"])
    if f == "CS-%d-%05d":
        v = f % (rng.randint(2021, 2025), rng.randint(1, 99999))
    elif f == "#%d":
        v = "#" + str(rng.randint(100000, 9999999))
    else:
        v = f % rng.randint(1, 10 ** (int(f[-2]) if f[-2].isdigit() else 6) - 1)
    return N(v, "NEG_ORDER_ID")


def order(rng, kind=None):
    f = kind or pick(rng, ["ord", "po", "cart", "ord"])
    v = {"ord": "ORD-%s-%s" % (rstr(rng, UP, 2), rdig(rng, 6)),
         "rma": "RMA-%s-%s" % (rstr(rng, UP + DIG, 5), rdig(rng, 3)),
         "wo": "WO-%s" % rdig(rng, 7), "po": "PO%s" % rdig(rng, 8),
         "inv": pick(rng, ["INV/%d/%s" % (rng.randint(2022, 2025), rdig(rng, 6)), "RE-%s" % rdig(rng, 9),
                           "FAC%s" % rdig(rng, 8)]),
         "mandate": pick(rng, ["MNDT-%s" % rstr(rng, UP + DIG, 10), "SEPA%s%s" % (rdig(rng, 6), rstr(rng, UP, 3)),
                               "DDI-%s" % rdig(rng, 8)]),
         "route": pick(rng, ["RT-%s-%s" % (rstr(rng, UP, 3), rdig(rng, 3)), "TOUR-%s" % rdig(rng, 5)]),
         "van": pick(rng, ["VAN-%s" % rdig(rng, 3), "FZ-%s" % rdig(rng, 4)]),
         "serial": "SN%s" % rstr(rng, UP + DIG, 12),
         "shp": "SHP%s" % rstr(rng, UP + DIG, 9), "cart": "BSK-%s" % rstr(rng, UP + DIG, 6)}[f]
    return N(v, "NEG_ORDER_ID")


# ---------------------------------------------------------------------------------------------
# numbers that look like identifiers but are not PII / fail checksums  (NEG_NUMBER)
# ---------------------------------------------------------------------------------------------
def meter(rng, locale):
    k = pick(rng, ["serial", "mpan", "malo", "zp", "pdl", "ls", "water"])
    if k == "serial":
        v = pick(rng, ["1ESY11", "1EMH00", "S19K", "E10B", "L2G"]) + rdig(rng, 8)
    elif k == "mpan":
        v = _nol(rng, 13)
    elif k == "malo":
        v = "5" + rdig(rng, 10)
    elif k == "zp":
        v = "DE" + rdig(rng, 11) + rng.choice(UP) + rstr(rng, UP + DIG, 19)
    elif k == "pdl":
        v = _nol(rng, 14)
    elif k == "ls":
        v = rdig(rng, 3) + "-" + rdig(rng, 3) + "-" + rdig(rng, 3)
    else:
        v = "WM-" + rdig(rng, 9)
    return N(v, "NEG_NUMBER")


def account(rng):
    k = pick(rng, ["plain9", "plain12", "dash", "ban"])
    if k == "plain9":
        v = rdig(rng, 9)
    elif k == "plain12":
        v = rdig(rng, 12)
    elif k == "dash":
        v = "%s-%s-%s" % (rdig(rng, 4), rdig(rng, 4), rdig(rng, 2))
    else:
        v = "BAN " + rdig(rng, 10)
    return N(v, "NEG_NUMBER")


def bad_inn(rng):
    n = pick(rng, [10, 12])
    while True:
        d = rdig(rng, n)
        good = (inn10_check(d[:9]) == d[9]) if n == 10 else (inn12_checks(d[:10]) == d[10:])
        if not good:
            return N(d, "NEG_NUMBER")


def bad_snils(rng):
    while True:
        d = rdig(rng, 11)
        if snils_check(d[:9]) != d[9:]:
            return N("%s-%s-%s %s" % (d[:3], d[3:6], d[6:9], d[9:]), "NEG_NUMBER")


def bad_iban(rng, cc):
    good = iban_digits(rng, cc)
    chk = int(good[2:4])
    bad = good[:2] + "%02d" % ((chk + rng.randint(1, 40)) % 97 + 2) + good[4:]
    if bad[2:4] == good[2:4]:
        bad = good[:2] + "%02d" % ((chk + 50) % 97 + 2) + good[4:]
    return N(group4(bad), "NEG_NUMBER")


def bad_ssn(rng):
    a = pick(rng, ["000", "666", str(rng.randint(900, 999))])
    return N("%s-%s-%s" % (a, rdig(rng, 2), rdig(rng, 4)), "NEG_NUMBER")


def amount(rng, locale):
    x = rng.randint(300, 99999) / 100.0
    if locale == "en_US":
        v = "$%.2f" % x
    elif locale == "en_GB":
        v = "£%.2f" % x
    elif locale == "ru_RU":
        v = ("%.2f" % (x * 20)).replace(".", ",") + " ₽"
    else:
        v = ("%.2f" % x).replace(".", ",") + " €"
    return N(v, "NEG_NUMBER")


def reading(rng, locale):
    x = rng.randint(1000, 98000)
    u = pick(rng, ["кВт·ч", "кВт·ч", "м³"] if locale == "ru_RU" else ["kWh", "kWh", "m³"])
    if locale in ("de_DE", "fr_FR", "ru_RU"):
        v = "%d %03d,%d %s" % (x // 1000, x % 1000, rng.randint(0, 9), u) if x >= 1000 else "%d %s" % (x, u)
    else:
        v = "%d,%03d.%d %s" % (x // 1000, x % 1000, rng.randint(0, 9), u)
    return N(v, "NEG_NUMBER")


BOX = {"en_US": (33, 45, -122, -75), "en_GB": (50.5, 56.5, -4.5, 1.5), "de_DE": (47.5, 54.5, 6.5, 14.5),
       "fr_FR": (43.5, 50.5, -1.5, 7.0), "ru_RU": (54.0, 60.0, 30.0, 60.0)}


def coords(rng, locale="de_DE"):
    a, b, c, d = BOX[locale]
    return N("%.5f, %.5f" % (rng.uniform(a, b), rng.uniform(c, d)), "NEG_NUMBER")


def weight(rng):
    return N(pick(rng, ["%.2f kg", "%.1f kg", "%.1f lb"]) % rng.uniform(0.2, 30), "NEG_NUMBER")


# ---------------------------------------------------------------------------------------------
# card-like (NEG_CARDLIKE): IMEI, ICCID, vouchers, barcodes - all Luhn-invalid
# ---------------------------------------------------------------------------------------------
def imei(rng):
    d = luhn_break(pick(rng, ["35", "86", "01", "49"]) + rdig(rng, 13))
    return N(d if rng.random() < 0.7 else "%s-%s-%s-%s" % (d[:2], d[2:8], d[8:14], d[14]), "NEG_CARDLIKE")


def iccid(rng, locale):
    cc = {"en_US": "891", "en_GB": "8944", "de_DE": "8949", "fr_FR": "8933", "ru_RU": "897"}[locale]
    d = luhn_break(cc + rdig(rng, 19 - len(cc)))
    return N(d if rng.random() < 0.6 else " ".join(d[i:i + 4] for i in range(0, 19, 4)), "NEG_CARDLIKE")


def cardlike16(rng):
    d = luhn_break(pick(rng, ["6", "7", "8", "9", "4", "5", "3"]) + rdig(rng, 15))
    st = rng.random()
    return N(d if st < 0.4 else (" " if st < 0.8 else "-").join(d[i:i + 4] for i in range(0, 16, 4)), "NEG_CARDLIKE")


# ---------------------------------------------------------------------------------------------
# dates, times, ids, versions, hashes, text
# ---------------------------------------------------------------------------------------------
def date(rng, locale, lang, style=None):
    y, m, d = rand_ymd(rng, 2019, 2026)
    return N(fmt_date(rng, locale, lang, y, m, d, style), "NEG_DATE")


def timestamp(rng, style=None):
    y, m, d = rand_ymd(rng, 2021, 2025)
    hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    style = style or pick(rng, ["iso", "isoz", "space", "epoch", "epochms", "hm", "offset"])
    if style == "iso":
        v = "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, m, d, hh, mm, ss, rng.randint(0, 999))
    elif style == "isoz":
        v = "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, hh, mm, ss)
    elif style == "offset":
        v = "%04d-%02d-%02dT%02d:%02d:%02d%s" % (y, m, d, hh, mm, ss, pick(rng, ["+01:00", "+02:00", "+03:00", "-05:00", "+00:00"]))
    elif style == "space":
        v = "%04d-%02d-%02d %02d:%02d:%02d" % (y, m, d, hh, mm, ss)
    elif style == "epoch":
        v = str(rng.randint(1609459200, 1767225600))
    elif style == "epochms":
        v = luhn_break(str(rng.randint(1609459200000, 1767225600000)))
    else:
        v = "%02d:%02d" % (hh, mm)
    return N(v, "NEG_TIMESTAMP")


def uuid(rng):
    h = hexs(rng, 32)
    h = h[:12] + "4" + h[13:16] + pick(rng, "89ab") + h[17:]
    return N("%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:]), "NEG_UUID")


def hash_(rng):
    return N(hexs(rng, pick(rng, [7, 12, 40, 64])), "NEG_HASH")


def version(rng):
    k = rng.random()
    if k < 0.35:
        v = "%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 40), rng.randint(0, 20))
    elif k < 0.7:
        v = "%d.%d.%d.%d" % (rng.randint(1, 30), rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255))
    else:
        v = "%d.%02d.%d" % (rng.randint(6, 8), rng.randint(0, 99), rng.randint(100, 9999))
    return N(v, "NEG_VERSION")


def b64blob(rng):
    raw = bytes(rng.getrandbits(8) for _ in range(rng.choice([32, 48, 60])))
    k = rng.random()
    if k < 0.4:
        v = "sha256=" + base64.b64encode(raw[:32]).decode()
    elif k < 0.7:
        v = "data:image/png;base64,iVBORw0KGgo" + base64.b64encode(raw).decode().rstrip("=")
    else:
        v = "v1," + base64.b64encode(raw[:32]).decode()
    return N(v, "NEG_B64")


EMAILLIKE = ["@parcelkit/webhooks", "@shipfast/sdk", "axios@1.7.2", "@twilio/voice-sdk", "libphonenumber-js@1.11.4",
             "@zendesk/widget", "@SwiftParcelHelp", "@NorthgridCare", "@FibreNetSupport", "@meterly/api@3.2.0",
             "zod@3.23.8", "@carrier/label-kit", "@ops_oncall", "dayjs@1.11.11"]


def emaillike(rng):
    return N(pick(rng, EMAILLIKE), "NEG_EMAILLIKE")


TITLECASE = {
    "tariff": {"en": ["Fibre Max", "Unlimited Plus", "Green Fixed", "Standard Variable", "Super Saver",
                      "Business Broadband", "Data Roaming", "Family Share", "Economy Seven"],
               "de": ["Ökostrom Flex", "Glasfaser Speed", "Grundversorgung Strom", "Mobil Unlimited", "Gas Fix",
                      "Familien Tarif"],
               "fr": ["Offre Essentielle", "Fibre Power", "Tarif Bleu", "Box Fibre", "Forfait Illimité",
                      "Heures Creuses"],
               "ru": ["Тариф Домашний", "Безлимит Плюс", "Семейный Пакет", "Интернет Максимум"]},
    "service": {"en": ["Next Day Delivery", "Priority Express", "Parcel Locker", "Weekend Delivery",
                       "Signed For", "Economy Ground"],
                "de": ["Express Zustellung", "Paket Station", "Wunsch Tag", "Same Day"],
                "fr": ["Livraison Express", "Relais Colis", "Point Retrait", "Remise Contre Signature"],
                "ru": ["Курьерская Доставка", "Пункт Выдачи", "Экспресс Доставка"]},
    "team": {"en": ["Customer Care", "Proof Of Delivery", "Returns Portal", "Smart Meter", "Home Move",
                    "Premium Support", "Field Operations"],
             "de": ["Kundenservice Team", "Zähler Service", "Technik Team"],
             "fr": ["Service Client", "Équipe Terrain", "Support Technique"],
             "ru": ["Служба Поддержки", "Личный Кабинет", "Умный Счётчик"]},
}


def titlecase(rng, lang, kind="tariff"):
    tab = TITLECASE[kind]
    return N(pick(rng, tab.get(lang, tab["en"])), "NEG_TITLECASE")
