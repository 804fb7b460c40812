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
