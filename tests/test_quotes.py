"""newsgraph_quotes on real French text (full pipeline, fr_core_news_md)."""

from __future__ import annotations

import json

import pytest


from newsgraph.records import ArticleResult, Quote


def quotes(engine, text: str) -> list[Quote]:
    result = engine.extract(text, published="2017-01-28")
    assert isinstance(result, ArticleResult)
    return result.quotes


def direct(engine, text: str) -> list[Quote]:
    return [q for q in quotes(engine, text) if q.direct]


def test_inverted_attribution_after_the_quote(engine):
    text = ("Le Kremlin a publié un communiqué samedi.\n\n"
            "« Les présidents se sont exprimés en faveur d'une véritable coordination », a précisé le Kremlin "
            "dans un communiqué.")
    (q,) = direct(engine, text)
    assert q.text == "Les présidents se sont exprimés en faveur d'une véritable coordination"
    assert q.cue == "a précisé" and q.rule == "direct:incise"
    assert q.speaker is not None and "Kremlin" in (q.speaker.name or "") + (q.speaker.mention or "")


def test_record_offsets_sentence_and_text(engine):
    text = "Une réunion a eu lieu lundi.\n\nLe porte-parole Jean Martin a déclaré : « Nous ne céderons jamais à la pression. »"
    result = engine.extract(text)
    (q,) = [q for q in result.quotes if q.direct]
    assert result.article.text[q.start:q.end] == q.text == "Nous ne céderons jamais à la pression."
    sent = result.sentences[q.sentence] if q.sentence < len(result.sentences) else None
    assert sent is not None and sent.start <= q.start < sent.end + 2
    assert q.cue == "a déclaré" and q.speaker is not None and q.speaker.name == "Jean Martin"


def test_pronoun_incise_falls_back_to_the_named_speaker(engine):
    text = ("Xavier Pelletan, maire de la commune, a reçu les habitants mardi.\n\n"
            "« Nous allons reconstruire l'école avant la rentrée », a-t-il ajouté.")
    (q,) = direct(engine, text)
    assert q.cue == "a-t-il ajouté"
    assert q.speaker is not None and "Pelletan" in (q.speaker.name or "")


def test_unknown_person_keeps_the_name_as_written(engine):
    text = "« Il faudra des années pour tout reconstruire », a déclaré Ondine Karavelli devant la presse."
    (q,) = direct(engine, text)
    assert q.speaker is not None and q.speaker.name == "Ondine Karavelli"


def test_woven_fragment_is_a_quote_but_short_ones_and_names_are_not(engine):
    text = ("La Maison Blanche a salué un « appel très positif pour la paix », tandis que l'opposition "
            "dénonçait une « farce » dans la ville. L'opération « Bouclier du Nord » a commencé. "
            "Les milices des « unités de mobilisation populaire » avancent vers la ville.")
    qs = direct(engine, text)
    assert [q.text for q in qs] == ["appel très positif pour la paix"]
    assert qs[0].cue == "a salué"


def test_quote_over_two_paragraphs_is_one_quote(engine):
    text = ("Le ministre Paul Ferrand a pris la parole devant les députés.\n\n"
            "« Nous avons tout essayé pour convaincre nos partenaires européens.\n\n"
            "« Mais rien n'y a fait et nous devons maintenant agir seuls », a-t-il conclu.")
    qs = direct(engine, text)
    assert len(qs) == 1
    assert qs[0].text.startswith("Nous avons tout essayé") and qs[0].text.endswith("agir seuls")
    assert "«" not in qs[0].text and qs[0].cue == "a-t-il conclu"


def test_source_note_title_is_not_a_quote(engine):
    text = ("Les soldats ne sont plus payés depuis des mois [ source : « UE : révision du mode de financement "
            "du contingent » . Radio France internationale , 31 mars 2016 . ] selon la presse locale.")
    assert direct(engine, text) == []


