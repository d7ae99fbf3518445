#!/usr/bin/env python3
"""Audit every figure of the dataset against the report (issue 16).

For every statistic (data/statistics/*.csv) and every case metric (data/innovations/*.yaml `metrics`):
  1. its printed text `raw` must occur, whitespace-insensitively, within its cited lines of the report;
  2. the sentence around that occurrence must not carry a scope word that disagrees with the scope the record gives
     (全省 on a zone figure, 全市 on a sub-zone figure, 合计 or two zone names on a single-zone figure, 长三角 on
     anything but a named region or a list of zones, ...).

The scope of a record is its `scope` column / key when present; before issue 16 there was none, and the scope is then
what the `zone` column (or the case's zone list) implies: `national`, a zone, or a sub-zone.

A finding a person has read against its lines and judged a false positive (the word describes context, a share of a
wider total, a place name inside another word) is listed in docs/audit/reviewed.yaml (record, optional metric raw, the
finding's word, a one-line reason); the audit then prints it as "reviewed", not open. An entry that matches no finding
any more is printed as stale, so the file cannot silently outlive the data.

Usage: tools/scope-audit.py [--root DIR] [--report FILE]   (prints findings, then a summary; exit 0 always: it is a report)
"""
import argparse
import csv
import glob
import os
import re
import sys

try:
    import yaml
except ImportError:  # PyYAML is optional; without it the case metrics are skipped (said in the summary)
    yaml = None

WS = re.compile(r"\s+")
SOURCE = re.compile(r"ftz-report-2022:([0-9,\- ]+)")
# sentence bounds in the report (the PDF text breaks lines mid-sentence, so the window is built on joined text)
SENTENCE_END = "。；;！？"

# scope words -> the scope kinds they are compatible with
SCOPE_WORDS = {
    "全省": {"province", "region", "national"},
    "全区": None,  # ambiguous (whole region / whole district): never flagged alone
    "全市": {"city", "province", "region", "national"},
    "全国": {"national", "ftz-wide"},
    "合计": {"zones", "ftz-wide", "region", "national", "province", "city"},
    "共计": {"zones", "ftz-wide", "region", "national", "province", "city"},
    "长三角": {"region", "zones"},
    "长江三角洲": {"region", "zones"},
    "京津冀": {"region", "zones"},
    "粤港澳大湾区": {"region", "zones", "province"},
    "大湾区": {"region", "zones", "province"},
    "成渝": {"region", "zones"},
}
COMPARISON = re.compile("(占|高于|低于|居|位居|位列|贡献了|推动|对)全.|全.(第|首|平均|同期|占比|比重|最|前|领先|率先|范围|领域|统一)")
# 累计 is cumulative over time, not over places: reported only as information, never as a disagreement.
TIME_WORDS = ("累计",)


