# Record builders for data.py: nodes, relationships and deals as plain dicts, collected in
# module-level lists that build.py reads. Sources are written as 'a0 a2' for brevity.

NODES = []   # {key, label, sources, props}
RELS = []    # {src, type, dst, sources, props}
DEALS = []   # {key, sources, props, parties: [(key, role, sources, props)], targets: [(key, sources, props)], hub}


def _src(text):
    return text.split()


def node(label, key, src, name, zh=None, aka=(), **props):
    p = {"name": name}
    if zh:
        p["name_zh"] = zh
    if aka:
        p["aliases"] = list(aka)
    p.update(props)
    NODES.append({"key": key, "label": label, "sources": _src(src), "props": p})
    return key


def company(key, src, name, zh=None, aka=(), **props):
    return node("Company", key, src, name, zh, aka, **props)


def person(key, src, name, zh=None, aka=(), **props):
    return node("Person", key, src, name, zh, aka, **props)


def chip(key, src, name, zh=None, aka=(), **props):
    return node("Chip", key, src, name, zh, aka, **props)


def arch(key, src, name, zh=None, aka=(), **props):
    return node("Architecture", key, src, name, zh, aka, **props)


def product(key, src, name, zh=None, aka=(), **props):
    return node("Product", key, src, name, zh, aka, **props)


def event(key, src, name, zh=None, aka=(), **props):
    return node("Event", key, src, name, zh, aka, **props)


def metric(key, src, name, subject=None, by=None, **props):
    """A dated figure; `subject` gets HAS_METRIC to it, `by` (key or list) REPORTED it."""
    node("Metric", key, src, name, **props)
    if subject:
        rel(subject, "HAS_METRIC", key, src)
    for who in ([by] if isinstance(by, str) else (by or [])):
        rel(who, "REPORTED", key, src)
    return key


def rel(a, rtype, b, src, **props):
    RELS.append({"src": a, "type": rtype, "dst": b, "sources": _src(src), "props": props})


def deal(key, src, slug, name, kind, parties, targets, hub=None, by=None, **props):
    """parties: (key, role) or (key, role, src) or (key, role, src, props); targets: key or (key, src)."""
    ps = []
    for p in parties:
        k, role = p[0], p[1]
        psrc = _src(p[2]) if len(p) > 2 and p[2] else _src(src)
        pprops = p[3] if len(p) > 3 else {}
        ps.append((k, role, psrc, pprops))
    ts = []
    for t in targets:
        if isinstance(t, str):
            ts.append((t, _src(src), {}))
        else:
            ts.append((t[0], _src(t[1]) if len(t) > 1 and t[1] else _src(src), t[2] if len(t) > 2 else {}))
    p = {"id": slug, "name": name, "kind": kind}
    p.update(props)
    DEALS.append({"key": key, "sources": _src(src), "props": p, "parties": ps, "targets": ts, "hub": hub})
    for who in ([by] if isinstance(by, str) else (by or [])):
        rel(who, "REPORTED", key, src)
    return key
