"""What a bundle's graph may do with text, and what it may not hold: checked when a bundle is read, before it runs.

The app runs every model within one memory budget (``grader_app.scoring.runtime.RUN_MEMORY``, an arena onnxruntime
takes each tensor from), which refuses a request beyond it in the app's own process, whatever the graph computes. Two
things escape it, and a graph that uses them is refused here, in one sentence naming the file:

* **Text.** The arena holds 32 bytes for each text of a tensor, and each text's characters lie elsewhere. A graph that
  tiles the answers ten thousand times held 0.7 GB under a budget of 0.25 GB (measured: QA s51b, finding 9's
  follow-up); a million times would be tens of GB. So text (the input ``text``, text constants, and what is made of
  them) may only be *read*: turned into numbers, tokens or a normal form by the operations in :data:`READERS`, which
  give at most as many texts as they read, each no longer than what it came from (plus a short constant: a padding
  mark, a space put around the answer, at most :data:`SHORT` bytes and :data:`MAX_JOINS` times). An operation that
  copies text (``Tile``, ``Expand``, ``Concat``, ``Gather``, a ``Loop`` gathering it round after round, ...) or makes
  text out of numbers (``Cast`` to text, a ``LabelEncoder`` giving texts, a text ``ConstantOfShape``) is refused.
* **Sparse tables** (a sparse initializer, a ``Constant`` with a sparse value): onnxruntime unpacks them while the model
  loads, outside any budget (a 334-byte model became 1.6 GB).

And a tensor kept in a data file beside the model (ONNX's external data) is refused wherever it sits: the main graph's
initializers (``archive``), a subgraph's (an ``If``'s branch), a node's tensor attribute (a ``Constant``'s value).
Given only the model's bytes, onnxruntime reads a branch's such file by its name from the working folder (QA h5): a
model whose scores come from a file outside the bundle.

Nor may a model define operations of its own (ONNX's model-local functions): the rules above cannot see into their
bodies, and one joining a constant text with itself passed them and held 128 MiB of text outside the budget (QA h5).
Grader's own models define none.

Every graph Grader makes reads its text only so: the shipped students and learned models (``Tokenizer``,
``MurmurHash3``, ``Shape``), the reference kind (``StringConcat`` of a space, ``Tokenizer``, ``TfIdfVectorizer``), the
tests' own (``LabelEncoder`` from text keys). The names of a graph and its subgraphs are taken together, so a name
that holds text anywhere counts as text everywhere (never the other way round).
"""
from __future__ import annotations

from typing import Any, Iterator

from .errors import BundleError
from .onnx_fields import EXTERNAL

STRING = 8          # onnx TensorProto.STRING
SHORT = 64          # bytes: the longest constant text a graph may put into the texts it gives
MAX_JOINS = 16      # StringConcat nodes in one graph: each may add a short constant to every text
MAX_NODES = 20_000   # a student graph has a few hundred; a bundle with more is "larger than any bundle should be"
VIEWS = frozenset({"Identity", "Reshape", "Squeeze", "Unsqueeze", "Flatten"})   # the same texts, shaped otherwise
WATCHED = frozenset({"Constant", "ConstantOfShape", "Cast", "LabelEncoder", "CategoryMapper", "Tokenizer", "If", "Loop",
                     "Scan", "SequenceMap"})   # the operations whose attributes the check reads
# (domain, operation) -> whether the texts it reads may come out as texts ("text") or only as numbers ("numbers")
READERS: dict[tuple[str, str], str] = {
    **{("", op): "text" for op in VIEWS | {"StringNormalizer", "StringSplit", "StringConcat"}},
    **{("", op): "numbers" for op in ("Shape", "Size", "Equal", "RegexFullMatch", "TfIdfVectorizer")},
    ("com.microsoft", "Tokenizer"): "text", ("com.microsoft", "MurmurHash3"): "numbers",
    ("ai.onnx.ml", "LabelEncoder"): "numbers", ("ai.onnx.ml", "CategoryMapper"): "numbers",
}


def check_graph(model: Any, name: str) -> None:
    """Refuse (BundleError, one sentence) a model that holds a sparse table or copies or makes text; ``model`` is the
    parsed model of :func:`~grader_app.bundles.onnx_fields.parse_model`, ``name`` the bundle file's name."""
    if len(model.functions):   # their bodies are out of this check's sight (a function joining text with itself)
        raise BundleError.said("bundle.model_functions", name=name)
    graphs, count = [], 0
    for g in _graphs(model.graph):   # counted as they come: read in time proportional to MAX_NODES at most
        count += len(g.node)
        if count > MAX_NODES:
            raise BundleError.said("bundle.too_big", name=name)
        graphs.append(g)
    if any(len(g.sparse_initializer) for g in graphs):
        raise BundleError.said("bundle.sparse_table", name=name)
    if any(_outside(g) for g in graphs):
        raise BundleError.said("bundle.external_data", name=name)
    nodes = [_Node(n) for g in graphs for n in g.node]
    if any(n.sparse for n in nodes):
        raise BundleError.said("bundle.sparse_table", name=name)
    constants = {t.name: t for g in graphs for t in g.initializer}
    constants.update({n.outputs[0]: n.attrs["value"].t for n in nodes if n.op == "Constant" and "value" in n.attrs})
    text = {i.name for i in model.graph.input if i.type.tensor_type.elem_type == STRING}
    text |= {k for k, t in constants.items() if t.data_type == STRING}
    text |= {n.outputs[0] for n in nodes if n.op == "Constant" and {"value_string", "value_strings"} & set(n.attrs)}
    # what holds text: a node is looked at again only when one of its inputs (or a subgraph's outputs) turns out to,
    # so a graph of any order is read in one pass over its edges
    readers: dict[str, list[_Node]] = {}
    for n in nodes:
        for i in {*n.inputs, *n.sub_outputs}:
            readers.setdefault(i, []).append(n)
    work = [o for n in nodes for o in n.text_out(text) if o and o not in text]
    text.update(work)
    while work:
        for n in readers.get(work.pop(), ()):
            for o in n.text_out(text):
                if o and o not in text:
                    text.add(o)
                    work.append(o)
    joins = 0
    for n in nodes:
        joins += n.op == "StringConcat"
        if joins > MAX_JOINS or n.refused(text, constants):
            raise BundleError.said("bundle.text_copied", name=name, op=n.op)


