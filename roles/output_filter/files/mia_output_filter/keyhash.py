# Copyright (c) 2026, mlsec.mia_defense contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Salted API-key hashes (standard library only; also run as a script by the role).

Format: ``pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>$<lookup>``.  The salt is
HMAC-SHA256(pepper, key id)[:16], so hashing the same (id, key, pepper) twice gives the
same string and the role stays idempotent; a different pepper gives different salts.
``lookup`` is the first 4 hex digits of SHA-256(key): 16 bits that narrow the candidates
for a presented key to about one, so an unknown key costs no PBKDF2 at all.

As a script: reads ``{"pepper": str, "iterations": int, "keys": [{"id", "tier", "key"}]}``
on stdin and prints ``[{"id", "tier", "hash"}]`` (the plain keys never leave stdin).
"""
import hashlib
import hmac
import json
import sys

ALGORITHM = "pbkdf2_sha256"
DEFAULT_ITERATIONS = 100000
LOOKUP_HEX = 4


def derive_salt(pepper, key_id):
    return hmac.new(pepper.encode("utf-8"), b"mia-output-filter/salt\x00" + key_id.encode("utf-8"),
                    hashlib.sha256).digest()[:16]


def lookup_tag(key):
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:LOOKUP_HEX]


def hash_key(key, key_id, pepper, iterations=DEFAULT_ITERATIONS):
    if not key or not key_id or not pepper:
        raise ValueError("key, key id and pepper must be non-empty")
    salt = derive_salt(pepper, key_id)
    digest = hashlib.pbkdf2_hmac("sha256", key.encode("utf-8"), salt, int(iterations))
    return "%s$%d$%s$%s$%s" % (ALGORITHM, int(iterations), salt.hex(), digest.hex(), lookup_tag(key))


def parse_hash(text):
    """Return (iterations, salt bytes, digest bytes, lookup) or raise ValueError."""
    parts = text.split("$") if isinstance(text, str) else []
    if len(parts) != 5 or parts[0] != ALGORITHM:
        raise ValueError("not a %s$iterations$salt$hash$lookup string" % ALGORITHM)
    iterations = int(parts[1])
    if not 1000 <= iterations <= 10000000:
        raise ValueError("iterations must be 1000..10000000")
    salt, digest = bytes.fromhex(parts[2]), bytes.fromhex(parts[3])
    if len(salt) < 8 or len(digest) != 32 or len(parts[4]) != LOOKUP_HEX:
        raise ValueError("salt, hash or lookup has the wrong length")
    # as lookup_tag() writes it: another spelling ("ABCD", "0x1f") would never match a key
    if parts[4].strip("0123456789abcdef"):
        raise ValueError("lookup must be lower-case hex")
    return iterations, salt, digest, parts[4]


def verify(key, text):
    iterations, salt, digest, lookup = parse_hash(text)
    if not hmac.compare_digest(lookup_tag(key), lookup):
        return False
    return hmac.compare_digest(hashlib.pbkdf2_hmac("sha256", key.encode("utf-8"), salt, iterations), digest)


def main(stream=None):
    request = json.load(stream or sys.stdin)
    iterations = int(request.get("iterations", DEFAULT_ITERATIONS))
    out = [{"id": k["id"], "tier": k["tier"], "hash": hash_key(k["key"], k["id"], request["pepper"], iterations)}
           for k in request.get("keys", [])]
    json.dump(out, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
