"""The "denies or negates" flag in a class that writes German or Spanish (grader_app/core/denial.py, the class's
language: grader_app/core/class_language.py): a model learned from a German or Spanish teacher's marks counts words
as the shipped ones do and accepts answers on its own (tests/learn/test_assistant_holds_denials_de_es.py), so "Eis ist
nicht weniger dicht als Wasser" got the full marks of "Eis ist weniger dicht als Wasser".

The German and Spanish answers here were written for the tests (there is no German or Spanish student text in the
shared data): not real students' answers. CORRECT_DE and CORRECT_ES are right answers to biology and physics
questions, about a third of them with a legitimate negation; the test says how many the flag would hold where the
model accepts them (every one it finds a cue in), the price of a model that cannot read a "nicht"."""
from __future__ import annotations

import pytest

from grader_app.core import flags as F
from grader_app.core import review
from grader_app.core.class_language import DE, EN, ES, class_language
from grader_app.core.denial import denial_cues, denies
from long_sheets import sure_session
from plain_classes import ENGLISH, FRENCH, GERMAN, SPANISH

DENYING_DE = {
    "Osmose bewegt nicht das Wasser.": ["nicht"],
    "Osmose bewegt NICHT das Wasser.": ["nicht"],                                   # capitals
    "Aktiver Transport braucht keine Energie.": ["keine"],
    "Das ist kein Transport, keinen Stoff, keinem Molekül, keiner Zelle, keines Wassers.":
        ["kein", "keinen", "keinem", "keiner", "keines"],
    "Osmose bewegt nie Wasser, niemals.": ["nie", "niemals"],
    "Nichts davon stimmt: Osmose bewegt Wasser.": ["nichts"],
    "Niemand weiß das, Osmose bewegt Wasser.": ["niemand"],
    "Weder Osmose noch Diffusion bewegen Wasser.": ["weder", "noch"],
    "Osmose bewegt Wasser. Das ist falsch.": ["falsch"],
    "Osmose bewegt Wasser, das stimmt nicht.": ["stimmt nicht"],
    "Osmose bewegt Wasser. Alles Unsinn!": ["unsinn"],
    "Osmose bewegt Wasser, aber das ist Quatsch.": ["quatsch"],
    "Das Gegenteil ist richtig: Osmose bewegt Wasser.": ["gegenteil"],
    "Osmose bewegt Wasser (war nur ein Scherz).": ["scherz"],
    "Osmose bewegt Wasser, nur Spaß!": ["nur spaß"],
    "Osmose bewegt Wasser, nur Spass!": ["nur spaß"],                               # ß written ss
    "Osmose bewegt n i c h t Wasser.": ["nicht"],                                   # spaced letters
    "Osmose bewegt N.I.C.H.T. Wasser.": ["nicht"],
    "Osmose bewegt nichttt Wasser.": ["nicht"],                                     # stretched
    "Osmose bewegt n\u0456cht Wasser.": ["nicht"],                                  # a Cyrillic і
    "Osmose bewegt k\u0435ine Energie.": ["keine"],                                 # a Cyrillic е
    "Osmose bewegt n\u200bicht Wasser.": ["nicht"],                                 # a zero-width space inside
    "\u274c Osmose bewegt Wasser": ["\u274c"],
}
DENYING_ES = {
    "La ósmosis no mueve el agua.": ["no"],
    "La ósmosis NO mueve el agua.": ["no"],
    "La ósmosis nunca mueve el agua, jamás.": ["nunca", "jamás"],
    "La osmosis jamas mueve el agua.": ["jamás"],                                   # without the accent
    "Nada de esto es cierto: la ósmosis mueve el agua.": ["nada"],
    "Nadie sabe eso, la ósmosis mueve el agua.": ["nadie"],
    "Ninguno de los dos, ninguna célula, ningún transporte, ningun gasto.": ["ninguno", "ninguna", "ningún",
                                                                             "ningún"],
    "Ni la ósmosis ni la difusión mueven el agua.": ["ni", "ni"],
    "La difusión tampoco gasta energía.": ["tampoco"],
    "La ósmosis mueve el agua. Falso.": ["falso"],
    "La ósmosis mueve el agua, pero es incorrecto.": ["incorrecto"],
    "La ósmosis mueve el agua. Mentira.": ["mentira"],
    "La ósmosis mueve el agua, pero al revés.": ["al revés"],
    "La ósmosis mueve el agua al reves.": ["al revés"],
    "Lo contrario es cierto: la ósmosis mueve el agua.": ["lo contrario"],
    "La ósmosis mueve el agua, es broma.": ["broma"],
    "La ósmosis n o mueve el agua.": ["no"],                                        # spaced letters
    "La ósmosis N.O. mueve el agua.": ["no"],
    "La ósmosis nooo mueve el agua.": ["no"],                                       # stretched
    "La ósmosis n0 mueve el agua.": ["no"],                                         # a zero for the o
    "La ósmosis n\u043e mueve el agua.": ["no"],                                    # a Cyrillic о
    "La ósmosis nunc\u0430 mueve el agua.": ["nunca"],                              # a Cyrillic а
    "\u2717 la ósmosis mueve el agua": ["\u2717"],
}
PLAIN_DE = [
    "Osmose ist die Diffusion von Wasser durch die Membran.",
    "Meine Nichte hat ein Knie verletzt, die Niere filtert das Blut.",      # words that only contain a cue
    "Die Zelle ist noch aktiv, und der Transport macht Spaß.",              # noch without weder, Spaß without nur
    "Im Notfall braucht die Zelle Energie, not und no sind englisch.",      # English words in a German class
    "Der Scherzkeks erklärt das Gegenteilige niedrig.",
    "",
]
PLAIN_ES = [
    "La ósmosis es la difusión del agua a través de la membrana.",
    "La nieve cae en la noche, y el nodo de Ranvier es nuevo.",              # words that only contain a cue
    "Por el contrario, la broma\u00adtología estudia los alimentos.",
    "El revés de la hoja tiene estomas.",                                    # revés without al
    "Not and never are English words here.",
    "",
]


