"""Reading argument frames off the dependency parse (Universal Dependencies labels of fr_core_news_*).

Small pure functions over spaCy tokens: which tokens fill the slots a lexicon entry names (``subj``, ``obj``,
``iobj``, ``agent``, ``amod``, ``support``, ``prep:<preposition>``), with voice, coordination, relative
clauses and control (the subject of an infinitive is its governor's) taken into account.
"""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from ..actors.lookup import relative_antecedent

CLAUSE_BOUNDARY = frozenset({"nsubj", "nsubj:pass", "csubj", "acl:relcl", "advcl", "ccomp", "parataxis", "punct",
                             "cc", "conj", "obl:agent", "appos", "dislocated", "vocative", "reparandum"})
SUBJ_DEPS = ("nsubj", "nsubj:pass", "csubj")
OBL_DEPS = ("obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "iobj")
CONTROL_DEPS = ("xcomp", "advcl", "ccomp")
REFLEXIVES = frozenset({"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"})
OBJECT_CLITICS = frozenset({"le", "la", "l'", "l’", "les"})
# subject pronouns that stand for a participant named elsewhere ("il a tiré", "ce serait le même qui a tiré")
PERSONAL_SUBJECTS = frozenset({"il", "elle", "ils", "elles", "ce", "c'", "c’", "celui-ci", "celle-ci", "ceux-ci", "celles-ci"})
# contracted prepositions + article, whatever lemma the model gives them
CONTRACTED = {"au": "à", "aux": "à", "du": "de", "des": "de"}
MISLEMMATISED_PREPOSITIONS = frozenset({"entrer", "durer"})
CLOSING_QUOTES = frozenset({"»", '"', "”"})
# prepositions the model sometimes tags as a verb or adverb heading their noun ("envers le système": obj of "envers")
MISPARSED_PREPOSITIONS = frozenset({"envers", "contre", "vers", "auprès"})
MISPARSED_PREPOSITION_POS = frozenset({"VERB", "ADV", "NOUN", "ADJ"})
INCISE_PUNCT = CLOSING_QUOTES | {","}
# quantity nouns heading the phrase that names the participants ("des milliers de Sud-Coréens")
QUANTITY_NOUNS = frozenset({"dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine",
                            "soixantaine", "centaine", "millier", "million", "milliard", "foule", "multitude",
                            "poignée", "nombre", "majorité", "plupart", "partie", "groupe", "cortège", "masse"})
# verbs conjugated with "être" in the active voice ("sont descendus dans la rue", "est entré en guerre"):
# the parser labels their subject nsubj:pass and their auxiliary aux:pass
ETRE_VERBS = frozenset({"aller", "venir", "revenir", "arriver", "partir", "repartir", "entrer", "rentrer", "sortir",
                        "descendre", "monter", "tomber", "retomber", "rester", "retourner", "parvenir", "devenir",
                        "intervenir", "accourir", "mourir", "décéder", "naître"})
RELATIVE_PRONOUNS = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})
# a noun object/oblique reaches its governing verb through these labels
NOUN_UP_DEPS = ("obj", "obl", "obl:arg", "obl:mod", "nsubj:pass", "nmod", "xcomp", "iobj")


def lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def word_in(tok: Token, words: frozenset[str]) -> bool:
    """The token is one of ``words`` by its lemma or its form, singular or plural: the tagger lemmatises some nouns
    as verbs ("l'offre" -> offrir) or leaves plurals ("prostituées")."""
    return lemma(tok) in words or tok.lower_ in words or tok.lower_.rstrip("sx") in words


def aux_children(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_.startswith("aux") or c.dep_ == "cop"]


def clause_children(tok: Token) -> Iterator[Token]:
    """Children of the predicate and of its auxiliaries (clitics sometimes hang on the auxiliary)."""
    yield from tok.children
    for a in aux_children(tok):
        yield from a.children


