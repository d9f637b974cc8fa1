#!/usr/bin/env python3
# Generator of the article graph: checks the facts in data.py against schema.py, expands deals
# and sources into edges, writes Sources/Quiver/Resources/articles.cypher and the counts tables
# of docs/article-graph.md. Standard library only.
#
#   python3 scripts/articles/build.py          check, then write the .cypher and the doc tables
#   python3 scripts/articles/build.py --check  check, and fail if the written files are stale
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import schema  # noqa: E402
import records  # noqa: E402
import data  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CYPHER_PATH = os.path.join(ROOT, "Sources", "Quiver", "Resources", "articles.cypher")
DOC_PATH = os.path.join(ROOT, "docs", "article-graph.md")
SEEDS_DIR = os.environ.get("ARTICLE_SEEDS", "/work/shared/seeds")

IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
VAR_PREFIX = {"Article": "art", "Company": "co", "Person": "pe", "Chip": "ch", "Architecture": "ar",
              "Product": "pr", "Deal": "de", "Event": "ev", "Metric": "me"}
KIND_VOCAB = {"Company": schema.COMPANY_KINDS, "Chip": schema.CHIP_KINDS,
              "Architecture": schema.ARCH_KINDS, "Product": schema.PRODUCT_KINDS,
              "Deal": schema.DEAL_KINDS}
LABEL_ORDER = {label: i for i, label in enumerate(
    ("Article", "Company", "Person", "Architecture", "Chip", "Product", "Event", "Deal", "Metric"))}


class Errors:
    def __init__(self):
        self.items = []

    def add(self, msg):
        self.items.append(msg)


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


# ---------------------------------------------------------------------------------------------
# Checks on the data itself

def check_value(where, key, v, err):
    if v is None:
        err.add(f"{where}: {key} is None (omit the key instead)")
    elif isinstance(v, bool) or isinstance(v, str):
        pass
    elif isinstance(v, int):
        if not -(2 ** 63) <= v < 2 ** 63:
            err.add(f"{where}: {key} does not fit in 64 bits")
    elif isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")):
            err.add(f"{where}: {key} is not finite")
    elif isinstance(v, list):
        if not v:
            err.add(f"{where}: {key} is an empty list")
        kinds = {("str" if isinstance(x, str) else "num" if isinstance(x, (int, float)) and not isinstance(x, bool)
                  else "bad") for x in v}
        if "bad" in kinds or len(kinds) > 1:
            err.add(f"{where}: {key} must be a list of strings or a list of numbers")
    else:
        err.add(f"{where}: {key} has unsupported type {type(v).__name__}")
    if key in schema.INT_PROPS and not (isinstance(v, int) and not isinstance(v, bool)):
        err.add(f"{where}: {key} must be an integer")
    if key in schema.NUMBER_PROPS and not (isinstance(v, (int, float)) and not isinstance(v, bool)):
        err.add(f"{where}: {key} must be a number")
    if key == "date" and isinstance(v, str) and not ISO_DATE.match(v):
        err.add(f"{where}: date {v!r} is not YYYY, YYYY-MM or YYYY-MM-DD")


def check_sources(where, sources, err):
    if not sources:
        err.add(f"{where}: empty sources")
    for s in sources:
        if s not in schema.ARTICLE_IDS:
            err.add(f"{where}: unknown source {s!r}")
    if len(set(sources)) != len(sources):
        err.add(f"{where}: repeated source")


