"""A bundle whose manifest gives an id Grader cannot keep as a file name (not of the id's letters, or a name Windows
keeps for a device) or a title that is empty or not one short line is said wholly in the window's language, naming
the file and what the teacher can do. The reason was an English sentence after the translated "<file> cannot be used:",
ending "rebuild the bundle with a valid id" or "give the bundle another id", which a teacher cannot do. The characters an
id may hold besides letters and digits are quoted in the interface's marks (“.”, „.“, «.»), as the id itself is, not
as Python quotes them ('.'). Real bundle files, read by the real reader; the sentence as the window says it
(``messages.plain``) in English, German and Spanish."""
from __future__ import annotations

import pytest
from language_checks import CANNOT, FRESH, good_manifest, refused, said_in_each_language, write_bundle

EDITS = {"bad_id": {"id": "Week 3!"}, "device_id": {"id": "con"}, "empty_title": {"title": "  "},
         "bad_title": {"title": "Week 3\nphotosynthesis"}}
SAID = {
    "bad_id": {"en": "its id “Week 3!” is not one Grader can keep as a file name; {fresh} (an id is up to 64 "
                     "lower-case letters, digits, “.”, “_” or “-”)",
               "de": "seine ID „Week 3!“ kann Grader nicht als Dateinamen verwenden; {fresh} (eine ID besteht aus bis "
                     "zu 64 Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“)",
               "es": "su identificador «Week 3!» no es uno que Grader pueda usar como nombre de archivo; {fresh} (un "
                     "identificador tiene hasta 64 letras minúsculas, dígitos, «.», «_» o «-»)"},
    "device_id": {"en": "its id “con” is a name Windows keeps for a device, so Grader cannot keep it as a file name; "
                        "{fresh}",
                  "de": "seine ID „con“ ist ein Name, den Windows für ein Gerät reserviert, daher kann Grader sie nicht "
                        "als Dateinamen verwenden; {fresh}",
                  "es": "su identificador «con» es un nombre que Windows reserva para un dispositivo, así que Grader no "
                        "puede usarlo como nombre de archivo; {fresh}"},
    "empty_title": {"en": "its title is empty; {fresh}", "de": "sein Titel ist leer; {fresh}",
                    "es": "su título está vacío; {fresh}"},
    "bad_title": {"en": "its title is not one line of at most 200 characters without control characters; {fresh}",
                  "de": "sein Titel ist nicht eine Zeile von höchstens 200 Zeichen ohne Steuerzeichen; {fresh}",
                  "es": "su título no es una sola línea de como máximo 200 caracteres sin caracteres de control; "
                        "{fresh}"},
}


@pytest.mark.parametrize("what", list(EDITS))
def test_an_id_or_title_grader_cannot_keep_is_said_in_each_language_naming_the_file(qapp, tmp_path, what):
    said = said_in_each_language(refused(write_bundle(tmp_path, good_manifest(**EDITS[what]))))
    assert said == {lang: f"{CANNOT[lang]}: {SAID[what][lang].format(fresh=FRESH[lang])}." for lang in CANNOT}
