"""A small hand-written database for query, export, API and browser tests (no NLP model needed).

Four articles: two report the same Russia-USA meeting (linked as one event), one a French strike in Mali and a
protest in Paris, one carries a <script> tag in its text (the dashboard must show it as text).
"""

from __future__ import annotations

from newsgraph.records import Actor, Article, ArticleResult, Entity, Event, Mention, Place, Quote, Sentence
from newsgraph.store import Store

RUS = Actor(name="Vladimir Poutine", mention="Vladimir Poutine", country="RUS", sector="GOV", code="RUSGOV", id="Q7747")
USA = Actor(name="Donald Trump", mention="Donald Trump", country="USA", sector="GOV", code="USAGOV", id="Q22686")
FRA_MIL = Actor(name="armée française", mention="l'armée française", country="FRA", sector="MIL", code="FRAMIL", id="FRA_MIL")
MLI_REB = Actor(name="rebelles maliens", mention="des rebelles", country="MLI", sector="REB", code="MLIREB", id=None)
FRA_COP = Actor(name="police française", mention="la police", country="FRA", sector="COP", code="FRACOP", id="FRA_COP")
PROTEST = Actor(name="manifestants", mention="manifestants", country="FRA", sector="CVL", code="FRACVL", id=None)
GENEVE = Place(name="Genève", country="CHE", lat=46.2044, lon=6.1432, geonameid=2660646, feature="city")
GAO = Place(name="Gao", country="MLI", lat=16.2717, lon=-0.0447, geonameid=2457163, feature="city")
PARIS = Place(name="Paris", country="FRA", lat=48.8534, lon=2.3488, geonameid=2988507, feature="city")


