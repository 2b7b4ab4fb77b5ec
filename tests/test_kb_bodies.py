"""National bodies, IGOs and generic body nouns of the knowledge base, resolved through the full pipeline."""

from __future__ import annotations

import pytest

from tests.test_actors import mention


@pytest.mark.parametrize("text, name, code", [
    # a national police or gendarmerie takes the country of its adjective, not France's
    ("La police nationale congolaise a arrêté dix personnes.", "police nationale congolaise", "CODCOP"),
    ("La Force aérienne royale thaïlandaise a bombardé des positions.", "Force aérienne royale thaïlandaise", "THAMIL"),
    ("La force aérienne nigériane a bombardé un camp.", "force aérienne nigériane", "NGAMIL"),
    # civil aviation is a government body, military aviation is not
    ("L'aviation civile thaïlandaise a suspendu les vols.", "aviation civile thaïlandaise", "THAGOV"),
    ("La DGAC a annoncé des annulations.", "DGAC", "FRAGOV"),
    ("Le FSB a arrêté un espion.", "FSB", "RUSSPY"),
    # a government spokesperson of the KB is never the spokesperson of the ministry the text names
    ("Le porte-parole du ministère des Armées a démenti toute frappe française.",
     "porte-parole du ministère des Armées", "FRAMIL"),
    ("Les mercenaires de l'Africa Corps ont été déployés au Mali.", "Africa Corps", "RUSMIL"),
    ("La Gendarmerie royale du Canada a ouvert une enquête.", "Gendarmerie royale du Canada", "CANCOP"),
    # high courts many countries have are role nouns: the adjective's country, else the article's
    ("Le Conseil constitutionnel sénégalais a validé la liste.", "Conseil constitutionnel sénégalais", "SENJUD"),
    ("La Cour de cassation belge a rejeté le pourvoi.", "Cour de cassation belge", "BELJUD"),
    ("Au Sénégal, le Conseil constitutionnel a validé la liste des candidats. Le président Macky Sall a salué "
     "la décision.", "Conseil constitutionnel", "SENJUD"),
    ("Emmanuel Macron a promulgué la loi. Le Conseil constitutionnel a censuré plusieurs articles, a indiqué "
     "le gouvernement français.", "Conseil constitutionnel", "FRAJUD"),
    ("Le cartel de Sinaloa a revendiqué l'attaque au Mexique.", "cartel de Sinaloa", "MEXCRM"),
    ("Le Front de libération de l'Azawad a revendiqué l'embuscade.", "Front de libération de l'Azawad", "MLIREB"),
    # an acronym of two readings: the Brazilian gang where the article is Brazilian, else the Chinese party
    ("À São Paulo, le PCC a ordonné des attaques contre la police brésilienne.", "PCC", "BRACRM"),
    ("Le PCC a réuni son comité central à Pékin.", "PCC", "CHNGOV"),
])
def test_national_bodies_and_groups(run, text, name, code):
    assert mention(run(text), name).actor.code == code


def test_new_igo_names_and_acronyms(run):
    assert mention(run("L'OIM a dénoncé le naufrage."), "OIM").actor.org == "IOM"
    assert mention(run("Le Conseil de paix et de sécurité de l'UA a suspendu le Mali."),
                   "Conseil de paix et de sécurité de l'UA").actor.org == "AU"


def test_acronym_with_two_readings_follows_its_cues(run):
    doc = run("Le MIT turc a arrêté un espion à Ankara.")
    assert mention(doc, "MIT").actor.code == "TURSPY"
    doc = run("Les chercheurs du MIT ont publié une étude.")
    assert not any(m.text == "MIT" and m.actor and m.actor.country for m in doc._.mentions)

