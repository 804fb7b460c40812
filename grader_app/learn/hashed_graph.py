"""The hashed n-gram features inside an ONNX graph: the input ``text`` → for each table, the sum over the feature
groups that read it of the table's rows at the groups' n-gram buckets, each group scaled by 1/sqrt(its count).

The graph computes what :func:`grader_app.learn.hashed.featurise` computes in Python (to float32 rounding):

* The hashes' arithmetic is done in float64, exactly (:meth:`_Graph.floor_mod`): int64 ``Mod`` divides
  element by element and took a quarter of the graph's time.
* Each tokenizer (words, chunks, characters) pads every answer of a batch to the longest with ``#``. In a batch
  of answers in their sheet's order only a quarter to a half of the table is real tokens, so an ``If`` picks one
  of two layouts per batch (:func:`feature_sums`):

  - **packed**: the tokens that are not padding go into one sequence, each with its place
    ``row·(T + 1) + column``; an n-gram is one whose last token's place is its first token's plus n − 1 (no
    padding inside, never across two answers, whose places are at least two apart). Each group's rows are read
    from its table in float64 with a last column of ones (zero in the table's zero row), and one scatter-add
    into the answers gives both the sum of the rows and the count of valid n-grams;
  - **padded**: the tokenizer's [N, T] table as it is, a masked position reading the zero row, summed along T.
    The library's Scorer sends batches of answers of like length, where packing costs more than it saves.

Only :func:`feature_sums` (with :func:`used_names`) is used from outside, by the single-model graph
(``hashed.to_onnx``) and the tied pair's graph (``hashed_pair``); the constants it adds are its own (``fs_``
names). :func:`rename_inside` renames within the ``If``'s branches for the code that merges graphs.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Mapping

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from .word_hash import INPUT_NAME, P, PAD, PAD_HASH, Q, WORD_PATTERN, piece_pattern, stem_pattern

if TYPE_CHECKING:
    from .hashed import HashSpec


def const(name: str, value, dtype) -> onnx.TensorProto:
    return numpy_helper.from_array(np.asarray(value, dtype=dtype), name)


class _Graph:
    """Appends feature nodes to ``nodes``; nodes that do not depend on the answers (tables, constants) go to the main
    graph's ``main`` list instead, so the session folds them when it loads even when ``nodes`` is a branch of the
    ``If`` (:func:`feature_sums`). Every name a branch makes starts with its ``tag``."""

    def __init__(self, nodes: list, inits: list, route: Mapping[str, tuple[str, str]], made: set,
                 main: list | None = None, tag: str = ""):
        self.nodes, self.inits, self.route, self.made = nodes, inits, route, made
        self.main = nodes if main is None else main
        self.tag = tag
        self.partials: dict[tuple[str, str], list[str]] = {}

    def add(self, op: str, inputs: list[str], output: str, **attrs) -> str:
        self.nodes.append(helper.make_node(op, inputs, [output], **attrs))
        return output

    def add_main(self, op: str, inputs: list[str], output: str, **attrs) -> str:
        self.main.append(helper.make_node(op, inputs, [output], **attrs))
        return output

    def once(self, name: str) -> bool:
        """True the first time ``name`` is asked for (the caller then makes it)."""
        if name in self.made:
            return False
        self.made.add(name)
        return True

    def const(self, name: str, value, dtype) -> str:
        if self.once(name):
            self.inits.append(const(name, value, dtype))
        return name

    def as_double(self, name: str) -> str:
        """A float64 copy of the caller's int64 constant ``name`` (a Cast folded when the session loads)."""
        if self.once(f"{name}_f64"):
            self.add_main("Cast", [name], f"{name}_f64", to=TensorProto.DOUBLE)
        return f"{name}_f64"

    def floor_mod(self, x: str, modulus: str, out: str) -> str:
        """``x mod m`` for whole numbers 0 ≤ x < 2**51 held in float64: x − floor(x / m)·m. Exact: every term is a
        whole number below 2**53, and the correctly rounded quotient of x = k·m − j (1 ≤ j < m) stays below k,
        since j/m ≥ 1/m exceeds half its spacing (at most 1/(4m) for x < 2**51)."""
        m = modulus if modulus.startswith("fs_") else self.as_double(modulus)
        self.add("Div", [x, m], f"{out}_quot")
        self.add("Floor", [f"{out}_quot"], f"{out}_floor")
        self.add("Mul", [f"{out}_floor", m], f"{out}_whole")
        return self.add("Sub", [x, f"{out}_whole"], out)

    def lookup(self, table: str, rows: str, out: str) -> str:
        """The rows of ``table`` at the whole numbers ``rows`` (float64, any shape; −1 is the table's last row).
        With ``GatherND`` on the rows as [..., 1] indices, not ``Gather``: the same rows, bit for bit, and the graph
        ran 5–9 % faster on the science sets' answers in their sheets' order (docs/distillation.md)."""
        self.add("Cast", [rows], f"{out}_at", to=TensorProto.INT64)
        self.add("Unsqueeze", [f"{out}_at", self.const("fs_last", [-1], np.int64)], f"{out}_at1")
        return self.add("GatherND", [table, f"{out}_at1"], out)

    def cut(self, name: str, start: int, trim: int, axis: int) -> str:
        """``name[start : len − trim]`` along ``axis`` (0 or 1)."""
        s = self.const(f"fs_at{start}", [start], np.int64)
        e = self.const(f"fs_end{trim}", [-trim] if trim else [2 ** 62], np.int64)
        out = f"{name}_{start}_{trim}" if name.startswith(self.tag) else f"{self.tag}{name}_{start}_{trim}"
        return self.add("Slice", [name, s, e, self.const(f"fs_ax{axis}", [axis], np.int64)], out)

    def hashed_tokens(self, prefix: str, tokenexp: str, keep_int: bool) -> tuple[str, str]:
        """The tokens' hashes [N, T] in float64 and where they are not padding. ``keep_int``: also ``{prefix}_h``,
        the hashes as int64 (the key features look the word hashes up: ``key_features.graph_features``)."""
        self.add("Tokenizer", [INPUT_NAME], f"{prefix}_tok", domain="com.microsoft", mark=0, mincharnum=1,
                 pad_value=PAD, tokenexp=tokenexp, name=f"{prefix}_tokenizer")
        self.add("MurmurHash3", [f"{prefix}_tok"], f"{prefix}_h32", domain="com.microsoft", positive=1, seed=0,
                 name=f"{prefix}_murmur")
        self.add("Cast", [f"{prefix}_h32"], f"{prefix}_hd", to=TensorProto.DOUBLE)
        if keep_int:
            self.add("Cast", [f"{prefix}_h32"], f"{prefix}_h", to=TensorProto.INT64)
        # the padding is found by its hash (numbers compare faster than strings); a real token with the same
        # hash is masked too, and the Python features leave it out as well (hashed._grams); no code point but
        # '#' has it (the tests check all of them), so for characters this is exact
        self.add("Equal", [f"{prefix}_hd", self.const("fs_pad_hash", float(PAD_HASH), np.float64)], f"{prefix}_ispad")
        return f"{prefix}_hd", self.add("Not", [f"{prefix}_ispad"], f"{prefix}_mask")

    def next_order(self, name: str, g: str, h: str, n: int, mod_q: bool, axis: int) -> str:
        """The n-grams' hashes from the (n − 1)-grams' ``g`` and the tokens' ``h`` along ``axis``: g·P + the next
        token's hash, mod Q for characters (words: order 2 at most, exact below 2**51)."""
        if not mod_q and n > 2:
            raise ValueError("word n-grams of order 3 or more overflow the exact hash arithmetic")
        self.add("Mul", [self.cut(g, 0, 1, axis), self.const("fs_P", float(P), np.float64)], f"{name}_mul")
        g = self.add("Add", [f"{name}_mul", self.cut(h, n - 1, 0, axis)], f"{name}_add")
        return self.floor_mod(g, self.const("fs_Q", float(Q), np.float64), f"{name}_hash") if mod_q else g

    # --- the padded layout: [N, T] as the tokenizer gives it ------------------------------------------------

    def add_grams_padded(self, prefix: str, h: str, mask: str, orders, mod_q: bool) -> None:
        """The n-grams of every order in ``orders`` in the tokenizer's [N, T] layout, each order's hashes extended
        from the one below: (g·P + h) for words, mod Q for characters, the very polynomial of ``hashed._grams``."""
        t = f"{self.tag}{prefix}"
        g, m = h, mask
        if 1 in orders:
            self.add_rows_padded(f"{prefix}1", g, m)
        for n in range(2, max(orders) + 1):
            g = self.next_order(f"{t}{n}", g, h, n, mod_q, axis=1)
            m = self.add("And", [self.cut(m, 0, 1, 1), self.cut(mask, n - 1, 0, 1)], f"{t}{n}_valid")
            if n in orders:
                self.add_rows_padded(f"{prefix}{n}", g, m)

    def add_rows_padded(self, group: str, g: str, m: str) -> None:
        """Sum the rows of the group's table at the buckets of the hashes ``g`` [N, T] where ``m``, scaled by
        1/sqrt(their count). A position outside ``m`` reads row −1, the table's zero row."""
        table, modulus = self.route.get(group, ("W0", "M"))
        t = f"{self.tag}{group}"
        bucket = self.floor_mod(g, modulus, f"{t}_bucket")
        self.add("Where", [m, bucket, self.const("fs_minus_one", -1.0, np.float64)], f"{t}_kept")
        self.lookup(table, f"{t}_kept", f"{t}_rows")
        ax1 = self.const("fs_ax1", [1], np.int64)
        self.add("ReduceSum", [f"{t}_rows", ax1], f"{t}_sum", keepdims=0)
        self.add("Cast", [m], f"{t}_mf", to=TensorProto.FLOAT)
        self.add("ReduceSum", [f"{t}_mf", ax1], f"{t}_count", keepdims=1)
        self.scaled(group, table, modulus)

    # --- the packed layout: one sequence without the padding ----------------------------------------------

    def pack(self, prefix: str, h: str, mask: str) -> tuple[str, str, str]:
        """The tokens that are not padding, in order, as one sequence: their hashes, places and answers (rows)."""
        t = f"{self.tag}{prefix}"
        zero, one = self.const("fs_zero", 0, np.int64), self.const("fs_one", 1, np.int64)
        flat = self.const("fs_flat", [-1], np.int64)
        self.add("Shape", [h], f"{t}_shape")
        n = self.add("Gather", [f"{t}_shape", zero], f"{t}_n", axis=0)
        width = self.add("Gather", [f"{t}_shape", one], f"{t}_t", axis=0)
        stride = self.add("Add", [width, one], f"{t}_stride")
        self.add("Range", [zero, n, one], f"{t}_rows")
        self.add("Mul", [f"{t}_rows", stride], f"{t}_row_start")
        self.add("Unsqueeze", [f"{t}_row_start", self.const("fs_last", [-1], np.int64)], f"{t}_row_start2")
        self.add("Range", [zero, width, one], f"{t}_cols")
        self.add("Add", [f"{t}_row_start2", f"{t}_cols"], f"{t}_place_grid")
        keep = self.add("Reshape", [mask, flat], f"{t}_keep")
        self.add("Reshape", [h, flat], f"{t}_h_flat")
        self.add("Reshape", [f"{t}_place_grid", flat], f"{t}_place_flat")
        hp = self.add("Compress", [f"{t}_h_flat", keep], f"{t}_hp", axis=0)
        place = self.add("Compress", [f"{t}_place_flat", keep], f"{t}_place", axis=0)
        return hp, place, self.add("Div", [place, stride], f"{t}_row")

    def add_grams_packed(self, prefix: str, packed: tuple[str, str, str], orders, mod_q: bool) -> None:
        """:meth:`add_grams_padded` over packed tokens: an n-gram is valid where its last token's place is its
        first's plus n − 1."""
        hp, place, row = packed
        t = f"{self.tag}{prefix}"
        g = hp
        if 1 in orders:
            self.add_rows_packed(f"{prefix}1", g, None, row)
        for n in range(2, max(orders) + 1):
            g = self.next_order(f"{t}{n}", g, hp, n, mod_q, axis=0)
            if n in orders:
                self.add("Sub", [self.cut(place, n - 1, 0, 0), self.cut(place, 0, n - 1, 0)], f"{t}{n}_gap")
                self.add("Equal", [f"{t}{n}_gap", self.const(f"fs_span{n - 1}", n - 1, np.int64)], f"{t}{n}_valid")
                self.add_rows_packed(f"{prefix}{n}", g, f"{t}{n}_valid", self.cut(row, 0, n - 1, 0))

    def counted(self, table: str, modulus: str) -> str:
        """``table`` ([modulus + 1, K], its last row zeros) in float64 with a column of ones (zero in the last row),
        and the [N, K + 1] zeros its rows are added into; in the main graph, folded when the session loads."""
        out = f"{table}_counted"
        if self.once(out):
            ones, zero = self.const("fs_one_11", [[1.0]], np.float64), self.const("fs_zero_11", [[0.0]], np.float64)
            self.add_main("Unsqueeze", [modulus, self.const("fs_ax0", [0], np.int64)], f"{table}_m1")
            self.add_main("Concat", [f"{table}_m1", self.const("fs_one_1", [1], np.int64)], f"{table}_mshape", axis=0)
            self.add_main("Expand", [ones, f"{table}_mshape"], f"{table}_ones")
            self.add_main("Concat", [f"{table}_ones", zero], f"{table}_countcol", axis=0)
            self.add_main("Cast", [table], f"{table}_f64", to=TensorProto.DOUBLE)
            self.add_main("Concat", [f"{table}_f64", f"{table}_countcol"], out, axis=1)
            self.add_main("Shape", [out], f"{table}_cols", start=1)
            if self.once("fs_n1"):
                self.add_main("Shape", [INPUT_NAME], "fs_n1")
            self.add_main("Concat", ["fs_n1", f"{table}_cols"], f"{table}_nk", axis=0)
            self.add_main("ConstantOfShape", [f"{table}_nk"], f"{table}_zeros",
                          value=helper.make_tensor("zero", TensorProto.DOUBLE, [1], [0.0]))
        return out

    def add_rows_packed(self, group: str, g: str, valid: str | None, rows: str) -> None:
        """Sum the rows of the group's table at the buckets of the hashes ``g`` [L] where ``valid`` (None: all)
        into their answers ``rows`` [L] (one scatter-add gives the sums and the counts), scaled by 1/sqrt(count)."""
        table, modulus = self.route.get(group, ("W0", "M"))
        t = f"{self.tag}{group}"
        bucket = self.floor_mod(g, modulus, f"{t}_bucket")
        if valid is not None:   # the row −1: the table's zero row
            bucket = self.add("Where", [valid, bucket, self.const("fs_minus_one", -1.0, np.float64)], f"{t}_kept")
        counted = self.counted(table, modulus)
        self.lookup(counted, bucket, f"{t}_rows")
        self.add("Unsqueeze", [rows, self.const("fs_last", [-1], np.int64)], f"{t}_at")
        self.add("ScatterND", [f"{table}_zeros", f"{t}_at", f"{t}_rows"], f"{t}_both64", reduction="add")
        self.add("Cast", [f"{t}_both64"], f"{t}_both", to=TensorProto.FLOAT)
        ax1, last, big = (self.const("fs_ax1", [1], np.int64), self.const("fs_last", [-1], np.int64),
                          self.const("fs_big", [2 ** 62], np.int64))
        self.add("Slice", [f"{t}_both", self.const("fs_at0", [0], np.int64), last, ax1], f"{t}_sum")
        self.add("Slice", [f"{t}_both", last, big, ax1], f"{t}_count")
        self.scaled(group, table, modulus)

    def scaled(self, group: str, table: str, modulus: str) -> None:
        """The group's part: its sum [N, K] over sqrt(max(1, its count [N, 1]))."""
        t = f"{self.tag}{group}"
        self.add("Max", [f"{t}_count", self.const("fs_one_f", 1.0, np.float32)], f"{t}_count1")
        self.add("Sqrt", [f"{t}_count1"], f"{t}_sqrt")
        self.add("Div", [f"{t}_sum", f"{t}_sqrt"], f"{t}_part")
        self.partials.setdefault((table, modulus), []).append(f"{t}_part")

    def sums(self) -> dict:
        """Each table's sum of its groups' parts, in the groups' order."""
        out = {}
        for key, parts in self.partials.items():
            acc = parts[0]
            for i, p in enumerate(parts[1:]):
                acc = self.add("Add", [acc, p], f"{self.tag}sum_{key[0]}{i}")
            out[key] = acc
        return out