def is_reflexive(tok: Token) -> bool:
    for c in clause_children(tok):
        if c.lower_ in REFLEXIVES and c.pos_ == "PRON" and (c.dep_.startswith("expl") or c.dep_ in ("obj", "iobj")):
            return True
        if c.lower_ in REFLEXIVES and c.pos_ == "PRON" and c.dep_ == "mark" and c.i < tok.i and \
                c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ not in ("il", "ils"):
            return True                    # "s'y étaient rassemblés": the clitic labelled as a marker
    # "se sont dits prêts": the clitic may attach to the auxiliary-like verb heading the adjective
    head = tok.head
    if tok.dep_ in ("xcomp", "acl") and head.i != tok.i:
        return any(c.lower_ in REFLEXIVES and c.pos_ == "PRON" for c in head.children if c.i < tok.i)
    return False


def er_infinitive(tok: Token) -> str | None:
    """The -er infinitive of a past participle form ("entrées" -> "entrer"), whatever the tagger's lemma."""
    form = tok.lower_
    for end in ("ées", "és", "ée", "é"):
        if form.endswith(end) and len(form) > len(end) + 2:
            return form[: -len(end)] + "er"
    return None


def is_passive(tok: Token) -> bool:
    if (lemma(tok) in ETRE_VERBS or er_infinitive(tok) in ETRE_VERBS) and \
            not any(c.dep_ == "obl:agent" for c in tok.children):
        return False                       # "les forces sont entrées dans Mossoul" (tagged as the noun "entrée")
    if any(c.lower_ in ("se", "s'", "s’") and c.pos_ == "PRON" and c.i < tok.i and
           (c.dep_.startswith("expl") or c.dep_ in ("obj", "iobj")) for c in tok.children) and \
            not any(c.dep_ == "obl:agent" for c in tok.children):
        return False                       # "s'en est pris à", "s'est rendu": a pronominal verb's compound tense
    if _personal_pronominal(tok):
        return False                       # "nous nous sommes arrêtés", "je me suis rendu"
    if any(c.dep_ == "aux:pass" for c in tok.children):
        return True
    if any(c.dep_ == "nsubj:pass" for c in tok.children) and any(c.dep_ == "obl:agent" for c in tok.children):
        return True
    return is_participle_modifier(tok)


# a first- or second-person reflexive clitic and the subjects it agrees with ("nous nous", "je me", "vous vous")
_PERSONAL_REFLEXIVES = {"me": ("je", "j'", "j’"), "m'": ("je", "j'", "j’"), "m’": ("je", "j'", "j’"),
                        "te": ("tu",), "t'": ("tu",), "t’": ("tu",), "nous": ("nous",), "vous": ("vous",)}


