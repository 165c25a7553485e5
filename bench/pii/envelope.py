"""Wrap a corpus's text documents as the message of a JSON chat completion, labels carried along.

    python bench/pii/envelope.py CORPUS.jsonl OUT.jsonl [--indent N] [--ascii]

A model server answers in JSON as often as in text: the same answer then reaches the engine as a
JSON string, its line breaks and tabs written as escapes ("\\n"), its quotes escaped, non-ASCII
letters as \\u escapes with ``--ascii``.  This writes every clean text document (chat, text4k,
long64k) of a pii-bench corpus as ``{"id", "object": "chat.completion", "choices": [{"message":
{"role": "assistant", "content": TEXT}}]}`` with each entity, negative and ignore span moved to its
place in the serialised JSON (shape ``json``, base shape kept in ``template``), so that
``score.py`` measures the engine on the answers it already reads as text, now as JSON.
"""
import argparse
import json


def escaped(text, cuts, ensure_ascii):
    """(the JSON string body of ``text``, {offset in text: offset in the body} for each cut)."""
    where, out, pos, size = {}, [], 0, 0
    for cut in sorted(set(cuts)) + [len(text)]:
        piece = json.dumps(text[pos:cut], ensure_ascii=ensure_ascii)[1:-1]
        out.append(piece)
        size += len(piece)
        where[cut] = size
        pos = cut
    where[0] = 0
    return "".join(out), where


def wrap(doc, indent, ensure_ascii):
    text = doc["text"]
    spans = [(e["start"], e["end"]) for e in doc["entities"] + doc["negatives"]] + [tuple(s) for s in doc["ignore"]]
    spans += [tuple(e["core"]) for e in doc["entities"] if "core" in e]
    body, where = escaped(text, [p for span in spans for p in span], ensure_ascii)
    marker = "\x00content\x00"
    frame = json.dumps({"id": "chatcmpl-" + doc["id"], "object": "chat.completion", "model": "probe",
                        "choices": [{"index": 0, "finish_reason": "stop",
                                     "message": {"role": "assistant", "content": marker}}]},
                       indent=indent, ensure_ascii=ensure_ascii)
    key = json.dumps(marker, ensure_ascii=ensure_ascii)[1:-1]
    base = frame.index(key)
    out = dict(doc, shape="json", format="json", template="envelope:" + doc["shape"],
               text=frame[:base] + body + frame[base + len(key):])
    out.pop("chunks", None)
    out.pop("base_shape", None)
    moved = lambda s, e: (base + where[s], base + where[e])  # noqa: E731 - a local helper
    out["entities"] = []
    for e in doc["entities"]:
        e = dict(e)
        e["start"], e["end"] = moved(e["start"], e["end"])
        if "core" in e:
            e["core"] = list(moved(*e["core"]))
        e["value"] = out["text"][e["start"]:e["end"]]
        out["entities"].append(e)
    out["negatives"] = [dict(n, start=moved(n["start"], n["end"])[0], end=moved(n["start"], n["end"])[1],
                             value=out["text"][slice(*moved(n["start"], n["end"]))]) for n in doc["negatives"]]
    out["ignore"] = [list(moved(s, e)) for s, e in doc["ignore"]]
    json.loads(out["text"])
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--indent", type=int, default=None)
    ap.add_argument("--ascii", action="store_true", help="write non-ASCII characters as \\u escapes")
    args = ap.parse_args()
    n = 0
    with open(args.corpus, encoding="utf-8") as src, open(args.out, "w", encoding="utf-8") as dst:
        for line in src:
            doc = json.loads(line)
            if doc["shape"] in ("chat", "text4k", "long64k"):
                dst.write(json.dumps(wrap(doc, args.indent, args.ascii), ensure_ascii=False) + "\n")
                n += 1
    print("wrote %d documents to %s" % (n, args.out))


if __name__ == "__main__":
    main()