@pytest.mark.parametrize("text", list(DENYING_DE))
def test_a_german_denial_is_read_as_a_teacher_reads_it(text):
    assert denial_cues(text, DE) == DENYING_DE[text] and denies(text, DE)


@pytest.mark.parametrize("text", list(DENYING_ES))
def test_a_spanish_denial_is_read_as_a_teacher_reads_it(text):
    assert denial_cues(text, ES) == DENYING_ES[text] and denies(text, ES)


@pytest.mark.parametrize("text", PLAIN_DE)
def test_german_words_that_only_look_like_a_cue_are_left_alone(text):
    assert denial_cues(text, DE) == []


@pytest.mark.parametrize("text", PLAIN_ES)
def test_spanish_words_that_only_look_like_a_cue_are_left_alone(text):
    assert denial_cues(text, ES) == []


def test_each_language_is_read_for_its_own_words_only():
    assert denial_cues("Osmosis does not move water, it isn't.") == ["not", "isn't"]      # English by default
    assert denial_cues("Osmosis does not move water, it isn't.", DE) == []
    assert denial_cues("Osmose bewegt kein Wasser.", EN) == [] and denial_cues("Osmose bewegt kein Wasser.", ES) == []
    assert denial_cues("La ósmosis nunca mueve el agua.", DE) == []
    assert denial_cues("L'osmose ne déplace jamais l'eau \u274c", "") == ["\u274c"]   # another language: marks only


# ---- the class's language (five plain answers in each, tests/core/plain_classes.py) ---------------------------------