def _personal_pronominal(tok: Token) -> bool:
    subjects = {c.lower_ for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")}
    return any(c.pos_ == "PRON" and c.i < tok.i and (c.dep_.startswith("expl") or c.dep_ in ("obj", "iobj"))
               and subjects & set(_PERSONAL_REFLEXIVES.get(c.lower_, ())) for c in tok.children)


def is_participle_modifier(tok: Token) -> bool:
    """An adjectival past participle on a noun: "les sanctions imposées par X", "des soldats appréhendés"."""
    morph = str(tok.morph)
    return (tok.dep_ == "acl" and "VerbForm=Part" in morph and "Tense=Pres" not in morph
            and not any(c.dep_.startswith("aux") for c in tok.children))


ADVERBIAL_MARKS = frozenset({"avant", "après", "pour", "sans", "afin"})


def is_gerund(tok: Token) -> bool:
    """"En rejetant", "tout en affirmant": a present participle after "en", whose subject is its clause's."""
    return tok.lower_.endswith("ant") and any(c.lower_ == "en" and c.i < tok.i and c.dep_ in ("mark", "case", "advmod")
                                            for c in tok.children)


def is_present_participle(tok: Token) -> bool:
    """"tuant", "faisant": a present participle (the tagger's morphology, or the -ant form of a verb)."""
    morph = str(tok.morph)
    return ("VerbForm=Part" in morph and "Tense=Pres" in morph) or (tok.pos_ == "VERB" and tok.lower_.endswith("ant"))


def is_adverbial_clause(tok: Token) -> bool:
    """A gerund, or an infinitive after "pour", "avant de", "après", "sans", "afin de" ("pour protester",
    "avant d'être abattus"): a clause whose subject is that of the clause it modifies."""
    if is_gerund(tok):
        return True
    verb_forms = [str(t.morph) for t in [tok, *aux_children(tok)]]
    infinitive = any("VerbForm=Inf" in m for m in verb_forms) or tok.lower_.endswith(("er", "ir", "re"))
    return infinitive and any(lemma(c) in ADVERBIAL_MARKS and c.i < tok.i and c.dep_ in ("mark", "case")
                              for c in tok.children)


def clause_subjects(pred: Token, depth: int = 0) -> list[Token] | None:
    """The subject of the clause an adverbial clause the parser hung on a noun modifies ("a démenti toute
    implication en rejetant", "ont poignardé des passants avant d'être abattus"); None when it is not one."""
    if not is_adverbial_clause(pred) or pred.head.i == pred.i:
        return None
    if pred.dep_ == "advcl" and pred.head.pos_ in ("VERB", "AUX"):
        verb = pred.head                   # "ont poignardé des passants avant d'être abattus"
    elif pred.dep_.startswith("acl"):
        verb = governing_verb(pred.head)
    else:
        return None
    if verb is None:
        return None
    # "l'homme, après avoir pris des otages, a été tué par la police": the grammatical subject, not the agent
    return passive_subjects(verb) if is_passive(verb) else subjects(verb, depth + 1)


FOREIGN_ADJECTIVES = frozenset({"étranger", "international"})


def foreign(tok: Token) -> bool:
    """"les dirigeants étrangers", "les forces internationales": people of no country the context gives."""
    return any(c.dep_ == "amod" and lemma(c) in FOREIGN_ADJECTIVES for c in tok.children)


def descendants(tok: Token, depth: int = 2) -> Iterator[Token]:
    frontier = [tok]
    for _ in range(depth):
        nxt = []
        for t in frontier:
            for c in t.children:
                nxt.append(c)
                yield c
        frontier = nxt


def case_lemma(tok: Token) -> str | None:
    """The preposition introducing a nominal ("avec" in "avec Moscou"); "à" for "au"/"aux"."""
    for c in tok.children:
        if c.dep_ in ("case", "mark") and c.i < tok.i:
            if c.pos_ == "ADP" and lemma(c) in MISLEMMATISED_PREPOSITIONS:
                return c.lower_            # the model lemmatises "entre" as "entrer", "durant" as "durer"
            return CONTRACTED.get(c.lower_, lemma(c))
    return None


def through_quantity(tok: Token) -> Token:
    """The noun a chain of quantity nouns counts: "des centaines de milliers de manifestants" -> "manifestants"."""
    for _ in range(3):
        if lemma(tok) not in QUANTITY_NOUNS:
            break
        nxt = next((c for c in tok.children if c.dep_ == "nmod" and case_lemma(c) == "de" and c.i > tok.i), None)
        if nxt is None:
            break
        tok = nxt
    return tok


def expand(tok: Token) -> list[Token]:
    """A token and the tokens coordinated with it ("Moscou et Washington"), including the members of a comma
    list ending in "et" that the parser hung elsewhere (``list_members``)."""
    out = [tok]
    for c in [*list_members(tok), *tok.conjuncts]:
        if c.i > tok.i and c.pos_ in ("NOUN", "PROPN", "PRON") and c not in out:
            out.append(c)
        for d in c.conjuncts if c.i > tok.i else ():
            if d.i > tok.i and d.pos_ in ("NOUN", "PROPN", "PRON") and d not in out:
                out.append(d)
    first = list_head(tok)
    return [first, *out] if first is not None else out


def _closes_with_et(tok: Token) -> bool:
    """The token has a conjunct introduced by "et" ("l'Arabie saoudite et les Émirats")."""
    return any(c.i > tok.i and any(k.dep_ == "cc" and k.lower_ == "et" for k in c.children) for c in tok.conjuncts)


def _after_comma(tok: Token) -> bool:
    first = min([tok, *[c for c in tok.children if c.dep_ == "det" and c.i < tok.i]], key=lambda t: t.i)
    return first.i > 0 and tok.doc[first.i - 1].text == ","


def list_members(tok: Token) -> list[Token]:
    """"L'Égypte, l'Arabie saoudite et les Émirats": the parser makes the second name a complement of the first
    (no preposition, after a comma) and the third its conjunct; such a complement is a member of the list."""
    return [c for c in tok.children if c.dep_ in ("nmod", "appos") and c.i > tok.i and c.pos_ in ("PROPN", "NOUN")
            and not any(k.dep_ == "case" for k in c.children) and _after_comma(c) and _closes_with_et(c)]


def list_head(tok: Token) -> Token | None:
    """"Paris, Berlin et Londres ont condamné": a name opening the sentence, cut off by a comma from the
    subject it is listed with (the parser makes it a root of its own)."""
    if not _closes_with_et(tok) or not _after_comma(tok) or tok.dep_ not in ("nsubj", "nsubj:pass"):
        return None
    left = min([tok, *[c for c in tok.children if c.dep_ == "det" and c.i < tok.i]], key=lambda t: t.i)
    prev = tok.doc[left.i - 2] if left.i >= 2 else None
    while prev is not None and prev.dep_ in ("amod", "flat:name", "flat") and prev.head.i < prev.i:
        prev = prev.head                   # "L'Arabie saoudite, les Émirats...": the name, not its adjective
    if prev is None or prev.dep_ != "ROOT" or prev.head.i != prev.i or prev.pos_ not in ("PROPN", "NOUN"):
        return None
    start = min(t.i for t in prev.subtree)
    # nothing else after the name but its adjectives and, when the parser hung the verb on it, that clause
    rest = [c for c in prev.children if c.i > prev.i and c.dep_ not in ("amod", "flat:name", "flat", "punct", "acl",
                                                                          "acl:relcl")]
    return prev if start == prev.sent.start and not rest else None


def subjects(pred: Token, depth: int = 0) -> list[Token]:
    """Grammatical subject(s) of a predicate in the active voice, inherited through control and coordination."""
    if depth > 4:
        return []
    subs = [c for c in clause_children(pred) if c.dep_ in ("nsubj", "csubj")]
    if not subs and not is_passive(pred):
        subs = [c for c in clause_children(pred) if c.dep_ == "nsubj:pass"]   # mislabelled active subject
    if not subs and (inherited := clause_subjects(pred, depth)) is not None:
        return inherited                   # "a démenti toute implication en rejetant la faute sur X"
    if not subs and pred.dep_ == "acl" and pred.head.i != pred.i:
        return expand(pred.head)           # "les forces, après avoir repris l'aéroport": the noun acts
    if not subs and _headline_verb(pred):
        return expand(pred.head)           # "La Chine intercepte un avion": the parser hung the verb on its subject
    if subs:
        s = subs[0]
        if lemma(s) in RELATIVE_PRONOUNS and pred.dep_.startswith("acl") and pred.head.i != pred.i:
            return expand(relative_antecedent(s))   # "le dispositif russe en Syrie, qui appuie": the dispositif
        out = expand(s)
        for other in subs[1:]:             # "La Chine et le Japon signent": both parsed as subjects
            if other.i > pred.i > s.i:
                continue                   # "Flynn avait démenti et convaincu le vice-président": an object
            if other.pos_ in ("NOUN", "PROPN") and other not in out and not _apposed_role(s, other):
                out.append(other)
        return out
    if pred.dep_.startswith("acl:relcl") and pred.head.i != pred.i:
        return []                               # object relative ("que"): the antecedent is not the subject
    head = pred.head
    if head.i == pred.i:
        return []
    if pred.dep_ == "conj" and pred.pos_ == "VERB" and head.pos_ in ("NOUN", "PROPN"):
        verb = head                         # "ont endommagé des voitures et jeté des projectiles": the verb
        while verb.dep_ in ("obj", "obl", "obl:arg", "nmod", "conj") and verb.head.i != verb.i and verb.pos_ != "VERB":
            verb = verb.head                # phrase was hung on the object of the first verb
        if verb.pos_ == "VERB" and verb.i < pred.i:
            return subjects(verb, depth + 1)
    if pred.dep_ in ("xcomp", "conj", "advcl") or (pred.dep_ in ("obl:arg", "obl", "ccomp") and _has_mark(pred)):
        if is_passive(head) and pred.dep_ != "conj":
            return agents(head)
        return subjects(head, depth + 1)
    return []


def inverted_subject(pred: Token) -> list[Token]:
    """The subject after the verb in the incise of a quotation ("« ... », a salué le Premier ministre"): a verb
    with no subject right after a closing quote (and comma), whose first nominal dependent to its right the parser
    took for its object."""
    if pred.pos_ != "VERB":
        return []
    auxes = aux_children(pred)
    if not auxes and "VerbForm=Fin" not in str(pred.morph):
        return []                          # a participle or gerund after a quotation has its clause's subject
    first = min([pred] + auxes, key=lambda t: t.i)
    before = pred.doc[max(0, first.i - 2): first.i]   # the quote may end the parser's previous sentence
    if not len(before) or before[-1].text not in INCISE_PUNCT or not any(t.text in CLOSING_QUOTES for t in before):
        return []                          # only after a quotation: "L'homme, arrivé par l'escalier, a agressé"
    closing = max(t.i for t in before if t.text in CLOSING_QUOTES)
    if any(c.dep_ in ("nsubj", "nsubj:pass", "csubj", "expl:subj") and c.i > closing for c in pred.children):
        return []                          # a subject of its own (a subject inside the quotation is its words)
    for c in pred.children:
        if c.i > pred.i and c.dep_ in ("obj", "nsubj") and c.pos_ in ("NOUN", "PROPN"):
            return expand(c)
    return []


def _apposed_role(name: Token, other: Token) -> bool:
    """"Jean-Christophe Thiery, le président de Canal+, a proposé": a common noun set between commas right after a
    name, which the parser made a second subject, is the name's apposition (one person, one source)."""
    if name.pos_ != "PROPN" or other.pos_ != "NOUN" or other.i < name.i:
        return False
    doc = name.doc
    start = min(t.i for t in other.subtree)
    end = max(t.i for t in other.subtree)
    return start > name.right_edge.i and doc[start - 1].text == "," and start - 1 == name.right_edge.i + 1 \
        and end + 1 < len(doc) and doc[end + 1].text == ","


def _headline_verb(pred: Token) -> bool:
    """A finite verb the parser took for a modifier of the noun before it (headline style, no article)."""
    return (pred.dep_ == "amod" and pred.pos_ == "VERB" and "VerbForm=Fin" in str(pred.morph)
            and pred.head.i < pred.i and pred.head.pos_ in ("PROPN", "NOUN"))


def _has_mark(tok: Token) -> bool:
    return any(c.dep_ == "mark" for c in tok.children) and tok.pos_ in ("VERB", "AUX")


def _adjacent_subject(pred: Token, span) -> list[Token]:
    """The noun phrase right before the verb group ("..., le Canada et l'UE ont signé"), when the parser
    attached it elsewhere: the noun (an adjective's head), with nouns coordinated to it since the last comma."""
    first = min([pred, *[c for c in clause_children(pred) if c.i < pred.i and
                          (c.dep_.startswith("aux") or c.dep_.startswith("expl") or c.pos_ == "ADV")]], key=lambda t: t.i)
    if first.i - 1 < span.start:
        return []
    t = first.doc[first.i - 1]
    if t.pos_ == "ADJ" and t.dep_ == "amod":
        t = t.head
    if t.pos_ not in ("NOUN", "PROPN") or t.dep_ in ("obj", "nsubj:pass"):
        return []
    comma = max([x.i for x in span if x.text == "," and x.i < t.i] or [span.start - 1])
    out = [x for x in t.head.children if x.dep_ == "conj" and comma < x.i < t.i and x.pos_ in ("NOUN", "PROPN")]
    if t.dep_ == "conj" and comma < t.head.i < t.i:
        out.insert(0, t.head)
    return out + [t]


MISPARSED_VERB_DEPS = ("amod", "nmod", "appos", "flat:name")


def hangs_on_its_subject(pred: Token) -> bool:
    """A present-tense verb the parser hung on the noun before it, as a modifier or part of a name ("Le
    ministre, X, critique vivement Y", "Erdogan critique les Etats-Unis", "Boris Johnson menace l'UE"): no
    determiner, no preposition, no subject of its own. The caller has checked that the form is a verb's."""
    return (pred.dep_ in MISPARSED_VERB_DEPS and pred.head.i < pred.i and pred.head.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ in ("det", "case", "nsubj", "nsubj:pass") for c in pred.children))