def check(nodes, rels, err):
    by_key = {}
    for n in nodes:
        k = n["key"]
        where = f"{n['label']} {k}"
        if not IDENT.match(k):
            err.add(f"{where}: key is not an ASCII identifier")
        if k in by_key:
            err.add(f"{where}: key used twice")
        by_key[k] = n
        if n["label"] not in schema.LABELS:
            err.add(f"{where}: unknown label")
        check_sources(where, n["sources"], err)
        for pk, pv in n["props"].items():
            check_value(where, pk, pv, err)
        if "sources" in n["props"]:
            err.add(f"{where}: write sources as the record's sources, not as a property")
        vocab = KIND_VOCAB.get(n["label"])
        if vocab is not None and n["props"].get("kind") not in vocab:
            err.add(f"{where}: kind {n['props'].get('kind')!r} not in {sorted(vocab)}")
        if n["label"] != "Article" and not n["props"].get("name"):
            err.add(f"{where}: no name")
        if n["label"] == "Article":
            for f in ("id", "title", "date"):
                if f not in n["props"]:
                    err.add(f"{where}: article without {f}")

    # Names and aliases: unique across nodes, case-insensitively.
    owner = {}
    for n in nodes:
        p = n["props"]
        names = [p.get("name"), p.get("name_zh")] + list(p.get("aliases", []))
        if n["label"] == "Article":
            names = [p.get("title")]
        for nm in {x.casefold() for x in names if x}:
            if nm in owner and owner[nm] != n["key"]:
                err.add(f"name {nm!r} used by both {owner[nm]} and {n['key']}")
            owner[nm] = n["key"]

    seen_pairs = set()
    for r in rels:
        where = f"({r['src']})-[:{r['type']}]->({r['dst']})"
        a, b = by_key.get(r["src"]), by_key.get(r["dst"])
        if a is None or b is None:
            err.add(f"{where}: unknown endpoint")
            continue
        allowed = schema.RELS.get(r["type"])
        if allowed is None:
            err.add(f"{where}: unknown relationship type")
        elif not any(a["label"] in f and b["label"] in t for f, t in allowed):
            err.add(f"{where}: {a['label']} -> {b['label']} not allowed for {r['type']}")
        check_sources(where, r["sources"], err)
        for pk, pv in r["props"].items():
            check_value(where, pk, pv, err)
        # An edge's articles must name both ends (inferred links: at least one end).
        src, a_src, b_src = set(r["sources"]), set(a["sources"]), set(b["sources"])
        if r["props"].get("inferred"):
            if not src <= (a_src | b_src):
                err.add(f"{where}: sources {sorted(src)} name neither end")
        elif not src <= (a_src & b_src):
            err.add(f"{where}: sources {sorted(src)} not within both ends' sources "
                    f"{sorted(a_src)} / {sorted(b_src)}")
        pair = (r["src"], r["type"], r["dst"])
        if pair in seen_pairs and r["type"] not in schema.MULTI_EDGE_RELS:
            err.add(f"{where}: duplicate relationship")
        seen_pairs.add(pair)
        if r["type"] == "PARTY_TO" and r["props"].get("role") not in schema.PARTY_ROLES:
            err.add(f"{where}: role {r['props'].get('role')!r} not in {sorted(schema.PARTY_ROLES)}")

    # Deals: id slug, kind, at least one party and one target, investors for investments.
    slugs = set()
    for n in nodes:
        if n["label"] != "Deal":
            continue
        p = n["props"]
        where = f"deal {n['key']}"
        if not SLUG.match(p.get("id", "")):
            err.add(f"{where}: id {p.get('id')!r} is not a slug")
        if p.get("id") in slugs:
            err.add(f"{where}: id used twice")
        slugs.add(p.get("id"))
        parties = [r for r in rels if r["type"] == "PARTY_TO" and r["dst"] == n["key"]]
        targets = [r for r in rels if r["type"] == "TARGET" and r["src"] == n["key"]]
        if not parties:
            err.add(f"{where}: no PARTY_TO")
        if not targets:
            err.add(f"{where}: no TARGET")
        if ("amount" in p) != ("currency" in p):
            err.add(f"{where}: amount and currency go together")
        if p.get("kind") == "investment":
            inv = [r for r in parties if r["props"].get("role") in schema.INVESTOR_ROLES]
            shortcuts = [r for r in rels if r["type"] == "INVESTED_IN" and r["props"].get("deal") == p.get("id")]
            if not inv:
                err.add(f"{where}: investment without investor")
            if len(shortcuts) != len(inv) * len(targets):
                err.add(f"{where}: INVESTED_IN edges out of step with the deal")

    # Every non-article node links to each article of its sources.
    mentioned = {(r["src"], r["dst"]) for r in rels if r["type"] == "MENTIONED_IN"}
    for n in nodes:
        if n["label"] == "Article":
            continue
        for s in n["sources"]:
            if (n["key"], s) not in mentioned:
                err.add(f"{n['key']}: no MENTIONED_IN to {s}")

    # Titles are the articles' own headlines.
    if os.path.isdir(SEEDS_DIR):
        for a in data.ARTICLES:
            path = os.path.join(SEEDS_DIR, a["file"])
            if os.path.exists(path):
                with open(path, encoding="utf-8") as f:
                    if a["title"] not in f.read():
                        err.add(f"article {a['id']}: title not found in {a['file']}")


