# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
from __future__ import annotations

import random
import re

import pytest

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import recognizers
from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, redacted, types

JWT = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
       "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U")
PEM = ("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n"
       "VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n-----END RSA PRIVATE KEY-----")


@pytest.mark.parametrize("text", [
    "AWS_ACCESS_KEY_ID=AKIAABCDEFGHIJKLMNOP",
    "token ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
    "token github_pat_" + "11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRS",
    "gitlab glpat-" + "Ab3dEf6hIj9kLm2nOp5q",
    "slack xoxb-" + "1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx",
    "Le jeton Slack xapp-1-" + "A05QK3N7R2X-6512839047215-" + "3f9a" * 16 + " a été exposé",
    "rotating token xoxe.xoxp-1-" + "Mi0yLTE4MTk2NzI0NjUwNzctNDE3NTc1ODA4ODc3",
    "refresh token xoxe-1-" + "My0xLTE4MTk2NzI0NjUwNzctNDE3NTc1ODA4ODc3",
    "cookie d=xoxd-" + "aGVsbG8%2Bd29ybGQ%2FZm9vYmFy%3D; path=/",
    "stripe sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc",
    "google AIza" + "SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q",
    "openai sk-proj-" + "abcDEF123ghiJKL456mnoPQR789stuVWX",
    "Authorization: Bearer " + JWT,
    "key:\n" + PEM + "\nend",
    "DATABASE_URL=postgres://admin:S3cr3t!Pass@db.internal:5432/app",
    "Your new password is `Winter2024!`",
    '{"password": "hunter2-Xy9"}',
    "Passwort: Geheim#1234",
    "пароль: Qwerty_2024",
    '"aws_secret_access_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"',
])
def test_secret_positive(text):
    assert "API_KEY" in types(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("token", [
    "xapp-1-" + "A05QK3N7R2X-6512839047215-" + "3f9a" * 16,
    "xoxe.xoxp-1-" + "Mi0yLTE4MTk2NzI0NjUwNzctNDE3NTc1ODA4ODc3",
    "xoxd-" + "aGVsbG8%2Bd29ybGQ%2FZm9vYmFy%3D",
])
def test_slack_token_fully_redacted(token):
    assert redacted("Le jeton Slack %s a été exposé" % token) == "Le jeton Slack [API_KEY] a été exposé"


def test_pem_fully_redacted():
    out = redacted("key:\n" + PEM + "\nend")
    assert "MIIE" not in out and "END RSA" not in out


def test_url_password_with_at_sign():
    out = redacted("mongodb://root:p@ss@w0rd!@cache.internal:27017/db")
    assert "w0rd" not in out and "cache.internal" in out


@pytest.mark.parametrize("text", [
    "the password is required",
    "token expired, please log in",
    "integrity sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC",
    "checksum sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "image data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk",
    "sk-learn is a library",
    "the xapp-1 rollout and the xapp-store plugin",
    "Slack tokens start with xoxb- or xapp-1-",
])
def test_secret_negative(text):
    assert "API_KEY" not in types(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, value", [
    ("kubectl shows `db-creds` with password `dgwba-UfiSDF-jllj` and a key", "dgwba-UfiSDF-jllj"),
    ("The password for the admin account is `hunter22`.", "hunter22"),
    ("Your password has been reset. The new password is Tr0ub4dor&3.", "Tr0ub4dor&3"),
    ("votre mot de passe temporaire est : Printemps2024?", "Printemps2024"),
    ("Votre mdp provisoire : xK4-mmQ2-pp", "xK4-mmQ2-pp"),
    ("Ihr Passwort für das Portal lautet Kx9-mmQ2-pp", "Kx9-mmQ2-pp"),
    ("Ihr neues Kennwort lautet: Sommer2024!xy", "Sommer2024!xy"),
    ("Ваш временный пароль — Qw7-zzXa-91", "Qw7-zzXa-91"),
    ("Пароль от личного кабинета: «Tr0ub4dor&3»", "Tr0ub4dor&3"),
    # the new value of a reset / change
    ("Passwort zurückgesetzt auf Linde482?, Vorgang 5521.", "Linde482?"),
    ("Ihr Passwort wurde zurückgesetzt auf Ahorn-77x", "Ahorn-77x"),
    ("Your password was reset to Cedar915# this morning.", "Cedar915#"),
    ("Le mot de passe a été réinitialisé à Saule2031$ hier.", "Saule2031$"),
    ("Пароль сброшен на Берёза55!к, заявка 1207.", "Берёза55!к"),
    # a value opening with a symbol
    ("The temporary password for the VPN is %&tqWmR8vz2K - it expires tonight", "%&tqWmR8vz2K"),
    ("Passwort: !r8KwPz3mQ", "!r8KwPz3mQ"),
    ("db_password=(uLx7Bq2NwzT", "(uLx7Bq2NwzT"),
])
def test_password_in_prose(text, value):
    out = redacted(text)
    assert value not in out and "[API_KEY]" in out, out