def test_reported_speech_with_que_and_selon(engine):
    text = ("Le ministre de la Défense a affirmé que les troupes seraient retirées avant la fin de l'année. "
            "Selon l'agence Reuters, les négociations ont échoué dans la nuit.")
    reported = [q for q in quotes(engine, text) if not q.direct]
    by_rule = {q.rule: q for q in reported}
    assert by_rule["reported:que"].text.startswith("les troupes seraient retirées")
    assert by_rule["reported:que"].cue == "a affirmé"
    assert by_rule["reported:selon"].text.startswith("les négociations ont échoué")
    assert by_rule["reported:selon"].speaker is not None


def test_reported_incise_without_marks(engine):
    text = "Le navire a été arraisonné au large de la ville de Tobrouk, a précisé le ministère de l'Intérieur turc."
    (q,) = [q for q in quotes(engine, text) if not q.direct]
    assert q.rule == "reported:incise" and q.cue == "a précisé"
    assert q.text.startswith("Le navire a été arraisonné")


def test_speech_verbs_inside_a_quote_are_not_reported_speech(engine):
    text = "« On dit que le gouvernement ne paie pas les militaires », a déclaré le porte-parole Luc Andrin."
    qs = quotes(engine, text)
    assert [q.direct for q in qs] == [True]


def test_seed_quotes_and_speakers(engine, shared):
    """Issue 5 check: all 5 seed quotes with the right speaker, nothing from the 'Lire aussi' teaser."""
    gold = json.loads((shared / "eval/dev/seed.gold.jsonl").read_text("utf-8").splitlines()[0])
    results = [r for r in engine.run([str(shared / "eval/dev/seed.input.jsonl")]) if isinstance(r, ArticleResult)]
    (result,) = results
    found = [q for q in result.quotes if q.direct]
    assert not any("On ne connaît rien de la Russie" in q.text for q in found)
    countries = {"Kremlin": "RUS", "Maison Blanche": "USA", "Washington": "USA", "Donald Trump": "USA"}
    assert len(found) == len(gold["quotes"]) == 5
    for g in gold["quotes"]:
        hits = [q for q in found if g["quote"][:30] in q.text]
        assert hits, g["quote"]
        assert hits[0].speaker is not None and hits[0].speaker.country == countries[g["speaker"]["name"]], g["quote"]


def test_incise_with_adverb_and_clitic_keeps_the_whole_cue(engine):
    text = ("Le président Paul Ferrand a prononcé son discours devant le Congrès.\n\n"
            "« Il s'agit de donner un cap au pays pour les quatre prochaines années », a-t-il d'abord affirmé.")
    (q,) = direct(engine, text)
    assert q.rule == "direct:incise" and q.cue == "a-t-il d'abord affirmé"
    assert q.speaker is not None and "Ferrand" in (q.speaker.name or "")


def test_sentence_initial_pour_names_the_speaker(engine):
    text = "Ainsi, pour Jérôme Rivière, membre du comité de campagne : « Pas de flash info, ni émotion, ni colère »."
    (q,) = direct(engine, text)
    assert q.cue is not None and q.cue.lower() == "pour"
    assert q.speaker is not None and q.speaker.name == "Jérôme Rivière"


def test_update_note_title_is_not_a_quote(engine):
    text = ("Page actualisée : 23 mars 2016 — « Attentats de Bruxelles : le second kamikaze a été identifié »\n\n"
            "Au moins 34 personnes ont été tuées dans les attentats.")
    assert direct(engine, text) == []


def test_pour_lui_and_incise_with_pronoun_phrase(engine):
    text = ("Le député Marc Olivier a défendu son épouse devant la presse.\n\n"
            "Pour lui, « il n'y a aucune raison de démissionner maintenant ».\n\n"
            "« Il aimait raconter qu'il avait su mettre le ski à la portée de tous », a dit de lui la municipalité "
            "de Megève.")
    first, second = direct(engine, text)
    assert first.speaker is not None and first.speaker.name == "Marc Olivier"
    assert second.cue == "a dit" and second.speaker is not None
    assert "municipalité" in (second.speaker.mention or second.speaker.name or "")


