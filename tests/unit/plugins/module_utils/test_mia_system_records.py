# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""People named by system records an assistant quotes: an LDIF entry's surname, a passwd line's GECOS field, a
`git blame` author, an SSH public key's comment; service accounts and key labels stay."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import found, redacted, run_stream

KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHDWVaX4UhVeiQ8vM2kLpR7sT0uYbN3cE6fG9hJ1kL4mP "
PASSWD = ("root:x:0:0:root:/root:/bin/bash\n"
          "friedbert53:x:1192:1192:Friedbert Mans:/home/friedbert53:/bin/bash\n"
          "sfokin:x:1195:1195:Sofron Fokin,Room 512:/home/sfokin:/bin/zsh\n"
          "Debian-exim:x:101:101::/var/spool/exim4:/usr/sbin/nologin\n"
          "list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin\n"
          "systemd-timesync:x:997:997:systemd Time Synchronization:/:/usr/sbin/nologin\n")


def test_an_ldif_surname():
    assert "Chernov" in found("dn: uid=evgeniy82,ou=People,dc=corp\nuid: evgeniy82\ncn: Evgeniy Chernov\nsn: Chernov\n",
                              "PERSON")


@pytest.mark.parametrize("text, names", [
    (PASSWD, ["Friedbert Mans", "Sofron Fokin"]),       # not root, Mailing List Manager, systemd Time Synchronization
    ("aa5e5f7c (Ottfried Mans 2023-09-14 05:25:14 -0400  202)     for row in rows:\n", ["Ottfried Mans"]),
    (KEY + "Claire Rogge\n" + KEY + "deploy key\n" + KEY + "ci@build-01\n", ["Claire Rogge"]),
])
def test_names_in_system_records(text, names):
    assert found(text, "PERSON") == names


def test_a_review_by_a_person():
    assert found("Der Fix wurde gemergt; Review durch Harriet Ring. Er ist ab Version 2.38.20 enthalten.", "PERSON") \
        == ["Harriet Ring"]


def test_a_long_key_comment_streamed():
    # an RSA key's body is longer than a stream window's context: the comment is read after the body's end
    body = "AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + "Xk9vQ2mLpR7sT0uYbN3cE6fG9hJ1kL4mPz" * 12
    text = "Here is the file:\n\nssh-rsa " + body + " Claire Rogge\nssh-rsa " + body + " ci@build-01\n"
    whole = redacted(text)
    assert "Claire Rogge" not in whole and "ci@build-01" in whole
    assert run_stream(text, range(7, len(text), 13))[0] == whole
