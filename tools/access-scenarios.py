#!/usr/bin/env python3
"""Writes src/test/resources/access/scenarios.csv: for every measure of the bundled lists, a case just inside its limit
and a case just outside, with the verdict an independent re-implementation of the list semantics expects (written in
Python, separately from the Java engine, so the scenario test compares two implementations). Re-run after a list changes:
    python3 tools/access-scenarios.py

Semantics (issue 11 §5): a rule that reaches only part of the industry code is conditional unless the activity names its
scope (a keyword): it never refuses, the verdict is permitted_with_conditions. Where a rule covers only part of its code
and has keywords, the table also asks with the rule's first keyword as the activity, so the boundary is still tested.
An FTZ measure whose own rule is not verified decides ('derived') when its national counterparts have sourced text and a
deciding rule and no sourced difference (lists.yaml derived_from) touches them. Each list is asked on a date it is in
force; national-2024 is national-2021 less the measures lists.yaml edition_of removes, renumbered.
"""
import csv, os, yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, 'data', 'negative-lists')
CODES = os.path.join(ROOT, '..', 'shared', 'reference', 'gbt4754-2017', 'codes.csv')
DECISIVE = set(yaml.safe_load(open(os.path.join(DATA, 'check-policy.yaml')))['decisive_rule_confidence'])
LISTS = {l['id']: l for l in yaml.safe_load(open(os.path.join(DATA, 'lists.yaml'), encoding='utf-8'))['lists']}

parent, section_of, level = {}, {}, {}
for row in csv.DictReader(open(CODES, encoding='utf-8')):
    parent[row['code']] = row['parent_code'] or None
    level[row['code']] = row['level']

def ancestors(code):
    out = []
    while code:
        out.append(code)
        code = parent.get(code)
    return out

classes = [c for c in level if level[c] == 'class']

def reached(measures, code):
    """(measure, rule, partial) for every rule reaching the code."""
    out = []
    anc = set(ancestors(code))
    for m in measures:
        for r in m['rules']:
            hit = None
            for i in r.get('industries') or []:
                if i['code'] in anc:
                    p = i['coverage'] == 'partial'
                    hit = p if hit is None else (hit and p)
                elif code in ancestors(i['code']) and code != i['code']:
                    hit = True if hit is None else hit
            if hit is not None:
                out.append((m, r, hit))
    return out

def derived_ok(list_id, m, national):
    d = LISTS[list_id].get('derived_from')
    if not d or m['rule_confidence'] in DECISIVE or any(r.get('kinds') is None for r in m['rules']):
        return False
    cps = m.get('national_counterpart')
    cps = [] if cps is None else cps if isinstance(cps, list) else [cps]
    if not cps:
        return False
    for c in cps:
        n = national.get(c)
        if n is None or n.get('text_zh') is None or n['rule_confidence'] not in DECISIVE or c in d['sourced_differences']:
            return False
    return True

def verdict(list_id, measures, code, share, control, rep, activity=None, national=None):
    prohibited = unknown = unmet = False
    triggered = 0
    act = activity.lower() if activity else None
    hits = {}
    for m, r, partial in reached(measures, code):
        hits[id(r)] = (m, r, partial, False)
    if act:
        for m in measures:
            for r in m['rules']:
                if any(k.lower() in act for k in r.get('keywords') or []):
                    hits[id(r)] = (m, r, False, True)
    for m, r, partial, named in hits.values():
        if partial and act and (r.get('keywords') or []) and not named:
            continue
        if act and any(k.lower() in act for e in m.get('exceptions') or [] for k in e.get('keywords') or []):
            continue
        kinds = r.get('kinds')
        if kinds is not None and len(kinds) == 0:
            continue
        decisive = kinds is not None and (m['rule_confidence'] in DECISIVE or derived_ok(list_id, m, national or {}))
        if not decisive:
            unknown = True
            continue
        triggered += 1
        if partial and not named:
            continue  # conditional: binds only if the activity falls in the rule's scope
        p = r.get('parameters') or {}
        for k in kinds:
            if k == 'prohibited':
                prohibited = True
            elif k == 'equity_cap':
                cap = p.get('max_foreign_share', 1 - p.get('min_chinese_share', 0))
                unmet |= share > cap + 1e-9
            elif k in ('chinese_control', 'chinese_relative_control'):
                unmet |= not control
            elif k == 'jv_only':
                unmet |= share >= 1
            elif k == 'nationality_requirement':
                unmet |= rep != 'chinese'
    if prohibited:
        return 'prohibited'
    if unknown:
        return 'unknown'
    if unmet:
        return 'requires_changes'
    return 'permitted_with_conditions' if triggered else 'permitted'