def load_report(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")


def cited_ranges(source):
    out = []
    for m in SOURCE.finditer(source or ""):
        for part in m.group(1).split(","):
            part = part.strip()
            if not part:
                continue
            a, _, b = part.partition("-")
            out.append((int(a), int(b or a)))
    return out


def zone_names(root):
    """zh short names of zones and sub-zones (片区 stripped), from ../shared/reference/zones.yaml or data/zones.yaml."""
    names = {}
    ref = os.path.join(root, "..", "shared", "reference", "zones.yaml")
    if yaml is None or not os.path.exists(ref):
        return names
    with open(ref, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    for z in doc.get("ftzs", []):
        names[z["name_zh"]] = z["id"]
        for s in z.get("subzones") or []:
            short = re.sub(r"(新区)?(新)?片区$", "", s["name_zh"])
            if short in ("中心",):  # too common a word to be read as a place
                continue
            short = re.sub(r"^(广州|深圳|珠海|天津港|成都)", "", short)
            if len(short) >= 2:
                names[short] = z["id"] + "/" + s["id"]
    return names


CITY = re.compile(r"[\u4e00-\u9fff]{2}市(?!场)(?=[\u4e00-\u9fff]{0,12}(达|为|实现|共|累计))")


def find_piece(raw):
    return next((p for p in raw.split("…") if p), raw)


def find_raw(text, raw):
    """(start, end) of `raw` in `text`; a raw with … (an elision) matches its pieces in order. None when absent."""
    pos, first = 0, None
    for piece in [p for p in raw.split("…") if p]:
        i = text.find(piece, pos)
        if i < 0:
            return None
        first = i if first is None else first
        pos = i + len(piece)
    return (first, pos) if first is not None else None


def sentence_around(text, raw):
    """The sentence of `text` (whitespace removed) that contains `raw`, or None."""
    found = find_raw(text, raw)
    if found is None:
        return None
    i, j = found
    raw = text[i:j]
    start = max([text.rfind(c, 0, i) for c in SENTENCE_END] + [-1]) + 1
    ends = [text.find(c, i + len(raw)) for c in SENTENCE_END]
    ends = [e for e in ends if e >= 0]
    end = min(ends) + 1 if ends else len(text)
    return text[start:end]


def kind_of(zone_field, scope_field):
    if scope_field:
        return scope_field.split(":", 1)[0]
    if zone_field == "national":
        return "national"
    return "sub-zone" if "/" in zone_field else "zone"


def load_reviewed(root):
    """Entries of docs/audit/reviewed.yaml: dicts with record, word, reason and optional metric (a raw or a list)."""
    path = os.path.join(root, "docs", "audit", "reviewed.yaml")
    if yaml is None or not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        entries = (yaml.safe_load(f) or {}).get("reviewed") or []
    for e in entries:
        m = e.get("metric")
        e["metrics"] = None if m is None else ([m] if isinstance(m, str) else list(m))
        e["used"] = False
    return entries


def reviewed_by(entries, record_id, raw, problem):
    """The entry that marks this one problem (a finding's `word` inside it) of this record (and metric) as reviewed."""
    for e in entries:
        if e["record"] == record_id and e["word"] in problem and (e["metrics"] is None or raw in e["metrics"]):
            return e
    return None


def check(record_id, where, raw, source, kind, report, names, findings, counts, reviewed=(), is_metric=False):
    counts["figures"] += 1
    ranges = cited_ranges(source)
    if not ranges:
        findings.append((where, record_id, "no report lines cited", ""))
        counts["no_source"] += 1
        return
    text = "".join(WS.sub("", "".join(report[a - 1:b])) for a, b in ranges)
    needle = WS.sub("", raw or "")
    if not needle:
        findings.append((where, record_id, "empty raw", ""))
        counts["raw_missing"] += 1
        return
    sentence = sentence_around(text, needle)
    if sentence is None:
        findings.append((where, record_id, f"raw '{raw}' not within cited lines {source}", ""))
        counts["raw_missing"] += 1
        return
    counts["raw_found"] += 1
    problems = []
    for word, allowed in SCOPE_WORDS.items():
        if allowed is None or word not in sentence:
            continue
        # 占全省比重, 高于全省平均, 居全国第三, 全国首个: a comparison with a wider whole or a rank, not the figure's own scope
        if not any(not COMPARISON.search(sentence[max(0, m.start() - 3):m.end() + 3])
                   for m in re.finditer(word, sentence)):
            continue
        if kind not in allowed:
            problems.append(f"'{word}' but scope {kind}")
    places = sorted({zid.split("/")[0] for n, zid in names.items()
                     if re.search(re.escape(n) + ("片区" if "/" in zid else "(、|自贸|和|及)"), sentence)})
    if len(places) >= 2 and kind in ("zone", "sub-zone"):
        problems.append(f"names {len(places)} zones ({', '.join(places)}) but scope {kind}")
    # a city named as the subject just before the figure (深圳市人工智能核心产业规模达…) on a zone or sub-zone figure
    at = sentence.find(find_piece(needle))
    city = [m.group(0) for m in CITY.finditer(sentence[max(0, at - 40):at])]
    if city and kind in ("zone", "sub-zone"):
        problems.append(f"city '{city[-1]}' but scope {kind}")
    if problems:
        marks = [reviewed_by(reviewed, record_id, raw if is_metric else None, p) for p in problems]
        if all(marks):
            for e in marks:
                e["used"] = True
            counts["reviewed"] += 1
            counts["reviewed_lines"].append(f"{where}: {record_id}: reviewed: "
                                            + "; ".join(f"{p} — {e['reason']}" for p, e in zip(problems, marks)))
            return
        counts["scope_disagrees"] += 1
        findings.append((where, record_id, "; ".join(problems), sentence[:80]))


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--root", default=here)
    ap.add_argument("--report", default=None)
    args = ap.parse_args()
    report = load_report(args.report or os.path.join(args.root, "..", "shared", "seed", "ftz-report-2022.txt"))
    names = zone_names(args.root)
    reviewed = load_reviewed(args.root)
    findings, counts = [], dict(figures=0, raw_found=0, raw_missing=0, no_source=0, scope_disagrees=0, reviewed=0,
                                reviewed_lines=[])
    kinds = {}
    for path in sorted(glob.glob(os.path.join(args.root, "data", "statistics", "*.csv"))):
        rel = os.path.relpath(path, args.root)
        with open(path, encoding="utf-8", newline="") as f:
            for line_no, row in enumerate(csv.DictReader(f), start=2):
                kind = kind_of(row["zone"], row.get("scope", ""))
                kinds[kind] = kinds.get(kind, 0) + 1
                check(row["id"], f"{rel}:{line_no}", row["raw"], row["source"], kind, report, names, findings, counts,
                      reviewed)
    stats_count = counts["figures"]
    metric_count = linked = 0
    if yaml is not None:
        for path in sorted(glob.glob(os.path.join(args.root, "data", "innovations", "*.yaml"))):
            rel = os.path.relpath(path, args.root)
            with open(path, encoding="utf-8") as f:
                doc = yaml.safe_load(f)
            cases = doc.get("innovations", doc) if isinstance(doc, dict) else doc
            for case in cases or []:
                zones = case.get("zones") or []
                roots = sorted({z.split("/")[0] for z in zones})
                default = "sub-zone" if any("/" in z for z in zones) and len(roots) == 1 else (
                    "zone" if len(roots) == 1 else ("zones" if roots else "national"))
                for i, m in enumerate(case.get("metrics") or []):
                    metric_count += 1
                    if "statistic" in m:  # the metric is that statistic (one home per fact), audited with the statistics
                        linked += 1
                        continue
                    scope = m.get("scope")
                    kind = (scope.split(":", 1)[0] if isinstance(scope, str) else default)
                    check(case["id"], f"{rel}: {case['id']} metrics[{i}]", str(m.get("raw", "")),
                          m.get("source") or case.get("source", ""), kind, report, names, findings, counts,
                          reviewed, is_metric=True)
    for where, rid, problem, sentence in findings:
        # a short pointer into the cited lines, not the report's sentence (its sentences are not copied anywhere)
        print(f"{where}: {rid}: {problem}" + (f"  «{sentence[:24]}{'…' if len(sentence) > 24 else ''}»" if sentence else ""))
    for line in counts["reviewed_lines"]:
        print(line)
    stale = [e for e in reviewed if not e["used"]]
    for e in stale:
        print(f"docs/audit/reviewed.yaml: {e['record']}: stale review of '{e['word']}' (matches no finding)")
    print(f"-- {stats_count} statistics, {metric_count} case metrics ({linked} of them links to a statistic)"
          + ("" if yaml else " (PyYAML missing: case metrics not checked)"))
    print(f"-- raw found in cited lines: {counts['raw_found']}; raw not found: {counts['raw_missing']};"
          f" no lines cited: {counts['no_source']}; scope word disagrees: {counts['scope_disagrees']} open,"
          f" {counts['reviewed']} reviewed as false positives; stale reviews: {len(stale)}")
    print("-- statistics per scope kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    sys.exit(main())