def test_name_and_colon_or_dash_name_the_speaker(engine):
    text = ("Donald Trump : « Nous allons construire un mur à la frontière »\n\n"
            "« Le travail ne fait que commencer pour nous tous » — Angela Merkel, chancelière allemande.")
    first, second = direct(engine, text)
    assert first.rule == "direct:colon" and first.speaker is not None and first.speaker.name == "Donald Trump"
    assert second.rule == "direct:dash" and second.speaker is not None and "Merkel" in second.speaker.name


def test_an_unknown_speaker_takes_the_country_of_its_nationality_adjective(engine):
    """"une source policière française" in an article set in Belgium is French, not Belgian."""
    text = ("Un homme a été arrêté à Anvers, en Belgique.\n\n"
            "« Il est connu pour des infractions de droit commun », précise une source policière française.")
    (q,) = direct(engine, text)
    assert q.speaker is not None and q.speaker.country == "FRA"


def test_quoted_predicate_takes_the_subject_before_the_mark(engine):
    """The quotation holds the verb; its subject stands outside, just before the opening mark."""
    text = ("Le pape François « s'associe à la douleur et à l'horreur » des fidèles.\n\n"
            "L'imam de la ville, Mohammed Karabila, est « effaré par le décès de son ami. »")
    first, second = direct(engine, text)
    assert first.speaker is not None and "François" in first.speaker.name
    assert second.speaker is not None and second.speaker.name == "Mohammed Karabila"


def test_colon_after_a_reflexive_verb_names_its_subject(engine):
    text = ("L'évêque Gervais Banshimiyubusa s'est de son côté étonné d'une telle demande, ponctuant sa réponse "
            "d'une question : « Pourquoi ? Les réfugiés ont peur de rentrer ? »")
    (q,) = direct(engine, text)
    assert q.rule == "direct:colon" and q.speaker is not None and q.speaker.name == "Gervais Banshimiyubusa"


def test_incise_after_the_quote_passive_agent_or_subject_before(engine):
    text = ("Le chômage baisse, semblant confirmer « l'inversion de la courbe du chômage », promise par le "
            "gouvernement.\n\n"
            "Les Farc, « très attristés par cette tragédie », ont proposé leur aide pour reconstruire la ville.")
    first, second = direct(engine, text)
    assert first.speaker is not None and first.speaker.sector == "GOV"
    assert second.speaker is not None and second.speaker.group == "FARC"


def test_two_word_cues_and_causative_dire(engine):
    text = ("« Ce décès porte à 86 le nombre de personnes tuées », a fait savoir Juliette Méadel dans un "
            "communiqué.\n\n"
            "Les porte-parole, Guy Chevrette et Benoît Jugand, font valoir que l'entente constitue une "
            "« injustice réglementaire, économique et politique » pour les chauffeurs.\n\n"
            "Ce revirement fait dire au journal économique La Tribune que le « président du groupe montre un "
            "opportunisme à toute épreuve ».")
    first, second, third = direct(engine, text)
    assert first.cue == "a fait savoir" and first.speaker is not None and first.speaker.name == "Juliette Méadel"
    assert second.cue == "font valoir" and second.speaker is not None and "Chevrette" in second.speaker.name
    assert third.speaker is not None and third.speaker.name == "La Tribune" and third.speaker.sector == "MED"


def test_a_statement_noun_names_its_author_and_a_possessive_source_names_nobody(engine):
    text = ("D'après un communiqué de presse de Amaq, l'agence de l'organisation, il serait mort « en supervisant "
            "les opérations contre Alep ».\n\n"
            "L'agence Amaq annonce que, selon ses sources, la tuerie a été perpétrée par « un combattant de "
            "l'organisation ».")
    found = [(q.cue, q.speaker.name if q.speaker else "") for q in direct(engine, text)]
    assert [name for _, name in found][0] == "Amaq"
    assert found[1][0] == "annonce" and "Amaq" in found[1][1]


