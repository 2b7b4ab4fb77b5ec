"""Value accuracy of newsgraph's TIMEX normalisation on the French TimeBank.

    python3 benchmarks/timebank.py [PATH_TO_fr_timebank] [--errors] [--min 0.80]

For every TIMEX3 inside <TEXT> (the document creation time, <DCT>, is the anchor and is not counted) the
gold span is normalised by newsgraph's time grammar against the DCT, with the tense of its clause taken from
the spaCy parse, and the value compared with the gold value. Also reports, for the component's own detection
(adverbial expressions only), how many gold TIMEX3 it finds and with which value accuracy.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import spacy

from newsgraph.lang import LanguageData
from newsgraph.time.component import TimeAnnotator

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "fr_timebank"
_TAG = re.compile(r"<(/?)(\w+)([^>]*?)(/?)>")


def read_tml(path: Path) -> tuple[date, str, list[dict]]:
    raw = path.read_text("utf-8")
    dct = re.search(r'<DCT><TIMEX3[^>]*value="([^"]+)"', raw).group(1)
    body = raw[raw.index("<TEXT>") + 6: raw.index("</TEXT>")]
    out, spans, pos, open_timex = [], [], 0, None
    for m in _TAG.finditer(body):
        out.append(html.unescape(body[pos:m.start()]))
        pos = m.end()
        offset = sum(map(len, out))
        if m.group(2) == "TIMEX3" and not m.group(1):
            attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(3)))
            open_timex = {"start": offset, "value": attrs.get("value"), "type": attrs.get("type")}
        elif m.group(2) == "TIMEX3" and m.group(1) and open_timex:
            open_timex["end"] = offset
            spans.append(open_timex)
            open_timex = None
    out.append(html.unescape(body[pos:]))
    return date.fromisoformat(dct[:10]), "".join(out), spans


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--errors", action="store_true", help="print every wrong value")
    ap.add_argument("--model", default="fr_core_news_md")
    ap.add_argument("--min", type=float, default=None, metavar="ACC",
                    help="exit with status 1 when the value accuracy on gold spans is below ACC (a CI gate)")
    args = ap.parse_args(argv)
    files = sorted(Path(args.path, "Data").glob("*.tml"))
    if not files:
        print(f"no .tml files under {args.path}/Data", file=sys.stderr)
        return 2
    nlp = spacy.load(args.model)
    annot = TimeAnnotator(LanguageData("fr"))
    by_type, ok_type = Counter(), Counter()
    found = found_ok = 0
    for f in files:
        dct, text, gold = read_tml(f)
        doc = nlp(text)
        spans = annot.normalise_spans(doc, [(g["start"], g["end"]) for g in gold], dct)
        detected = {(t.start, t.end): t for t in annot.detect(doc, dct)}
        for g, t in zip(gold, spans):
            by_type[g["type"]] += 1
            good = t is not None and t.value == g["value"]
            ok_type[g["type"]] += good
            if args.errors and not good:
                ours = t.value if t else None
                print(f"{f.stem}\t{g['type']}\t{text[g['start']:g['end']]!r}\tgold={g['value']}\tours={ours}")
            hit = next((d for (s, e), d in detected.items() if s < g["end"] and g["start"] < e), None)
            if hit is not None:
                found += 1
                found_ok += hit.value == g["value"]
    total, ok = sum(by_type.values()), sum(ok_type.values())
    print(f"French TimeBank: {len(files)} documents, {total} TIMEX3 in text (+{len(files)} DCT anchors)")
    for ty in sorted(by_type):
        print(f"  {ty:9s} {ok_type[ty]:4d}/{by_type[ty]:<4d} {ok_type[ty] / by_type[ty]:.3f}")
    print(f"value accuracy (gold spans): {ok / total:.3f}")
    print(f"detection: {found}/{total} gold TIMEX3 overlapped by a detected expression; "
          f"value accuracy on those {found_ok / max(found, 1):.3f}")
    if args.min is not None and ok / total < args.min:
        print(f"value accuracy {ok / total:.3f} is below the minimum {args.min:.3f}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
