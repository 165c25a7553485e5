"""Hard negatives typical of healthcare output (must survive redaction).

Every generator returns (NEG_TYPE, value).  Values are checked by ``neg_safe`` so that a negative
never happens to be a valid card / INN / SNILS / NHS number.
"""
from af_common import B62, B64, HEX, digits, rstr
from af_ids import inn_ok, luhn_ok, nhs_ok, snils_ok
from af_people import DATE_STYLES, MONTHS, fmt_date, rand_date


def neg_safe(typ, value):
    d = "".join(c for c in value if c.isdigit())
    if typ in ("NEG_TIMESTAMP", "NEG_HASH", "NEG_UUID", "NEG_B64"):
        return True
    if typ == "NEG_CARDLIKE":
        return 13 <= len(d) <= 19 and not luhn_ok(d)
    if 13 <= len(d) <= 19 and luhn_ok(d):
        return False
    if len(d) == 10 and (inn_ok(d) or nhs_ok(d)):
        return False
    if len(d) == 12 and inn_ok(d):
        return False
    if len(d) == 11 and snils_ok(d):
        return False
    return True


def n_date(rng, locale, style=None):
    y, m, d = rand_date(rng, 2016, 2026)
    return "NEG_DATE", fmt_date(y, m, d, style or rng.choice(DATE_STYLES[locale]))


def n_ts(rng, locale="en_US", kind=None):
    y, mo, d = rand_date(rng, 2019, 2026)
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    k = rng.randint(0, 8) if kind is None else kind
    if k == 0:
        v = "%d-%02d-%02dT%02d:%02d:%02dZ" % (y, mo, d, h, mi, s)
    elif k == 1:
        v = "%d-%02d-%02dT%02d:%02d:%02d+%02d:00" % (y, mo, d, h, mi, s, rng.choice([1, 2, 3]))
    elif k == 2:
        v = "%d-%02d-%02d %02d:%02d:%02d.%03d" % (y, mo, d, h, mi, s, rng.randint(0, 999))
    elif k == 3:
        v = str(rng.randint(1560000000, 1790000000))
    elif k == 4:
        v = str(rng.randint(1560000000000, 1790000000000))
    elif k == 5:
        v = "%d%02d%02d%02d%02d%02d" % (y, mo, d, h, mi, s)
    elif k == 6:
        v = "%02d:%02d:%02d" % (h, mi, s)
    elif k == 7:
        sep = {"de_DE": ".", "ru_RU": "."}.get(locale, "/")
        v = "%02d%s%02d%s%d %02d:%02d" % (d, sep, mo, sep, y, h, mi)
        if locale == "en_US":
            v = "%02d/%02d/%d %02d:%02d" % (mo, d, y, h, mi)
    else:
        v = "%02d/%s/%d:%02d:%02d:%02d +0000" % (d, MONTHS["en"][mo - 1][:3], y, h, mi, s)
    return "NEG_TIMESTAMP", v


def n_uuid(rng):
    h = rstr(rng, HEX, 32)
    v = "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])
    return "NEG_UUID", v


