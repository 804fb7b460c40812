"""A bundle refused for how its zip is made (too many files listed, a file in it twice, a compression method bundles do
not use, a file larger than any bundle should hold) is said in the window's language, naming the bundle file. These four
were plain English sentences, not problems with a kind, so the German and the Spanish window showed them in English
while every neighbouring bundle problem was translated. A file a bundle never holds, or one pointing outside it, is
named in the interface's quotation marks (the English said '../evil.py' while German said „../evil.py“). Real bundle
files, read by the real reader; the sentence as the window says it (``messages.plain``) in English, German and
Spanish."""
from __future__ import annotations

import bz2
import json
import struct
import zipfile
import zlib

import pytest
from bundle_graphs import honest_member, raw_zip
from language_checks import MODEL, NAME, good_manifest, refused, said_in_each_language

from grader_app.bundles import archive

MANIFEST = json.dumps(good_manifest()).encode()


def _many_files() -> bytes:
    """A zip whose end record lists 60000 entries."""
    entry = struct.pack("<4s6H3I5H2I", b"PK\x01\x02", 20, 20, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0) + b"a"
    cd = entry * 60000
    return cd + struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, 60000, 60000, len(cd), 0, 0)


BUNDLES = {
    "many": _many_files,
    "twice": lambda: raw_zip([honest_member("manifest.json", MANIFEST), honest_member("model.onnx", b"x"),
                              honest_member("model.onnx", MODEL)]),
    "bzip2": lambda: raw_zip([honest_member("manifest.json", MANIFEST),
                              ("model.onnx", bz2.compress(MODEL), zipfile.ZIP_BZIP2, len(MODEL), zlib.crc32(MODEL))]),
    "large": lambda: raw_zip([honest_member("manifest.json", MANIFEST), honest_member("model.onnx", MODEL)]),
    "outside": lambda: raw_zip([honest_member("manifest.json", MANIFEST), honest_member("model.onnx", MODEL),
                                honest_member("../evil.py", b"print()")]),
    "unexpected": lambda: raw_zip([honest_member("manifest.json", MANIFEST), honest_member("model.onnx", MODEL),
                                   honest_member("model.pkl", b"x")]),
}

SAID = {
    "many": {
        "en": "Week 3.gradebundle lists more files than a bundle holds, so it was refused; get a fresh copy from "
              "whoever made it.",
        "de": "Week 3.gradebundle führt mehr Dateien auf, als ein Modellpaket enthält, daher wurde es abgelehnt; holen "
              "Sie sich eine frische Kopie von der Person, die es erstellt hat.",
        "es": "Week 3.gradebundle enumera más archivos de los que contiene un paquete de modelo, así que se rechazó; "
              "consigue una copia nueva de quien lo hizo."},
    "twice": {
        "en": "Week 3.gradebundle holds model.onnx twice, so it was refused; get a fresh copy from whoever made it.",
        "de": "Week 3.gradebundle enthält model.onnx zweimal, daher wurde es abgelehnt; holen Sie sich eine frische "
              "Kopie von der Person, die es erstellt hat.",
        "es": "Week 3.gradebundle contiene model.onnx dos veces, así que se rechazó; consigue una copia nueva de quien "
              "lo hizo."},
    "bzip2": {
        "en": "Week 3.gradebundle uses a compression method bundles do not use, so it was refused; get a fresh copy "
              "from whoever made it.",
        "de": "Week 3.gradebundle verwendet ein Komprimierungsverfahren, das Modellpakete nicht verwenden, daher wurde "
              "es abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat.",
        "es": "Week 3.gradebundle usa un método de compresión que los paquetes de modelo no usan, así que se rechazó; "
              "consigue una copia nueva de quien lo hizo."},
    "large": {
        "en": "Week 3.gradebundle holds a manifest.json larger than any bundle should, so it was refused; get a fresh "
              "copy from whoever made it.",
        "de": "Week 3.gradebundle enthält eine Datei manifest.json, die größer ist, als sie in einem Modellpaket sein "
              "darf, daher wurde es abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat.",
        "es": "Week 3.gradebundle contiene un archivo manifest.json más grande de lo que puede ser en un paquete de "
              "modelo, así que se rechazó; consigue una copia nueva de quien lo hizo."},
    "outside": {
        "en": "Week 3.gradebundle holds a file named “../evil.py” that points outside the bundle, so it was refused; "
              "get a fresh copy from whoever made it.",
        "de": "Week 3.gradebundle enthält eine Datei namens „../evil.py“, die aus dem Modellpaket hinauszeigt, und "
              "wurde deshalb abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat.",
        "es": "Week 3.gradebundle contiene un archivo llamado «../evil.py» que apunta fuera del paquete de modelo, así "
              "que se rechazó; consigue una copia nueva de quien lo hizo."},
    "unexpected": {
        "en": "Week 3.gradebundle holds an unexpected file “model.pkl”; a bundle holds only manifest.json and "
              "model.onnx, so it was refused; get a fresh copy from whoever made it.",
        "de": "Week 3.gradebundle enthält eine unerwartete Datei „model.pkl“; ein Modellpaket enthält nur "
              "manifest.json und model.onnx, daher wurde es abgelehnt; holen Sie sich eine frische Kopie von der "
              "Person, die es erstellt hat.",
        "es": "Week 3.gradebundle contiene un archivo inesperado, «model.pkl»; un paquete de modelo solo contiene "
              "manifest.json y model.onnx, así que se rechazó; consigue una copia nueva de quien lo hizo."},
}


@pytest.mark.parametrize("what", list(BUNDLES))
def test_a_bundle_refused_for_its_zip_is_said_in_each_language_naming_the_file(qapp, tmp_path, monkeypatch, what):
    if what == "large":   # past the cap while read, though its declared size is within it (the cap made small)
        monkeypatch.setattr(archive, "MAX_MANIFEST_BYTES", 16)
    path = tmp_path / NAME
    path.write_bytes(BUNDLES[what]())
    assert said_in_each_language(refused(path)) == SAID[what]
