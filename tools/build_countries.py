"""Build newsgraph/kb/countries.jsonl from CLDR names (babel), the NGEC country list (ISO codes, English
demonyms; ../shared/reference/ngec/countries.csv) and the hand-written table tools/countries_table.psv
(French adjective, capitals, extra names), plus the seats of power and combining forms below.

    python tools/build_countries.py        # rewrites newsgraph/kb/countries.jsonl
"""
import csv, json, unicodedata
from pathlib import Path
from babel import Locale

ROOT = Path(__file__).resolve().parent.parent
REF = ROOT.parent / "shared" / "reference" / "ngec" / "countries.csv"
TABLE = ROOT / "tools" / "countries_table.psv"
OUT = ROOT / "newsgraph" / "kb" / "countries.jsonl"
fr_t = Locale("fr").territories; en_t = Locale("en").territories
iso2 = {}; en_dem = {}; csv_name = {}
for row in csv.DictReader(open(REF, encoding="utf-8")):
    c3 = row["CCA3"]
    if len(c3) == 3 and row["CCA2"] and c3 not in ("EUR", "UNO"):
        iso2[c3] = row["CCA2"]; csv_name[c3] = row["Name"].split(" [")[0]
        en_dem[c3] = [x.strip() for x in row["Nationality"].split(",") if x.strip()]
EXTRA2 = {"SSD": "SS", "ESH": "EH", "PRI": "PR", "GRL": "GL", "NCL": "NC", "PYF": "PF", "GUF": "GF", "GLP": "GP",
          "MTQ": "MQ", "REU": "RE", "MYT": "YT", "MAC": "MO", "FLK": "FK", "GIB": "GI", "BMU": "BM"}
TERRITORY = {"HKG": "CHN", "MAC": "CHN", "ESH": None, "PRI": "USA", "GRL": "DNK", "NCL": "FRA", "PYF": "FRA",
             "GUF": "FRA", "GLP": "FRA", "MTQ": "FRA", "REU": "FRA", "MYT": "FRA", "FLK": "GBR", "GIB": "GBR",
             "PSE": None, "TWN": None, "XKX": None, "BMU": "GBR"}
# overseas departments and regions of France: part of France itself, whose people and authorities are French
# (the actors' country is the parent's; the ISO code stays in the row)
DEPARTMENTS = {"GUF", "GLP", "MTQ", "REU", "MYT"}
AMBIGUOUS = {"Grenade", "Hollande", "Maurice", "Amérique", "Saint-Denis", "Victoria", "Kingston", "Georgetown",
             "Saint-Georges", "Basse-Terre", "Congo - Kinshasa", "Congo - Brazzaville", "Salvador", "Jersey",
             "Myanmar (Birmanie)", "Myanmar (Burma)", "Guyane française", "Hong Kong SAR China", "Macao SAR China",
             "R.A.S. chinoise de Hong Kong", "R.A.S. chinoise de Macao", "Palestinian Territories", "Territoires palestiniens"}
SKIP_ADJ = {("COG", "congolais")}
EXTRA_ADJ = {"GBR": ["anglais", "anglaise", "anglaises", "écossais", "écossaise", "écossaises", "gallois", "galloise", "galloises"],
             "CHE": ["suissesse", "suissesses"], "CAN": ["québécois", "québécoise", "québécoises"],
             "BEL": ["flamand", "flamande", "flamands", "flamandes", "wallon", "wallonne", "wallons", "wallonnes"],
             # second forms the French press uses beside the table's adjective
             "QAT": ["qatarien", "qatarienne", "qatariens", "qatariennes"],
             "ARE": ["émirati", "émiratie", "émiratis", "émiraties"],
             "BFA": ["burkinabé", "burkinabée", "burkinabés", "burkinabées"],
             "AZE": ["azéri", "azérie", "azéris", "azéries"],
             "BHR": ["bahreïnien", "bahreïnienne", "bahreïniens", "bahreïniennes"],
             "KEN": ["kenyan", "kenyane", "kenyans", "kenyanes"]}