def hung_objects(pred: Token) -> list[Token]:
    """The object of such a verb: its first nominal dependent to the right with no preposition, else the
    first such dependent of the noun it hangs on, right of the verb ("critique vivement la décision": the
    parser made "décision" a modifier of "ministre")."""
    for owner in (pred, pred.head):
        for c in owner.children:
            if c.i > pred.i and c.pos_ in ("NOUN", "PROPN") and case_lemma(c) is None \
                    and c.dep_ in ("obj", "nmod", "appos", "flat:name"):
                return expand(c)
    return []


def passive_subjects(pred: Token) -> list[Token]:
    subs = [c for c in clause_children(pred) if c.dep_ == "nsubj:pass"]
    if not subs and (inherited := clause_subjects(pred)) is not None:
        return inherited                   # "les assaillants ont poignardé des passants avant d'être abattus"
    if not subs and pred.dep_ == "conj" and pred.head.i != pred.i and pred.head.pos_ in ("VERB", "AUX"):
        head = pred.head                   # "le suspect a tiré sur les policiers puis a été abattu": its subject
        return passive_subjects(head) if is_passive(head) else subjects(head)
    if not subs and pred.dep_ == "acl" and pred.head.i != pred.i:
        return expand(pred.head)
    if subs and lemma(subs[0]) in RELATIVE_PRONOUNS and pred.head.i != pred.i:
        return expand(pred.head)
    return expand(subs[0]) if subs else []