@pytest.mark.parametrize("text", [
    "Use the password reset link to set a new password.",
    "the password field must not be empty",
    "The password must be at least 12 characters long.",
    "Passwort vergessen? Klicken Sie hier.",
    "Das Passwort muss mindestens 12 Zeichen lang sein.",
    "mot de passe oublié ? Cliquez ici.",
    "Le mot de passe doit contenir 12 caractères, dont 1 chiffre.",
    "пароль должен содержать не менее 8 символов",
    "Пароль — это секретная строка.",
    "password manager: Bitwarden2024",
    "password policy: NIST-800-63B",
    "password hash: 5f4dcc3b5aa765d61d8327deb882cf99",
    "password last changed: 2024-05-01T10:00:00Z",
    "the password is set via $DB_PASSWORD",
    "the password `secret` is a placeholder",
    "the password is stored in ~/.pgpass",
    "she passed the password to Marc-Antoine yesterday",
    "run `pwd` to print the directory",
    # code is not prose (the key = value rule sees it)
    "if password:\n    evp_cipher = self._cipher(Name2)",
    "self.key_password = key_password",
    "for b_vault_password in b_vault_passwords:\n    self.confirm(b_vault_passwords[0])",
    'expect "password:"\n    send "{{ cimc_password }}"',
    "if password script is 'something-client' or 'some-other'",
    "The password reset link was sent to the user.",
    "Password reset to default, see ticket 4471.",
    "password set to expire in 90 days",
    "Das Passwort wurde auf der Startseite geändert.",
    "Пароль сброшен на стандартный.",
    "password: (see the vault)",
    "password=(Default1x)",
    "the password is read from $DbPass01",
    "password: [Hidden42Value]",
])
def test_password_prose_negative(text):
    assert redacted(text) == text


@pytest.mark.parametrize("text, values", [
    ('{"recovery_codes": ["k3v9-2mqa", "p7x1-8wze"]}', ["k3v9-2mqa", "p7x1-8wze"]),
    ('{"user": {"backupCodes": ["4TQZ-81KD-9RMA"], "id": 7}}', ["4TQZ-81KD-9RMA"]),
    ('{"credentials": {"recovery_code": "u8)Kq2mWzLp", "region": "eu-west-1"}}', ["u8)Kq2mWzLp"]),
    ('{\"mfa_recovery_codes\": [\"9f2k-77aq\", \"m4n8-1zzr\"]}', ["9f2k-77aq", "m4n8-1zzr"]),
    ("otp_backup_codes:\n  - 61029473\n  - 38475610\nenabled: true", ["61029473", "38475610"]),
    ("BACKUP_CODES=52718364,90817263", ["52718364", "90817263"]),
    ("recovery_code = 'x7Rt-44pQ'", ["x7Rt-44pQ"]),
    # a code has a digit; other keys that merely start alike are left alone
    ('{"backup_code": "disabled", "backup_schedule": "0 3 * * *", "recovery_mode": "R2-auto"}', []),
    ("Backup codes were regenerated on 2024-03-01.", []),
])
def test_recovery_codes(text, values):
    fs = [f for f in ENGINE.analyze(text) if f.type == "API_KEY"]
    assert [text[f.start:f.end] for f in fs] == values, ENGINE.analyze(text)


def _find_all_reference(hay, needles):
    res = []
    for nd in needles:
        for x in (nd[1] if isinstance(nd, tuple) else (nd,)):
            i = hay.find(x)
            while i >= 0:
                res.append((i, x))
                i = hay.find(x, i + 1)
    return sorted(res)