def test_the_class_language_is_read_from_its_function_words():
    assert class_language(ENGLISH) == EN and class_language(GERMAN) == DE and class_language(SPANISH) == ES
    assert class_language(FRENCH) == ""                    # neither: no words are read for a denial, marks only
    assert class_language(GERMAN[:2]) == DE and class_language(SPANISH[:2]) == ES   # too few for writes_english
    assert class_language(["Licht", "Wasser", "ja"]) == EN  # nothing to tell: English, as the shipped models read
    assert class_language(ENGLISH + GERMAN[:1]) == EN and class_language(GERMAN + SPANISH[:1]) == DE
    assert class_language([]) == EN


def test_a_german_or_spanish_class_is_read_for_its_own_denials():
    german = sure_session(GERMAN + ["Osmose bewegt kein Wasser, und aktiver Transport braucht nicht Energie.",
                                    "Osmosis does not move water and active transport does not use energy."])
    assert german.languages["q"] == DE and not german.english["q"]
    assert german.flags[5] == [F.DENIES] and german.status(5) == review.NEEDS_REVIEW
    assert german.flags[6] == [] and all(german.status(k) == review.AUTO for k in range(5))
    spanish = sure_session(SPANISH + ["La ósmosis no mueve el agua y el transporte activo nunca usa energía."])
    assert spanish.languages["q"] == ES and spanish.flags[5] == [F.DENIES]
    assert spanish.status(5) == review.NEEDS_REVIEW
    french = sure_session(FRENCH + ["L'osmose ne déplace jamais l'eau et le transport actif n'utilise pas d'énergie."])
    assert french.languages["q"] == "" and french.flags[5] == [] and french.status(5) == review.AUTO


# ---- what it holds of right answers (written for the tests, not real data) ----------------------------------------

