# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checksum and structure validators (PRIVATE to the collection, stdlib only)."""

from __future__ import annotations

import base64
import binascii
import ipaddress
import json
import re
from operator import mul

# ISO 13616 IBAN lengths per country.
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18,
    "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24,
    "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "RU": 33, "BI": 27, "DJ": 27, "LY": 25,
    "SD": 18, "SO": 23, "NI": 28, "MN": 20, "OM": 23, "FK": 18, "YE": 30,
}


_LUHN_DOUBLED = str.maketrans("0123456789", "0246813579")   # 2d, minus 9 when above 9


def _digit_sum(digits):
    """Sum of a string of ASCII digits, at C speed (byte values minus ord('0'))."""
    return sum(digits.encode()) - 48 * len(digits)


def _weighted_sum(digits, weights):
    """sum(int(d) * w) over a string of ASCII digits as long as ``weights``, at C speed."""
    return sum(map(mul, digits.encode(), weights)) - 48 * sum(weights)


def luhn_ok(digits):
    """Luhn mod-10 check over a string of ASCII digits."""
    if digits.isascii() and digits.isdigit():
        # C-speed path: every second digit from the right is doubled
        return (_digit_sum(digits[::-2]) + _digit_sum(digits[-2::-2].translate(_LUHN_DOUBLED))) % 10 == 0
    # other input (custom patterns, non-ASCII digits) keeps the plain arithmetic on code points
    total = 0
    parity = len(digits) % 2
    for i, ch in enumerate(digits):
        d = ord(ch) - 48
        if i % 2 == parity:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_brand(digits):
    """Return a brand name when the digits look like a payment card number (IIN + length)."""
    n = len(digits)
    if n < 13 or n > 19:
        return None
    if digits[0] in "01789":
        # no IIN range below starts with an ASCII 0, 1, 7, 8 or 9; other digits still go through int()
        return None
    p2 = int(digits[:2])
    p4 = int(digits[:4])
    p3 = int(digits[:3])
    if digits[0] == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return "mastercard"
    if p2 in (34, 37) and n == 15:
        return "amex"
    if 2200 <= p4 <= 2204 and n in (16, 17, 18, 19):
        return "mir"
    if (p4 == 6011 or p2 == 65 or 644 <= p3 <= 649) and n in (16, 19):
        return "discover"
    if 3528 <= p4 <= 3589 and n in (16, 17, 18, 19):
        return "jcb"
    if (300 <= p3 <= 305 or p2 in (36, 38, 39) or p4 == 3095) and n in (14, 16, 19):
        return "diners"
    if p2 == 62 and n in (16, 17, 18, 19):
        return "unionpay"
    if p2 in (50, 56, 57, 58, 63, 67) and 12 <= n <= 19:
        return "maestro"
    return None


def card_ok(digits):
    return card_brand(digits) is not None and luhn_ok(digits)


_IBAN_CHARS_RE = re.compile(r"[0-9A-Z]*")
_IBAN_LETTERS = {c: str(c - 55) for c in range(ord("A"), ord("Z") + 1)}   # A=10 ... Z=35


def iban_ok(compact):
    """ISO 7064 mod-97-10 check on an IBAN without spaces (upper-case)."""
    if len(compact) < 15 or len(compact) > 34:
        return False
    cc = compact[:2]
    if not (cc.isalpha() and compact[2:4].isdigit()):
        return False
    want = IBAN_LENGTHS.get(cc)
    if want is not None and want != len(compact):
        return False
    rearranged = compact[4:] + compact[:4]
    if _IBAN_CHARS_RE.fullmatch(rearranged) is None:
        return False
    return int(rearranged.translate(_IBAN_LETTERS)) % 97 == 1


def ssn_ok(digits):
    """US SSN structural rules (area not 000/666/9xx, group not 00, serial not 0000)."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area in ("000", "666") or area[0] == "9":
        return False
    if group == "00" or serial == "0000":
        return False
    if digits in ("078051120", "219099999"):
        return False
    return True


_SNILS = (9, 8, 7, 6, 5, 4, 3, 2, 1)


def snils_ok(digits):
    """Russian SNILS checksum (11 digits)."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    body, check = digits[:9], int(digits[9:])
    if len(set(body)) == 1:
        return False
    s = _weighted_sum(body, _SNILS) if body.isascii() else sum(int(d) * (9 - i) for i, d in enumerate(body))
    if s < 100:
        want = s
    elif s in (100, 101):
        want = 0
    else:
        want = s % 101
        if want == 100:
            want = 0
    return want == check