def _span(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    i = text.index(needle, start)
    return i, i + len(needle)


def _event(text: str, sentence: str, trigger: str, cameo: str, source: Actor, target: Actor | None, *,
           quad: int, goldstein: float, date: str | None, place: Place | None, plover: str | None) -> Event:
    s0, s1 = _span(text, sentence)
    t0, t1 = _span(text, trigger, s0)
    return Event(sentence=sentence, sentence_start=s0, sentence_end=s1, trigger=trigger, trigger_start=t0,
                 trigger_end=t1, cameo=cameo, root=cameo[:2], source=source, target=target, plover=plover,
                 quad_class=quad, goldstein=goldstein, date=date, date_source="text", place=place,
                 confidence=0.8, rule="test")


def _mentions(text: str, pairs: list[tuple[str, Actor | None, str]]) -> list[Mention]:
    out = []
    for needle, actor, label in pairs:
        a, b = _span(text, needle)
        out.append(Mention(text=needle, start=a, end=b, label=label, actor=actor, rule="test"))
    return out


def _sentences(text: str) -> list[Sentence]:
    out, start = [], 0
    for i, part in enumerate(text.split("\n\n")):
        out.append(Sentence(index=i, start=start, end=start + len(part), text=part))
        start += len(part) + 2
    return out


def sample_results() -> list[ArticleResult]:
    t1 = ("Poutine et Trump se rencontrent à Genève\n\n"
          "Vladimir Poutine a rencontré Donald Trump à Genève le 16 juin 2021.\n\n"
          "« Nous avons eu une discussion constructive », a déclaré Vladimir Poutine.")
    t2 = ("Sommet de Genève\n\n"
          "Le président russe Vladimir Poutine s'est entretenu avec Donald Trump mercredi à Genève.\n\n"
          "Donald Trump a critiqué Vladimir Poutine le 20 juillet 2021 à propos de l'Ukraine.")
    t3 = ("Mali : frappe française près de Gao\n\n"
          "L'armée française a bombardé des positions des rebelles près de Gao le 3 mars 2021.\n\n"
          "À Paris, la police a dispersé des manifestants le 5 mars 2021.")
    t4 = ("Un article piégé <script>window.__pwned = 1</script>\n\n"
          "Le texte contient <b>du HTML</b> et <img src=x onerror=\"window.__pwned=2\"> Donald Trump a menacé la Chine le 1 avril 2021.")
    res = []
    a1 = Article(id="art-geneve-1", text=t1, title="Poutine et Trump se rencontrent à Genève", published="2021-06-16",
                 url="https://example.org/geneve-1", source="sample")
    res.append(ArticleResult(
        article=a1, sentences=_sentences(t1),
        entities=[Entity("Poutine", "PER", 0, 7), Entity("Trump", "PER", 11, 16), Entity("Genève", "LOC", *_span(t1, "Genève"))],
        mentions=_mentions(t1, [("Vladimir Poutine", RUS, "PER"), ("Donald Trump", USA, "PER")]),
        events=[_event(t1, "Vladimir Poutine a rencontré Donald Trump à Genève le 16 juin 2021.", "a rencontré", "042",
                       RUS, USA, quad=1, goldstein=1.9, date="2021-06-16", place=GENEVE, plover="CONSULT")],
        quotes=[Quote(text="Nous avons eu une discussion constructive", start=_span(t1, "Nous avons")[0],
                      end=_span(t1, "constructive")[1], cue="a déclaré", speaker=RUS)],
        places=[Place(**{**GENEVE.to_json(), "start": _span(t1, "Genève")[0], "end": _span(t1, "Genève")[1]})]))
    a2 = Article(id="art-geneve-2", text=t2, title="Sommet de Genève", published="2021-06-17", source="sample")
    res.append(ArticleResult(
        article=a2, sentences=_sentences(t2),
        entities=[Entity("Vladimir Poutine", "PER", *_span(t2, "Vladimir Poutine")), Entity("Genève", "LOC", *_span(t2, "Genève"))],
        mentions=_mentions(t2, [("Le président russe", RUS, "ROLE"), ("Donald Trump", USA, "PER")]),
        events=[_event(t2, "Le président russe Vladimir Poutine s'est entretenu avec Donald Trump mercredi à Genève.",
                       "s'est entretenu", "042", RUS, USA, quad=1, goldstein=1.9, date="2021-06-16", place=GENEVE,
                       plover="CONSULT"),
                _event(t2, "Donald Trump a critiqué Vladimir Poutine le 20 juillet 2021 à propos de l'Ukraine.",
                       "a critiqué", "111", USA, RUS, quad=3, goldstein=-2.0, date="2021-07-20", place=None,
                       plover="DISAPPROVE")]))
    a3 = Article(id="art-mali", text=t3, title="Mali : frappe française près de Gao", published="2021-03-04", source="sample")
    res.append(ArticleResult(
        article=a3, sentences=_sentences(t3),
        entities=[Entity("Gao", "LOC", *_span(t3, "Gao")), Entity("Paris", "LOC", *_span(t3, "Paris"))],
        mentions=_mentions(t3, [("L'armée française", FRA_MIL, "ORG"), ("la police", FRA_COP, "ORG")]),
        events=[_event(t3, "L'armée française a bombardé des positions des rebelles près de Gao le 3 mars 2021.",
                       "a bombardé", "195", FRA_MIL, MLI_REB, quad=4, goldstein=-10.0, date="2021-03-03", place=GAO,
                       plover="ASSAULT"),
                _event(t3, "À Paris, la police a dispersé des manifestants le 5 mars 2021.", "a dispersé", "1724",
                       FRA_COP, PROTEST, quad=4, goldstein=-9.5, date="2021-03-05", place=PARIS, plover="COERCE")]))
    a4 = Article(id="art-script", text=t4, title="Un article piégé <script>window.__pwned = 1</script>",
                 published="2021-04-01", source="sample", url="javascript:window.__pwned=3")
    res.append(ArticleResult(
        article=a4, sentences=_sentences(t4),
        entities=[Entity("Donald Trump", "PER", *_span(t4, "Donald Trump"))],
        mentions=_mentions(t4, [("Donald Trump", USA, "PER")]),
        events=[_event(t4, "Donald Trump a menacé la Chine le 1 avril 2021.", "a menacé", "130", USA,
                       Actor(name="Chine", mention="la Chine", country="CHN", sector="GOV", code="CHN", id="CHN"),
                       quad=3, goldstein=-4.4, date="2021-04-01", place=None, plover="THREATEN")]))
    return res


def build_sample_db(path: str) -> str:
    with Store(path) as st:
        for r in sample_results():
            st.write(r)
    return path
