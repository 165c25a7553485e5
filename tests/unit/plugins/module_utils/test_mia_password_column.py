# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The password column of a text table (a password manager's CSV export, a markdown table): every cell under the
header cell is a secret whatever it looks like; empty cells, placeholders and other columns keep."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted

CSV = ("Exported from the password manager (CSV):\n"
       "name,url,username,password,note\n"
       "mail,https://mail.example.com/login,tford,Winter6291$,2024-03-09\n"
       'crm,https://crm.example.com/login,jjohnson,y3z!4u!64FK%Xc4ywN,"June 20, 2021"\n'
       "router,https://router.example.com/login,admin,,none\n"
       "\n"
       "Rotate them after the audit.")


@pytest.mark.parametrize("value", ["Winter6291$", "y3z!4u!64FK%Xc4ywN"])
def test_csv_password_column_cells_are_masked(value):
    assert value not in redacted(CSV)


@pytest.mark.parametrize("value", ["tford", "jjohnson", "admin", "2024-03-09", "https://crm.example.com/login", "none"])
def test_csv_other_columns_keep(value):
    assert value in redacted(CSV)


def test_markdown_password_column():
    text = "| site | user | Passwort |\n|---|---|---|\n| mail | ann | hunter2x |\n| bank | bob | ******** |\n"
    out = redacted(text)
    assert "hunter2x" not in out and "ann" in out and "********" in out, out


@pytest.mark.parametrize("text, value", [
    ("Reset password, then log in, ok\nnext, line, here", "line"),             # prose, not a header cell
    ("user;password_policy;x\nann;strict;b", "strict"),                        # another column name
    ("name,password,note\n\nmail,Winter6291$,x", "Winter6291$"),               # a blank line ends the table
])
def test_password_word_without_a_column_keeps(text, value):
    assert value in redacted(text), text