def participle_agents(part: Token) -> list[Token]:
    """The "par" agent of a participle on a noun ("une embuscade tendue par les talibans", "la ville tenue par
    les rebelles"), also where the parser hung "par ..." right after the participle on the main verb."""
    found = agents(part)
    nxt = part.doc[part.i + 1] if part.i + 1 < len(part.doc) else None
    if not found and nxt is not None and nxt.lower_ == "par" and nxt.head.i > part.i and \
            nxt.head.dep_ in ("obl:agent", "obl", "obl:mod") and nxt.head.head.i != part.i:
        found = expand(nxt.head)
    return found


def agents(pred: Token) -> list[Token]:
    for c in pred.children:
        if c.dep_ == "obl:agent" or (c.dep_ in OBL_DEPS and (case_lemma(c) == "par" or any(
                g.dep_ == "case" and g.lower_ == "par" for g in c.children))):   # "peu après par la police"
            return expand(c)
        if c.dep_ in OBL_DEPS and lemma(c) == "part" and case_lemma(c) == "de":
            # "de vives critiques de la part de l'opposition": the locution names the agent
            who = next((g for g in c.children if g.dep_ == "nmod" and case_lemma(g) == "de" and g.pos_ in ("NOUN", "PROPN")), None)
            if who is not None:
                return expand(who)
    if any(c.dep_ == "aux:pass" for c in pred.children):
        # "est accusé de corruption par l'opposition": the parser hung the agent on the complement
        for c in pred.children:
            if c.dep_ in ("obl:arg", "obl", "obl:mod") and c.i > pred.i:
                for g in c.children:
                    if g.dep_ == "nmod" and case_lemma(g) == "par" and g.pos_ in ("NOUN", "PROPN"):
                        return expand(g)
    return []


