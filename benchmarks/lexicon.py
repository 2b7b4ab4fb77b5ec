"""Coverage of the French event lexicon over the CAMEO codebook: entries per root and per code.

    python benchmarks/lexicon.py [--lang fr] [--codes] [--missing]

Prints, per CAMEO root, the number of lexicon entries (by trigger part of speech), then with ``--codes`` the
count for every code of ``kb/cameo.tsv``. A code with no entry must have a reason: an
``{"kind": "uncoded", "code": ..., "reason": ...}`` line in its root's file (a code the text cannot express
apart from its children, or one reached through a chain from its complement); ``--missing`` lists the codes that have neither, and the script
exits 1 when there are any.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from newsgraph.events.codes import CodeTable
from newsgraph.events.lexicon import load_lexicon
from newsgraph.lang import LanguageData


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="fr")
    ap.add_argument("--codes", action="store_true", help="print the count of every code")
    ap.add_argument("--missing", action="store_true", help="list codes with no entry and no documented reason")
    args = ap.parse_args(argv)
    codes = CodeTable.load()
    lang = LanguageData(args.lang)
    lexicon = load_lexicon(lang, codes)
    uncoded = lexicon.uncoded
    per_code = Counter(e.cameo for e in lexicon.entries if e.cameo)
    per_root: dict[str, Counter] = {}
    for e in lexicon.entries:
        if e.cameo:
            per_root.setdefault(codes[e.cameo].root, Counter())[e.pos] += 1
    print(f"lexicon {args.lang}: {len(lexicon)} entries, {len(per_code)} of {len(codes)} codes have entries, "
          f"{len(uncoded)} documented as not coded from text")
    print("root  entries  VERB  NOUN   ADJ  codes covered")
    for root in codes.roots():
        c = per_root.get(root, Counter())
        in_root = [k for k in codes.codes() if codes[k].root == root]
        covered = sum(1 for k in in_root if per_code[k])
        print(f"  {root}  {sum(c.values()):7d} {c['VERB']:5d} {c['NOUN']:5d} {c['ADJ']:5d}  {covered}/{len(in_root)}")
    missing = [k for k in codes.codes() if not per_code[k] and k not in uncoded and k not in ("01", "010")]
    if args.codes:
        for k in codes.codes():
            why = f"  (not coded: {uncoded[k]})" if k in uncoded else ""
            print(f"{k:>5} {per_code[k]:4d}  {codes[k].name}{why}")
    if args.missing or missing:
        print(f"codes with no entry and no reason: {len(missing)}")
        if args.missing:
            for k in missing:
                print(f"{k:>5}  {codes[k].name}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