_INN10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12A = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12B = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def _inn_digit(digits, weights):
    if digits.isascii():
        return _weighted_sum(digits[:len(weights)], weights) % 11 % 10
    return sum(int(d) * w for d, w in zip(digits, weights)) % 11 % 10


def inn_ok(digits):
    """Russian INN checksum (10 digits for organisations, 12 for individuals)."""
    if not digits.isdigit():
        return False
    if len(digits) == 10:
        return _inn_digit(digits, _INN10) == int(digits[9])
    if len(digits) == 12:
        return (_inn_digit(digits, _INN12A) == int(digits[10])
                and _inn_digit(digits, _INN12B) == int(digits[11]))
    return False


def ru_passport_ok(digits):
    """Russian internal passport: 2-digit region + 2-digit year + 6-digit number."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    if digits[:2] == "00" or digits[4:] == "000000":
        return False
    return True


_NHS = (10, 9, 8, 7, 6, 5, 4, 3, 2)


def ean13_ok(digits):
    """GS1 check digit of a 13-digit EAN / GTIN-13 (weights 1 and 3 from the left)."""
    if len(digits) != 13 or not digits.isdigit():
        return False
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == int(digits[12])


def nhs_ok(digits):
    """NHS number mod-11 check (10 digits)."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    body = digits[:9]
    total = _weighted_sum(body, _NHS) if body.isascii() else sum(int(d) * (10 - i) for i, d in enumerate(body))
    check = 11 - total % 11
    if check == 11:
        check = 0
    if check == 10:
        return False
    return check == int(digits[9])


# exactly what ipaddress.IPv4Address accepts: four ASCII decimal octets <= 255, no leading zeros
_IPV4_RE = re.compile(r"(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])")


def ipv4_host_ok(ip, prefix):
    """True if ``ip``/``prefix`` names one host: a /32, or an address with host bits set (not a network's address)."""
    try:
        iface = ipaddress.IPv4Interface("%s/%d" % (ip, prefix))
    except ValueError:
        return False
    return prefix == 32 or iface.ip != iface.network.network_address


def ipv4_ok(s):
    if s.__class__ is str:
        return _IPV4_RE.fullmatch(s) is not None
    try:
        ipaddress.IPv4Address(s)
    except ValueError:
        return False
    return True


def ipv6_ok(s):
    if s.count(":") < 2:
        return False
    try:
        ipaddress.IPv6Address(s)
    except ValueError:
        return False
    return True


def _b64url_json(part):
    pad = "=" * (-len(part) % 4)
    try:
        raw = base64.urlsafe_b64decode(part + pad)
        obj = json.loads(raw.decode("utf-8"))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return None
    return obj


def jwt_ok(token):
    """A JWT/JWS: base64url JSON header with alg or typ, and at least a payload segment."""
    parts = token.split(".")
    if len(parts) < 2 or len(parts[0]) < 10 or len(parts[1]) < 2:
        return False
    head = _b64url_json(parts[0])
    return isinstance(head, dict) and ("alg" in head or "typ" in head or "enc" in head)


def date_parts_ok(y, m, d):
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return False
    if m in (4, 6, 9, 11) and d > 30:
        return False
    if m == 2 and d > 29:
        return False
    return 1880 <= y <= 2030


VALIDATORS = {
    "luhn": lambda v: luhn_ok("".join(c for c in v if c.isdigit())),
    "card": lambda v: card_ok("".join(c for c in v if c.isdigit())),
    "iban": lambda v: iban_ok("".join(c for c in v if c.isalnum()).upper()),
    "ssn": lambda v: ssn_ok("".join(c for c in v if c.isdigit())),
    "snils": lambda v: snils_ok("".join(c for c in v if c.isdigit())),
    "inn": lambda v: inn_ok("".join(c for c in v if c.isdigit())),
    "ru_passport": lambda v: ru_passport_ok("".join(c for c in v if c.isdigit())),
    "nhs": lambda v: nhs_ok("".join(c for c in v if c.isdigit())),
    "ean13": lambda v: ean13_ok("".join(c for c in v if c.isdigit())),
    "ipv4": ipv4_ok,
    "ipv6": ipv6_ok,
    "jwt": jwt_ok,
}