# ---------------------------------------------------------------------------------------------
# No article text in the project: runs of 14+ characters shared with a seed are errors unless
# they lie inside a title, a name or an alias.

RUN = 14
# Spacing and punctuation around a name do not make it article text.
EDGE_PUNCT = " \t\n,.;:!?'\"()[]{}\u3001\u3002\uff0c\uff1a\uff1b\uff01\uff1f\uff08\uff09\u201c\u201d"


def article_texts():
    if not os.path.isdir(SEEDS_DIR):
        return []
    out = []
    for a in data.ARTICLES:
        path = os.path.join(SEEDS_DIR, a["file"])
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                out.append(f.read())
    return out


def shared_runs(text, grams):
    """Maximal runs of `text` at least RUN long whose every RUN-window occurs in an article."""
    runs, i, n = [], 0, len(text)
    while i + RUN <= n:
        if text[i:i + RUN] in grams:
            j = i + 1
            while j + RUN <= n and text[j:j + RUN] in grams:
                j += 1
            runs.append(text[i:j + RUN - 1])
            i = j + RUN - 1
        else:
            i += 1
    return runs


def check_text_overlap(nodes, files, err):
    texts = article_texts()
    if not texts:
        return
    grams = set()
    for t in texts:
        for i in range(len(t) - RUN + 1):
            grams.add(t[i:i + RUN])
    allowed = [a["title"] for a in data.ARTICLES]
    for n in nodes:
        p = n["props"]
        allowed += [x for x in [p.get("name"), p.get("name_zh")] + list(p.get("aliases", [])) if x]
    for path in files:
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for run in shared_runs(text, grams):
            core = run.strip(EDGE_PUNCT)
            if not any(core in ok for ok in allowed):
                err.add(f"{os.path.relpath(path, ROOT)}: shares article text {run!r}")


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
# Writing Cypher