def test_quotations_in_a_row_share_the_incise_after_the_last(engine):
    text = ("Le bilan est lourd.\n\n"
            "J'ai vu des « corps voler dans les airs », « c'était un carnage sur le trottoir », ont affirmé des "
            "témoins.")
    first, second = direct(engine, text)
    assert first.cue == second.cue == "ont affirmé"
    assert first.speaker is not None and "témoins" in first.speaker.name


def test_a_woven_quotation_after_a_colon_is_the_words_of_the_subject_before_it(engine):
    text = ("Le chercheur Paul Durand nuance les effets de la crise : elle est plus ressentie dans la capitale que "
            "dans le reste du pays, où « l'économie de subsistance ne souffre pas autant ».")
    (q,) = direct(engine, text)
    assert q.rule == "direct:colon" and q.speaker is not None and q.speaker.name == "Paul Durand"



# -- pronoun speakers go to their antecedent, not to the last person named --------------------------------
PRONOUN_SPEAKERS = [
    # the subject of the sentence before, not the object named last
    ("Emmanuel Macron a reçu Vladimir Poutine à Versailles lundi. "
     "« Nous avons eu un échange franc et direct », a-t-il déclaré.", "FRA"),
    # a role subject with no person named: its country
    ("Le ministre turc des Affaires étrangères a annoncé la fermeture de la frontière. "
     "« Nous ne pouvons plus accueillir de réfugiés », a-t-il expliqué.", "TUR"),
    # the agent of a passive
    ("La nouvelle est accueillie avec soulagement par l'Union américaine pour les libertés civiles : "
     "« Les tentatives du gouvernement ont eu un impact terrible sur des innocents », a-t-elle déclaré.",
     "Union américaine"),
    # a partitive pronoun: a member of its group
    ("L'un des manifestants présents à Tunis précise que « le mouvement continuera jusqu'à la victoire ».",
     "manifestants"),
    # a subject pronoun in the sentence between: the chain goes back to its antecedent, not to the persons named
    ("Usain Bolt a remporté le 200 mètres. Il rejoint ainsi le Finlandais Paavo Nurmi et l'Américain Carl Lewis au "
     "nombre total de médailles d'or. « Je suis le plus grand athlète de tous les temps », a-t-il lancé.", "Bolt"),
    # impersonal "on": unknown, not the person named before
    ("Le navire de Jean Morel a été arraisonné au large de la Libye. "
     "« Nous avons trouvé treize tonnes de drogue à bord », a-t-on indiqué.", None),
]


@pytest.mark.parametrize("text,expected", PRONOUN_SPEAKERS)
def test_pronoun_speaker_is_its_antecedent(engine, text, expected):
    (q,) = direct(engine, text)
    if expected is None:
        assert q.speaker is None
        return
    assert q.speaker is not None
    said = (q.speaker.country or "", q.speaker.name or "", q.speaker.mention or "")
    assert expected in said or any(expected in part for part in said[1:])


