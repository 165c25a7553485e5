# SPDX-License-Identifier: GPL-3.0-or-later
"""A tiny JSONPath subset for route policies: ``$``, ``.name``, ``['name']``, ``[N]``, ``[*]``."""
import re

_TOKEN = re.compile(r"\.([A-Za-z_][A-Za-z0-9_-]*)|\['([^']+)'\]|\[(\d+|\*)\]")


def parse(path):
    if not isinstance(path, str) or not path.startswith("$"):
        raise ValueError("JSONPath %r must start with '$'" % (path,))
    steps, pos = [], 1
    while pos < len(path):
        m = _TOKEN.match(path, pos)
        if m is None:
            raise ValueError("JSONPath %r: cannot parse at %r" % (path, path[pos:]))
        if m.group(1) is not None or m.group(2) is not None:
            steps.append(m.group(1) if m.group(1) is not None else m.group(2))
        elif m.group(3) == "*":
            steps.append(Ellipsis)
        else:
            steps.append(int(m.group(3)))
        pos = m.end()
    return tuple(steps)


def apply(doc, steps, func, strict=False):
    """Replace every value at ``steps`` by ``func(value)``; return the number of matches. ``strict``:
    LookupError when a named or indexed step is missing (an element of a ``[*]`` without the path)."""
    if not steps:
        raise ValueError("the root itself cannot be replaced")
    return _apply(doc, steps, func, strict)


def _apply(node, steps, func, strict):
    step, rest = steps[0], steps[1:]
    if step is Ellipsis:
        keys = range(len(node)) if isinstance(node, list) else (list(node) if isinstance(node, dict) else [])
    elif isinstance(step, int):
        keys = [step] if isinstance(node, list) and step < len(node) else []
    else:
        keys = [step] if isinstance(node, dict) and step in node else []
    if strict and not keys and step is not Ellipsis:
        raise LookupError("no %r here" % (step,))
    count = 0
    for key in keys:
        if rest:
            count += _apply(node[key], rest, func, strict)
        else:
            node[key] = func(node[key])
            count += 1
    return count


def get(doc, steps):
    """All values at ``steps`` (a list)."""
    found = []

    def grab(value):
        found.append(value)
        return value
    if not steps:
        return [doc]
    _apply(doc, steps, grab, False)
    return found