def objects(pred: Token) -> list[Token]:
    for c in pred.children:
        if c.dep_ == "obj" and (c.pos_ in ("NOUN", "PROPN", "PRON", "X", "NUM") or _quoted_noun(c)):
            return expand(c)
    misparsed = _misparsed_object(pred)
    return expand(misparsed) if misparsed is not None else []


def _quoted_noun(tok: Token) -> bool:
    """A word in quotation marks with a determiner, which the tagger took for an adjective: a noun
    ("déplore l'« immobilisme » de Moscou")."""
    return tok.pos_ == "ADJ" and any(c.dep_ == "det" for c in tok.children) and \
        any(c.dep_ == "punct" and c.text in ("«", '"', "“") and c.i < tok.i for c in tok.children)


def _misparsed_object(pred: Token) -> Token | None:
    """A nominal right of a verb with no preposition and no object label: a misparsed object."""
    # a verb form the tagger read as a noun ("Washington expulse 35 diplomates"; only verb entries ask here)
    verbal = pred.pos_ == "VERB" or (pred.pos_ in ("NOUN", "ADJ") and not any(c.dep_ in ("det", "case") for c in pred.children))
    for c in pred.children:
        if c.dep_ == "nmod" and c.i > pred.i and verbal and case_lemma(c) is None \
                and c.pos_ in ("NOUN", "PROPN"):
            return c
    # "a catégoriquement rejeté les accusations américaines": the parser made the noun phrase a root of its own
    if pred.pos_ == "VERB" and not any(c.dep_ in ("obj", "ccomp", "xcomp") for c in pred.children):
        for t in pred.doc[pred.i + 1: pred.i + 5]:
            if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "ROOT" and t.head.i == t.i:
                return t
            if t.pos_ not in ("DET", "ADJ", "NUM"):
                break
    return None