# -- speakers the parse hides: an inverted subject after an adjective, a subject hung on a participle ---------
HIDDEN_SPEAKERS = [
    ("« Les chauffeurs pourront travailler dans toutes les zones de la province dès lundi » a déclaré le nouveau "
     "ministre des transports, Laurent Lessard.", "Laurent Lessard"),
    ("« Le pays traverse une crise profonde et durable », a déclaré le nouveau ministre des Finances.", "ministre"),
    ("Interrogée lundi à Toulouse, Martine Aubry , battue au premier tour de la primaire en octobre, a déclaré "
     "qu'elle ne serait pas « une candidate de substitution » si Hollande renonçait.", "Martine Aubry"),
    # an adverbial between the auxiliary and the participle ("a pour sa part ajouté", "a de son côté dénoncé")
    ("Selon le ministre du budget, Paul Dorval, « il manque des milliards » ; le ministre des finances, Marc "
     "Lenoir, a pour sa part ajouté : « C'est une situation très difficile pour le pays. »", "Lenoir"),
    ("Le gouvernement malien, impuissant, a de son côté dénoncé « la furie destructrice des islamistes armés ».",
     "gouvernement malien"),
    # an object clitic before the auxiliary of an incise
    ("Nadine Morano l'avait appelée la « châtelaine ». « C'est la grande bourgeoisie qui parle quand je vous "
     "vois », lui avait dit Christian Jacob, président du groupe UMP.", "Christian Jacob"),
    # a speech verb tagged as a noun or an adjective where only a verb can stand
    ("« Ces actes d'une extrême violence sont inadmissibles », juge le ministère de l'Intérieur.", "ministère"),
    ("Michel Guay, jeune appelé et témoin de la scène, raconte : « Nous avons vu les camions arriver sur la "
     "place. »", "Michel Guay"),
    # "comme le rappelle X": the subject after the verb, not the first subject of the sentence
    ("La Syrie refuse toute enquête, bien que, comme le rappelle Human Rights Watch, « les responsables de "
     "crimes de guerre peuvent être poursuivis ».", "Human Rights Watch"),
    # a speech verb tagged as a noun before a colon that opens the clause holding the quotation
    ("Paul Verdier, de l'Institut Montaigne, nuance toutefois le bilan de la réforme : elle est surtout visible "
     "dans les grandes villes où « les loyers ont cessé de monter depuis deux ans ».", "Paul Verdier"),
    # "qui" hung on the place ending a description: the person the description is set beside
    ("« Deux médecins ont été blessés », a ajouté Luca Ferri, le chef de mission de MSF pour la Somalie qui "
     "considère qu'il s'agit « d'un bombardement visant les civils ».", "Luca Ferri"),
    # a statement noun as subject: its author
    ("« Le pilote a été transporté à l'hôpital de Salta », précise le communiqué rédigé par les organisateurs du "
     "rallye.", "organisateurs"),
    ("C'est d'ailleurs l'analyse de Gabriel Ruyiri, le président de l'organisation anti-corruption : « Les "
     "recettes vont augmenter grâce aux nouvelles taxes »", "Gabriel Ruyiri"),
    # a cue tagged as an adjective before a colon, with no subject of its own: the subject of the sentence
    ("Pendant la campagne, Hamon avait dénoncé le soutien de Nicolas Miguet à Valérie Pécresse en tweetant : "
     "« Voilà ce que devient la droite républicaine en Île-de-France »", "Hamon"),
    # a partitive subject with a name set off after it
    ("L'un des deux porte-parole des équipes scientifiques ayant participé à la recherche du virus, Jean Lemaire, "
     "a annoncé : « C'est un résultat provisoire, mais nous le croyons solide ».", "Jean Lemaire"),
    # "qui" hung on a thing that complements an adjective: the noun the adjective describes
    ("Manuel Valls a été enfariné jeudi à Strasbourg par un militant opposé à la loi travail qui a crié « on "
     "n'oublie pas, on ne pardonne pas ».", "militant"),
    # a cleft sentence right after the quotation: "C'est ce qu'a affirmé X", "C'est ce que X a déclaré"
    ("« La France ne cédera pas face à la menace terroriste. » C'est ce qu'a affirmé le président François "
     "Hollande lundi soir.", "Hollande"),
    ("« Nous ne négocierons jamais avec les terroristes ». C'est ce que le Premier ministre Manuel Valls a "
     "déclaré mardi.", "Valls"),
    # a present participle's sentence subject is not a thing: "Un écran géant ..., dénonçant"
    ("Un écran géant était installé sur la place, où a été diffusé un message de la comédienne Josiane Balasko, "
     "dénonçant « les préjugés qui tuent chaque jour ».", "Balasko"),
    # namesakes: the pronoun goes to the one of its gender, as the noun beside each name gives it
    ("François Fillon a tenu un meeting à Paris. Son épouse Penelope Fillon était présente. « Je ne renoncerai "
     "pas à ma candidature », a-t-il déclaré.", "François"),
    ("Penelope Fillon a été entendue par les enquêteurs. Son mari François Fillon était absent. « Je n'ai rien "
     "à cacher », a-t-elle déclaré.", "Penelope"),
    ("François Fillon a dénoncé une opération politique. Sa femme Penelope Fillon a été entendue par les "
     "enquêteurs. « Je n'ai rien à cacher », a déclaré Mme Fillon.", "Penelope"),
]