PACK_BELOW = 0.6   # the share of real tokens under which packing pays (scripts/bench_score.py, both layouts)


def feature_sums(spec: HashSpec, nodes: list, inits: list, route: Mapping[str, tuple[str, str]]) -> dict:
    """Append to ``nodes`` (and ``inits``) what turns the input ``text`` into, for each table, the sum over the
    feature groups of ``spec`` that read it of its rows at each n-gram's bucket, each group scaled by 1/sqrt(its
    count): ``{(table, modulus): a float [N, columns] tensor's name}``. ``route`` maps a group
    (``hashed.groups_of``) to ``(table, modulus)`` names; a group not in it reads ``("W0", "M")``. A table has
    ``modulus + 1`` rows, its last one zeros; the caller provides the tables and the int64 moduli. With key
    features, the word hashes are also left as ``w_h`` (int64) and ``w_mask`` [N, T] for them.

    The tokenizers and hashes are computed once. Then an ``If`` picks the layout: packed when the batch's
    longest tokenizer (the characters, else the words) holds fewer than :data:`PACK_BELOW` real tokens, as a
    batch of answers in their sheet's order does; padded otherwise, as the library's Scorer's batches of
    answers of like length are, where packing costs more than the padding it saves."""
    made: set = set()
    main = _Graph(nodes, inits, route, made)
    tokens = []
    if spec.words or spec.key is not None:   # the key features read the word tokens too (hashed.to_onnx)
        h, mask = main.hashed_tokens("w", WORD_PATTERN, keep_int=spec.key is not None)
        if spec.words:
            tokens.append(("w", h, mask, tuple(spec.words), False))
    if spec.stems:
        h, mask = main.hashed_tokens("s", stem_pattern(spec.stems), keep_int=False)
        tokens.append(("s", h, mask, (1,), False))
    if spec.pieces:
        h, mask = main.hashed_tokens("p", piece_pattern(), keep_int=False)
        tokens.append(("p", h, mask, tuple(sorted(spec.pieces)), True))
    if spec.chars:
        h, mask = main.hashed_tokens("c", ".", keep_int=False)
        tokens.append(("c", h, mask, tuple(sorted(spec.chars)), True))
    if not tokens:
        raise ValueError("a hashed student needs at least one word or character n-gram group")
    packed, padded = (_Graph([], inits, route, made, main=nodes, tag=tag) for tag in ("pk_", "pd_"))
    for prefix, h, mask, orders, mod_q in tokens:
        packed.add_grams_packed(prefix, packed.pack(prefix, h, mask), orders, mod_q)
        padded.add_grams_padded(prefix, h, mask, orders, mod_q)
    widest = tokens[-1][2]
    main.add("Cast", [widest], "fs_real", to=TensorProto.FLOAT)
    main.add("ReduceMean", ["fs_real"], "fs_fill", keepdims=0)
    main.add("Less", ["fs_fill", main.const("fs_pack_below", PACK_BELOW, np.float32)], "fs_pack")
    branches = []
    for b in (packed, padded):
        outs = b.sums()
        branches.append(helper.make_graph(b.nodes, f"{b.tag}features", [],
                                          [helper.make_tensor_value_info(outs[k], TensorProto.FLOAT, None) for k in outs]))
    keys = list(packed.partials)
    names = ["sum" if len(keys) == 1 else f"sum_{k[0]}" for k in keys]
    nodes.append(helper.make_node("If", ["fs_pack"], names, then_branch=branches[0], else_branch=branches[1]))
    return dict(zip(keys, names))


def all_nodes(nodes):
    """The nodes and, depth first, those of their subgraphs (an ``If``'s branches)."""
    for node in nodes:
        yield node
        for attr in node.attribute:
            if attr.type == onnx.AttributeProto.GRAPH:
                yield from all_nodes(attr.g.node)


def used_names(nodes) -> set[str]:
    """Every name the nodes read, in the ``If``'s branches too (to keep only the constants used)."""
    return {name for node in all_nodes(nodes) for name in node.input}


def rename_inside(node, rename) -> None:
    """Apply ``rename`` to every name in ``node``'s subgraphs (an ``If``'s branches): their nodes' inputs and
    outputs, their own inputs, outputs and initializers, at any depth."""
    for attr in node.attribute:
        if attr.type != onnx.AttributeProto.GRAPH:
            continue
        g = attr.g
        for n in g.node:
            n.input[:] = [rename(v) for v in n.input]
            n.output[:] = [rename(v) for v in n.output]
            rename_inside(n, rename)
        for v in list(g.input) + list(g.output):
            v.name = rename(v.name)
        for t in g.initializer:
            t.name = rename(t.name)
