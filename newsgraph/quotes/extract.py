"""Quotations of one article: direct quotes from quotation marks, reported speech from speech cues.

Everything runs on the joined article Doc (offsets are offsets into ``Article.text``). Candidates are
attributed in text order so that "a-t-il ajouté" or "le ministre" can fall back to the speaker before.
Rules recorded on each Quote (``Quote.rule``):

    direct:incise     « ... », a précisé le Kremlin / « ... » a-t-il ajouté / « ... », selon X / « ... ». C'est ce qu'a dit X
    direct:cue        X a déclaré : « ... » / X affirme que « ... » / X a salué un «appel positif»
    direct:colon      X a réagi vivement : « ... »  (any verb before a colon) / Trump : « ... » (a name and a colon)
    direct:dash       « ... » then a paragraph "— Name, title"
    direct:previous   a stand-alone quotation after a sentence with a speech verb ("Il a évoqué ... . « ... »")
    direct:continued  a quotation with no cue of its own right after another one: same speaker, unless a sentence
                      between them names another actor
    direct:governor   a woven fragment with no speech cue: the subject of the verb it depends on
    reported:que      X a affirmé que <clause>
    reported:inf      X affirme avoir <clause>
    reported:incise   <clause>, a précisé X.
    reported:selon    Selon X, <clause>
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..actors import main_country
from ..actors.lookup import relative_antecedent
from ..places.countries import place_countries
from ..nlp.extensions import text_of
from ..records import Quote
from .lexicon import QuoteMarks, SpeechCue, SpeechLexicon
from .marks import QuotedSpan, find_quoted_spans
from .speakers import (SpeakerHistory, SpeakerResolver, person_history, refine_subject,
                       with_context_country)

_WORD = re.compile(r"\w[\w'’-]*")
_SUBJ_DEPS = ("nsubj", "nsubj:pass", "expl:subj")
_CLITIC_SUBJ = {"-il", "-elle", "-ils", "-elles", "-on", "il", "elle", "ils", "elles"}
_VERBAL = {"VERB", "AUX"}
_OBJECT_PRONOUNS = {"lui", "leur", "en", "y", "le", "la", "les", "l'", "me", "te", "se", "s'", "nous", "vous"}
_STRESSED_PRONOUNS = {"lui", "elle", "eux", "elles"}     # "selon lui", "pour elle"
# possessive determiners: "selon ses sources" names nobody ("nos informations": the newspaper's own)
_DEMONSTRATIVES = {"c'", "c’", "ce", "cela", "ça", "ceci"}     # "C'est ce qu'a annoncé X": never the speaker
_POSSESSIVES = {"son", "sa", "ses", "leur", "leurs", "notre", "nos", "mon", "ma", "mes", "votre", "vos"}
MAX_CONTINUE_GAP = 400      # characters between two quotations for the second to inherit the speaker


@dataclass(slots=True)
class Cue:
    verb: Token | None          # the speech verb (None for a preposition or a dash line)
    text: str | None            # as written, with its auxiliary: "a-t-il ajouté"
    subject: Token | None       # the token naming the speaker
    rule: str
    kind: str | None = None


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


class ArticleQuotes:
    """Extraction state for one article Doc."""

    def __init__(self, doc: Doc, lexicon: SpeechLexicon, marks: QuoteMarks, resolver: SpeakerResolver,
                 time_words: frozenset[str] = frozenset()):
        self.doc, self.lex, self.marks, self.resolver = doc, lexicon, marks, resolver
        self.time_words = time_words
        self.text = text_of(doc)
        art = doc._.article
        self.paragraphs = list(art.paragraphs) if art is not None and art.paragraphs else []
        self.sents = list(doc.sents)
        self.sent_starts = [s.start_char for s in self.sents]
        self.spans = find_quoted_spans(self.text, marks, self.paragraphs)
        self.quoted = [(s.open_at, s.after) for s in self.spans]
        self.history: SpeakerHistory = person_history(doc, self.quoted, self.lex.person_nouns)
        # an unknown speaker is of the country the article's actors clearly belong to, else of its places
        self.country = main_country(doc) or place_countries(doc).article

    # -- public ---------------------------------------------------------------------------------------
    def extract(self) -> list[Quote]:
        items: list[tuple[int, str, object]] = [(s.open_at, "direct", s) for s in self.spans if self._is_quotation(s)]
        items += [(v.idx, "reported", v) for v in self.doc if self._reported_candidate(v)]
        items += [(t.idx, "selon", t) for t in self.doc if self._prep_cue(t) is not None and not self._inside_quote(t.idx)]
        items.sort(key=lambda x: x[0])
        quotes: list[Quote] = []
        for _, what, obj in items:
            if what == "direct":
                q = self._direct(obj, quotes)
            elif what == "reported":
                q = self._reported(obj)
            else:
                q = self._selon(obj)
            if q is not None:
                q.speaker = with_context_country(q.speaker, self.country)
                quotes.append(q)
                if q.speaker is not None:
                    self.history.add_speaker(q.start, q.speaker)
        quotes.sort(key=lambda q: (q.start, not q.direct))
        return quotes

    # -- helpers --------------------------------------------------------------------------------------
    def sentence_index(self, offset: int) -> int:
        return max(0, bisect_right(self.sent_starts, offset) - 1)

    def _inside_quote(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.quoted)

    def _token_at(self, offset: int) -> Token | None:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _paragraph_of(self, offset: int) -> tuple[int, int]:
        for s, e in self.paragraphs:
            if s <= offset <= e:
                return s, e
        return 0, len(self.text)

    def _verb_cue(self, tok: Token, need: str | None = None) -> SpeechCue | None:
        if tok.pos_ not in _VERBAL:
            return None
        particle = self._particle(tok)
        cue = self.lex.compound(tok.lemma_, particle.lower_) if particle is not None else \
            self.lex.verb(tok.lemma_, tok.text if tok.pos_ == "VERB" else None)
        if cue is None or (need and not getattr(cue, need)):
            return None
        if cue.reflexive and not any(c.lower_ in ("se", "s'", "s’") for c in tok.children):
            return None
        return cue

    def _particle(self, tok: Token) -> Token | None:
        """The second word of a two-word cue ("a fait savoir", "font valoir"), right after the verb or an adverb."""
        if tok.lemma_.lower() not in self.lex.compounds:
            return None
        for j in range(tok.i + 1, min(tok.i + 3, len(self.doc))):
            nxt = self.doc[j]
            if self.lex.compound(tok.lemma_, nxt.lower_) is not None:
                return nxt
            if nxt.pos_ != "ADV":
                break
        return None

    def _cue_end(self, verb: Token) -> Token:
        """The last word of the cue: the particle of a two-word cue, else the verb."""
        return self._particle(verb) or verb

    def _prep_cue(self, tok: Token) -> SpeechCue | None:
        low = self.text[tok.idx:tok.idx + 12].lower()
        for lemma, cue in self.lex.preps.items():
            if low.startswith(lemma) and (tok.idx == 0 or not self.text[tok.idx - 1].isalnum()):
                end = tok.idx + len(lemma)
                if end < len(self.text) and self.text[end].isalnum():
                    continue
                if cue.initial and not self._opens_sentence(tok):
                    continue
                if cue.initial and not self._is_source(tok.head):
                    continue
                return cue
        return None

    @staticmethod
    def _opens_sentence(tok: Token) -> bool:
        """At the start of its sentence, or after a short connector and a comma ("Ainsi, pour X, ...")."""
        before = [t for t in tok.doc[tok.sent.start:tok.i] if not t.is_space]
        if all(t.is_punct for t in before):
            return True
        words = [t for t in before if not t.is_punct]
        return before[-1].text == "," and len(words) <= 3 and all(t.pos_ in ("ADV", "CCONJ", "ADP", "DET", "NOUN") for t in words)

    def _is_source(self, obj: Token) -> bool:
        """A named person or organisation, or a token the actor component resolves."""
        if obj.ent_type_ in ("PER", "ORG") or obj.lower_ in _STRESSED_PRONOUNS:
            return True
        return bool(self.resolver.lookup and obj.pos_ in ("NOUN", "PROPN") and self.resolver.lookup(self.doc, obj))

    def _cue_text(self, verb: Token) -> str:
        start = verb.idx
        for c in verb.lefts:
            if (c.dep_.startswith("aux") or (c.dep_.startswith("expl") and c.lower_ in ("se", "s'", "s’"))) \
                    and verb.i - c.i <= 4:
                start = min(start, c.idx)
        j = verb.i - 1                                 # "a-t-il d'abord affirmé": the parser may detach the auxiliary
        while j >= 0 and verb.i - j <= 6 and self.doc[j].idx < start:
            t = self.doc[j]
            if t.pos_ == "AUX" and t.lemma_ in ("avoir", "être"):
                start = t.idx
            elif not (t.pos_ in ("ADV", "ADP") or t.text.startswith("-")):
                break
            j -= 1
        end = self._cue_end(verb)
        return self.text[start:end.idx + len(end.text)]

    @staticmethod
    def _passive(verb: Token) -> bool:
        # the tagger's Voice=Pass is unreliable ("a évoqué"): a passive has "être" as auxiliary, or no auxiliary
        # at all for a participle ("la phrase lancée par")
        auxes = [c for c in verb.children if c.dep_.startswith("aux")]
        if any(c.lower_ in ("se", "s'", "s’") for c in verb.children):
            return False                               # "s'est étonné": a reflexive verb with être
        if any(c.dep_ == "aux:pass" for c in auxes):
            return True
        return "Pass" in verb.morph.get("Voice") and not any(c.lemma_ == "avoir" for c in auxes)

    def _relative_person(self, noun: Token) -> Token:
        """The antecedent of "qui" hung on the last noun of a complement: the person that noun phrase describes
        ("X, le chef de mission de MSF pour la Syrie qui considère" -> X; "un militant opposé à la loi travail
        qui a crié" -> "militant"), else the noun itself."""
        described = self._described_by_complement(noun)
        if described is not None:
            return described
        tok = noun
        for _ in range(4):
            if tok.dep_ != "nmod" or tok.head.i == tok.i:
                break
            tok = tok.head
        if tok is noun:
            return noun
        if tok.dep_ in ("appos", "flat:name") and tok.head.ent_type_ == "PER":
            return tok.head
        person = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PER" and c.i < noun.i), None)
        if person is not None:
            return person
        doc = noun.doc                                     # "X, le chef de ..." parsed as two phrases
        left = min([tok.i] + [c.i for c in tok.lefts if c.dep_ in ("det", "amod", "nummod") and tok.i - c.i <= 3])
        if left >= 2 and doc[left - 1].text == "," and doc[left - 2].ent_type_ == "PER":
            k = left - 2
            while k > 0 and doc[k].ent_iob_ == "I":
                k -= 1
            return doc[k]
        return noun

    def _described_by_complement(self, noun: Token) -> Token | None:
        """The noun an adjective or participle describes when ``noun``, a thing (no actor, no name), is that
        adjective's complement: "un militant opposé à la loi travail" -> "militant"."""
        if noun.pos_ != "NOUN" or noun.ent_type_ in ("PER", "ORG") or not noun.dep_.startswith(("obl", "nmod")):
            return None
        if self.resolver.lookup is not None and self.resolver.lookup(self.doc, noun) is not None:
            return None
        adj = noun.head
        if adj.pos_ not in ("ADJ", "VERB") or adj.dep_ not in ("amod", "acl") or adj.head.pos_ not in ("NOUN", "PROPN"):
            return None
        return adj.head

    def _comparative_incise(self, verb: Token) -> bool:
        """'comme le précise X', 'ainsi que l'a rappelé X': the subject comes after the verb."""
        for j in range(verb.i - 1, max(verb.sent.start, verb.i - 5) - 1, -1):
            t = self.doc[j]
            if t.lower_ in ("comme", "que", "qu'", "qu’") and j < verb.i - 1:
                return any(self.doc[k].lower_ in ("le", "l'", "l’") for k in range(j + 1, verb.i))
            if not (t.pos_ in ("AUX", "ADV") or t.lower_ in ("le", "l'", "l’")):
                return False
        return False

    def _detached_aux(self, verb: Token) -> bool:
        """A past participle whose auxiliary stands a few words before it, across an adverbial the parser took
        for a noun phrase ("a pour sa part ajouté", "a de son côté dénoncé")."""
        if "Part" not in verb.morph.get("VerbForm"):
            return False
        for j in range(verb.i - 1, max(verb.sent.start, verb.i - 6) - 1, -1):
            t = self.doc[j]
            if t.lemma_ in ("avoir", "être") and t.pos_ in _VERBAL:
                return True
            if t.is_punct or t.pos_ in _VERBAL or t.pos_ == "PROPN":
                return False
        return False

    def _adjectival(self, verb: Token) -> bool:
        """A past participle with no auxiliary and no subject, set beside a noun: an adjective or a noun."""
        form = verb.morph.get("VerbForm")
        head = verb.head
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        return ("Part" in form and "Past" in verb.morph.get("Tense") and not self._has_aux(verb)
                and verb.dep_ in ("acl", "amod", "appos", "conj") and head.pos_ in ("NOUN", "PROPN")
                and (head.pos_ == "PROPN" or head.dep_.startswith("nsubj")) and self._subject(verb) is None)

    def _describes_quoted_subject(self, verb: Token, span: QuotedSpan) -> bool:
        """A participle set on a noun ("les mesures annoncées par X") whose noun is the subject of a predicate
        inside the quotation: it describes the subject, it does not introduce the quotation."""
        if verb.dep_ not in ("acl", "amod") or "Part" not in verb.morph.get("VerbForm") or self._has_aux(verb):
            return False
        noun = verb.head
        return noun.dep_.startswith("nsubj") and span.open_at <= noun.head.idx < span.after

    @staticmethod
    def _finite_or_past(verb: Token) -> bool:
        form = verb.morph.get("VerbForm")
        return "Fin" in form or ("Part" in form and "Past" in verb.morph.get("Tense")) or not form

    @staticmethod
    def _negated(verb: Token) -> bool:
        return any(c.lower_ in ("pas", "jamais", "ni") and c.dep_ == "advmod" for c in verb.children)

    def _subject(self, verb: Token) -> Token | None:
        """The subject of a speech verb outside any quotation (None when it is inside one)."""
        subj = self._find_subject(verb)
        return None if subj is None or self._inside_quote(subj.idx) else subj

    def _find_subject(self, verb: Token) -> Token | None:
        """The subject of a speech verb, following conjunctions, participles and infinitives up the tree;
        for a passive cue ("la phrase lancée par le député") the agent; for a causative ("fait dire au journal
        X que") the one made to speak."""
        causer = self._causative(verb)
        if causer is not None:
            return self._dative(verb) or self._dative(causer)   # the causer is not the speaker
        if self._comparative_incise(verb):             # "comme le précise X": only a subject after the verb
            return next((c for c in verb.children if c.dep_ in _SUBJ_DEPS and c.i > verb.i), None)
        for c in verb.children:
            if c.dep_ == "obl:agent" or (c.dep_.startswith("obl") and any(g.lower_ == "par" for g in c.children if g.dep_ == "case")
                                         and self._passive(verb)):
                return c
        if self._passive(verb):
            return None
        seen = 0
        tok = verb
        while seen < 4:
            for c in tok.children:
                if c.dep_ in _SUBJ_DEPS and c.lower_ == "qui" and tok.dep_ == "acl:relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
                    return self._relative_person(tok.head)   # "le quotidien L'Orient-Le Jour qui note que ..."
                if c.dep_ in _SUBJ_DEPS and c.lower_ == "qui" and tok.dep_ == "acl:relcl":
                    before = relative_antecedent(c)       # "vers Dubaï en 2015 qui déclare": not the date
                    if before.pos_ in ("NOUN", "PROPN"):
                        return self._relative_person(before)
                if c.dep_ in _SUBJ_DEPS and _adverbial_locution(c):
                    continue                           # "qui de son côté déclare", "pour sa part"
                if c.dep_ in _SUBJ_DEPS and self._is_time(c):
                    continue                           # "l'a rappelé, hier matin,": a time, not the speaker
                if c.dep_ in _SUBJ_DEPS and not (c.pos_ == "PRON" and c.lower_ in ("qui", "que", "-t", "t")):
                    if c.dep_ == "expl:subj" and c.lower_ not in _CLITIC_SUBJ:
                        continue
                    return c
            if tok.dep_ in ("conj", "xcomp", "advcl", "acl", "parataxis") and tok.head.i != tok.i:
                if self._narrative_infinitive(tok):
                    return tok.head                    # "Eux d'ajouter que ...", "Et le ministre de conclure : "
                if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
                    if tok.head.i == tok.i - 2 and self.doc[tok.i - 1].text == ",":
                        return tok.head                # "X, déclarant ..."
                    break
                tok = tok.head
                seen += 1
                continue
            break
        form = verb.morph.get("VerbForm")
        if ("Part" in form and "Pres" in verb.morph.get("Tense")) or (tok is verb and verb.dep_ == "ROOT"):
            # "X a ouvert une cagnotte ..., déclarant : « ... »"; a main verb whose subject the parser lost
            return self._sentence_subject(verb)
        if self._has_aux(verb) or "Fin" in form or self._detached_aux(verb):
            # a conjugated verb the parser hung elsewhere ("X, impuissant, a de son côté dénoncé", "a pour sa
            # part ajouté"): the subject of its sentence, else the last name before it
            return self._sentence_subject(verb)
        return None

    @staticmethod
    def _narrative_infinitive(verb: Token) -> bool:
        """The French narrative infinitive: a subject at the head of its sentence, then "de" and an infinitive
        ("Eux d'ajouter que", "Et le ministre de conclure")."""
        head = verb.head
        return ("Inf" in verb.morph.get("VerbForm") and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN", "PRON")
                and any(c.dep_ == "mark" and c.lower_ in ("de", "d'", "d’") for c in verb.children)
                and verb.i > head.i)

    @staticmethod
    def _causative(verb: Token) -> Token | None:
        """The 'faire' of a causative ("fait dire au journal que"), attached above or below the infinitive."""
        if verb.dep_ == "xcomp" and verb.head.lemma_ == "faire" and 0 < verb.i - verb.head.i <= 2:
            return verb.head
        for c in verb.lefts:
            if c.lemma_ == "faire" and c.pos_ in _VERBAL and verb.i - c.i <= 2:
                return c
        return None

    @staticmethod
    def _dative(verb: Token) -> Token | None:
        """The 'à' complement of a verb ("au journal", "à l'ambassadeur")."""
        for c in verb.children:
            if c.dep_ in ("obl", "obl:arg", "obl:mod", "iobj") and c.pos_ in ("NOUN", "PROPN") \
                    and any(g.dep_ == "case" and g.lower_ in ("à", "au", "aux") for g in c.children):
                return c
        return None

    def _sentence_subject(self, verb: Token) -> Token | None:
        """The first subject of the sentence before ``verb``, outside quotations ("X a ouvert ..., déclarant")."""
        for t in verb.sent:
            if t.i >= verb.i:
                break
            if t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ in ("NOUN", "PROPN", "PRON") and not self._inside_quote(t.idx) \
                    and t.lower_ not in ("qui", "que", *_DEMONSTRATIVES) and not self._is_time(t) \
                    and not self._is_thing(t):
                return t
        return self._name_before(verb)

    def _is_document(self, noun: Token) -> bool:
        return noun.pos_ == "NOUN" and bool({noun.lemma_.lower(), noun.lower_} & self.lex.document_nouns)

    def _is_thing(self, noun: Token) -> bool:
        """A common noun that is no actor (the actor component knows no person, role, organisation or body for
        it), no statement noun, no person noun of the lexicon ("un homme") and names nobody: "Un écran géant"."""
        if noun.pos_ != "NOUN" or noun.ent_type_ in ("PER", "ORG") or refine_subject(noun) is not noun:
            return False
        if self._is_document(noun) or {noun.lemma_.lower(), noun.lower_} & self.lex.person_nouns:
            return False
        return self.resolver.lookup is not None and self.resolver.lookup(self.doc, noun) is None

    def _is_time(self, tok: Token) -> bool:
        return tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in self.time_words

    def _name_before(self, verb: Token) -> Token | None:
        """No subject parsed at all: the last person or organisation named before the verb in its sentence and
        not inside a prepositional phrase ("Interrogé à Bordeaux, Alain Juppé, éliminé ..., a affirmé"), which
        the parser may hang on the place before it."""
        found = None
        for t in verb.sent:
            if t.i >= verb.i:
                break
            if t.ent_iob_ != "B" or t.ent_type_ not in ("PER", "ORG") or self._inside_quote(t.idx):
                continue
            prev = self.doc[t.i - 1] if t.i > verb.sent.start else None
            if prev is not None and (prev.pos_ == "ADP" or prev.dep_ == "case" or prev.pos_ == "DET"
                                     and t.i - 2 >= verb.sent.start and self.doc[t.i - 2].pos_ == "ADP"):
                continue
            found = t
        return found

    def _inverted_subject(self, verb: Token, limit: int, start: int | None = None) -> Token | None:
        """Subject of an incise verb: a clitic between ``start`` and the verb ("a-t-il d'abord affirmé",
        "ajoute-t-elle"), the parser's nsubj after the verb, or the next noun phrase after it, skipping short
        prepositional phrases ("a dit de lui la municipalité", "a confié, à Reuters, le directeur")."""
        first = verb.i - 4 if start is None else start
        for j in range(max(first, 0), min(limit, verb.i + 3)):
            if self.doc[j].lower_ in _CLITIC_SUBJ and (self.doc[j].text.startswith("-") or j < verb.i):
                return self.doc[j]
        end = self._cue_end(verb)
        for c in (*verb.children, *(end.children if end is not verb else ())):
            if c.i > end.i and c.dep_ in _SUBJ_DEPS and c.i < limit and c.lower_ not in _OBJECT_PRONOUNS \
                    and not self._is_time(c):
                return c
        j = end.i + 1
        while j < min(limit, end.i + 12):
            t = self.doc[j]
            if t.pos_ == "ADP" and j + 1 < len(self.doc) and self.doc[j + 1].pos_ == "PRON":
                j += 2                                 # "a dit de lui la municipalité"
                continue
            if t.pos_ == "ADP" and t.head.i > t.i and t.head.right_edge.i - t.i <= 4:
                j = t.head.right_edge.i + 1            # a short prepositional phrase before the subject
                continue
            if t.pos_ == "ADJ" and self.doc[j - 1].pos_ == "DET" and j + 1 < len(self.doc) \
                    and self.doc[j + 1].pos_ not in ("NOUN", "PROPN", "ADJ"):
                return t                               # a nominalised adjective: "a raconté une Canadienne qui"
            if t.pos_ == "ADJ" and t.text[:1].isupper() and j + 1 < len(self.doc) \
                    and self.doc[j + 1].pos_ not in ("NOUN", "PROPN"):
                return t                               # capitalised, a nationality is a noun: "une jeune Syrienne"
            if t.pos_ in ("ADV", "DET", "NUM", "PUNCT", "ADJ") or t.text in ("-t",) or self._is_time(t):
                j += 1                                 # "a déclaré le nouveau ministre", "affirment deux témoins"
                continue
            if t.pos_ in ("NOUN", "PROPN", "PRON") or t.pos_ == "X" and t.ent_type_ in ("PER", "ORG"):
                return t                               # a foreign name may be tagged X ("Human Rights Watch")
            break
        return None

    # -- direct quotations ----------------------------------------------------------------------------
    def _is_quotation(self, span: QuotedSpan) -> bool:
        body = span.text(self.text)
        if count_words(body) <= self.marks.min_words:
            return False
        return not (self._is_reference(span) or self._is_name(span))

    def _is_reference(self, span: QuotedSpan) -> bool:
        ps, _ = self._paragraph_of(span.open_at)
        before = self.text[ps:span.open_at]
        lead = before.lower().lstrip(" >»→-–—•*").strip()
        if any(lead.startswith(p) and len(lead) <= len(p) + 3 for p in self.marks.reference_prefixes):
            return True
        if any(lead.startswith(p) for p in self.marks.update_prefixes):
            return True
        bracket = before.rfind("[")
        if bracket >= 0 and "]" not in before[bracket:]:
            note = set(_WORD.findall(before[bracket + 1:].lower()))
            return any(p in note for p in self.marks.reference_prefixes if " " not in p)
        return False

    def _is_name(self, span: QuotedSpan) -> bool:
        ps, _ = self._paragraph_of(span.open_at)
        before = self.text[max(ps, span.open_at - 40):span.open_at].lower().rstrip()
        words = _WORD.findall(before)
        if not words or not before[-1:].isalnum():
            return False                               # "... de campagne : « ... »" is not a title
        tail = " ".join(words[-4:])
        if any(tail == w or tail.endswith(" " + w) for w in self.marks.naming_words):
            return True
        last = words[-1].split("'")[-1].split("’")[-1]
        return last in self.marks.title_nouns

    def _direct(self, span: QuotedSpan, previous: list[Quote]) -> Quote | None:
        body = span.text(self.text)
        cue = self._incise_after(span) or self._cue_before(span) or self._cleft_after(span) or self._dash_after(span)
        if cue is not None and cue.subject is not None and cue.subject.pos_ == "NOUN":
            cue.subject = self._source_token(cue.subject)   # "précise le communiqué de X", "l'analyse de X :"
        if cue is None and not self._has_verb(span):
            return None                                # a woven term with no speech cue: a designation
        speaker = None
        if cue is not None and cue.subject is not None:
            speaker, _ = self.resolver.resolve(self.doc, cue.subject, self.history, before=span.open_at)
        region = [t for t in self._region_before(span) if not t.is_space]
        opens_sentence = not region or region[-1].text == ":" or all(t.is_punct for t in region)
        if speaker is None:
            prev = self._previous_direct(span, previous)
            if prev is not None and (cue is None or cue.subject is None) and (cue is not None or opens_sentence):
                speaker = prev.speaker
                cue = cue or Cue(None, None, None, "direct:continued")
        if cue is None:
            cue = self._incise_within(span)
            if cue is not None and cue.subject is not None:
                speaker, _ = self.resolver.resolve(self.doc, cue.subject, self.history, before=span.open_at)
        if cue is None and opens_sentence:
            cue = self._cue_in_previous_sentence(span)
            if cue is not None and cue.subject is not None:
                speaker, _ = self.resolver.resolve(self.doc, cue.subject, self.history, before=span.open_at)
        if cue is None:
            cue = self._governor(span)
            if cue.subject is not None and cue.subject.pos_ == "NOUN":
                cue.subject = self._source_token(cue.subject)   # "le rapport de X « ... »": its author
            if cue.subject is not None and (self._is_thing(cue.subject) or self._is_document(cue.subject)):
                cue.subject = None                              # not a speech verb: a thing does not speak, nor a
                                                                # statement noun with no author ("Le texte « »")
            if cue.subject is not None:
                speaker, _ = self.resolver.resolve(self.doc, cue.subject, self.history, before=span.open_at)
            if speaker is None:
                colon = self._colon_earlier(span)
                if colon is not None:
                    cue = colon
                    speaker, _ = self.resolver.resolve(self.doc, colon.subject, self.history, before=span.open_at)
        return Quote(text=body, start=span.start, end=span.end, direct=True, cue=cue.text, speaker=speaker,
                     rule=cue.rule, sentence=self.sentence_index(span.start), kind=cue.kind)

    def _has_verb(self, span: QuotedSpan) -> bool:
        return any(t.pos_ in _VERBAL for t in self.doc.char_span(span.start, span.end, alignment_mode="expand") or [])

    def _previous_direct(self, span: QuotedSpan, previous: list[Quote]) -> Quote | None:
        for q in reversed(previous):
            if q.direct and 0 <= span.open_at - q.end <= MAX_CONTINUE_GAP:
                return None if self.history.others_between(q.end, span.open_at, q.speaker) else q
            if q.direct:
                return None
        return None

    def _incise_after(self, span: QuotedSpan) -> Cue | None:
        """« ... », a précisé le Kremlin  /  « ... » a-t-il ajouté  /  « ... », selon X"""
        if span.close_at is None:
            return None
        first = self._token_at(span.close_at)
        if first is None:
            return None
        _, pe = self._paragraph_of(span.close_at)
        j = first.i + 1
        while j < len(self.doc) and self.doc[j].text in (",", "–", "—", "-") and self.doc[j].idx < pe:
            j += 1
        chained = j + 1 if j < len(self.doc) and self.doc[j].lower_ in ("et", "mais") else j
        if chained < len(self.doc) and self.doc[chained].idx < pe:
            nxt = next((s for s in self.spans if s.open_at == self.doc[chained].idx and s.open_at > span.open_at), None)
            if nxt is not None and self._is_quotation(nxt):
                return self._incise_after(nxt)         # "« ... », « ... », ont affirmé des témoins", "« ... » et « ... »"
        limit = j
        while limit < len(self.doc) and self.doc[limit].idx < pe and self.doc[limit].text not in (".", "!", "?", ";", "«", "\""):
            limit += 1
        skip = self._adverbial_phrases(j, limit)
        for k in range(j, min(j + 8 + len(skip), limit)):
            t = self.doc[k]
            if k in skip:
                continue                               # "a pour sa part commenté", "complète de son côté"
            prep = self._prep_cue(t) if k == j else None
            if prep is not None:
                obj = t.head if t.head.i > t.i else self._next_noun(k + 1, limit)
                obj = self._source_token(obj) if obj is not None else None
                return Cue(None, self.text[t.idx:t.idx + len(prep.lemma)], obj, "direct:incise", prep.kind)
            cue = self._verb_cue(t)
            if cue is not None and self._finite_or_past(t):
                return Cue(t, self._cue_text(t), self._incise_subject(t, limit, j), "direct:incise", cue.kind)
            if k == j and self._mistagged_cue(t):
                after = next((self.doc[x] for x in range(k + 1, limit) if x not in skip
                              and self.doc[x].pos_ in ("NOUN", "PROPN", "PRON")), None)
                subject = after if skip and after is not None else self._inverted_subject(t, limit, j)
                return Cue(t, t.text, subject, "direct:incise", self._mistagged_cue(t).kind)
            if t.pos_ in ("AUX", "ADV") or t.text.startswith("-") or t.dep_.startswith("aux") \
                    or (t.pos_ == "PRON" and t.lower_ in _OBJECT_PRONOUNS) \
                    or t.head.pos_ == "ADV" or t.dep_ in ("advmod", "fixed") \
                    or (t.pos_ == "ADP" and k + 1 < limit and self.doc[k + 1].pos_ == "ADV"):
                continue                               # "a-t-il d'abord affirmé", "a encore ajouté"
            break
        return None

    def _incise_within(self, span: QuotedSpan) -> Cue | None:
        """« J'ai confiance en lui, confiait Hamon en 2010. J'écoute ses conseils. »: an incise set between commas
        inside the marks, a speech verb right after a comma with its subject after it, names the speaker."""
        toks = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        if toks is None:
            return None
        for first in toks:
            if first.i == toks.start or self.doc[first.i - 1].text != ",":
                continue
            limit = next((k.i for k in self.doc[first.i + 1:toks.end] if k.text in (",", ".", "!", "?", ";")), None)
            if limit is None:
                continue                               # the incise closes inside the quotation
            verb, cue = self._incise_verb(first, limit)
            if cue is None:
                continue
            subject = self._inverted_subject(verb, limit, first.i)
            if subject is not None and subject.i >= first.i and (
                    subject.lower_ in _CLITIC_SUBJ or subject.pos_ in ("PROPN", "NOUN") or subject.dep_ in _SUBJ_DEPS):
                return Cue(verb, self._cue_text(verb), subject, "direct:incise", cue.kind)
        return None

    def _incise_verb(self, first: Token, limit: int) -> tuple[Token, SpeechCue | None]:
        """The speech verb opening an incise: "explique le ministre", or after its auxiliary and clitic
        ("a-t-il martelé", which the tagger may read as an adjective)."""
        if first.pos_ == "VERB" and self._finite_or_past(first):
            return first, self._verb_cue(first)
        if first.pos_ == "AUX":
            for k in self.doc[first.i + 1:min(limit, first.i + 5)]:
                if k.pos_ in ("VERB", "ADJ"):
                    return k, self._verb_cue(k) or self.lex.verb(k.lower_, k.text)
        return first, None

    def _cleft_after(self, span: QuotedSpan) -> Cue | None:
        """« ... ». C'est ce qu'a affirmé X: a cleft sentence right after the quotation, in its paragraph, whose
        relative clause has a speech verb, names the speaker (the verb's subject, inverted or not)."""
        if span.close_at is None:
            return None
        last = self._token_at(span.close_at)
        _, pe = self._paragraph_of(span.close_at)
        if last is None or last.i + 5 >= len(self.doc):
            return None
        if self.doc[last.i + 1].text in (".", "!", "?"):
            first = last.i + 2                         # « ... ». C'est ce qu'a ...
        elif span.text(self.text).rstrip()[-1:] in (".", "!", "?"):
            first = last.i + 1                         # « ... . » C'est ce qu'a ...
        else:
            return None
        c, be, ce, que = self.doc[first:first + 4]
        if c.lower_ not in _DEMONSTRATIVES or be.lemma_ != "être" or ce.lower_ != "ce" \
                or que.lower_ not in ("que", "qu'", "qu’") or que.idx >= pe:
            return None
        limit = next((t.i for t in que.sent if t.i > que.i and t.text in (".", "!", "?", ";")), que.sent.end)
        verb = next((t for t in self.doc[que.i + 1:limit] if t.pos_ == "VERB"), None)   # the relative's verb
        cue = self._verb_cue(verb) if verb is not None else None
        if cue is None or not self._finite_or_past(verb):
            return None
        subject = self._subject(verb)                  # "ce que le ministre a déclaré"; not the cleft's "c'"
        if subject is None or subject.i <= que.i:
            subject = self._inverted_subject(verb, limit, que.i + 1)   # "ce qu'a affirmé X"
        return Cue(verb, self._cue_text(verb), subject, "direct:incise", cue.kind)

    def _adverbial_phrases(self, start: int, limit: int) -> set[int]:
        """Token indices of the set phrases that stand between the parts of an incise: a preposition, a
        possessive and a noun ("pour sa part", "de son côté", "à son tour"), or "quant à" and a pronoun."""
        out: set[int] = set()
        doc = self.doc
        for k in range(start, limit - 2):
            a, b, c = doc[k], doc[k + 1], doc[k + 2]
            if a.pos_ == "ADP" and b.lower_ in _POSSESSIVES and c.lower_ in self.marks.incise_adverbials:
                out.update((k, k + 1, k + 2))
            elif a.lower_ == "quant" and b.lower_ in ("à", "a") and c.pos_ == "PRON":
                out.update((k, k + 1, k + 2))
        return out

    def _mistagged_cue(self, tok: Token) -> SpeechCue | None:
        """A speech verb the tagger took for another part of speech where only a verb can stand: before an
        inverted clitic ("remarque-t-il"); or, for a noun or an adjective, right after a quotation and its comma,
        before its subject ("« ... », juge le ministère", "complète de son côté le ministre"), or before a colon
        opening a quotation ("X, témoin de la scène, raconte : « ... »")."""
        if tok.is_punct or tok.i + 1 >= len(self.doc):
            return None
        doc, nxt = self.doc, self.doc[tok.i + 1]
        inverted = nxt.lower_ in ("-t", "-il", "-elle", "-ils", "-elles", "-on") or nxt.lower_.startswith("-t-")
        if not inverted:
            if tok.pos_ not in ("NOUN", "ADJ"):
                return None
            adverbial = nxt.pos_ == "ADP" and tok.i + 3 < len(doc) and doc[tok.i + 2].lower_ in _POSSESSIVES \
                and doc[tok.i + 3].lower_ in self.marks.incise_adverbials
            if nxt.pos_ not in ("DET", "PROPN", "ADV") and nxt.text != ":" and not adverbial:
                return None
        cue = self.lex.verb(tok.lower_, tok.text)
        return cue if cue is not None and not cue.reflexive else None

    def _incise_subject(self, verb: Token, limit: int, start: int) -> Token | None:
        """The speaker of a cue after a quotation: the agent of a participle ("« ... », promise par le
        gouvernement"), the inverted subject ("a précisé le Kremlin"), else a subject set before the quotation
        ("les Farc, « ... », ont proposé")."""
        if self._passive(verb):
            return self._subject(verb)
        found = self._inverted_subject(verb, limit, start)
        if found is not None and (found.lower_ in _CLITIC_SUBJ or found.dep_ in _SUBJ_DEPS):
            return found                               # "a-t-il ajouté", "a précisé le Kremlin"
        before = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < start
                       and not self._inside_quote(c.idx)), None)
        return before or found or self._subject(verb)  # a parsed subject beats a noun merely after the verb

    def _source_token(self, obj: Token) -> Token | None:
        """Who a source phrase names: the author of a statement noun ("un communiqué de presse de Amaq" ->
        Amaq, "le rapport du ministère"); nobody for a possessive one with no author ("ses sources"), whose
        owner is the speaker of the clause around it; else the phrase itself ("selon le ministre")."""
        if obj.lemma_.lower() not in self.lex.document_nouns and obj.lower_ not in self.lex.document_nouns:
            return obj
        for c in obj.children:
            if c.dep_ != "nmod" or c.i < obj.i:
                continue
            cases = [g.lower_ for g in c.children if g.dep_ == "case"]
            if not cases or cases[0] not in ("de", "d'", "d’", "du", "des"):
                continue
            if c.pos_ == "PROPN" or c.ent_type_ in ("PER", "ORG"):
                return c
            determined = cases[0] in ("du", "des") or any(g.dep_ == "det" for g in c.children)
            if c.pos_ == "NOUN" and determined and self.resolver.lookup and self.resolver.lookup(self.doc, c):
                return c                               # "le rapport du ministère"; not "de presse"
        for c in obj.children:                         # "le communiqué rédigé par les organisateurs"
            if c.dep_ == "acl" and c.pos_ == "VERB":
                agent = next((g for g in c.children if g.dep_ == "obl:agent" or g.dep_.startswith("obl")
                              and any(x.dep_ == "case" and x.lower_ == "par" for x in g.children)), None)
                if agent is not None and agent.pos_ in ("NOUN", "PROPN"):
                    return agent
        if any(d.dep_ == "det" and "Prs" in d.morph.get("PronType") or d.lower_ in _POSSESSIVES
               for d in obj.children if d.dep_ == "det"):
            return None
        return obj

    def _next_noun(self, start: int, limit: int) -> Token | None:
        for k in range(start, limit):
            if self.doc[k].pos_ in ("NOUN", "PROPN", "PRON"):
                return self.doc[k]
        return None

    def _region_before(self, span: QuotedSpan) -> list[Token]:
        """Tokens of the same sentence before the opening mark; the previous sentence when that one ends in ':'."""
        open_tok = self._token_at(span.open_at)
        if open_tok is None:
            return []
        sent = open_tok.sent
        toks = [t for t in sent if t.i < open_tok.i and not self._inside_quote(t.idx)]
        if not any(not t.is_punct and not t.is_space for t in toks) and sent.start > 0:
            prev = self.doc[sent.start - 1].sent
            content = [t for t in prev if not t.is_space]
            if content and content[-1].text == ":":
                toks = [t for t in prev if not self._inside_quote(t.idx)]
        return toks

    def _cue_before(self, span: QuotedSpan) -> Cue | None:
        """X a déclaré : « ... » / X affirme que « ... » / X a salué un «...» / Selon X, « ... »"""
        region = self._region_before(span)
        if not region:
            return None
        for t in reversed(region):
            prep = self._prep_cue(t)
            if prep is not None and t.head.i != t.i:
                source = self._source_token(t.head)
                if source is None:
                    continue                           # "X annonce que, selon ses sources, « ... »": X's words
                return Cue(None, self.text[t.idx:t.idx + len(prep.lemma)], source, "direct:cue", prep.kind)
            cue = self._verb_cue(t) or (self._mistagged_cue(t) if self.doc[t.i + 1].text == ":" else None)
            if cue is not None and self._adjectival(t):
                continue                               # "Michel Guay, jeune appelé et témoin, raconte : « »"
            if cue is not None and self._describes_quoted_subject(t, span):
                continue                               # "les mesures annoncées par X « ne suffiront pas »"
            if cue is not None and not self._negated(t) and (not self._passive(t) or self._subject(t) is not None):
                subject = self._subject(t)
                if subject is None and t.pos_ not in _VERBAL:
                    subject = self._sentence_subject(t)   # a mistagged cue: "X a dénoncé ... en tweetant : « »"
                if subject is None and t.i + 1 < len(self.doc) and self.doc[t.i + 1].idx < span.open_at:
                    subject = self._inverted_subject(t, self._token_at(span.open_at).i)   # "Selon ce qu'a confié X, « »"
                return Cue(t, self._cue_text(t), subject, "direct:cue", cue.kind)
        content = [t for t in region if not t.is_space]
        if content and content[-1].text == ":":
            root = content[-1].sent.root
            verbs = [t for t in content if t.pos_ == "VERB"] or ([root] if root.pos_ in _VERBAL else [])
            if verbs:
                v = verbs[0] if root not in verbs else root
                known = self._verb_cue(v)
                subject = self._subject(v) or self._sentence_subject(v)   # "X s'est étonné ... : « »"
                if known is None and subject is not None and self._is_thing(subject) and not any(
                        c.dep_ == "nmod" and (c.pos_ == "PROPN" or c.ent_type_) for c in subject.children):
                    subject = None             # "Cette veillée avait pour thème : « »": a thing says nothing
                                               # ("l'avis de Fottorino :" names its holder)
                return Cue(v, self._cue_text(v), subject, "direct:colon", known.kind if known else None)
            return self._name_colon(content[:-1])
        return None

    def _colon_earlier(self, span: QuotedSpan) -> Cue | None:
        """'X nuance les effets de la crise : elle est ressentie à Bujumbura, où « ... »': a quotation woven into
        the clause after a colon, with no cue of its own, is the words of the subject before the colon."""
        region = self._region_before(span)
        colons = [k for k, t in enumerate(region) if t.text == ":"]
        if not colons and region and region[0].sent.start > 0:
            prev = [t for t in self.doc[region[0].sent.start - 1].sent if not self._inside_quote(t.idx)]
            content = [t for t in prev if not t.is_space]
            if content and content[-1].text == ":":   # the parser may end the sentence at the colon
                region, colons = prev, [len(prev) - 1 - [t.is_space for t in reversed(prev)].index(False)]
        if not colons:
            return None
        before = region[:colons[-1]]
        verbs = [t for t in before if t.pos_ == "VERB" or self._mistagged_cue(t)]
        if not verbs:
            return None
        subject = self._subject(verbs[0]) or self._sentence_subject(verbs[0])
        if subject is None:
            return None
        known = self._verb_cue(verbs[0]) or self._mistagged_cue(verbs[0])
        return Cue(verbs[0], self._cue_text(verbs[0]), subject, "direct:colon", known.kind if known else None)

    @staticmethod
    def _name_colon(before: list[Token]) -> Cue | None:
        """'Trump : « ... »' (headlines, captions): a short noun phrase and a colon name the speaker."""
        words = [t for t in before if not t.is_punct]
        if not words or len(words) > 6 or any(t.pos_ in _VERBAL for t in words):
            return None
        names = [t for t in words if t.pos_ == "PROPN"]
        return Cue(None, None, names[0], "direct:colon") if names else None

    def _cue_in_previous_sentence(self, span: QuotedSpan) -> Cue | None:
        """A quotation standing alone after a sentence with a speech verb and its subject ("Il a évoqué des
        raisons familiales. « Aujourd'hui, je ... »")."""
        open_tok = self._token_at(span.open_at)
        if open_tok is None or open_tok.sent.start == 0:
            return None
        prev = self.doc[open_tok.sent.start - 1].sent
        for t in reversed(prev):
            if self._inside_quote(t.idx):
                continue
            cue = self._verb_cue(t)
            if cue is not None and not self._negated(t) and not self._passive(t):
                subject = self._subject(t)
                return Cue(None, None, subject, "direct:previous", cue.kind) if subject is not None else None
        # "Fillon ne s'est pas laissé perturber. « ... »": in the same paragraph, the named subject of the sentence
        # just before, when that sentence quotes nobody
        ps, _ = self._paragraph_of(span.open_at)
        subject = self._subject(prev.root) if prev.root.pos_ in _VERBAL else None
        if subject is None or subject.pos_ != "PROPN" or prev.start_char < ps or \
                any(self._inside_quote(t.idx) for t in prev):
            return None
        return Cue(None, None, subject, "direct:previous-subject")

    def _dash_after(self, span: QuotedSpan) -> Cue | None:
        """A quotation followed by '— Name, title' in its paragraph, or, for a whole-paragraph quotation, in
        the next paragraph."""
        ps, pe = self._paragraph_of(span.open_at)
        rest = self.text[span.after:pe]
        lead = rest.lstrip(" ,")
        if lead[:1] in self.marks.dashes and lead[:1] != "-":
            tok = self._token_at(span.after + len(rest) - len(lead))
            noun = self._next_noun(tok.i + 1, min(len(self.doc), tok.i + 6)) if tok is not None else None
            if noun is not None and noun.pos_ == "PROPN":
                return Cue(None, None, noun, "direct:dash")
        if self.text[ps:span.open_at].strip() or self.text[span.after:pe].strip(" .,"):
            return None
        nxt = [p for p in self.paragraphs if p[0] > pe]
        if not nxt:
            return None
        ns, ne = nxt[0]
        if self.text[ns:ns + 1] not in self.marks.dashes:
            return None
        tok = self._token_at(ns)
        if tok is None:
            return None
        noun = self._next_noun(tok.i + 1, min(len(self.doc), tok.i + 6))
        return Cue(None, None, noun, "direct:dash") if noun is not None else None

    def _governor(self, span: QuotedSpan) -> Cue:
        """A fragment with no speech cue: the subject of the verb it hangs from."""
        toks = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        if toks is None or not len(toks):
            return Cue(None, None, None, "direct:governor")
        head = toks.root
        outside = self._outer_subject(head, span)
        if outside is not None:
            return Cue(None, None, outside, "direct:governor")
        for _ in range(6):
            if head.head.i == head.i:
                break
            if not (span.open_at <= head.head.idx < span.after):
                head = head.head
                if head.pos_ == "VERB":
                    return Cue(None, None, self._subject(head), "direct:governor")
            else:
                head = head.head
        return Cue(None, None, None, "direct:governor")

    def _outer_subject(self, pred: Token, span: QuotedSpan) -> Token | None:
        """'le pape François « s'associe à la douleur »', 'X est « effaré par ... »': the quotation holds the
        predicate and its subject stands just before the opening mark."""
        if pred.pos_ not in ("VERB", "AUX", "ADJ"):
            return None
        open_tok = self._token_at(span.open_at)
        for c in pred.children:
            if c.dep_ in ("nsubj", "nsubj:pass") and c.idx < span.open_at and not self._inside_quote(c.idx) \
                    and c.pos_ in ("NOUN", "PROPN", "PRON") and c.lower_ not in ("qui", "que") and open_tok is not None:
                between = self.doc[c.right_edge.i + 1:open_tok.i]
                # only an auxiliary, a clitic or an adverb between the subject and the mark
                if all(t.is_punct or t.pos_ in ("AUX", "ADV") or t.lower_ in ("se", "s'", "s’", "ne", "n'", "n’")
                       for t in between):
                    return c
        return None

    # -- reported speech ------------------------------------------------------------------------------
    def _reported_candidate(self, verb: Token) -> bool:
        if verb.pos_ != "VERB" or self._inside_quote(verb.idx) or self._negated(verb):
            return False
        cue = self._verb_cue(verb)
        if cue is None or not (cue.clause or cue.infinitive or cue.inverted):
            return False
        if verb.idx > 0 and self.text[verb.idx - 1] in "-‑":
            return False                               # part of a fixed hyphenated word: c'est-à-dire
        morph = verb.morph
        form = morph.get("VerbForm")
        if "Part" in form and "Past" in morph.get("Tense") and not self._has_aux(verb):
            return False                               # "accusée de", "conclu après": adjectival participles
        if "Fin" in form and verb.dep_ == "ROOT" and not any(c.dep_ in _SUBJ_DEPS for c in verb.children):
            return False                               # an imperative ("Rappelons que")
        if self._passive(verb):
            return False                               # "a été condamné": not a speech act of the subject
        if "Imp" in morph.get("Mood") or "1" in morph.get("Person"):
            return False                               # "Rappelons que": the journalist speaking
        if "Inf" in morph.get("VerbForm") or ("Part" in morph.get("VerbForm") and not self._has_aux(verb)
                                               and verb.dep_ in ("acl", "amod")):
            subj = self._subject(verb)
            if subj is None or subj.dep_ == "expl:subj" or subj.lower_ in ("il", "on") and verb.head.lemma_ == "falloir":
                return False
        return True

    @staticmethod
    def _has_aux(verb: Token) -> bool:
        return any(c.dep_.startswith("aux") for c in verb.children)

    def _clause_of(self, verb: Token, cue: SpeechCue) -> tuple[Span, str] | None:
        doc = self.doc
        sent = verb.sent
        end_word = self._cue_end(verb)
        rights = list(verb.rights) + (list(end_word.rights) if end_word is not verb else [])
        for c in rights:
            if cue.clause and c.dep_ in ("ccomp", "obj", "xcomp", "advcl", "acl", "dep"):
                first = c.left_edge
                if first.lower_ in self.lex.complementizers and first.i > verb.i:
                    end = min(c.right_edge.i, sent.end - 1)
                    return doc[first.i + 1:end + 1], "reported:que"
            if cue.infinitive and c.dep_ in ("xcomp", "ccomp") and "Inf" in c.morph.get("VerbForm"):
                start = c.left_edge.i
                while start < c.i and doc[start].pos_ in ("ADP", "SCONJ"):
                    start += 1
                return doc[start:min(c.right_edge.i, sent.end - 1) + 1], "reported:inf"
        if cue.clause:
            nxt = doc[end_word.i + 1] if end_word.i + 1 < sent.end else None
            if nxt is not None and nxt.lower_ in self.lex.complementizers:
                end = sent.end - 1
                return doc[nxt.i + 1:end + 1], "reported:que"
        return None

    def _reported(self, verb: Token) -> Quote | None:
        cue = self._verb_cue(verb)
        assert cue is not None
        found = self._clause_of(verb, cue)
        if found is not None:
            clause, rule = found
            subject = self._subject(verb)
        elif cue.inverted:
            found = self._incise_clause(verb)
            if found is None:
                return None
            clause, rule = found
            subject = self._inverted_subject(verb, verb.sent.end)
        else:
            return None
        return self._reported_quote(clause, rule, self._cue_text(verb), subject, cue.kind)

    def _incise_clause(self, verb: Token) -> tuple[Span, str] | None:
        """'<clause>, a précisé X.' at the end of a sentence with no quotation marks."""
        sent = verb.sent
        start = verb.i
        for c in verb.lefts:
            if c.dep_.startswith("aux"):
                start = min(start, c.i)
        if start - 1 <= sent.start or self.doc[start - 1].text != ",":
            return None
        if any(t.text in self.marks.all_marks for t in sent):
            return None
        if any(c.dep_ in _SUBJ_DEPS and c.i < start and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
            return None                                # "M. X, un partisan de Y, a critiqué les ...": not an incise
        tail = [t for t in self.doc[verb.i + 1:sent.end] if not t.is_punct]
        if any(t.pos_ in _VERBAL for t in tail):
            return None
        return self.doc[sent.start:start - 1], "reported:incise"

    def _reported_quote(self, clause: Span, rule: str, cue_text: str | None, subject: Token | None,
                        kind: str | None) -> Quote | None:
        while len(clause) and (clause[-1].is_punct or clause[-1].is_space):
            clause = clause[:-1]
        while len(clause) and (clause[0].is_punct or clause[0].is_space):
            clause = clause[1:]
        if not len(clause) or count_words(clause.text) < 2:
            return None
        s, e = clause.start_char, clause.end_char
        covered = sum(min(e, b) - max(s, a) for a, b in self.quoted if a < e and b > s)
        if covered > 0.6 * (e - s):
            return None                               # the quotation itself carries the attribution
        speaker = self.resolver.resolve(self.doc, subject, self.history)[0] if subject is not None else None
        return Quote(text=clause.text, start=s, end=e, direct=False, cue=cue_text, speaker=speaker, rule=rule,
                     sentence=self.sentence_index(s), kind=kind)

    def _selon(self, tok: Token) -> Quote | None:
        """Selon X, <clause>  /  <clause>, d'après X."""
        prep = self._prep_cue(tok)
        assert prep is not None
        obj = tok.head if tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN", "PRON") else None
        if obj is None or "Rel" in obj.morph.get("PronType") or obj.lemma_ == "lequel":
            return None
        if obj.pos_ == "NOUN" and not (obj.ent_type_ or (self.resolver.lookup and self.resolver.lookup(self.doc, obj))):
            return None
        sent = tok.sent
        if self._opens_sentence(tok):
            # "Selon le New York Times, <clause>": the clause starts after the comma closing the source
            comma = next((t.i for t in self.doc[obj.i:min(sent.end, obj.i + 15)] if t.text == ","), None)
            if comma is None:
                return None
            clause = self.doc[comma + 1:sent.end]
        elif all(t.is_punct or t.is_space for t in self.doc[obj.right_edge.i + 1:sent.end]):
            clause = self.doc[sent.start:tok.i]        # "<clause>, selon X."
        else:
            clause = sent                              # "<clause>, selon X, <clause>": the whole sentence
        return self._reported_quote(clause, "reported:selon", self.text[tok.idx:tok.idx + len(prep.lemma)], obj, prep.kind)


def _adverbial_locution(tok: Token) -> bool:
    """"de son côté", "pour sa part", "à leur tour": an adverbial phrase the parser took for a subject."""
    return tok.lower_ in ("côté", "part", "tour") and any(
        c.dep_ == "det" and c.lower_ in _POSSESSIVES for c in tok.children)