@pytest.mark.parametrize("needles", [recognizers._SECRET_NEEDLES, recognizers._RU_NEEDLES, recognizers._PW_NEEDLES,
                                     recognizers._MRN_NEEDLES, recognizers._DOB_NEEDLES, recognizers._DE_NEEDLES])
def test_trie_scan_finds_every_needle_occurrence(needles):
    flat = [x for nd in needles for x in (nd[1] if isinstance(nd, tuple) else (nd,))]
    rnd = random.Random(7)
    for trial in range(200):
        hay = "".join(rnd.choice(flat + ["a", " ", "_", "-", "k"]) for k in range(rnd.randint(0, 40)))
        doc = recognizers.Doc(hay)
        assert doc.find_all(needles, lower=False) == _find_all_reference(hay, needles), hay


def test_pem_steps_match_the_single_regex():
    reference = re.compile(r"-----BEGIN[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----" + recognizers.PEM_BODY
                           + r"*(?:-----END[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----)?")
    pieces = ["-----END RSA PRIVATE KEY-----", "-----END", "MIIE", "\\n", "\\r", "\\t", "\\", "\n", " ", ":,=", "-", "x+/", "é"]
    rnd = random.Random(11)
    for trial in range(500):
        text = "-----BEGIN RSA PRIVATE KEY-----" + "".join(rnd.choice(pieces) for k in range(rnd.randint(0, 12)))
        head = recognizers._PEM_HEAD_RE.match(text)
        assert recognizers._pem_end(text, head.end()) == reference.match(text).end(), text


def test_strength_matches_per_character_reference():
    pieces = ["a", "Z", "7", "_", "-", "+", "é", "É", "²", "ϒ", "ǅ", "٣", "ß", "x"]
    rnd = random.Random(5)
    for trial in range(3000):
        v = "".join(rnd.choice(pieces) for k in range(rnd.randint(1, 12)))
        ref = any(map(str.isdigit, v)) + any(map(str.isupper, v)) + (not all(map(str.isalnum, v)))
        assert recognizers._strength(v, v.lower()) == ref, v


def test_mrn_next_character_reject_never_drops_a_match():
    rnd = random.Random(9)
    tails = ["", " ", "_", "-", "#", "id", "no", "number", "nr", "nummer", "ennummer", "en id", "en_id", "record", "s",
             '"', '\\"', ":", "é", "x", "1"]
    for word, nxt in recognizers._MRN_WORD_NEXT.items():
        for trial in range(3000):
            low = word + "".join(rnd.choice(tails) for k in range(rnd.randint(0, 4)))
            if recognizers._MRN_WORD_RE.match(low):
                assert low[len(word):len(word) + 1] in nxt, low


@pytest.mark.parametrize("text, value", [
    # a generic secret word and a value in a generated secret's shape (en/de/fr/ru)
    ("the token xK9#mPq2LzR7vT was pasted into the ticket", "xK9#mPq2LzR7vT"),
    ("Here is the API key: rT5!qWzX8pLm2Kd, please rotate it", "rT5!qWzX8pLm2Kd"),
    ("der Token bQsKT%2kSOGjpCx& — bitte sofort widerrufen", "bQsKT%2kSOGjpCx&"),
    ("Der Schlüssel lautet Hq7$wErTy2ZxCv und gilt bis Freitag", "Hq7$wErTy2ZxCv"),
    ("Le modèle a renvoyé la clé CtdfU%y1OlKXxw? dans sa réponse", "CtdfU%y1OlKXxw?"),
    ("Le secret : vB8*kLmN3qRsTz est expiré", "vB8*kLmN3qRsTz"),
    ("В логах агента найден ключ eWHQu%5r3Rrevc? и адрес", "eWHQu%5r3Rrevc?"),
    ("токен: Zq8!mWxK3pLr9Td для стенда", "Zq8!mWxK3pLr9Td"),
    ('{"AWS_KEY": "OqSwNk!hXWV5FYK$"}', "OqSwNk!hXWV5FYK$"),
    # the 40-character AWS secret key shape after any secret word
    ("la clé 0itZ039wlFUEn8RTvkze8maBIPnoilftKimlJOKk dans sa réponse", "0itZ039wlFUEn8RTvkze8maBIPnoilftKimlJOKk"),
    ('{"AWS_KEY": "rJkL26x8+2WBPUc9A8XJxlT4y5FYJj/hJIbbhrce"}', "rJkL26x8+2WBPUc9A8XJxlT4y5FYJj/hJIbbhrce"),
    ("der Token KphEmEd4SVysoFdVjggwdyGHvbAyZzWb/CSajbdW — bitte", "KphEmEd4SVysoFdVjggwdyGHvbAyZzWb/CSajbdW"),
])
def test_generic_secret_word_and_secret_shape(text, value):
    out = redacted(text)
    assert value not in out and "[API_KEY]" in out, out


