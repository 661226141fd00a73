#!/usr/bin/env python3
"""Check bench/wcxb.mjs against the split's own evaluate.py, page by page.

Usage: node bench/wcxb.mjs --corpus html --predictions /tmp/p.json --out /tmp/r.json
       python3 bench/wcxb-check.py /tmp/p.json /tmp/r.json

Scores every predicted page with evaluate.py's word_f1 and snippet_check (imported from the
file beside the data, not copied) and compares them with the JS port's per-page figures. Prints
the largest difference and exits 1 when any page differs by more than 1e-9.
"""
import importlib.util
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get('CHAFF_WCXB_DIR', ROOT.parent / 'shared' / 'bench' / 'wcxb-dev'))

spec = importlib.util.spec_from_file_location('evaluate', DATA / 'evaluate.py')
evaluate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(evaluate)

predictions = json.load(open(sys.argv[1]))
rows = {r['id']: r for r in json.load(open(sys.argv[2]))['rows']}
worst = (0.0, None)
for page_id, text in sorted(predictions.items()):
    data = json.load(open(DATA / 'ground-truth' / f'{page_id}.json'))
    gt = data.get('ground_truth', {}) or {}
    p, r, f1 = evaluate.word_f1(text, gt.get('main_content', '') or '')
    with_rate = evaluate.snippet_check(text, gt.get('with', []) or [])
    without_rate = evaluate.snippet_check(text, gt.get('without', []) or [])
    ours = rows[page_id]
    if ours['type'] != evaluate.get_page_type(data):
        print(f'{page_id}: page type {ours["type"]} vs {evaluate.get_page_type(data)}')
        sys.exit(1)
    for name, theirs in (('p', p), ('r', r), ('f1', f1), ('with', with_rate), ('without', without_rate)):
        diff = abs(ours[name] - theirs)
        if diff > worst[0]:
            worst = (diff, f'{page_id} {name}: {ours[name]} vs {theirs}')
print(f'{len(predictions)} pages checked against evaluate.py; largest difference {worst[0]:.2e}' + (f' ({worst[1]})' if worst[1] else ''))
sys.exit(1 if worst[0] > 1e-9 else 0)