def first_code(rule):
    ind = rule.get('industries') or []
    full = [i['code'] for i in ind if i['coverage'] == 'full']
    return (full or [i['code'] for i in ind] or [None])[0]

def unreached_sibling(measures, code):
    """The nearest class that no rule reaches (same group, then division, then section): the boundary on the open side."""
    for scope in ancestors(parent.get(code) if level.get(code) == 'class' else code):
        for c in classes:
            if scope in ancestors(c) and not reached(measures, c):
                return c
    return None

def load(list_id):
    l = LISTS[list_id]
    if l.get('edition_of'):
        base = load(l['edition_of']['list'])
        kept = [m for m in base if m['seq'] not in l['edition_of']['removed']]
        return [dict(m, seq=i + 1) for i, m in enumerate(kept)]
    return yaml.safe_load(open(os.path.join(DATA, list_id + '.yaml'), encoding='utf-8'))['measures']

rows = []
for list_id, location, date in (('national-2021', 'mainland', '2023-06-01'), ('ftz-2021', 'shanghai', '2023-06-01'),
                                ('national-2024', 'mainland', '2025-06-01'), ('ftz-2021', 'hainan', '2025-06-01')):
    measures = load(list_id)
    d = LISTS[list_id].get('derived_from')
    national = {m['seq']: m for m in load(d['list'])} if d else {}
    def v(code, share, control, rep, activity=None):
        return verdict(list_id, measures, code, share, control, rep, activity, national)
    for m in measures:
        for ri, r in enumerate(m['rules']):
            code = first_code(r)
            if code is None:
                continue
            kinds = r.get('kinds')
            p = r.get('parameters') or {}
            decisive = kinds is not None and (m['rule_confidence'] in DECISIVE or derived_ok(list_id, m, national))
            only_partial = all(i['coverage'] == 'partial' for i in r.get('industries') or [])
            activity = (r.get('keywords') or [None])[0] if only_partial else None
            cases = []
            if not decisive:
                cases = [('inside', 0.1, True, 'chinese'), ('outside', 1.0, False, 'foreign')]
            elif 'prohibited' in kinds:
                sib = unreached_sibling(measures, code)
                cases = [('outside', 0.1, False, 'foreign')]
                if sib:
                    rows.append([list_id, m['seq'], ri, 'inside (neighbouring class)', location, sib, 0.1, 'false', 'foreign', '',
                                 date, v(sib, 0.1, False, 'foreign')])
            elif len(kinds) == 0:
                cases = [('inside', 1.0, False, 'foreign'), ('outside', 1.0, False, 'foreign')]
            else:
                cap = p.get('max_foreign_share', 1 - p.get('min_chinese_share', 0)) if 'equity_cap' in kinds else None
                inside_share = round(cap, 2) if cap is not None else (0.99 if 'jv_only' in kinds else 0.3)
                outside_share = round(cap + 0.01, 2) if cap is not None else (1.0 if 'jv_only' in kinds else 0.3)
                control_needed = any(k in kinds for k in ('chinese_control', 'chinese_relative_control'))
                rep_needed = 'nationality_requirement' in kinds
                cases = [('inside', inside_share, control_needed, 'chinese' if rep_needed else 'foreign'),
                         ('outside', outside_share, False, 'foreign')]
                if control_needed and cap is None and 'jv_only' not in kinds:
                    cases[1] = ('outside', 0.3, False, 'foreign')
            for name, share, control, rep in cases:
                rows.append([list_id, m['seq'], ri, name, location, code, share, 'true' if control else 'false', rep, '', date,
                             v(code, share, control, rep)])
                if activity and decisive:
                    rows.append([list_id, m['seq'], ri, name + ' (activity names the scope)', location, code, share,
                                 'true' if control else 'false', rep, activity, date, v(code, share, control, rep, activity)])

out = os.path.join(ROOT, 'src', 'test', 'resources', 'access', 'scenarios.csv')
with open(out, 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['list', 'seq', 'rule', 'case', 'location', 'industry', 'foreign_share', 'chinese_control', 'legal_rep_nationality',
                'activity', 'date', 'expected'])
    w.writerows(rows)
print(len(rows), 'scenarios written to', out)
