#!/usr/bin/env python3
"""Writes src/test/resources/access/scenarios.csv: for every measure of the bundled lists, a case just inside its limit
and a case just outside, with the verdict an independent re-implementation of the list semantics expects (written in
Python, separately from the Java engine, so the scenario test compares two implementations). Re-run after a list changes:
    python3 tools/access-scenarios.py
"""
import csv, os, yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, 'data', 'negative-lists')
CODES = os.path.join(ROOT, '..', 'shared', 'reference', 'gbt4754-2017', 'codes.csv')
DECISIVE = set(yaml.safe_load(open(os.path.join(DATA, 'check-policy.yaml')))['decisive_rule_confidence'])

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

def verdict(measures, code, share, control, rep, activity=None):
    prohibited = unknown = unmet = False
    triggered = 0
    for m, r, partial in reached(measures, code):
        if activity and any(k in activity.lower() for e in m.get('exceptions') or [] for k in e.get('keywords') or []):
            continue
        kinds = r.get('kinds')
        if kinds is not None and len(kinds) == 0:
            continue
        decisive = kinds is not None and m['rule_confidence'] in DECISIVE
        if not decisive:
            unknown = True
            continue
        triggered += 1
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

rows = []
for list_id, location in (('national-2021', 'mainland'), ('ftz-2021', 'shanghai')):
    measures = yaml.safe_load(open(os.path.join(DATA, list_id + '.yaml'), encoding='utf-8'))['measures']
    for m in measures:
        for ri, r in enumerate(m['rules']):
            code = first_code(r)
            if code is None:
                continue
            kinds = r.get('kinds')
            p = r.get('parameters') or {}
            cases = []
            if kinds is None or m['rule_confidence'] not in DECISIVE:
                cases = [('inside', 0.1, True, 'chinese'), ('outside', 1.0, False, 'foreign')]
            elif 'prohibited' in kinds:
                sib = unreached_sibling(measures, code)
                cases = [('outside', 0.1, False, 'foreign')]
                if sib:
                    rows.append([list_id, m['seq'], ri, 'inside (neighbouring class)', location, sib, 0.1, 'false', 'foreign',
                                 verdict(measures, sib, 0.1, False, 'foreign')])
            elif len(kinds) == 0:
                cases = [('inside', 1.0, False, 'foreign'), ('outside', 1.0, False, 'foreign')]
            else:
                cap = p.get('max_foreign_share', 1 - p.get('min_chinese_share', 0)) if 'equity_cap' in kinds else None
                inside_share = round(cap, 2) if cap is not None else (0.99 if 'jv_only' in kinds else 0.3)
                outside_share = round(cap + 0.01, 2) if cap is not None else (1.0 if 'jv_only' in kinds else 0.3)
                control_needed = any(k in kinds for k in ('chinese_control', 'chinese_relative_control'))
                rep_needed = 'nationality_requirement' in kinds
                cases = [('inside', inside_share, control_needed, 'chinese' if rep_needed else 'foreign'),
                         ('outside', outside_share, False if control_needed else False, 'foreign' if rep_needed else 'foreign')]
                if control_needed and cap is None and 'jv_only' not in kinds:
                    cases[1] = ('outside', 0.3, False, 'foreign')
            for name, share, control, rep in cases:
                rows.append([list_id, m['seq'], ri, name, location, code, share, 'true' if control else 'false', rep,
                             verdict(measures, code, share, control, rep)])

out = os.path.join(ROOT, 'src', 'test', 'resources', 'access', 'scenarios.csv')
with open(out, 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['list', 'seq', 'rule', 'case', 'location', 'industry', 'foreign_share', 'chinese_control', 'legal_rep_nationality', 'expected'])
    w.writerows(rows)
print(len(rows), 'scenarios written to', out)
