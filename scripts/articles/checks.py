# Integrity checks on the article graph before it is written: labels and endpoints per schema.py,
# sources, unique names, complete deals, value types, and no article text in project files.
import os
import re

import schema

IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
KIND_VOCAB = {"Company": schema.COMPANY_KINDS, "Chip": schema.CHIP_KINDS,
              "Architecture": schema.ARCH_KINDS, "Product": schema.PRODUCT_KINDS,
              "Deal": schema.DEAL_KINDS}

class Errors:
    def __init__(self):
        self.items = []

    def add(self, msg):
        self.items.append(msg)


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


def check(nodes, rels, err, articles, seeds_dir):
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
    if os.path.isdir(seeds_dir):
        for a in articles:
            path = os.path.join(seeds_dir, a["file"])
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


def article_texts(articles, seeds_dir):
    if not os.path.isdir(seeds_dir):
        return []
    out = []
    for a in articles:
        path = os.path.join(seeds_dir, a["file"])
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


def check_text_overlap(nodes, files, err, articles, seeds_dir, root):
    texts = article_texts(articles, seeds_dir)
    if not texts:
        return
    grams = set()
    for t in texts:
        for i in range(len(t) - RUN + 1):
            grams.add(t[i:i + RUN])
    allowed = [a["title"] for a in articles]
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
                err.add(f"{os.path.relpath(path, root)}: shares article text {run!r}")
