"""ag_json_doc.py - JSON documents (json, json4k, long64k) assembled from ag_json_rec shapes."""
from ag_common import jdump, plain, JSON_STYLES
import ag_json_rec as R


def _builders(c):
    bs = list(R.SMALL)
    if c.locale == "ru_RU":
        bs += R.RU_EXTRA * 3
    return bs


def _style(c):
    return c.pick(JSON_STYLES)


def _size(obj, style):
    return len(plain(jdump(obj, *style)))


def json_small(c):
    """One API response of a few hundred characters to ~1.5 KB."""
    fn = c.pick(_builders(c))
    shape = c.randint(0, 3)
    if shape == 0 or fn in (R.tool_call, R.integration_cfg):
        obj = fn(c)
    elif shape == 1:
        obj = {"data": fn(c), "request_id": c.uuid()}
    elif shape == 2:
        obj = {"results": [fn(c) for _ in range(c.randint(1, 3))], "page": 1, "has_more": c.chance(0.5)}
    else:
        obj = {"ok": True, "result": fn(c), "took_ms": c.randint(3, 900)}
    style = _style(c)
    c.b.add(jdump(obj, *style))
    return "ag.json." + fn.__name__


def json_4k(c, lo=3900, hi=4700):
    fn = c.pick([b for b in _builders(c) if b not in (R.tool_call,)])
    fn2 = c.pick(_builders(c)) if c.chance(0.3) else fn
    style = _style(c)
    items = []
    key = c.pick(["records", "items", "contacts", "events", "hits", "rows"])
    obj = {"export": c.pick(["crm", "helpdesk", "carrier", "billing", "field_ops"]), "generated_at": c.ts("isoz"),
           key: items}
    while True:
        items.append((fn if c.chance(0.7) else fn2)(c))
        n = _size(obj, style)
        if n >= lo:
            break
    if n > hi and len(items) > 1:
        items.pop()
        if _size(obj, style) < lo * 0.85:
            items.append(fn(c))
    c.b.add(jdump(obj, *style))
    return "ag.json4k." + fn.__name__


def json_long(c, target=64000):
    style = (None, (", ", ": ")) if c.chance(0.5) else (2, (", ", ": "))
    events = []
    obj = {"stream": "carrier-and-crm-events", "cursor": c.uuid(), "events": events}
    size = 0
    bs = _builders(c)
    while size < target:
        batch = [{"seq": len(events) + i, "received_at": c.ts("isoz"), "payload": c.pick(bs)(c)} for i in range(20)]
        events.extend(batch)
        size = _size(obj, style)
    c.b.add(jdump(obj, *style))
    return "ag.long.json_events"
