from grader_app.core import flags as F

PROMPT = ("After reading the group's procedure, describe what additional information you would need "
          "in order to replicate the experiment.")


def test_each_flag_fires_on_its_case_and_not_on_prose():
    texts = [
        "",                                   # blank
        "   ",                                # blank (spaces only)
        "vinegar",                            # too short
        "describe what additional information you would need in order to replicate the experiment",  # copied
        "You need the amount of vinegar and the size of the containers.",
        "You need the amount of vinegar and the size of the containers.",  # duplicate
        "asdkjh qwrtpl zxcvbnm kjhgfd lkjhg",  # gibberish
        "Necesitas saber cuanto vinagre pusieron en cada recipiente durante todo experimento completo",  # Spanish
        "The amount of vinegar, the type of container and the temperature of the room.",
    ]
    got = F.flags_for_group(texts, PROMPT)
    assert got[0] == [F.BLANK] and got[1] == [F.BLANK]
    assert got[2] == [F.TOO_SHORT]
    assert F.COPIED in got[3]
    assert got[4] == [F.DUPLICATE] and got[5] == [F.DUPLICATE]
    assert F.NOT_PROSE in got[6]
    assert F.NOT_PROSE in got[7]
    assert got[8] == []


def test_duplicates_ignore_case_and_spacing_but_not_blanks():
    assert F.duplicate_keys(["Same  answer here", "same answer here", "", ""]) == [
        "same answer here", "same answer here", None, None]


def test_list_style_answer_is_prose():
    assert not F.is_not_prose("Vinegar amount, vinegar type, sample size, container size.")


def test_numbers_only_is_not_prose():
    assert F.is_not_prose("12 34 56 78")
    assert not F.is_not_prose("The mass went from 9.8 g to 9.4 g because the acid dissolved it.")


GERMAN_CLASS = [
    "Die Pflanze braucht Licht, Wasser und Kohlendioxid, um in den Chloroplasten Zucker herzustellen.",
    "Bei der Fotosynthese wird Lichtenergie in chemische Energie umgewandelt, dabei entsteht Glukose.",
    "Die Blätter nehmen das Licht auf und die Wurzeln das Wasser, daraus macht die Pflanze dann ihre Nahrung.",
    "Ohne Licht kann die Pflanze keinen Zucker bilden, weil die Energie dafür aus dem Sonnenlicht kommt.",
    "Das Chlorophyll fängt das Licht ein und damit wird Wasser gespalten, dabei entsteht der Sauerstoff.",
    "Licht und Wasser",
    "1234 5678 !!!! ???? ---- 9999",
]


def test_a_class_that_writes_another_language_is_not_flagged_for_it():
    """QA: a German teacher's own question (the app learns from the marks) had every longer answer without an English
    function word flagged "not prose", and sent to review. A class that writes another language is judged only by the
    tests that hold in any language: the numbers-only answer is still flagged, the German prose is not."""
    got = F.flags_for_group(GERMAN_CLASS)
    assert [F.NOT_PROSE in f for f in got] == [False] * 6 + [True]
    assert not F.writes_english(GERMAN_CLASS)
    # one answer in another language among English ones is still flagged: the shipped models read English
    english = ["The plant uses light to make sugar from water and carbon dioxide in its leaves."] * 6
    english = [t.replace("plant", f"plant {i}") for i, t in enumerate(english)]
    got = F.flags_for_group([*english, GERMAN_CLASS[3]])
    assert F.writes_english([*english, GERMAN_CLASS[3]])
    assert [F.NOT_PROSE in f for f in got] == [False] * 6 + [True]
    assert F.is_not_prose(GERMAN_CLASS[3]) and not F.is_not_prose(GERMAN_CLASS[3], english=False)