def object_token(pred: Token) -> Token | None:
    """The direct object (or the passive subject) used by lexicon ``obj`` conditions."""
    for c in pred.children:
        if c.dep_ == "obj":
            return through_quantity(c)     # "a gelé un certain nombre de ses aides" -> aides
    if is_passive(pred):
        ps = passive_subjects(pred)
        return through_quantity(ps[0]) if ps else None
    misparsed = _misparsed_object(pred)
    return through_quantity(misparsed) if misparsed is not None else None


def prep_args(pred: Token, prep: str) -> list[Token]:
    for c in pred.children:
        if c.dep_ in OBL_DEPS and case_lemma(c) == prep:
            return expand(c)
    for c in pred.children:               # "critique envers le système": the preposition parsed as a verb
        if c.lower_ == prep and c.pos_ in MISPARSED_PREPOSITION_POS and prep in MISPARSED_PREPOSITIONS:
            noun = next((g for g in c.children if g.dep_ in ("obj", "nmod", "obl", "obl:arg") and g.pos_ in ("NOUN", "PROPN")), None)
            if noun is not None:
                return expand(noun)
    return []


def indirect_objects(pred: Token) -> list[Token]:
    for c in clause_children(pred):
        if c.dep_ == "iobj" and c.lower_ not in REFLEXIVES:
            return expand(c)
    return prep_args(pred, "à")


