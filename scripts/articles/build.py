#!/usr/bin/env python3
# Generator of the article graph: checks the facts in data.py against schema.py, expands deals
# and sources into edges, writes Sources/Quiver/Resources/articles.cypher and the counts tables
# of docs/article-graph.md. Standard library only.
#
#   python3 scripts/articles/build.py          check, then write the .cypher and the doc tables
#   python3 scripts/articles/build.py --check  check, and fail if the written files are stale
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import schema  # noqa: E402
import records  # noqa: E402
import data  # noqa: E402
from checks import Errors, check, check_text_overlap  # noqa: E402
from render import render, counts, doc_blocks, update_doc  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CYPHER_PATH = os.path.join(ROOT, "Sources", "Quiver", "Resources", "articles.cypher")
DOC_PATH = os.path.join(ROOT, "docs", "article-graph.md")
SEEDS_DIR = os.environ.get("ARTICLE_SEEDS", "/work/shared/seeds")


# ---------------------------------------------------------------------------------------------
# Assembling the graph

def assemble(err):
    """Returns (nodes, rels): nodes as {key, label, sources, props}, rels as {src, type, dst, ...}."""
    nodes = []
    for a in data.ARTICLES:
        props = {k: v for k, v in a.items()}
        nodes.append({"key": a["id"], "label": "Article", "sources": [a["id"]], "props": props})
    nodes.extend(records.NODES)
    rels = [dict(r) for r in records.RELS]
    for r in rels:
        if r["type"] in schema.DERIVED_RELS:
            err.add(f"{r['src']}-[:{r['type']}]->{r['dst']}: {r['type']} is generated, do not write it by hand")
    for d in records.DEALS:
        props = dict(d["props"])
        if "amount" in props:
            cur = props.get("currency")
            rate = data.RATES.get(cur)
            if rate is None:
                err.add(f"deal {props['id']}: no exchange rate for currency {cur!r}")
            else:
                usd = props["amount"] / rate
                props["amount_usd"] = int(round(usd)) if cur != "USD" else props["amount"]
        nodes.append({"key": d["key"], "label": "Deal", "sources": d["sources"], "props": props})
        for (k, role, src, pprops) in d["parties"]:
            rp = {"role": role}
            rp.update(pprops)
            rels.append({"src": k, "type": "PARTY_TO", "dst": d["key"], "sources": src, "props": rp})
        for (k, src, tprops) in d["targets"]:
            rels.append({"src": d["key"], "type": "TARGET", "dst": k, "sources": src, "props": dict(tprops)})
        if props.get("kind") == "investment":
            for (k, role, src, _) in d["parties"]:
                if role in schema.INVESTOR_ROLES:
                    for (t, tsrc, _) in d["targets"]:
                        both = [s for s in src if s in tsrc]
                        rels.append({"src": k, "type": "INVESTED_IN", "dst": t, "sources": both,
                                     "props": {"deal": props["id"]}})
        if props.get("kind") == "partnership":
            hub = d["hub"]
            if hub is None:
                err.add(f"deal {props['id']}: a partnership needs a hub")
            for (k, role, src, _) in d["parties"]:
                if k != hub:
                    rels.append({"src": hub, "type": "PARTNERS_WITH", "dst": k, "sources": list(d["sources"]),
                                 "props": {"deal": props["id"]}})
    for n in nodes:
        if n["label"] == "Article":
            continue
        for s in n["sources"]:
            rels.append({"src": n["key"], "type": "MENTIONED_IN", "dst": s, "sources": [s], "props": {}})
    return nodes, rels


def project_files():
    out = [CYPHER_PATH, DOC_PATH]
    for d in (HERE, os.path.join(ROOT, "examples", "articles")):
        if os.path.isdir(d):
            out += [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith((".py", ".cypher", ".md"))]
    tests = os.path.join(ROOT, "Tests", "QuiverTests")
    if os.path.isdir(tests):
        out += [os.path.join(tests, f) for f in sorted(os.listdir(tests)) if f.startswith("ArticleGraph")]
    return out


# ---------------------------------------------------------------------------------------------

def main(argv):
    check_only = "--check" in argv
    err = Errors()
    nodes, rels = assemble(err)
    check(nodes, rels, err, data.ARTICLES, SEEDS_DIR)
    cypher = render(nodes, rels)
    doc_old = open(DOC_PATH, encoding="utf-8").read() if os.path.exists(DOC_PATH) else None
    doc_new = update_doc(doc_old, doc_blocks(nodes, rels)) if doc_old is not None else None
    if not check_only and not err.items:
        with open(CYPHER_PATH, "w", encoding="utf-8") as f:
            f.write(cypher)
        if doc_new is not None and doc_new != doc_old:
            with open(DOC_PATH, "w", encoding="utf-8") as f:
                f.write(doc_new)
    check_text_overlap(nodes, project_files(), err, data.ARTICLES, SEEDS_DIR, ROOT)
    if check_only:
        old = open(CYPHER_PATH, encoding="utf-8").read() if os.path.exists(CYPHER_PATH) else ""
        if old != cypher:
            err.add("articles.cypher is stale: run scripts/articles/build.py")
        if doc_new is not None and doc_new != doc_old:
            err.add("docs/article-graph.md counts are stale: run scripts/articles/build.py")
    labels, types = counts(nodes, rels)
    print(f"{len(nodes)} nodes, {len(rels)} relationships")
    print("  " + ", ".join(f"{k} {v}" for k, v in labels))
    print("  " + ", ".join(f"{k} {v}" for k, v in types))
    if err.items:
        for e in err.items:
            print("error: " + e, file=sys.stderr)
        print(f"{len(err.items)} error(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
