#!/usr/bin/env python3
"""Markdown table for docs/performance.md from peers.py result files (run with --out).

usage: perf-table.py SCALE=FILE.json [SCALE=FILE.json ...] [--bench SCALE=quiver-bench.jsonl ...]

Each FILE.json is what `peers.py run --peers quiver,... --out FILE.json` wrote. A --bench
file (the output of `quiver-bench --json`) adds Quiver rows peers.py does not run (Q8) and
the native-floor ratios; with only --bench files the table has the Quiver column alone.
"""
import json
import statistics
import sys

QUERIES = ["Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8"]


def fmt(ms):
    if ms is None:
        return "—"
    return f"{ms:.1f}" if ms >= 10 else f"{ms:.2f}" if ms >= 0.1 else f"{ms:.3f}"


def read_bench(path):
    q, native, load, rss = {}, {}, None, None
    for line in open(path):
        try:
            ev = json.loads(line)
        except json.JSONDecodeError:
            continue
        if ev.get("event") == "query" and ev.get("run", 0) >= 1:
            q.setdefault(ev["q"], []).append(ev["ms"])
        elif ev.get("event") == "native":
            native[ev["q"]] = ev["ms"]
        elif ev.get("event") == "load":
            load = ev["ms"]
        elif ev.get("event") == "exit":
            rss = ev["peak_rss_kb"]
    return {k: statistics.median(v) for k, v in q.items()}, native, load, rss


def main(argv):
    peers_files, bench_files = {}, {}
    target = peers_files
    for a in argv:
        if a == "--bench":
            target = bench_files
            continue
        scale, _, path = a.partition("=")
        target[scale] = path
        target = peers_files
    for scale in sorted(set(peers_files) | set(bench_files), key="SML".find):
        res = json.load(open(peers_files[scale])) if scale in peers_files else {"peers": {}}
        bench = read_bench(bench_files[scale]) if scale in bench_files else ({}, {}, None, None)
        peers = list(res["peers"]) or ["quiver"]
        if "quiver" not in peers:
            peers.insert(0, "quiver")
        print(f"### Scale {scale}\n")
        head = "| query | " + " | ".join(peers) + " | Quiver ÷ native |"
        print(head)
        print("|---|" + "---:|" * (len(peers) + 1))
        for q in QUERIES:
            cells = []
            for p in peers:
                ms = res["peers"].get(p, {}).get("queries", {}).get(q, {}).get("median_ms")
                if p == "quiver" and ms is None:
                    ms = bench[0].get(q)
                cells.append(fmt(ms))
            qms = res["peers"].get("quiver", {}).get("queries", {}).get(q, {}).get("median_ms") or bench[0].get(q)
            nat = bench[1].get(q)
            ratio = f"{qms / nat:.0f}x" if qms and nat else ""
            print(f"| {q} | " + " | ".join(cells) + f" | {ratio} |")
        loads, rsss = [], []
        for p in peers:
            rec = res["peers"].get(p, {})
            lm = rec.get("load_ms") if rec else None
            rk = rec.get("peak_rss_kb") if rec else None
            if p == "quiver" and lm is None:
                lm, rk = bench[2], bench[3]
            loads.append("—" if lm is None else f"{lm:.0f}")
            rsss.append("—" if not rk else f"{rk / 1024:.0f}")
        print("| load ms | " + " | ".join(loads) + " | |")
        print("| peak RSS MiB | " + " | ".join(rsss) + " | |")
        print()


if __name__ == "__main__":
    main(sys.argv[1:])
