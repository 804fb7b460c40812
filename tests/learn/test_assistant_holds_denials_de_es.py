"""A model learned from a German or Spanish teacher's marks accepts answers on its own, as in English, and counts words
as the shipped ones do: "Eis ist nicht weniger dicht als Wasser ..." got the full marks of the answer it denies,
accepted unread. The session holds it ('denies or negates', read in the class's language: core.class_language), and the
assistant takes only what the session takes. A real session, a real fit: the invented class of the other learning
tests written in German and Spanish (invented_de_es.py, not real students' answers) with denials added, unmarked, at
the model's own threshold."""
from __future__ import annotations

import pytest

from grader_app.core import review
from grader_app.core.class_language import DE, ES
from grader_app.core.flags import DENIES
from invented_de_es import invented_class_in
from test_assistant_holds_denials import learned_from_marks

DENIALS = {
    DE: ["Eis ist nicht weniger dicht als Wasser und Wasserstoffbrücken halten die Moleküle nicht in einem offenen Gitter",
         "Eis hat keine geringere Dichte und die Kristallstruktur hält die Moleküle niemals auseinander",
         "Weder hat Eis eine geringere Dichte noch sind die Moleküle in einem sechseckigen Gitter verteilt",
         "Eis ist weniger dicht als Wasser und Wasserstoffbrücken halten die Moleküle in einem offenen Gitter. Nur Spaß!",
         "Das ist falsch: Eis hat eine geringere Dichte und die Moleküle sind in einem sechseckigen Gitter verteilt"],
    ES: ["El hielo no es menos denso que el agua y los puentes de hidrógeno no mantienen las moléculas en una red abierta",
         "Es falso que el hielo tiene una densidad más baja y la estructura cristalina nunca mantiene separadas las "
         "moléculas",
         "Ni el hielo tiene una densidad más baja ni las moléculas están espaciadas en una red hexagonal",
         "El hielo es menos denso que el agua y la estructura cristalina mantiene separadas las moléculas, es broma",
         "Lo contrario es cierto: su densidad es menor que la del agua líquida y las moléculas están en una red "
         "hexagonal"],
}


@pytest.mark.parametrize("lang", [DE, ES])
def test_the_learned_model_takes_no_denial_in_german_or_spanish(tmp_path, lang):
    texts, scores = invented_class_in(lang, 160, seed=3)
    session, keys, learner = learned_from_marks(tmp_path, texts + DENIALS[lang], scores)   # last: never among the marked
    learner.sync(session)
    a = learner.assistant
    assert a.model.qualified and not session.english["own"] and session.languages["own"] == lang
    m, index = a.model, {k: i for i, k in enumerate(keys)}
    taken = {keys[i] for i in a.auto_scores()}
    assert len(taken) > 20                                # the model takes answers alone in this class
    denials = [k for k in keys if session.answers[k].text in DENIALS[lang]]
    credited = [k for k in denials if m.labels[m.predicted_index()[index[k]]] > min(m.labels)]
    sure = [k for k in credited if m.confidence[index[k]] >= session.threshold("own")]
    assert len(sure) >= 3                                 # it would take them with credit: the hole
    assert all(DENIES in session.flags[k] and session.status(k) == review.NEEDS_REVIEW for k in sure)
    assert taken == {k for k in keys if session.status(k) == review.AUTO} and not taken & set(denials)
    p = a.progress()
    assert p.auto == len(taken) and p.need_you == sum(session.needs_teacher(k) for k in keys)
