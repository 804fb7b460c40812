"""The bundle check reads a model's graph without the onnx package (grader_app/bundles/onnx_fields.py): its schema
has ONNX's field numbers, it reads what onnx reads, every refusal still comes, and reading the library imports no
onnx (the window reads every installed bundle as it opens)."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import onnx
import pytest
from google.protobuf.message import DecodeError
from bundle_graphs import identity_model

from grader_app.bundles import BundleError, read_bundle, write_bundle
from grader_app.bundles.onnx_fields import EXTERNAL, SCHEMA, parse_model
from test_archive import constant_model, manifest

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted((ROOT / "model_bundles").glob("*.gradebundle"))
ONNX_TYPES = {"ModelProto": onnx.ModelProto, "GraphProto": onnx.GraphProto, "TensorProto": onnx.TensorProto,
              "ValueInfoProto": onnx.ValueInfoProto, "TypeProto": onnx.TypeProto, "TensorType": onnx.TypeProto.Tensor,
              "TensorShapeProto": onnx.TensorShapeProto, "Dimension": onnx.TensorShapeProto.Dimension,
              "NodeProto": onnx.NodeProto, "AttributeProto": onnx.AttributeProto}


def _repeated(field) -> bool:
    """Whether a protobuf field is repeated (``is_repeated`` from protobuf 5.29, ``label`` before)."""
    return field.is_repeated if hasattr(field, "is_repeated") else field.label == field.LABEL_REPEATED


def test_the_schema_has_onnxs_field_numbers_types_and_oneofs():
    F = onnx.ModelProto.DESCRIPTOR.fields_by_name["graph"]   # any field: the type constants
    kinds = {"message": {F.TYPE_MESSAGE}, "string": {F.TYPE_STRING}, "bytes": {F.TYPE_BYTES}, "int64": {F.TYPE_INT64},
             "int32": {F.TYPE_INT32, F.TYPE_ENUM}}   # data_location: an enum in onnx, the same varint on the wire
    assert set(SCHEMA) - {"Other"} == set(ONNX_TYPES)
    for name, fields in SCHEMA.items():
        if name == "Other":
            continue
        theirs = ONNX_TYPES[name].DESCRIPTOR.fields_by_name
        for field_name, number, kind, repeated, type_name, oneof in fields:
            f = theirs[field_name]
            assert f.number == number and f.type in kinds[kind], (name, field_name)
            assert _repeated(f) == repeated, (name, field_name)
            assert (f.containing_oneof.name if f.containing_oneof else "") == oneof, (name, field_name)
            if type_name and type_name != "Other":
                assert f.message_type is ONNX_TYPES[type_name].DESCRIPTOR, (name, field_name)
    assert onnx.TensorProto.EXTERNAL == EXTERNAL


def _what_the_check_reads(model) -> tuple:
    g = model.graph
    return ([i.name for i in g.input], [(t.name, t.data_location) for t in g.initializer],
            [(o.name, o.type.HasField("tensor_type"),
              [(d.HasField("dim_value"), d.dim_value, d.dim_param) for d in o.type.tensor_type.shape.dim])
             for o in g.output])


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_it_reads_what_onnx_reads_in_every_shipped_model(path):
    data = zipfile.ZipFile(path).read("model.onnx")
    assert _what_the_check_reads(parse_model(data)) == _what_the_check_reads(onnx.load_from_string(data))
    for cut in (len(data) // 3, len(data) - 1):   # cut short: neither reads it
        with pytest.raises(DecodeError):
            onnx.load_from_string(data[:cut])
        with pytest.raises(DecodeError):
            parse_model(data[:cut])



@pytest.mark.parametrize("model,words", [
    (b"\x08\x01\x3a\xff\xff", "holds a model.onnx that is not a readable model"),
    (identity_model(external=True), "needs data files kept outside the bundle"),
    (identity_model(inputs=("answers",)), "should take one input named “text”, it takes “answers”"),
    (identity_model(inputs=("text", "more")), "it takes “text”, “more”"),
    (identity_model(outputs=("scores",)), "has no output named “probabilities”"),
    (constant_model(3), "gives 3 scores per answer but its manifest lists 4 labels"),
])
def test_every_refusal_still_comes(tmp_path, model, words):
    with pytest.raises(BundleError, match=words.replace("[", r"\[").replace("]", r"\]")):
        write_bundle(tmp_path / "x.gradebundle", manifest(k=4), model)


def test_a_good_model_passes_and_reading_the_library_imports_no_onnx(tmp_path):
    b = read_bundle(write_bundle(tmp_path / "x.gradebundle", manifest(k=3), identity_model()))
    assert b.labels == [0, 1, 2]
    code = ("import sys\nfrom grader_app.bundles.library import Library\n"
            f"lib = Library.load([{str(ROOT / 'model_bundles')!r}])\n"
            "print(len(lib.bundles), len(lib.problems), 'onnx' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == [str(len(SHIPPED)), "0", "False"]