CORRECT_DE = [
    # with a legitimate negation: held where the model would accept them
    "Passiver Transport braucht keine Energie, weil die Stoffe entlang des Konzentrationsgefälles wandern.",
    "Bei der Diffusion wird keine Energie verbraucht, die Teilchen bewegen sich von hoch nach niedrig.",
    "Ohne Licht kann die Pflanze keinen Zucker herstellen, denn die Fotosynthese braucht Lichtenergie.",
    "Enzyme werden bei der Reaktion nicht verbraucht, sie senken nur die Aktivierungsenergie.",
    "Eis schwimmt oben, weil es nicht so dicht ist wie flüssiges Wasser.",
    "Die Zellmembran lässt große Moleküle nicht durch, nur kleine wie Wasser und Sauerstoff.",
    "Rote Blutkörperchen haben keinen Zellkern, dadurch passt mehr Hämoglobin hinein.",
    "Viren sind keine Lebewesen, weil sie keinen eigenen Stoffwechsel haben.",
    "Weder Pflanzen noch Tiere können ohne Wasser leben.",
    "Ein Körper fällt im Vakuum nicht langsamer, alle fallen gleich schnell.",
    "Die Masse ändert sich nie, nur das Gewicht hängt vom Ort ab.",
    "Bei der Osmose geht Wasser durch die Membran, der gelöste Stoff aber nicht.",
    "Prokaryoten haben keinen Zellkern und keine Mitochondrien.",
    "Antibiotika wirken nicht gegen Viren, nur gegen Bakterien.",
    # without one
    "Eis hat eine geringere Dichte als flüssiges Wasser und schwimmt deshalb oben.",
    "Bei der Fotosynthese entstehen aus Wasser und Kohlendioxid mit Licht Glukose und Sauerstoff.",
    "Mitochondrien sind die Kraftwerke der Zelle, dort entsteht ATP bei der Zellatmung.",
    "Aktiver Transport braucht Energie in Form von ATP, um Stoffe gegen das Gefälle zu pumpen.",
    "Die DNA wird in der Transkription in mRNA umgeschrieben, dann folgt die Translation am Ribosom.",
    "Die Kraft ist Masse mal Beschleunigung, also F gleich m mal a.",
    "Das Herz pumpt sauerstoffreiches Blut über die Aorta in den Körper.",
    "Osmose ist die Diffusion von Wasser durch eine halbdurchlässige Membran.",
    "Die Niere filtert das Blut und bildet daraus den Harn.",
    "Schall breitet sich in Wasser schneller aus als in Luft.",
    "Im Notfall nutzt der Körper Fett als Energiespeicher, das Knie braucht Knorpel.",
    "Die Nichte erbt die Augenfarbe über dominante und rezessive Allele.",
    "Ein Stromkreis muss geschlossen sein, damit Strom fließt.",
    "Die Zellwand der Pflanzenzelle besteht aus Zellulose und gibt ihr Halt.",
    "Das Gegengewicht hält den Kran im Gleichgewicht.",
    "Die Lunge tauscht Sauerstoff gegen Kohlendioxid in den Lungenbläschen aus.",
]
CORRECT_ES = [
    # with a legitimate negation: held where the model would accept them
    "El transporte pasivo no necesita energía porque las sustancias van a favor del gradiente.",
    "En la difusión no se gasta energía, las partículas van de mayor a menor concentración.",
    "Sin luz la planta no puede fabricar glucosa, la fotosíntesis necesita energía luminosa.",
    "Las enzimas no se consumen en la reacción, solo bajan la energía de activación.",
    "La membrana no deja pasar moléculas grandes, solo pequeñas como el agua y el oxígeno.",
    "Los glóbulos rojos no tienen núcleo, así caben más moléculas de hemoglobina.",
    "Los virus no son seres vivos porque no tienen metabolismo propio.",
    "Ni las plantas ni los animales pueden vivir sin agua.",
    "En el vacío ningún cuerpo cae más despacio, todos caen igual de rápido.",
    "La masa nunca cambia, solo el peso depende del lugar.",
    "Los procariotas no tienen núcleo ni mitocondrias.",
    "Los antibióticos no sirven contra los virus, solo contra las bacterias.",
    "El hielo flota porque es menos denso, el agua líquida tampoco se comprime fácilmente.",
    "La energía no se crea ni se destruye, solo se transforma.",
    # without one
    "El hielo tiene menor densidad que el agua líquida y por eso flota.",
    "En la fotosíntesis el agua y el dióxido de carbono forman glucosa y oxígeno con la luz.",
    "Las mitocondrias producen ATP en la respiración celular.",
    "El transporte activo usa ATP para bombear sustancias contra el gradiente.",
    "El ADN se transcribe a ARN mensajero y luego se traduce en el ribosoma.",
    "La fuerza es igual a la masa por la aceleración.",
    "El corazón bombea la sangre oxigenada al cuerpo por la aorta.",
    "La ósmosis es la difusión del agua a través de una membrana semipermeable.",
    "El riñón filtra la sangre y forma la orina.",
    "El sonido viaja más rápido en el agua que en el aire.",
    "Los peces nadan gracias a las aletas y respiran por las branquias.",
    "La nieve se forma cuando el vapor de agua se congela en las nubes por la noche.",
    "Un circuito tiene que estar cerrado para que pase la corriente.",
    "La pared celular de las plantas es de celulosa y les da rigidez.",
    "El nodo sinusal marca el ritmo del corazón.",
    "Los pulmones cambian oxígeno por dióxido de carbono en los alvéolos.",
]


@pytest.mark.parametrize("lang, answers, with_negation", [(DE, CORRECT_DE, 14), (ES, CORRECT_ES, 14)])
def test_right_answers_are_held_only_where_they_negate(lang, answers, with_negation):
    """What the flag costs on right answers (invented, not real data): each of the first ``with_negation`` has a cue
    (held, where the model would accept it, at the model's score: the teacher confirms it with one key), none of the
    others has one. German: 14 of 30 (47 %); Spanish: 14 of 30 (47 %), as many as the invented answers negate."""
    assert class_language(answers) == lang
    held = [denies(t, lang) for t in answers]
    assert held == [True] * with_negation + [False] * (len(answers) - with_negation)
