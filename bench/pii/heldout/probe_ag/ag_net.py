"""ag_net.py - network addresses, cloud keys / tokens / passwords, and (rare) medical record numbers.

All generated from public format rules; returns tagged entities (ag_common.T).
"""
import base64
import json
import string

from ag_common import E, pick, wpick

DIG = string.digits
UP = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits


def rdig(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


# ---------------------------------------------------------------------------------------------
# network
# ---------------------------------------------------------------------------------------------
def ipv4(rng, kind=None):
    kind = kind or wpick(rng, [("public", 5), ("private", 2), ("cgnat", 1)])
    if kind == "private":
        o = pick(rng, [[10, rng.randint(0, 255)], [192, 168], [172, rng.randint(16, 31)]])
        v = o + [rng.randint(0, 255), rng.randint(1, 254)]
    elif kind == "cgnat":
        v = [100, rng.randint(64, 127), rng.randint(0, 255), rng.randint(1, 254)]
    else:
        while True:
            a = rng.randint(11, 223)
            if a not in (100, 127, 169, 172, 192):
                break
        v = [a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)]
    return E(".".join(str(x) for x in v), "IPV4")


def ipv6(rng):
    pre = pick(rng, ["2a02", "2a01", "2001", "2003", "2a00", "2604", "2607", "2a0e", "fd12", "fe80"])
    groups = [pre] + ["%x" % rng.randint(0, 0xffff) for _ in range(7)]
    style = rng.random()
    if pre == "fe80":
        txt = "fe80::" + ":".join(groups[4:])
    elif style < 0.4:
        txt = ":".join(groups[:4]) + "::" + ":".join(groups[6:])
    elif style < 0.55:
        txt = ":".join(groups[:3]) + "::" + groups[7]
    else:
        txt = ":".join(groups)
    return E(txt, "IPV6")


# ---------------------------------------------------------------------------------------------
# secrets
# ---------------------------------------------------------------------------------------------
B32 = UP + "234567"
B64 = ALNUM + "+/"


def rstr(rng, pool, n):
    return "".join(rng.choice(pool) for _ in range(n))


def b64url(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def api_key(rng, sub):
    if sub == "aws_access_key_id":
        v = pick(rng, ["AKIA", "AKIA", "ASIA"]) + rstr(rng, B32, 16)
    elif sub == "aws_secret_key":
        v = rstr(rng, B64, 40)
    elif sub == "stripe":
        v = pick(rng, ["sk_live_", "rk_live_", "sk_test_"]) + rstr(rng, ALNUM, rng.choice([24, 32, 48]))
    elif sub == "slack":
        v = "xoxb-%s-%s-%s" % (rdig(rng, 12), rdig(rng, 13), rstr(rng, ALNUM, 24))
    elif sub == "google_api":
        v = "AIza" + rstr(rng, ALNUM + "-_", 35)
    elif sub == "github_pat_classic":
        v = "ghp_" + rstr(rng, ALNUM, 36)
    elif sub == "gitlab":
        v = "glpat-" + rstr(rng, ALNUM + "-_", 20)
    elif sub == "openai_like":
        v = "sk-proj-" + rstr(rng, ALNUM + "-_", 48)
    elif sub == "jwt":
        alg = pick(rng, ["HS256", "RS256", "ES256"])
        hdr = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
        iat = rng.randint(1700000000, 1760000000)
        body = {"sub": "drv-%d" % rng.randint(1000, 99999), "scope": pick(rng, ["pod:write", "tickets:read",
                "tracking", "meter:submit"]), "iat": iat, "exp": iat + 3600}
        pay = b64url(json.dumps(body, separators=(",", ":")).encode())
        sig = b64url(bytes(rng.getrandbits(8) for _ in range(32 if alg == "HS256" else 64)))
        v = "%s.%s.%s" % (hdr, pay, sig)
    elif sub == "db_password" or sub == "password":
        if rng.random() < 0.4:
            v = pick(rng, ["Sommer", "Parcel", "Router", "Kettle", "Meter", "Harbour", "Bluebell", "Lantern"]) + \
                str(rng.randint(10, 9999)) + pick(rng, "!$#%*?")
        else:
            v = rstr(rng, ALNUM + "!#%*_-", rng.randint(12, 22))
            if not any(c.isdigit() for c in v):
                v += str(rng.randint(1, 9))
    elif sub.startswith("pem_"):
        label = {"pem_rsa_private_key": "RSA PRIVATE KEY", "pem_private_key": "PRIVATE KEY",
                 "pem_ec_private_key": "EC PRIVATE KEY", "pem_openssh_private_key": "OPENSSH PRIVATE KEY"}[sub]
        width = 70 if "OPENSSH" in label else 64
        nlines = rng.randint(3, 9)
        lines = [rstr(rng, B64, width) for _ in range(nlines)] + [rstr(rng, B64, rng.randint(8, 40)) + "=="]
        v = "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)
    else:
        raise ValueError(sub)
    return E(v, "API_KEY", sub)


def nhs_number(rng):
    while True:
        d = rdig(rng, 9)
        s = sum(int(c) * (10 - i) for i, c in enumerate(d))
        chk = 11 - s % 11
        if chk == 11:
            chk = 0
        if chk != 10:
            full = d + str(chk)
            return E("%s %s %s" % (full[:3], full[3:6], full[6:]), "MEDICAL_RECORD_NUMBER", "nhs")


def mrn(rng):
    if rng.random() < 0.5:
        return E(pick(rng, ["MRN", "MRN-", "PT"]) + rdig(rng, rng.randint(7, 9)), "MEDICAL_RECORD_NUMBER", "prefixed")
    return E(rdig(rng, rng.randint(8, 10)), "MEDICAL_RECORD_NUMBER", "numeric")