@pytest.mark.parametrize("text,name", HIDDEN_SPEAKERS)
def test_speaker_the_parse_hides(engine, text, name):
    q = direct(engine, text)[-1]
    assert q.speaker is not None and name in (q.speaker.name or "")


def test_a_sentence_naming_someone_else_ends_the_continued_quotation(engine):
    text = ("« Nous ne céderons pas », a déclaré Emmanuel Macron. Le Premier ministre Édouard Philippe est resté "
            "silencieux. « La France restera unie face à la menace terroriste. »")
    first, second = direct(engine, text)
    assert first.speaker is not None and first.speaker.name == "Emmanuel Macron"
    assert second.speaker is None


def test_a_verb_with_its_subject_before_it_is_not_an_incise(engine):
    text = ("Paul Martin, un partisan de Jacques Chirac pendant la campagne, a critiqué les autres mesures du "
            "gouvernement, comme la réforme des retraites.")
    assert [q for q in quotes(engine, text) if q.rule == "reported:incise"] == []


def test_a_role_noun_does_not_take_the_words_of_a_description_quoted_before(engine):
    """"Le ministère s'est dit ..." after "ont raconté les témoins": the ministry, not the witnesses."""
    text = ("« Ces actes sont inadmissibles », a déclaré le ministère de l'Intérieur. « Nous les avons vus partir en "
            "courant vers la gare », ont raconté les témoins.\n\n"
            "Le ministère s'est dit déterminé à « combattre toutes les formes de violence ».")
    last = direct(engine, text)[-1]
    assert last.speaker is not None and "témoins" not in (last.speaker.name or "")


def test_a_pronoun_linked_to_a_name_keeps_it_over_the_last_speaker(engine):
    text = ("La journaliste Ana Pastor a été licenciée vendredi. Pour se justifier, la chaîne TVE a publié un "
            "communiqué affirmant qu'elle lui avait offert « un autre poste en fin de soirée ». Néanmoins, Pastor "
            "nia cette version ; elle écrivit sur Twitter : « Ils ne m'ont donné aucune raison valable. »")
    last = direct(engine, text)[-1]
    assert last.speaker is not None and "Pastor" in (last.speaker.name or "")


def test_the_newspapers_own_information_names_no_speaker(engine):
    (q,) = direct(engine, "Selon nos informations, « le ministre va démissionner dans les prochains jours ».")
    assert q.speaker is None


# -- an incise the previous speaker must not take: a set phrase inside it, a verb mistagged before "-t-il", a chain
INCISES_AFTER_A_SPEAKER = [
    ("« Le rallye doit continuer malgré tout », a pour sa part commenté l'Automobile club de Monaco.",
     "Automobile club"),
    ("« Ces fossiles sont assez différents des autres », remarque-t-il.", "Jean Ferrand"),
    ("« Le rallye doit continuer malgré tout », complète de son côté le ministre des Sports.", "ministre"),
    ("« Les clients sont surtout des expatriés qui travaillent ici », analyse le propriétaire, Jean Motsch.",
     "Jean Motsch"),
    ("« Le rallye doit continuer », mais « nous avons appris la leçon », a affirmé Paolo Gentiloni.", "Gentiloni"),
    ("« Ces emplois étaient tout à fait réels », s'est défendu Bruno Le Roux.", "Le Roux"),
]


