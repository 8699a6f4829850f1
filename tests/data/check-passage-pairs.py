#!/usr/bin/env python3
"""Check tests/data/passage-pairs.json against the corpus it annotates.

Checks that the JSON loads and has at least 30 pairs with unique ids, a known
`kind` and a non-empty `note`; that every `find` is 8-50 characters long and
occurs exactly once in its file; that all targets of a pair lie in one file and
that this file differs from the query's file. Prints the number of pairs per
kind and per (query file, target file) and exits non-zero on any problem.

Usage: check-passage-pairs.py [CORPUS_DIR]
CORPUS_DIR defaults to ../shared/corpus/istanbul-2025 relative to the
repository root.
"""
import collections
import json
import pathlib
import sys

KINDS = {"number", "date", "transliteration", "paraphrase", "inflection",
         "contradiction", "shared-terms"}
here = pathlib.Path(__file__).resolve().parent
root = here.parents[1]
corpus = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else \
    root / "../shared/corpus/istanbul-2025"
data = json.loads((here / "passage-pairs.json").read_text(encoding="utf-8"))
pairs = data.get("pairs", [])
problems = []
texts = {}


def check(pid, passage):
    name, find = passage.get("file", ""), passage.get("find", "")
    if name not in texts:
        path = corpus / name
        texts[name] = path.read_text(encoding="utf-8") if path.is_file() else None
    if texts[name] is None:
        problems.append(f"{pid}: no file {name}")
    elif not 8 <= len(find) <= 50:
        problems.append(f"{pid}: find has {len(find)} characters: {find!r}")
    elif (n := texts[name].count(find)) != 1:
        problems.append(f"{pid}: {find!r} occurs {n} times in {name}")
    return name


ids = collections.Counter(p.get("id") for p in pairs)
problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
if len(pairs) < 30:
    problems.append(f"only {len(pairs)} pairs (need 30)")
kinds, files = collections.Counter(), collections.Counter()
for p in pairs:
    pid = p.get("id")
    qfile = check(pid, p.get("query", {}))
    tfiles = {check(pid, t) for t in p.get("targets", [])}
    if len(tfiles) != 1:
        problems.append(f"{pid}: targets must lie in exactly one file: {sorted(tfiles)}")
    elif qfile in tfiles:
        problems.append(f"{pid}: query and target in the same file")
    if p.get("kind") not in KINDS:
        problems.append(f"{pid}: unknown kind {p.get('kind')!r}")
    if not p.get("note", "").strip():
        problems.append(f"{pid}: empty note")
    kinds[p.get("kind")] += 1
    files[(qfile[:3], min(tfiles)[:3] if tfiles else "?")] += 1

print(f"{len(pairs)} pairs, {sum(len(p.get('targets', [])) for p in pairs)} targets")
for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], str(kv[0]))):
    print(f"  {k:15} {n}")
print("query file -> target file:")
for (q, t), n in sorted(files.items()):
    print(f"  {q} -> {t}  {n}")
for msg in problems:
    print("PROBLEM:", msg, file=sys.stderr)
sys.exit(1 if problems else 0)