@pytest.mark.parametrize("text", [
    # camel-case words, IDs, hashes, UUIDs, base64 blobs, paths, e-mails and variables after the same words
    "the key MyProject-2 is used for signing",
    '{"key": "HelloWorldApp2", "value": "x"}',
    "key: MyKeyPair-Prod2",
    "the token getHTTPResponseV2 handler",
    '{"s3_key": "uploads/2024/MyReport.pdf", "cache_key": "user:123:Profile", "primary_key": "CustomerOrders_2024"}',
    "the token req_965202949331 expired",
    "token 38ed73d4-5c41-4e22-aa88-b09e28142d2c",
    "key 884ed1fcbe6ed658ccd191b286dfb607",
    "key MIgfuHziVkiwFKo85vnKfB1Kfw5fS0f4S8SnPIiJO8fgY/JfuMzuwjKeaii0/kCbnW1uQGvP9tfreWcv63BHvTeR==",
    "Der Schlüssel ABCDEFGH123 liegt im Safe, der Schlüsselbund auch.",
    "la clé USB-C3 est dans le tiroir; la clé Jean.Dupont@Example.fr",
    "ключ $SECRET_KEY_Base2 из окружения; ключ INV-2482-42413",
    "the key is ~/.ssh/Id_Rsa2Key and the monkeyKb2Qw8Zx!p is a typo",
    "token ${GitHubTokenV2}",
])
def test_generic_secret_word_negative(text):
    assert "API_KEY" not in types(text), ENGINE.analyze(text)


def test_secret_shape_pieces():
    assert recognizers._short_pieces("bysKBT%2kSOGjpC&") >= recognizers._SHORT_PIECES_MIN
    assert recognizers._short_pieces("HelloWorldApp2") < recognizers._SHORT_PIECES_MIN


@pytest.mark.parametrize("text,value", [
    ('bot = telebot.TeleBot("6667553472:AA5JFqid08Ex_E23pjelbcTeN9I1_FM225U")', "AA5JFqid08Ex_E23pjelbcTeN9I1_FM225U"),
    ("including 270880764:AAMJkwNOMon139uOQ4MatJ3x_S34887v4MW, which", "AAMJkwNOMon139uOQ4MatJ3x_S34887v4MW"),
    ("echo dckr_pat_IVzTcYSG7NV9AI2aN63f0SvhJxV | docker login -u bot --password-stdin", "IVzTcYSG7NV9AI2aN63f0SvhJxV"),
    ("az login --service-principal -u app -p nyL8Q~mwtazyB6FsIQrb.MApOUFEz_n53ThajZh6 --tenant t", "mwtazyB6FsIQrb.MApOUFEz_n53ThajZh6"),
    ("AZURE_CLIENT_SECRET=Rsy8Q~jn0r728UA~R0u2dA3LI~y3P5rgEjoLv7SY", "jn0r728UA~R0u2dA3LI~y3P5rgEjoLv7SY"),
    ("REDIS_URL=redis://:swysmemn39.GW8r@cache.internal:6379/0", "swysmemn39.GW8r"),
    ("You can check the schema with `mysql -u root -p'xKrZYYgkPtk1f1VPf' -h db.internal shop`.", "xKrZYYgkPtk1f1VPf"),
    ("mysqldump -uroot -pS3cretPw shop > dump.sql", "S3cretPw"),
    ('mysql -h db -u app -p"Quokka*76205" shop', "Quokka*76205"),
    ("sshpass -p 'Hunter2x' ssh admin@host", "Hunter2x"),
    ("sshpass -p Hunter2x ssh admin@host", "Hunter2x"),
    ("X-Shopify-Access-Token: shpat_" + "a1b2c3d4" * 4, "a1b2c3d4" * 4),
    ("SecretId: AKID" + "Ab3dEf6hIj9kLm2nOp5qRs7tUv9wXy1z", "Ab3dEf6hIj9kLm2nOp5qRs7tUv9wXy1z"),
    ("access key LTAI" + "5tAbCdEf9GhIjK2m", "5tAbCdEf9GhIjK2m"),
])
def test_token_formats_and_cli_passwords(text, value):
    out = redacted(text)
    assert value not in out and "[API_KEY]" in out, out