def lit(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        s = repr(v)
        if "e" in s or "inf" in s or "nan" in s:
            s = f"{v:.12f}".rstrip("0")
        return s
    if isinstance(v, str):
        return "'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'"
    if isinstance(v, list):
        return "[" + ", ".join(lit(x) for x in v) + "]"
    raise TypeError(type(v))


def props_text(props, sources):
    items = list(props.items()) + [("sources", list(sources))]
    return "{" + ", ".join(f"{k}: {lit(v)}" for k, v in items) + "}"


def ordered_props(p):
    first = ["id", "name", "name_zh", "aliases", "title", "kind"]
    out = {k: p[k] for k in first if k in p}
    out.update({k: v for k, v in p.items() if k not in out})
    return out


def render(nodes, rels):
    var = {n["key"]: f"{VAR_PREFIX[n['label']]}_{n['key']}" for n in nodes}
    parts = []
    lines = ["// The article graph: generated by scripts/articles/build.py from scripts/articles/data.py.",
             "// Do not edit by hand; see docs/article-graph.md. One CREATE statement, so that every",
             "// variable stays visible to the relationships that follow.",
             "CREATE"]
    sorted_nodes = sorted(nodes, key=lambda n: (LABEL_ORDER[n["label"]],))
    last_label = None
    for n in sorted_nodes:
        if n["label"] != last_label:
            parts.append(("comment", f"// {n['label']} nodes"))
            last_label = n["label"]
        parts.append(("item", f"({var[n['key']]}:{n['label']} {props_text(ordered_props(n['props']), n['sources'])})"))
    last_type = None
    for r in sorted(rels, key=lambda r: r["type"]):
        if r["type"] != last_type:
            parts.append(("comment", f"// {r['type']}"))
            last_type = r["type"]
        parts.append(("item", f"({var[r['src']]})-[:{r['type']} {props_text(r['props'], r['sources'])}]->({var[r['dst']]})"))
    items = [i for i, (kind, _) in enumerate(parts) if kind == "item"]
    last_item = items[-1] if items else -1
    for i, (kind, text) in enumerate(parts):
        if kind == "comment":
            lines.append("  " + text)
        else:
            lines.append("  " + text + (";" if i == last_item else ","))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Counts tables in the doc (the form `quiver` prints a result in a transcript)

def width(s):
    w = 0
    for ch in s:
        o = ord(ch)
        wide = (0x1100 <= o <= 0x115F or 0x2E80 <= o <= 0x303E or 0x3041 <= o <= 0x33FF or
                0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7A3 or
                0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFF60)
        w += 2 if wide else 1
    return w


def table(columns, rows):
    cells = [[c for c in columns]] + [[lit(v) for v in row] for row in rows]
    widths = [max(width(r[i]) for r in cells) for i in range(len(columns))]
    out = []
    for r in cells:
        out.append("| " + " | ".join(c + " " * (widths[i] - width(c)) for i, c in enumerate(r)) + " |")
    out.append(f"({len(rows)} row{'' if len(rows) == 1 else 's'})")
    return "\n".join(out)


def counts(nodes, rels):
    by_label, by_type = {}, {}
    for n in nodes:
        by_label[n["label"]] = by_label.get(n["label"], 0) + 1
    for r in rels:
        by_type[r["type"]] = by_type.get(r["type"], 0) + 1
    return sorted(by_label.items()), sorted(by_type.items())


LABEL_QUERY = "MATCH (n) UNWIND labels(n) AS l RETURN l AS label, count(*) AS n ORDER BY label"
TYPE_QUERY = "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type"


def doc_blocks(nodes, rels):
    labels, types = counts(nodes, rels)
    return {
        "counts-by-label": f"```\n{LABEL_QUERY};\n{table(['label', 'n'], labels)}\n```",
        "counts-by-type": f"```\n{TYPE_QUERY};\n{table(['type', 'n'], types)}\n```",
    }


def update_doc(text, blocks):
    for name, block in blocks.items():
        pat = re.compile(r"(<!-- BEGIN " + name + r" -->\n).*?(<!-- END " + name + r" -->)", re.S)
        text = pat.sub(lambda m: m.group(1) + block + "\n" + m.group(2), text)
    return text


# ---------------------------------------------------------------------------------------------

def main(argv):
    check_only = "--check" in argv
    err = Errors()
    nodes, rels = assemble(err)
    check(nodes, rels, err)
    cypher = render(nodes, rels)
    doc_old = open(DOC_PATH, encoding="utf-8").read() if os.path.exists(DOC_PATH) else None
    doc_new = update_doc(doc_old, doc_blocks(nodes, rels)) if doc_old is not None else None
    if not check_only and not err.items:
        with open(CYPHER_PATH, "w", encoding="utf-8") as f:
            f.write(cypher)
        if doc_new is not None and doc_new != doc_old:
            with open(DOC_PATH, "w", encoding="utf-8") as f:
                f.write(doc_new)
    check_text_overlap(nodes, project_files(), err)
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
