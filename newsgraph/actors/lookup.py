"""Lookups for the stages that run after newsgraph_actors (quotes, events): from tokens to actors."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..records import Actor, Mention

# dependents that start another clause or another noun phrase: never searched for a token's actor
_OTHER_PHRASE = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "xcomp", "conj", "cc", "parataxis", "appos",
                           "nsubj", "nsubj:pass", "obj", "iobj", "csubj", "punct", "mark"})


_LOCATIVE_CASES = frozenset({"en", "à", "a", "au", "aux", "dans", "sur", "vers", "près"})
RELATIVE_SUBJECTS = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})
COORDINATED_RULE = "role+adj:coordinated"


def relative_antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for: "le dispositif militaire russe en Syrie, qui appuie" -> "dispositif"
    (the parser hangs the clause on the nearest noun, "Syrie"; a place introduced by a preposition inside a noun
    phrase is not what the clause is about). Any other token is returned unchanged."""
    if token.lower_ not in RELATIVE_SUBJECTS or not token.head.dep_.startswith("acl") or token.head.i == token.i:
        return token
    noun = token.head.head
    if noun.pos_ in ("VERB", "AUX", "NUM") and noun.i < token.i:
        # "« ... », a déclaré le ministre turc, qui a accusé", "vers Dubaï en 2015 qui déclare": the parser hung
        # the clause on a verb or a date; the antecedent is the noun phrase right before the pronoun
        noun = _preceding_noun(token) or noun
    doc = token.doc
    mentions = doc._.mentions or []
    while noun.dep_ in ("nmod", "obl", "obl:mod") and noun.head.i != noun.i:
        k = noun._.mention
        place = k is not None and mentions[k].label == "LOC" and (mentions[k].actor is None or
                                                                   mentions[k].actor.sector is None)
        if not place:
            break
        head = noun.head
        if head.pos_ == "VERB" and head.dep_ == "acl" and "Part" in head.morph.get("VerbForm"):
            head = head.head            # "les soldats stationnés en Syrie, qui combattent"
        if head.pos_ not in ("NOUN", "PROPN") or head.i == noun.i:
            break
        noun = head
    return noun


def _preceding_noun(token: Token) -> Token | None:
    """The head of the noun phrase that ends right before a relative pronoun ("le ministre turc, qui": "ministre";
    "le chef de la diplomatie, qui": "chef"; "Dubaï en 2015 qui": "Dubaï", past a date), or None when a verb or a
    clause comes first."""
    i = token.i - 1
    doc = token.doc
    while i >= token.sent.start and doc[i].text not in ("»", '"', ".", ";", ":") and (doc[i].pos_ in ("PUNCT", "ADJ") or (
            doc[i].pos_ in ("NUM", "ADP", "DET") and i >= token.i - 4)):
        i -= 1
    if i < token.sent.start or doc[i].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = doc[i]
    while noun.dep_ in ("nmod", "flat:name", "flat") and noun.head.i < noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head            # up to the head of "le ministre des Affaires étrangères"
    return noun


def _relative_subject(token: Token) -> Token | None:
    """When a stage hands over the noun a subject relative clause hangs on ("en Syrie, qui appuie"), the "qui":
    only for a place with an action verb in the clause ("la Syrie, qui est en guerre" keeps the place)."""
    for c in token.children:
        if c.dep_ == "acl:relcl" and c.lemma_ not in ("être", "avoir") and not any(g.dep_ == "cop" for g in c.children):
            for g in c.children:
                if g.dep_.startswith("nsubj") and g.lower_ in RELATIVE_SUBJECTS:
                    return g
    return None