def split_coordinate(tok: Token) -> list[Token]:
    """The noun after "et" right after a phrase, when the parser did not attach it as its conjunct: hung on the
    verb ("les combats entre l'armée et les rebelles ont fait") or on the phrase's complement ("entre les forces de
    sécurité et des militants kurdes")."""
    for c in tok.children:
        if c.dep_ == "nmod":
            for d in c.children:
                if d.dep_ == "conj" and d.pos_ in ("NOUN", "PROPN") and any(g.dep_ == "cc" for g in d.children) \
                        and not any(g.dep_ == "case" for g in d.children):
                    return [d]
    end = max(t.i for t in tok.subtree) + 1
    doc = tok.doc
    if end < len(doc) and doc[end].lower_ == "et":
        for t in doc[end + 1: min(len(doc), end + 4)]:
            if t.pos_ in ("NOUN", "PROPN"):
                return [t]
    return []


def amods(noun: Token) -> list[Token]:
    return [c for c in noun.children if c.dep_ == "amod" and c.i > noun.i]


def governing_verb(noun: Token, max_up: int = 3) -> Token | None:
    """The verb a noun depends on ("a mené des frappes" -> mené; "au cours d'un entretien" -> the clause verb)."""
    tok = noun
    for _ in range(max_up):
        if tok.dep_ not in NOUN_UP_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and any(c.dep_ == "cop" for c in tok.children)):
            return tok
    return None


ATTRIBUTION_PREPOSITIONS = frozenset({"selon", "d'après", "d’après"})   # "selon X": the source of a report
SUPPORT_PREPOSITIONS = frozenset({None, "à", "de", "en"})


# days the parser takes for the head of the object that follows them ("a lancé lundi une offensive")
DAY_WORDS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui",
                       "aujourd’hui", "demain", "soir", "matin"})


def support_verb(noun: Token, support: tuple[str, ...]) -> Token | None:
    """The support verb of an event noun when it is one of ``support``: "mener une attaque", "procéder à".

    "Décider de prendre des sanctions", "a fini par imposer des sanctions": the noun's own verb counts.
    """
    prep = case_lemma(noun)
    if noun.dep_ == "nmod" and prep in (None, "de") and lemma(noun.head) in DAY_WORDS and noun.head.i < noun.i \
            and noun.head.head.i != noun.head.i:
        noun_dep, v = "obj", noun.head.head     # "a entamé jeudi des négociations": hung on the day
    else:
        noun_dep, v = noun.dep_, noun.head
    if noun_dep in ("obj", "obl:arg", "obl", "obl:mod", "nsubj:pass", "xcomp") and v.i != noun.i \
            and prep in SUPPORT_PREPOSITIONS:      # "procéder à des frappes", not "réalise une percée malgré les frappes"
        if v.pos_ in ("VERB", "AUX", "ADJ") and lemma(v) in support:
            return v
    # "l'entretien qu'il a eu avec X": the support verb heads a relative clause on the noun
    for c in noun.children:
        if c.dep_ == "acl:relcl" and lemma(c) in support and c.pos_ in ("VERB", "AUX"):
            return c
    return None


def fallback_subjects(pred: Token, span=None) -> list[Token]:
    """A misparsed main clause ("Moscou et Washington se disent prêts" with "Moscou" as root): the nearest
    noun phrase to the left that the parser made the root or a subject, when the predicate has no subject."""
    if pred.dep_ != "ROOT" and pred.head.dep_ != "ROOT":
        return []
    span = span if span is not None else pred.sent
    adjacent = _adjacent_subject(pred, span)
    if adjacent:
        return adjacent
    for t in reversed(list(span[: pred.i - span.start])):
        if t.pos_ in ("VERB",) and t.dep_ not in ("aux", "aux:tense", "aux:pass"):
            return []
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("ROOT", "nsubj"):
            return expand(t)
    return []