@pytest.mark.parametrize("text", [
    "mysql -u root -p -h db.internal shop",
    "mysql -u root -p$MYSQL_PASSWORD shop",
    "mysql -h db -P 3306 -u app shop",
    "sshpass -f ~/.pw ssh admin@host",
    "the ratio was 10:AA at 12:34:56, see bug 12345678:AB",
    "Build 12345678:AA-short ok",
    "http://cache.internal:6379/0 and redis://cache:6379",
    "mysqlclient -pinned version 2.1",
    "dckr_pat_ is the Docker prefix; shpat_ too; AKID is an acronym; LTAI5 x",
    "ticket Q~1234 and 8Q~ alone",
])
def test_token_formats_and_cli_passwords_negative(text):
    assert "API_KEY" not in types(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text, value", [
    ("```\nATS_API_TOKEN=99da7fe4450127b5e0ecc54cad29012f7acea8ce\n```", "99da7fe4450127b5e0ecc54cad29012f7acea8ce"),
    ("lms:\n  base_url: https://lms.example.edu\n  api_key: 6444c48b1aed67104dd64e8931a61317a1bd96a6",
     "6444c48b1aed67104dd64e8931a61317a1bd96a6"),
    ('{"client_secret": "5F0C2A9D1B7E4C3A8F6D2E1B0A9C8D7E"}', "5F0C2A9D1B7E4C3A8F6D2E1B0A9C8D7E"),
])
def test_hex_tokens_under_token_and_api_keys(text, value):
    out = redacted(text)
    assert value not in out and "[API_KEY]" in out, out


@pytest.mark.parametrize("text", [
    "commit: 6444c48b1aed67104dd64e8931a61317a1bd96a6",
    "token_sha256: 6444c48b1aed67104dd64e8931a61317a1bd96a6",      # a token's hash
    "api_key_id: 6444c48b1aed67104dd64e8931a61317a1bd96a6",
    '"apiKeyId": "6444c48b1aed67104dd64e8931a61317a1bd96a6"',
    "idempotency_key: 6444c48b1aed67104dd64e8931a61317a1bd96a6",   # a key, no secret's
])
def test_hex_digests_and_ids_are_no_tokens(text):
    assert "API_KEY" not in types(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text, value", [
    ('secrets:\n  jwtSigningKey: "msTOljF2W4Z9oGqE4R95OKLqcVnCQvTC0VpFc3cj52Lq6fA9"', "msTOljF2W4Z9oGqE4R95OKLqcVnCQvTC0VpFc3cj52Lq6fA9"),
    ("masterKey: msTOljF2W4Z9oGqE4R95OKLqcVnCQvTC0VpFc3cj52Lq6fA9", "msTOljF2W4Z9oGqE4R95OKLqcVnCQvTC0VpFc3cj52Lq6fA9"),
])
def test_a_camel_case_key_word(text, value):
    out = redacted(text)
    assert value not in out and "[API_KEY]" in out, out


@pytest.mark.parametrize("text", [
    '"pageToken": "chatcmpl-5VfALFb8Hhin60rstdQrLuWRVQ9ce"',      # a pagination cursor
    '"nextPageToken": "Cg8KDXJlcV9BRExEbUJtQUc1YzdC"',
    "sortKey: CreatedAt",
    "partitionKey: UserId2024Q1",
])
def test_camel_case_keys_without_a_secret(text):
    assert "API_KEY" not in types(text), ENGINE.analyze(text)
