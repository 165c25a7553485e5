# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Who a request is: key verification that an unauthenticated flood cannot turn against the others,
hash strings that could never match, and anonymous clients keyed so that they cannot multiply."""
from __future__ import annotations

import asyncio
import itertools

import pytest

from output_filter.stack import AUTH, KEYS, Stack, echo, post, run

from mia_output_filter import app, keyhash  # noqa: E402  (on the path: output_filter.stack built the package)


def _same_tag_wrong_keys(real, n):
    """``n`` keys that are not ``real`` but share its lookup tag: each costs the filter a full PBKDF2."""
    tag = keyhash.lookup_tag(real)
    return list(itertools.islice((k for k in ("sk-forged-%d" % i for i in itertools.count())
                                  if keyhash.lookup_tag(k) == tag), n))


def test_a_known_key_is_served_while_forged_keys_are_being_hashed(tmp_path):
    real = KEYS["alice"][1]
    forged = _same_tag_wrong_keys(real, 4)  # each costs a hash of 300,000 iterations
    keys = [{"id": "alice", "tier": "gold", "hash": keyhash.hash_key(real, "alice", "pepper", 300000)}]

    async def scenario():
        async with Stack(tmp_path, echo, auth={"keys": keys}) as stack:
            assert (await stack.exchange(post(extra=b"Connection: close\r\n"))).startswith(b"HTTP/1.1 200 ")
            order = []

            async def ask(name, auth):
                out = await stack.exchange(post(extra=b"Connection: close\r\n", auth=auth), quiet=30)
                order.append((name, out.split(b" ")[1]))
            bad = [asyncio.create_task(ask("forged", b"Authorization: Bearer %s\r\n" % k.encode())) for k in forged]
            await asyncio.sleep(0.05)  # the forged keys are in, their hashes queued
            await ask("alice", AUTH)
            await asyncio.gather(*bad)
            return order
    order = run(scenario())
    assert order[0] == ("alice", b"200"), order  # not behind four hashes on the event loop
    assert sorted(order[1:]) == [("forged", b"401")] * 4


def test_refused_keys_do_not_push_verified_ones_out_of_the_cache(tmp_path):
    real = KEYS["alice"][1]
    forged = _same_tag_wrong_keys(real, 5)

    async def scenario():
        async with Stack(tmp_path, echo, auth={"keys": [{"id": "alice", "tier": "gold", "hash": keyhash.hash_key(
                real, "alice", "pepper", 1000)}], "hash_cache_size": 2}) as stack:
            state, hasher = stack.filter.state, stack.filter._hasher  # pylint: disable=protected-access
            assert await state.authenticate_key(real, hasher) == ("alice", "gold")
            for key in forged:
                assert await state.authenticate_key(key, hasher) is None
            return len(state.known), len(state.refused)
    assert run(scenario()) == (1, 1)  # the refused cache was cleared twice; the verified key stayed


@pytest.mark.parametrize("lookup", ["ABCD", "0x1f", "-abc", "+abc"])
def test_a_lookup_tag_spelled_otherwise_than_lookup_tag_writes_it_is_refused(lookup):
    good = keyhash.hash_key("sk-some-key-0123456789", "k", "pepper", 1000)
    keyhash.parse_hash(good)
    with pytest.raises(ValueError):
        keyhash.parse_hash(good.rsplit("$", 1)[0] + "$" + lookup)


@pytest.mark.parametrize("address, identity", [
    ("192.0.2.7", "anon:192.0.2.7"),
    ("2001:db8:1:2::1", "anon:2001:db8:1:2::/64"),
    ("2001:db8:1:2:ffff:ffff:ffff:ffff", "anon:2001:db8:1:2::/64"),
    ("::ffff:192.0.2.7", "anon:192.0.2.7"),
])
def test_anonymous_clients_are_keyed_by_ipv4_address_or_ipv6_64(address, identity):
    assert app._anonymous_id(address) == identity  # pylint: disable=protected-access