def _outside(graph: Any) -> bool:
    """Whether a tensor of ``graph`` itself (an initializer, a node's tensor attribute) is kept in a file outside."""
    if any(t.data_location == EXTERNAL for t in graph.initializer):
        return True
    return any((a.HasField("t") and a.t.data_location == EXTERNAL) or any(t.data_location == EXTERNAL for t in a.tensors)
               for n in graph.node for a in n.attribute)


def _graphs(graph: Any) -> Iterator[Any]:
    yield graph
    for n in graph.node:
        for a in n.attribute:
            for g in ([a.g] if a.HasField("g") else []) + list(a.graphs):
                yield from _graphs(g)


class _Node:
    """What the check reads of one node, read once."""

    __slots__ = ("op", "key", "inputs", "outputs", "attrs", "sub_outputs", "sparse", "text_attribute")

    def __init__(self, node: Any) -> None:
        self.op = node.op_type
        self.key = ("" if node.domain in ("", "ai.onnx") else node.domain, self.op)
        self.inputs = tuple(node.input)
        self.outputs = tuple(node.output)
        # the attributes of the operations that can put them into what they give (or hold subgraphs, or come from a
        # domain onnxruntime does not ship); the others' (an axis, keepdims) are numbers that change no size of text
        watched = self.op in WATCHED or self.key[0] not in ("", "ai.onnx.ml", "com.microsoft")
        self.attrs = {a.name: a for a in node.attribute} if watched and len(node.attribute) else {}
        self.sub_outputs: frozenset[str] = frozenset()
        self.sparse = self.text_attribute = False
        for a in self.attrs.values():   # most nodes have none, or a number or two
            if a.HasField("g") or len(a.graphs):
                subs = ([a.g] if a.HasField("g") else []) + list(a.graphs)
                self.sub_outputs |= {o.name for g in subs for o in g.output}
            self.sparse = self.sparse or a.HasField("sparse_tensor") or len(a.sparse_tensors) > 0
            # a tensor of text among its attributes (a ConstantOfShape's value, say)
            self.text_attribute = self.text_attribute or (a.HasField("t") and a.t.data_type == STRING) or any(
                t.data_type == STRING for t in a.tensors)

    def gives_text_from_numbers(self, text: set[str]) -> bool:
        if self.op == "Constant":
            return False
        if self.op == "Cast":
            return "to" in self.attrs and self.attrs["to"].i == STRING
        if self.op == "LabelEncoder":
            values = self.attrs.get("values_tensor")
            return "values_strings" in self.attrs or (values is not None and values.t.data_type == STRING)
        if self.op == "CategoryMapper":
            return bool(self.inputs) and self.inputs[0] not in text
        return self.text_attribute

    def text_out(self, text: set[str]) -> tuple[str, ...]:
        """Its outputs that may hold text, given the names that do."""
        if self.sub_outputs & text or self.gives_text_from_numbers(text):
            return self.outputs
        if not any(i in text for i in self.inputs):
            return ()
        kind = READERS.get(self.key)
        if kind == "numbers":
            return ()
        return self.outputs[:1] if kind == "text" else self.outputs   # a refused operation's: all count as text

    def refused(self, text: set[str], constants: dict) -> bool:
        if self.gives_text_from_numbers(text):
            return True
        if self.sub_outputs & text and self.op != "If":   # a Loop or Scan gathering text round after round
            return True
        if any(i in text for i in self.inputs) and self.key not in READERS:
            return True
        if self.op == "Tokenizer":   # its padding mark fills every place a shorter answer has no token
            pad = self.attrs.get("pad_value")
            return pad is not None and len(pad.s) > SHORT
        if self.op == "StringConcat":   # one side must be one short constant text: never the text with itself
            return not any(_short_constant(constants.get(i)) for i in self.inputs)
        return False


def _short_constant(t: Any) -> bool:
    if t is None or t.data_type != STRING:
        return False
    count = 1
    for d in t.dims:
        count *= d
    return count == 1 and len(t.string_data) == 1 and len(t.string_data[0]) <= SHORT
