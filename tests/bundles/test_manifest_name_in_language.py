"""A bundle whose manifest gives an id Grader cannot keep as a file name (not of the id's letters, or a name Windows
keeps for a device) or a title that is empty or not one short line is said wholly in the window's language, naming
the file and what the teacher can do. The reason was an English sentence after the translated "<file> cannot be used:",
ending "rebuild the bundle with a valid id" or "give the bundle another id", which a teacher cannot do. Real bundle
files, read by the real reader; the sentence as the window says it (``messages.plain``) in English, German and
Spanish."""
from __future__ import annotations

import hashlib
import json

import pytest
from bundle_graphs import constant_model, honest_member, manifest, raw_zip

from grader_app.bundles import BundleError, read_bundle
from in_language import in_language

MODEL = constant_model([0.2, 0.3, 0.5], declared=("N", 3))
EDITS = {"bad_id": {"id": "Week 3!"}, "device_id": {"id": "con"}, "empty_title": {"title": "  "},
         "bad_title": {"title": "Week 3\nphotosynthesis"}}
FRESH = {"en": "get a fresh copy from whoever made it",
         "de": "holen Sie sich eine frische Kopie von der Person, die es erstellt hat",
         "es": "consigue una copia nueva de quien lo hizo"}
CANNOT = {"en": "Week 3.gradebundle cannot be used", "de": "Week 3.gradebundle kann nicht verwendet werden",
          "es": "Week 3.gradebundle no se puede usar"}
SAID = {
    "bad_id": {"en": "its id 'Week 3!' is not one Grader can keep as a file name; {fresh} (an id is up to 64 "
                     "lower-case letters, digits, '.', '_' or '-')",
               "de": "seine ID 'Week 3!' kann Grader nicht als Dateinamen verwenden; {fresh} (eine ID besteht aus bis "
                     "zu 64 Kleinbuchstaben, Ziffern, '.', '_' oder '-')",
               "es": "su identificador 'Week 3!' no es uno que Grader pueda usar como nombre de archivo; {fresh} (un "
                     "identificador tiene hasta 64 letras minúsculas, dígitos, '.', '_' o '-')"},
    "device_id": {"en": "its id 'con' is a name Windows keeps for a device, so Grader cannot keep it as a file name; "
                        "{fresh}",
                  "de": "seine ID 'con' ist ein Name, den Windows für ein Gerät reserviert, daher kann Grader sie nicht "
                        "als Dateinamen verwenden; {fresh}",
                  "es": "su identificador 'con' es un nombre que Windows reserva para un dispositivo, así que Grader no "
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
    from grader_app.ui.messages import plain

    listed = json.dumps(manifest(sha256=hashlib.sha256(MODEL).hexdigest(), **EDITS[what])).encode()
    path = tmp_path / "Week 3.gradebundle"
    path.write_bytes(raw_zip([honest_member("manifest.json", listed), honest_member("model.onnx", MODEL)]))
    with pytest.raises(BundleError) as caught:
        read_bundle(path)
    said = {}
    for lang in ("en", "de", "es"):
        with in_language(lang):
            said[lang] = plain(caught.value)
    assert said == {lang: f"{CANNOT[lang]}: {SAID[what][lang].format(fresh=FRESH[lang])}." for lang in CANNOT}
