# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!

"""Size options ("10M", 1048576) shared by the collection's modules."""

from __future__ import annotations

from ansible.module_utils.common.text.formatters import human_to_bytes


def parse_size(module, option, value):
    """Bytes of a size option; fails the module with a message naming the option."""
    if isinstance(value, bool):
        module.fail_json(msg="%s must be a size such as 10M, got %r" % (option, value))
    if isinstance(value, int):
        size = value
    else:
        try:
            size = human_to_bytes(str(value).strip())
        except ValueError as e:
            module.fail_json(msg="%s must be a size such as 10M: %s" % (option, e))
    if size < 0:
        module.fail_json(msg="%s must not be negative, got %d" % (option, size))
    return size
