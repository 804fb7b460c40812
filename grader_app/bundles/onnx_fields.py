"""The few fields of an ONNX model that the bundle check reads, parsed without the ``onnx`` package.

The window reads every installed bundle while it opens (:class:`~grader_app.bundles.library.Library`), and
importing ``onnx`` takes over a second there (its ``ml_dtypes`` above all). The check needs only the graph's
inputs, outputs, initializers, the shape of an output, its nodes' kinds, names and attributes, and whether it defines
functions of its own (``graph_rules``),
so ``model.onnx`` is parsed by the protobuf runtime
that ``onnx`` itself parses with, against a schema of our own that declares only those fields, with ONNX's
field numbers and oneofs (``tests/bundles/test_onnx_fields.py`` holds them against the ``onnx`` package's).
Every other field is kept as an unknown field and never looked at; bytes that are not a protobuf message
do not parse, as with ``onnx.load_from_string``.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

EXTERNAL = 1   # TensorProto.DataLocation.EXTERNAL: the tensor's data is in a file beside the model

_MESSAGE, _STRING, _BYTES, _INT32, _INT64 = "message", "string", "bytes", "int32", "int64"
# message -> its fields (name, number, type, repeated, message type, oneof); field numbers as in onnx/onnx.proto
SCHEMA: dict[str, tuple[tuple[str, int, str, bool, str, str], ...]] = {
    "ModelProto": (("graph", 7, _MESSAGE, False, "GraphProto", ""),
                   ("functions", 25, _MESSAGE, True, "Other", "")),   # counted only: a model may define none
    # the nodes and sparse tables for graph_rules (what a graph does with text, and what it may not hold)
    "GraphProto": (("node", 1, _MESSAGE, True, "NodeProto", ""),
                   ("initializer", 5, _MESSAGE, True, "TensorProto", ""),
                   ("input", 11, _MESSAGE, True, "ValueInfoProto", ""),
                   ("output", 12, _MESSAGE, True, "ValueInfoProto", ""),
                   ("sparse_initializer", 15, _MESSAGE, True, "Other", "")),
    "NodeProto": (("input", 1, _STRING, True, "", ""), ("output", 2, _STRING, True, "", ""),
                  ("op_type", 4, _STRING, False, "", ""), ("attribute", 5, _MESSAGE, True, "AttributeProto", ""),
                  ("domain", 7, _STRING, False, "", "")),
    "AttributeProto": (("name", 1, _STRING, False, "", ""), ("i", 3, _INT64, False, "", ""),
                       ("s", 4, _BYTES, False, "", ""), ("t", 5, _MESSAGE, False, "TensorProto", ""),
                       ("g", 6, _MESSAGE, False, "GraphProto", ""), ("strings", 9, _BYTES, True, "", ""),
                       ("tensors", 10, _MESSAGE, True, "TensorProto", ""), ("graphs", 11, _MESSAGE, True, "GraphProto", ""),
                       ("sparse_tensor", 22, _MESSAGE, False, "Other", ""),
                       ("sparse_tensors", 23, _MESSAGE, True, "Other", "")),
    "TensorProto": (("dims", 1, _INT64, True, "", ""), ("data_type", 2, _INT32, False, "", ""),
                    ("string_data", 6, _BYTES, True, "", ""),
                    ("name", 8, _STRING, False, "", ""), ("data_location", 14, _INT32, False, "", "")),
    "ValueInfoProto": (("name", 1, _STRING, False, "", ""), ("type", 2, _MESSAGE, False, "TypeProto", "")),
    # the other kinds of the oneof are declared (as plain messages) only so that one of them clears tensor_type
    "TypeProto": (("tensor_type", 1, _MESSAGE, False, "TensorType", "value"),
                  ("sequence_type", 4, _MESSAGE, False, "Other", "value"),
                  ("map_type", 5, _MESSAGE, False, "Other", "value"),
                  ("opaque_type", 7, _MESSAGE, False, "Other", "value"),
                  ("sparse_tensor_type", 8, _MESSAGE, False, "Other", "value"),
                  ("optional_type", 9, _MESSAGE, False, "Other", "value")),
    "TensorType": (("elem_type", 1, _INT32, False, "", ""), ("shape", 2, _MESSAGE, False, "TensorShapeProto", "")),
    "TensorShapeProto": (("dim", 1, _MESSAGE, True, "Dimension", ""),),
    "Dimension": (("dim_value", 1, _INT64, False, "", "value"), ("dim_param", 2, _STRING, False, "", "value")),
    "Other": (),
}
PACKAGE = "grader_app_onnx_fields"   # its own pool and package: never confused with the onnx package's types


@lru_cache(maxsize=1)
def _model_class() -> Any:
    from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

    F = descriptor_pb2.FieldDescriptorProto
    types = {_MESSAGE: F.TYPE_MESSAGE, _STRING: F.TYPE_STRING, _BYTES: F.TYPE_BYTES, _INT32: F.TYPE_INT32,
             _INT64: F.TYPE_INT64}
    file = descriptor_pb2.FileDescriptorProto(name=f"{PACKAGE}.proto", package=PACKAGE, syntax="proto2")
    for name, fields in SCHEMA.items():
        message = file.message_type.add(name=name)
        oneofs: list[str] = []
        for field_name, number, kind, repeated, type_name, oneof in fields:
            field = message.field.add(name=field_name, number=number, type=types[kind],
                                      label=F.LABEL_REPEATED if repeated else F.LABEL_OPTIONAL)
            if type_name:
                field.type_name = f".{PACKAGE}.{type_name}"
            if oneof:
                if oneof not in oneofs:
                    oneofs.append(oneof)
                    message.oneof_decl.add(name=oneof)
                field.oneof_index = oneofs.index(oneof)
    pool = descriptor_pool.DescriptorPool()
    pool.AddSerializedFile(file.SerializeToString())   # as protobuf's generated modules add theirs
    return message_factory.GetMessageClass(pool.FindMessageTypeByName(f"{PACKAGE}.ModelProto"))


def parse_model(model_bytes: bytes) -> Any:
    """The model's graph fields above (``.graph.input``, ``.graph.output``, ``.graph.initializer``), read as
    ``onnx.load_from_string`` reads them; raises (protobuf's DecodeError) when the bytes are no protobuf message."""
    model = _model_class()()
    model.ParseFromString(model_bytes)
    return model
