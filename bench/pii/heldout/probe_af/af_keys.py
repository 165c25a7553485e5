"""Secrets (API_KEY) for probe AF: cloud keys, tokens, JWTs, PEM keys, passwords.

Returns (value, sub, core) where core is a (start, end) pair relative to value or None.
"""
import base64
import json

from af_common import B62, B64, B64URL, HEX, digits, rstr


def _b64url(obj):
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(rng, email=None):
    hdr = {"alg": rng.choice(["RS256", "ES256", "HS256"]), "typ": "JWT"}
    if rng.random() < 0.5:
        hdr["kid"] = rstr(rng, B62, 10)
    iat = rng.randint(1690000000, 1760000000)
    pl = {"sub": digits(rng, 9), "iss": rng.choice(["https://auth.carelink.example/",
                                                    "https://sso.klinikverbund.example",
                                                    "https://fhir-gw.example/oauth2"]),
          "scope": rng.choice(["patient/*.read", "user/Observation.read launch", "system/*.write"]),
          "iat": iat, "exp": iat + rng.choice([300, 900, 3600])}
    sig = rstr(rng, B64URL, rng.choice([43, 86, 342]))
    return "%s.%s.%s" % (_b64url(hdr), _b64url(pl), sig)


PEM_LABEL = {"pem_rsa_private_key": "RSA PRIVATE KEY", "pem_private_key": "PRIVATE KEY",
             "pem_ec_private_key": "EC PRIVATE KEY", "pem_openssh_private_key": "OPENSSH PRIVATE KEY",
             "pem_encrypted_private_key": "ENCRYPTED PRIVATE KEY"}


def pem(rng, sub):
    label = PEM_LABEL[sub]
    n = {"pem_ec_private_key": 160, "pem_openssh_private_key": 400}.get(sub, rng.choice([560, 880]))
    body = rstr(rng, B64, n) + rng.choice(["", "=", "=="])
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    head = "-----BEGIN %s-----\n" % label
    mid = "\n".join(lines)
    return head + mid + "\n-----END %s-----" % label, (len(head), len(head) + len(mid))


WEAK = ["Sommer", "Winter", "Herbst", "Praxis", "Welcome", "Station", "Clinic", "Pflege", "Hopital",
        "Sante", "Zdorovie", "Klinika", "Nurse", "Pharma"]


def password(rng):
    if rng.random() < 0.45:
        return rng.choice(WEAK) + str(rng.randint(10, 2099)) + rng.choice("!*$#?%")
    al = B62 + "!#$%*-_.+"
    while True:
        p = rstr(rng, al, rng.randint(12, 22))
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p):
            return p


def db_password(rng):
    al = B62 + "!#$%*-_+"
    return rstr(rng, al, rng.randint(10, 20))


def api_key(rng, sub):
    """Return (value, core) for one API_KEY sub kind."""
    if sub == "aws_access_key_id":
        return rng.choice(["AKIA", "AKIA", "ASIA"]) + rstr(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), None
    if sub == "aws_secret_key":
        return rstr(rng, B64, 40), None
    if sub == "github_pat_classic":
        return "ghp_" + rstr(rng, B62, 36), None
    if sub == "github_pat_fine":
        return "github_pat_" + rstr(rng, B62, 22) + "_" + rstr(rng, B62, 59), None
    if sub == "github_other":
        return rng.choice(["gho_", "ghs_", "ghu_", "ghr_"]) + rstr(rng, B62, 36), None
    if sub == "gitlab":
        return "glpat-" + rstr(rng, B62 + "-_", 20), None
    if sub == "google_api":
        return "AIza" + rstr(rng, B62 + "-_", 35), None
    if sub == "slack":
        k = rng.choice(["xoxb", "xoxp", "xoxa", "xoxs"])
        return "%s-%s-%s-%s" % (k, digits(rng, rng.choice([11, 12, 13])), digits(rng, rng.choice([12, 13])),
                                rstr(rng, B62, 24)), None
    if sub == "stripe":
        return rng.choice(["sk_live_", "rk_live_"]) + rstr(rng, B62, rng.choice([24, 32, 99])), None
    if sub == "openai_like":
        return rng.choice(["sk-proj-", "sk-"]) + rstr(rng, B62 + "-_", 48), None
    if sub == "jwt":
        return jwt(rng), None
    if sub.startswith("pem_"):
        return pem(rng, sub)
    if sub == "password":
        return password(rng), None
    if sub == "db_password":
        return db_password(rng), None
    raise KeyError(sub)


KEY_SUBS = [("aws_access_key_id", 10), ("aws_secret_key", 5), ("jwt", 14), ("slack", 6), ("stripe", 5),
            ("google_api", 5), ("openai_like", 5), ("github_pat_classic", 3), ("github_pat_fine", 2),
            ("github_other", 2), ("gitlab", 2), ("password", 9), ("db_password", 9),
            ("pem_rsa_private_key", 1), ("pem_private_key", 1), ("pem_ec_private_key", 1),
            ("pem_openssh_private_key", 1), ("pem_encrypted_private_key", 1)]


def hexstr(rng, n):
    return rstr(rng, HEX, n)