ORDER_KINDS = {
    "claim": lambda r: rng_pick(r, ["CLM-%d-%s" % (r.randint(2019, 2026), digits(r, 7)), "C%s" % digits(r, 10),
                                    "EOB-%s-%s" % (digits(r, 4), digits(r, 5))]),
    "accession": lambda r: rng_pick(r, ["ACC%s-%s" % (digits(r, 2), digits(r, 6)), "LAB-%s" % digits(r, 8),
                                        "A%s%s" % (digits(r, 2), rstr(r, "KLMNP", 1) + digits(r, 5))]),
    "rx": lambda r: rng_pick(r, ["Rx# %s" % digits(r, 7), "RX-%s-%s" % (digits(r, 3), digits(r, 5)),
                                 "E-Rx %s.%s" % (digits(r, 4), digits(r, 4))]),
    "lot": lambda r: rng_pick(r, ["%s%s" % (rstr(r, "ABCDEFGHKLMNPRSTWXYZ", 2), digits(r, 4)),
                                  "%s%s%s" % (digits(r, 2), rstr(r, "ABCDEFHK", 1), digits(r, 4)),
                                  "L%s-%s" % (digits(r, 4), rstr(r, "ABCDEFGHKLMN", 2))]),
    "appt": lambda r: rng_pick(r, ["APT-%s" % digits(r, 6), "BK%s" % digits(r, 7), "#%s" % digits(r, 6)]),
    "referral": lambda r: rng_pick(r, ["REF/%d/%s" % (r.randint(2021, 2026), digits(r, 5)), "UBR-%s" % digits(r, 6),
                                       "%s-%s" % (digits(r, 4), digits(r, 2))]),
    "prior_auth": lambda r: rng_pick(r, ["PA-%s" % digits(r, 7), "AUTH%s" % digits(r, 8)]),
    "specimen": lambda r: rng_pick(r, ["SPC-%s" % digits(r, 6), "S%s/%s" % (digits(r, 2), digits(r, 5))]),
    "subject": lambda r: rng_pick(r, ["SCR-%s-%s" % (digits(r, 3), digits(r, 3)), "%s-%s" % (digits(r, 3), digits(r, 4)),
                                      "SUBJ-%s" % digits(r, 5)]),
    "ticket": lambda r: rng_pick(r, ["INC%s" % digits(r, 7), "TKT-%s" % digits(r, 5), "SR-%s" % digits(r, 6)]),
    "invoice": lambda r: rng_pick(r, ["INV-%d-%s" % (r.randint(2019, 2026), digits(r, 5)), "RE-%s" % digits(r, 7),
                                      "F%s" % digits(r, 8)]),
    "msgid": lambda r: rng_pick(r, ["MSG%s" % digits(r, 8), "%s" % digits(r, 12)]),
    "bed": lambda r: rng_pick(r, ["%s-%02d" % (rstr(r, "ABCDEFGH", 1) + str(r.randint(1, 9)), r.randint(1, 30))]),
}


def rng_pick(rng, opts):
    return rng.choice(opts)


def n_order(rng, kind=None):
    kind = kind or rng.choice(sorted(ORDER_KINDS))
    return "NEG_ORDER_ID", ORDER_KINDS[kind](rng)


def n_version(rng, kind=None):
    k = kind if kind is not None else rng.randint(0, 5)
    if k == 0:
        v = "%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 30), rng.randint(0, 60))
    elif k == 1:
        v = "%d.%d.%d.%d" % (rng.randint(1, 24), rng.randint(0, 199), rng.randint(0, 250), rng.randint(1, 250))
    elif k == 2:
        v = "v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 40))
    elif k == 3:
        v = "%d.%d.%d" % (rng.randint(2019, 2026), rng.randint(1, 4), rng.randint(0, 12))
    elif k == 4:
        v = rng.choice(["2.3", "2.4", "2.5", "2.5.1", "2.6", "2.7", "2.8"])
    else:
        v = rng.choice(["4.0.1", "4.3.0", "5.0.0", "3.0.2", "1.0.2"])
    return "NEG_VERSION", v


def n_hash(rng):
    return "NEG_HASH", rstr(rng, HEX, rng.choice([7, 32, 40, 64]))


def n_b64(rng):
    k = rng.randint(0, 3)
    if k == 0:
        v = "JVBERi0xLj" + rstr(rng, B64, rng.randint(40, 90))
    elif k == 1:
        v = "data:application/pdf;base64,JVBERi0xLj" + rstr(rng, B64, rng.randint(30, 70))
    elif k == 2:
        v = "sha256-" + rstr(rng, B64, 43) + "="
    else:
        v = "data:image/jpeg;base64,/9j/4AAQSkZJRg" + rstr(rng, B64, rng.randint(30, 70))
    return "NEG_B64", v


def n_cardlike(rng):
    while True:
        first = rng.choice("123456789")
        d = first + digits(rng, 15)
        if not luhn_ok(d):
            break
    f = rng.randint(0, 2)
    v = d if f == 0 else (" " if f == 1 else "-").join(d[i:i + 4] for i in range(0, 16, 4))
    return "NEG_CARDLIKE", v


def n_pkg(rng):
    opts = ["fhir.resources@7.1.0", "hl7apy@1.3.4", "@medplum/core", "@smile-cdr/fhirts", "fhirclient@4.2.0",
            "@types/fhir", "@azure/health-deidentification", "dicom-parser@1.8.21", "node-hl7-client@2.3.0",
            "@ohif/viewer", "@Override", "@Transactional", "@pytest.fixture", "@cornerstonejs/core"]
    return "NEG_EMAILLIKE", rng.choice(opts)


def n_mention(rng):
    opts = ["@StationB2", "@night-shift", "@oncall-radiology", "@pharmacy-team", "@ward7", "@triage",
            "@care-coordinators", "@labor-team", "@pflege-nacht", "@equipe-nuit"]
    return "NEG_EMAILLIKE", rng.choice(opts)