def mention_for_token(doc: Doc, token: Token) -> Mention | None:
    """The mention covering the token, else the nearest mention headed inside the token's noun phrase.

    A relative pronoun ("qui") stands for its antecedent (:func:`relative_antecedent`); a person named in a
    genitive ("les parents de X") is not the noun's actor."""
    mentions = doc._.mentions or []
    token = relative_antecedent(_relative_subject(token) or token)
    idx = token._.mention
    if idx is not None and mentions[idx].actor is not None:
        return mentions[idx]
    for c in token.children:
        # "le traitement des migrants par la Hongrie": an act noun belongs to its "par" agent, not its object
        k = c._.mention
        if k is not None and c.dep_ in ("nmod", "obl:agent") and c.i > token.i and \
                any(g.dep_ == "case" and g.lower_ == "par" for g in c.children):
            actor = mentions[k].actor
            if actor is not None and (actor.sector or actor.org or actor.group):
                return mentions[k]
    best: tuple[int, Mention] | None = None
    stack = [c for c in token.children if c.dep_ not in _OTHER_PHRASE]
    while stack:
        t = stack.pop()
        k = t._.mention
        if k is not None and t.dep_ == "nmod" and t.head.i == token.i and _not_the_noun(t, mentions[k]):
            continue
        if k is not None and mentions[k].actor is not None:
            d = abs(t.i - token.i)
            if best is None or d < best[0]:
                best = (d, mentions[k])
        stack.extend(c for c in t.children if c.dep_ not in _OTHER_PHRASE)
    return best[1] if best else _quoted_name_after(doc, token)


_QUOTES_OPEN = frozenset({"«", '"', "“"})


def _quoted_name_after(doc: Doc, token: Token) -> Mention | None:
    """"le groupe autoproclamé « État islamique »", "l'organisation « Etat islamique »": a common noun followed
    by the quoted name of an organisation or group (the parser seldom links the two) stands for it."""
    if token.pos_ != "NOUN":
        return None
    mentions = doc._.mentions or []
    i = token.i + 1
    while i < min(len(doc), token.i + 4) and doc[i].pos_ in ("ADJ", "VERB") and doc[i].text not in _QUOTES_OPEN:
        i += 1                      # "autoproclamé", "dit", "baptisé"
    if i + 1 >= len(doc) or doc[i].text not in _QUOTES_OPEN:
        return None
    k = doc[i + 1]._.mention
    actor = mentions[k].actor if k is not None else None
    return mentions[k] if actor is not None and (actor.group or actor.org) else None


def _not_the_noun(t: Token, m: Mention) -> bool:
    """A person in a genitive ("les parents de X") or a place after a locative preposition ("les soldats en
    Syrie") is not the actor of the noun it modifies."""
    if m.label == "PER":
        return True
    place = m.label == "LOC" and (m.actor is None or m.actor.sector is None)
    return place and any(c.dep_ == "case" and c.lower_ in _LOCATIVE_CASES for c in t.children)


def actor_for_token(doc: Doc, token: Token) -> Actor | None:
    """The actor of the mention covering ``token`` or headed within its noun phrase; None when there is none.

    "le président russe" -> RUSGOV for "président"; "le porte-parole du Kremlin" -> RUSGOV for "porte-parole";
    a subject pronoun "il" resolved by the component to the previous compatible actor.
    """
    m = mention_for_token(doc, token)
    return m.actor if m is not None else None


def actors_for_token(doc: Doc, token: Token) -> list[Actor]:
    """Every actor the token stands for: one, except for coordinated country adjectives ("les gouvernements
    britannique, australien et danois" -> GBRGOV, AUSGOV, DNKGOV for "gouvernements"); [] when there is none."""
    m = mention_for_token(doc, token)
    if m is None or m.actor is None:
        return []
    out = [m.actor]
    for other in doc._.mentions or []:
        if other.rule == COORDINATED_RULE and m.start < other.start and other.end <= m.end and other.actor is not None:
            out.append(other.actor)
    return out


def actors_for_span(doc: Doc, span: Span) -> list[Actor]:
    """The actors of the mentions overlapping ``span``, in text order, each once."""
    out: list[Actor] = []
    seen: set[int] = set()
    for t in span:
        k = t._.mention
        if k is None or k in seen:
            continue
        seen.add(k)
        actor = (doc._.mentions or [])[k].actor
        if actor is not None:
            out.append(actor)
    return out


def main_country(doc: Doc) -> str | None:
    """The country most mentioned in the article (actors and places), when it leads clearly: at least a third more
    mentions than the next one."""
    counts: dict[str, int] = {}
    for m in doc._.mentions or []:
        if m.actor is not None and m.actor.country:
            counts[m.actor.country] = counts.get(m.actor.country, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] * 3 > ranked[0][1] * 2:
        return None                            # no clear main country
    return ranked[0][0]