@pytest.mark.parametrize("second,name", INCISES_AFTER_A_SPEAKER)
def test_an_incise_after_the_quotation_beats_the_previous_speaker(engine, second, name):
    text = "Le pilote Jean Ferrand a été interrogé. « Nous avons fait notre travail », a-t-il confié. " + second
    last = direct(engine, text)[-1]
    assert last.rule == "direct:incise" and last.speaker is not None and name in (last.speaker.name or "")


def test_a_time_expression_is_never_the_speaker(engine):
    text = ("Le général Kelche, chef d'état-major des armées, l'a rappelé, hier matin, au cours d'une prise "
            "d'armes sur les hauteurs de Mitrovica : « Nous avons rempli notre mission dans cette ville difficile ».")
    (q,) = direct(engine, text)
    assert q.speaker is None or "matin" not in (q.speaker.name or "")


def test_a_genitive_inside_the_subject_is_not_the_antecedent(engine):
    text = ("La décision de Nicolas Sarkozy de fermer le commissariat a été rendue publique hier par le préfet "
            "Bernard Fitoussi. « Ce choix devrait permettre d'atteindre une meilleure efficacité » a-t-il déclaré.")
    (q,) = direct(engine, text)
    assert q.speaker is not None and "Fitoussi" in (q.speaker.name or "")


NATIONALITY_INCISES = [
    ("« Nous avons tout perdu dans les bombardements », raconte une jeune Syrienne réfugiée à Izmir.", "SYR"),
    ("« Personne ne nous a prévenus de l'attaque », affirment deux Américains présents sur place.", "USA"),
]


@pytest.mark.parametrize("text,country", NATIONALITY_INCISES)
def test_a_capitalised_nationality_after_an_incise_verb_gives_its_country(engine, text, country):
    (q,) = direct(engine, text)
    assert q.speaker is not None and q.speaker.country == country


def test_a_nominalised_nationality_adjective_is_the_inverted_speaker(engine):
    text = ("Le tireur, Esteban Santiago, a ouvert le feu à l'aéroport de Fort Lauderdale. « Il tirait sur "
            "tout le monde sans rien dire », a raconté une Canadienne qui attendait son vol vers Toronto.")
    (q,) = direct(engine, text)
    assert q.speaker is not None and "Canadienne" in (q.speaker.name or "")


# -- a woven fragment's governor that is not a speech verb: only an actor speaks, not a thing
WOVEN_THINGS = [
    "La soirée a réuni des centaines de militants. Cette soirée « restera dans les mémoires de tous les participants ».",
    "Le texte « ouvre la voie à une réforme profonde du système » et sera examiné mardi par les députés.",
]


@pytest.mark.parametrize("text", WOVEN_THINGS)
def test_a_thing_governing_a_woven_fragment_is_not_its_speaker(engine, text):
    (q,) = direct(engine, text)
    assert q.rule == "direct:governor" and q.speaker is None


@pytest.mark.parametrize("text,name", [
    ("Le pape François « s'associe à la douleur des familles des victimes ».", "François"),
    ("Devant la gare, un homme « ne comprenait pas pourquoi la police tirait sur la foule ».", "homme"),
])
def test_a_person_governing_a_woven_fragment_is_still_its_speaker(engine, text, name):
    (q,) = direct(engine, text)
    assert q.speaker is not None and name in (q.speaker.name or "")



# -- who a participle cue's subject is: the inverted name after a cleft "c'est ce qu'a ...", and not the agent of a
# participle that merely describes the quotation's own subject
PARTICIPLE_SUBJECTS = [
    ("Le gouvernement a présenté son plan lundi. C'est ce qu'a annoncé le ministre Jean Dupont, soulignant "
     "que « la situation est grave et exige une réponse ».", True),
    ("Le syndicat a réagi. Les mesures annoncées par le ministre Jean Dupont « ne suffiront pas à régler "
     "le problème ».", False),
]