def strip(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

def inflect(masc, fem=None):
    if fem is None:
        if masc.endswith("e"): fem = masc
        elif masc.endswith(("ien", "éen")): fem = masc + "ne"
        elif masc.endswith("on") and masc not in ("mongol",): fem = masc + "ne"
        else: fem = masc + "e"
    mp = masc if masc.endswith(("s", "x")) else masc + "s"
    fp = fem + "s"
    return [masc, fem, mp, fp]

def uniq(xs):
    out = []
    for x in xs:
        x = x.strip().replace("’", "'")
        if x and x not in out and x not in AMBIGUOUS:
            out.append(x)
    return out

COMBINING = {"TUR": ["turco", "turquo"], "FRA": ["franco"], "DEU": ["germano"], "RUS": ["russo"], "USA": ["américano"],
  "ISR": ["israélo"], "SYR": ["syro"], "IRQ": ["irako"], "CHN": ["sino"], "GBR": ["anglo", "britannico"], "ITA": ["italo"],
  "ESP": ["hispano"], "IND": ["indo"], "PAK": ["pakistano"], "SAU": ["saoudo"], "EGY": ["égypto"], "IRN": ["irano"],
  "GRC": ["gréco"], "JPN": ["nippo"], "BEL": ["belgo"], "CHE": ["helvéto"], "AUT": ["austro"], "POL": ["polono"],
  "UKR": ["ukraino"], "PSE": ["palestino"], "LBN": ["libano"], "MAR": ["maroco"], "DZA": ["algéro"], "TUN": ["tuniso"],
  "AFG": ["afghano"], "KOR": ["coréano"], "CAN": ["canado"], "MEX": ["mexicano"], "BRA": ["brésilo"], "ARG": ["argentino"]}
SEATS = {
 "RUS": [("GOV", ["Kremlin"], ["Kremlin"]), ("LEG", ["Douma"], ["Duma"]), ("MIL", ["Etat-major russe"], [])],
 "USA": [("GOV", ["Maison Blanche", "Maison-Blanche", "Département d'État", "département d'État", "Departement d'Etat"], ["White House", "State Department"]),
         ("MIL", ["Pentagone"], ["Pentagon"]), ("LEG", ["Capitole", "Congrès américain"], ["Capitol Hill", "Congress"])],
 "FRA": [("GOV", ["Élysée", "palais de l'Élysée", "Matignon", "Quai d'Orsay", "Bercy", "Place Beauvau", "Beauvau"], []),
         ("LEG", ["Palais-Bourbon", "Palais Bourbon"], [])],
 "GBR": [("GOV", ["Downing Street", "10 Downing Street", "Foreign Office", "Whitehall"], ["Downing Street", "Foreign Office", "Whitehall"]),
         ("LEG", ["Westminster", "Chambre des communes", "Chambre des lords"], ["House of Commons", "House of Lords"])],
 "DEU": [("LEG", ["Bundestag"], ["Bundestag"])],
 "ISR": [("LEG", ["Knesset"], ["Knesset"])],
 "ITA": [("GOV", ["Palais Chigi", "Palazzo Chigi", "Farnesina", "Quirinal"], ["Palazzo Chigi"])],
 "ESP": [("GOV", ["Moncloa", "palais de la Moncloa"], ["Moncloa"])],
 "KOR": [("GOV", ["Maison Bleue"], ["Blue House"])],
 "CHN": [("GOV", ["Zhongnanhai"], ["Zhongnanhai"])],
 "UKR": [("LEG", ["Rada", "Verkhovna Rada"], ["Verkhovna Rada"])],
 "TUR": [("GOV", ["palais présidentiel turc"], [])],
 "VAT": [("REL", ["Vatican", "Saint-Siège"], ["Holy See"])],
}

rows = []
for line in open(TABLE, encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    c3, adj, caps, xfr, xen = [p.strip() for p in line.rstrip("\n").split("|")]
    c2 = iso2.get(c3) or EXTRA2.get(c3)
    masc, _, fem = adj.partition("/")
    adjs = (EXTRA_ADJ.get(c3, []) and None) or ([] if (c3, masc) in SKIP_ADJ or not masc else uniq(inflect(masc, fem or None)))
    adjs = uniq(adjs + EXTRA_ADJ.get(c3, []))
    fr_names = uniq(([fr_t[c2]] if c2 in fr_t else []) + xfr.split(","))
    en_names = uniq(([en_t[c2]] if c2 in en_t else []) + ([csv_name[c3]] if c3 in csv_name else []) + xen.split(","))
    fr_names = uniq(fr_names + [strip(n) for n in fr_names])
    caps_l = uniq(caps.split(","))
    caps_l = uniq(caps_l + [strip(n) for n in caps_l])
    en_adj = uniq([d for d in en_dem.get(c3, []) if " " not in d and d.isalpha()])
    seats = [{"sector": s, "names": {"fr": uniq(f), "en": uniq(e)}} for s, f, e in SEATS.get(c3, [])]
    rows.append({"id": c3, "iso3": c3, "iso2": c2, "kind": "department" if c3 in DEPARTMENTS else "territory" if c3 in TERRITORY else "country",
                 "parent": TERRITORY.get(c3), "wikidata": None,
                 "names": {"fr": fr_names, "en": en_names},
                 "adjectives": {"fr": adjs, "en": en_adj}, "combining": COMBINING.get(c3, []),
                 "capitals": caps_l, "seats": seats})
with open(OUT, "w", encoding="utf-8") as f:
    f.write(json.dumps({"_format": "newsgraph-countries", "version": 1, "sources": "names: Unicode CLDR via babel; ISO codes and English demonyms: NGEC countries.csv (shared/reference); French adjectives, capitals, seats of power: written for newsgraph"}, ensure_ascii=False) + "\n")
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"{len(rows)} countries and territories written to {OUT}")
