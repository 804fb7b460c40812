"""Reading a soft-label file's rows, before they are checked (:func:`.softlabels.read_soft_labels` checks them).

Three formats, chosen by the suffix:

* ``.csv``: a header ``id,sha256,p_0,...,p_{K-1}`` (``sha256`` and a ``part`` column optional), one row per answer;
  the delimiter is taken from the header (a comma, or the semicolon or tab a spreadsheet in a German or Spanish
  locale saves with, its decimal commas then read as points), and a space after a delimiter is skipped;
* ``.jsonl`` (or ``.ndjson``): one object per line, ``{"id": ..., "sha256": ..., "probabilities": [...]}``
  (``p_0`` ... keys are accepted instead of ``probabilities``);
* ``.json``: one document, either a list of such objects, or an object mapping each answer id to its list of
  probabilities (``{"S001": [0.1, 0.7, 0.2], ...}``), the two shapes a script's ``json.dump`` gives most often.

Each row is ``{"line": where it is, said to the user ("line 5", "entry 5", "id S001"), "id", "sha256", "part",
"p": the probabilities as they were written}``.
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

_P_COL = re.compile(r"^p_(\d+)$")


class SoftLabelError(ValueError):
    """Soft labels that cannot be used; the message says what is wrong and what to do."""


def file_rows(path: Path) -> list[dict]:
    """The rows of ``path`` by its suffix (see the module docstring); SoftLabelError for any other suffix."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _rows_csv(path)
    if suffix in (".jsonl", ".ndjson"):
        return _rows_jsonl(path)
    if suffix == ".json":
        return _rows_json(path)
    raise SoftLabelError(f"{path.name}: soft labels must be a .csv, .jsonl or .json file; save them as one of those")


def _delimiter(path: Path) -> str:
    """The CSV's delimiter, from its header: a comma, or the semicolon or tab a spreadsheet saved it with."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        header = fh.readline()
    counts = {d: header.count(d) for d in ",;\t"}
    return max(counts, key=lambda d: (counts[d], d == ","))


def _rows_csv(path: Path) -> list[dict]:
    delimiter = _delimiter(path)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh, delimiter=delimiter, skipinitialspace=True)   # "id, p_0, p_1" as written by hand
        cols = reader.fieldnames or []
        if "id" not in cols:
            raise SoftLabelError(f"{path.name} has no 'id' column; the header must be id,sha256,p_0,...")
        pcols = sorted((int(m.group(1)), c) for c in cols if (m := _P_COL.match(c)))
        if not pcols:
            raise SoftLabelError(f"{path.name} has no probability columns p_0, p_1, ...; add one per score")
        if [i for i, _ in pcols] != list(range(len(pcols))):
            raise SoftLabelError(f"{path.name}: probability columns must be p_0 to p_{len(pcols) - 1} with none skipped")
        rows = []
        for line, r in enumerate(reader, start=2):
            p = [r.get(c) for _, c in pcols]
            if delimiter != ",":   # a spreadsheet that separates with ';' writes 0,25 for 0.25
                p = [x.replace(",", ".") if isinstance(x, str) else x for x in p]
            rows.append({"line": f"line {line}", "id": r.get("id"), "sha256": r.get("sha256"), "part": r.get("part"),
                         "p": p})
        return rows


def _record(obj, where: str, name: str, each: str = "write one object per answer") -> dict:
    """One answer's object (a JSONL line, an entry of a JSON list) as a row."""
    if not isinstance(obj, dict):
        raise SoftLabelError(f"{name} {where} is not a JSON object; {each}")
    if "probabilities" in obj:
        p = obj["probabilities"]
        if not isinstance(p, list):
            raise SoftLabelError(f"{name} {where}: 'probabilities' must be a list of numbers")
    else:
        keys = sorted((int(m.group(1)), k) for k in obj if (m := _P_COL.match(k)))
        if not keys:
            raise SoftLabelError(f"{name} {where} has no 'probabilities' list (or p_0, p_1, ... keys)")
        if [i for i, _ in keys] != list(range(len(keys))):
            raise SoftLabelError(f"{name} {where}: keys must run p_0 to p_{len(keys) - 1} with none skipped")
        p = [obj[k] for _, k in keys]
    return {"line": where, "id": obj.get("id"), "sha256": obj.get("sha256"), "part": obj.get("part"), "p": p}


def _rows_jsonl(path: Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError:
                raise SoftLabelError(f"{path.name} line {line} is not valid JSON; write one JSON object per line") from None
            rows.append(_record(obj, f"line {line}", path.name))
    return rows


def _rows_json(path: Path) -> list[dict]:
    try:
        doc = json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise SoftLabelError(f"{path.name} is not valid JSON (line {exc.lineno}: {exc.msg}); write one JSON document, "
                             "or one object per line in a .jsonl file") from None
    if isinstance(doc, list):
        return [_record(obj, f"entry {n}", path.name, "write a list of objects, one per answer")
                for n, obj in enumerate(doc, start=1)]
    if isinstance(doc, dict):
        rows = []
        for rid, p in doc.items():
            if isinstance(p, dict):
                rows.append(dict(_record(p, f"id {rid}", path.name, ""), id=p.get("id", rid)))
                continue
            if not isinstance(p, list):
                raise SoftLabelError(f"{path.name}: the value of id {rid} is not a list of probabilities; map each "
                                     "answer id to its list, lowest score first")
            rows.append({"line": f"id {rid}", "id": rid, "sha256": None, "part": None, "p": p})
        return rows
    raise SoftLabelError(f"{path.name} holds a single {type(doc).__name__}; write a list of objects, one per answer, "
                         "or an object mapping each answer id to its probabilities")