@pytest.mark.parametrize("text,speaks", PARTICIPLE_SUBJECTS)
def test_the_subject_of_a_participle_cue(engine, text, speaks):
    (q,) = direct(engine, text)
    assert (q.speaker is not None and "Dupont" in (q.speaker.name or "")) == speaks




def test_unknown_speaker_takes_the_country_of_the_article_places(engine):
    # no actor names a country: the city of the headline does (Nice -> FRA); a place abroad gives its own
    text = ("Nice : un blessé de la promenade des Anglais succombe à l'hôpital\n\n"
            "« Ce décès porte à 86 le nombre de personnes tuées », a fait savoir Ondine Karavelli dans un communiqué.")
    (q,) = direct(engine, text)
    assert q.speaker is not None and q.speaker.name == "Ondine Karavelli" and q.speaker.country == "FRA"
    text = text.replace("Nice", "Montréal")
    (q,) = direct(engine, text)
    assert q.speaker is not None and q.speaker.country == "CAN"


def test_an_adverbial_phrase_is_no_speaker_and_a_relative_after_a_date_is_said_of_the_name(engine):
    text = ("Burundi : trafic d'or\n\nOfficiellement 411 kg d'or burundais se sont exportés vers Dubaï en 2015 qui de "
            "son côté déclare en avoir importé plus de 3 tonnes depuis le Burundi.")
    quotes = engine.extract(text, published="2016-11-07").quotes
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.mention == "Dubaï", quotes


@pytest.mark.parametrize("text, cue, speaker", [
    # an incise set between commas inside the marks
    ("Les liens entre les deux hommes sont anciens. « J'entretiens avec lui une relation de très grande confiance, "
     "confiait d'ailleurs Benoît Hamon en 2010. J'écoute ses conseils. »", "confiait", "Hamon"),
    ("« La situation est grave, explique Bernard Cazeneuve. Nous devons agir vite. »", "explique", "Cazeneuve"),
])
def test_an_incise_inside_the_marks_names_the_speaker(engine, text, cue, speaker):
    (q,) = direct(engine, text)
    assert q.rule == "direct:incise" and q.cue == cue, (q.rule, q.cue)
    assert q.speaker is not None and speaker in (q.speaker.name or ""), q.speaker


def test_a_quotation_alone_after_a_sentence_about_a_named_person_is_theirs(engine):
    text = "François Fillon ne s'est pas laissé perturber. « Plus ils manifesteront, plus les Français me soutiendront. »"
    (q,) = direct(engine, text)
    assert q.rule == "direct:previous-subject" and q.speaker is not None and "Fillon" in (q.speaker.name or "")


def test_a_quotation_alone_after_another_paragraph_stays_unattributed(engine):
    text = "François Fillon ne s'est pas laissé perturber.\n\n« Plus ils manifesteront, plus les Français me soutiendront. »"
    (q,) = direct(engine, text)
    assert q.rule != "direct:previous-subject"


def test_a_pronoun_speaker_can_stand_for_a_person_noun_subject(engine):
    text = ("France : les agressions dans les bus\n\nLe chauffeur a pris sa retraite. Il déclare que tout le monde "
            "validait son titre de transport. Selon lui « aujourd’hui, les gens ne paient plus leur ticket. »")
    (q,) = direct(engine, text)
    assert q.speaker is not None and "chauffeur" in (q.speaker.name or ""), q.speaker


def test_a_thing_before_a_colon_is_no_speaker_but_a_named_holder_is(engine):
    (q,) = direct(engine, "France : hommage\n\nUne veillée a eu lieu dimanche à Paris. Cette veillée avait pour thème : "
                          "« Nous ne céderons pas à la peur et à la haine ».")
    assert q.speaker is None, q.speaker
    (q,) = direct(engine, "France : médias\n\nLe journaliste Éric Fottorino a réagi lundi. Ce n'est pas l'avis de "
                          "Fottorino : « la présence du président à cette cérémonie pose un vrai problème ».")
    assert q.speaker is not None and "Fottorino" in (q.speaker.name or ""), q.speaker
