"""Benchmark: answers per second scoring 10,000 real answers, single thread.

Side by side in one run:
  1. the library: Scorer.predict_proba over the texts (normalise + ONNX), batch 64;
  2. the library as one batch of 10,000 (to show why we score in batches);
  3. `grader score` end to end (read the CSV, flag, score, write XLSX and CSV) in a subprocess.
With --old-ref REF (a git revision), instead: per science set, the graph alone (onnxruntime, one
thread, batches of 64) and the library's Scorer, for the installed bundle and the one committed at
REF, side by side in the same run (interleaved, best of 3), on the set's real answers.
With --old-code REF, instead: per science set, the graph alone and the Scorer of the code committed
at REF (its grader_app extracted with `git archive` and imported under another name) against the
working tree's, on the same installed bundle and the set's raw answers, interleaved, best of 3; it
also says whether the two Scorers gave the same probabilities (bit for bit, else the largest gap).
With --candidate BUNDLE [BUNDLE ...], instead: as --old-ref, each candidate bundle (a kind's job output) against
the installed bundle of its set.
With --paired BUNDLE [BUNDLE ...], instead: as --candidate, but the graph alone only, the two graphs alternated batch
by batch (which goes first alternating too) and each run timed in the thread's own processor time, 5 passes: the
median and range of the pass-by-pass ratio, which a busy host moves by a few per cent where best-of-3 wall-clock
figures move by tens; and the largest gap between the two graphs' probabilities on the set's answers.
With --threads N, instead: per science set, the graph alone (one thread) and the Scorer with one thread and with N
(batches side by side), interleaved, best of 3, on the set's real answers.
With --profile, instead: per science set, where the graph's time goes (onnxruntime's profiler, one thread, batches of
64, the set's real answers): each operator type's share of the kernel time, and the slowest nodes (an If's own time
is left out: it holds its branch's nodes' times, which are counted themselves).
With --floor, instead: per science set, the installed graph alone against the same graph cut to its tokenizers and their
hashes (only the nodes they need), interleaved, best of 3, one thread, batches of 64: what no graph reading those
tokenizers can run faster than on stock onnxruntime, whatever it does with their hashes.
Prints figures; asserts nothing.
Usage: .venv/bin/python scripts/bench_score.py [N] [--old-ref REF | --old-code REF | --threads N | --profile | --floor |
       --candidate BUNDLE ... | --paired BUNDLE ...]
"""
from __future__ import annotations

import importlib.util
import io
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader_app.bundles.library import Library  # noqa: E402
from grader_app.distill.asap import SCIENCE_SETS, load_train  # noqa: E402
from grader_app.scoring import Scorer  # noqa: E402


def _graph_speed(model_bytes: bytes, texts: list[str], batch: int = 64) -> float:
    import numpy as np
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    sess = ort.InferenceSession(model_bytes, opts, providers=["CPUExecutionProvider"])
    chunks = [np.array(texts[i:i + batch], dtype=object) for i in range(0, len(texts), batch)]
    t = time.perf_counter()
    for c in chunks:
        sess.run(None, {"text": c})
    return len(texts) / (time.perf_counter() - t)


def _scorer_speed(bundle, texts: list[str], threads: int = 1) -> float:
    scorer = Scorer(bundle, threads=threads)
    scorer.predict_proba(texts[:64])
    t = time.perf_counter()
    scorer.predict_proba(texts, batch_size=64)
    return len(texts) / (time.perf_counter() - t)


def _side_by_side(pairs: list, other: str) -> None:
    """Per (set, other bundle): the installed bundle of the set and ``other``'s, graph alone and Scorer, one thread,
    batches of 64, interleaved, best of 3, on the set's real answers."""
    from grader_app.bundles import read_bundle
    from grader_app.paths import bundled_models_dir
    from grader_app.text import normalise_many

    df = load_train()
    print(f"graph alone and Scorer, one thread, batches of 64, best of 3: installed vs {other}\n")
    print(f"{'set':>4} {'n':>6} {'graph inst':>11} {'graph other':>11} {'scorer inst':>11} {'scorer other':>12}  kinds")
    for s, other_path in pairs:
        new, old = read_bundle(bundled_models_dir() / f"asap-sas-{s}.gradebundle"), read_bundle(other_path)
        raw = df[df["EssaySet"] == s]["EssayText"].tolist()
        texts = normalise_many(raw)
        best = {key: 0.0 for key in ("gn", "go", "sn", "so")}
        for _ in range(3):
            best["gn"] = max(best["gn"], _graph_speed(new.model_bytes, texts))
            best["go"] = max(best["go"], _graph_speed(old.model_bytes, texts))
            best["sn"] = max(best["sn"], _scorer_speed(new, raw))
            best["so"] = max(best["so"], _scorer_speed(old, raw))
        kinds = " / ".join(str(b.manifest.get("provenance", {}).get("kind", "")) for b in (new, old))
        print(f"{s:>4} {len(texts):>6} {best['gn']:>11,.0f} {best['go']:>11,.0f} {best['sn']:>11,.0f} "
              f"{best['so']:>12,.0f}  {kinds}")


def compare(ref: str) -> None:
    """Installed science bundles against those committed at ``ref``, in one run."""
    with tempfile.TemporaryDirectory() as tmp:
        pairs = []
        for s in SCIENCE_SETS:
            name = f"asap-sas-{s}.gradebundle"
            old_path = Path(tmp) / name
            old_path.write_bytes(subprocess.run(["git", "show", f"{ref}:model_bundles/{name}"], cwd=ROOT,
                                                capture_output=True, check=True).stdout)
            pairs.append((s, old_path))
        _side_by_side(pairs, ref)


def _candidate_sets(paths: list[str]) -> list:
    """(set, path) of each candidate bundle, an ASAP-SAS bundle's set read from its id."""
    from grader_app.bundles import read_bundle

    pairs = []
    for p in paths:
        item = str(read_bundle(Path(p)).manifest.get("id", ""))
        if not item.startswith("asap-sas-"):
            sys.exit(f"bench_score.py: {p} is not an ASAP-SAS bundle (its id is {item!r})")
        pairs.append((int(item.rsplit("-", 1)[1]), Path(p)))
    return pairs


def compare_candidates(paths: list[str]) -> None:
    """Candidate bundles (a kind's job output, not installed) against the installed bundle of their set."""
    _side_by_side(_candidate_sets(paths), "the candidates")


def compare_paired(paths: list[str], passes: int = 5) -> None:
    """Each candidate's graph against its set's installed graph, alternated batch by batch, thread processor time."""
    import numpy as np
    import onnxruntime as ort

    from grader_app.bundles import read_bundle
    from grader_app.paths import bundled_models_dir
    from grader_app.text import normalise_many

    def session(model_bytes: bytes):
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = opts.inter_op_num_threads = 1
        opts.log_severity_level = 3
        return ort.InferenceSession(model_bytes, opts, providers=["CPUExecutionProvider"])

    df = load_train()
    print(f"graph alone, one thread, batches of 64, alternated batch by batch, thread processor time, {passes} passes: "
          "installed vs the candidates\n")
    print(f"{'set':>4} {'n':>6} {'installed':>10} {'candidate':>10} {'cand/inst':>10} {'range':>12} {'max |dp|':>9}")
    for s, path in _candidate_sets(paths):
        inst = session(read_bundle(bundled_models_dir() / f"asap-sas-{s}.gradebundle").model_bytes)
        cand = session(read_bundle(path).model_bytes)
        texts = normalise_many(df[df["EssaySet"] == s]["EssayText"].tolist())
        chunks = [{"text": np.array(texts[i:i + 64], dtype=object)} for i in range(0, len(texts), 64)]
        gap = max(float(np.abs(inst.run(None, c)[0] - cand.run(None, c)[0]).max()) for c in chunks)
        speeds: dict = {"inst": [], "cand": []}
        for p in range(passes):
            spent = {"inst": 0.0, "cand": 0.0}
            for j, c in enumerate(chunks):
                order = (("inst", inst), ("cand", cand))
                for key, sess in order if (j + p) % 2 == 0 else order[::-1]:
                    t = time.thread_time()
                    sess.run(None, c)
                    spent[key] += time.thread_time() - t
            for key in spent:
                speeds[key].append(len(texts) / spent[key])
        ratio = np.array(speeds["cand"]) / np.array(speeds["inst"])
        print(f"{s:>4} {len(texts):>6} {np.median(speeds['inst']):>10,.0f} {np.median(speeds['cand']):>10,.0f} "
              f"{np.median(ratio):>10.3f} {ratio.min():>5.3f}-{ratio.max():.3f} {gap:>9.1e}")


def compare_threads(n: int) -> None:
    """The installed science bundles through the Scorer with one thread and with ``n`` (batches side by side), and
    the graph alone on one thread, in one run, interleaved, best of 3, on each set's real answers."""
    from grader_app.bundles import read_bundle
    from grader_app.paths import bundled_models_dir
    from grader_app.text import normalise_many

    df = load_train()
    print(f"graph alone (one thread) and Scorer with 1 and {n} threads, batches of 64, best of 3; {os.cpu_count()} "
          "processors\n")
    print(f"{'set':>4} {'n':>6} {'graph':>9} {'scorer 1':>10} {f'scorer {n}':>10}")
    for s in SCIENCE_SETS:
        bundle = read_bundle(bundled_models_dir() / f"asap-sas-{s}.gradebundle")
        raw = df[df["EssaySet"] == s]["EssayText"].tolist()
        texts = normalise_many(raw)
        best = {key: 0.0 for key in ("g", "s1", "sn")}
        for _ in range(3):
            best["g"] = max(best["g"], _graph_speed(bundle.model_bytes, texts))
            best["s1"] = max(best["s1"], _scorer_speed(bundle, raw))
            best["sn"] = max(best["sn"], _scorer_speed(bundle, raw, threads=n))
        print(f"{s:>4} {len(texts):>6} {best['g']:>9,.0f} {best['s1']:>10,.0f} {best['sn']:>10,.0f}")


def _import_old_package(ref: str, tmp: str):
    """grader_app as committed at ``ref``, imported as the package ``grader_app_old``."""
    archive = subprocess.run(["git", "archive", "--format=tar", ref, "grader_app"], cwd=ROOT,
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        if hasattr(tarfile, "data_filter"):  # Python >= 3.10.12 / 3.11.4
            tar.extractall(tmp, filter="data")
        else:
            tar.extractall(tmp)
    pkg = Path(tmp) / "grader_app"
    spec = importlib.util.spec_from_file_location("grader_app_old", pkg / "__init__.py",
                                                  submodule_search_locations=[str(pkg)])
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["grader_app_old"] = module
    spec.loader.exec_module(module)
    return module


def compare_code(ref: str) -> None:
    """The working tree's Scorer against the one committed at ``ref``, same bundles, one run."""
    import importlib

    import numpy as np

    from grader_app.bundles import read_bundle
    from grader_app.paths import bundled_models_dir
    from grader_app.text import normalise_many

    df = load_train()
    print(f"graph alone and Scorer, one thread, batches of 64, best of 3: working tree vs code at {ref}\n")
    print(f"{'set':>4} {'n':>6} {'graph':>9} {'scorer new':>11} {'scorer old':>11} {'new/graph':>10} {'old/graph':>10}  "
          "same probabilities")
    with tempfile.TemporaryDirectory() as tmp:
        _import_old_package(ref, tmp)
        old_scoring = importlib.import_module("grader_app_old.scoring.model")
        old_read = importlib.import_module("grader_app_old.bundles").read_bundle
        for s in SCIENCE_SETS:
            path = bundled_models_dir() / f"asap-sas-{s}.gradebundle"
            new_bundle, old_bundle = read_bundle(path), old_read(path)
            raw = df[df["EssaySet"] == s]["EssayText"].tolist()
            texts = normalise_many(raw)
            new_scorer, old_scorer = Scorer(new_bundle, threads=1), old_scoring.Scorer(old_bundle, threads=1)
            p_new, p_old = new_scorer.predict_proba(raw), old_scorer.predict_proba(raw)
            if p_new.tobytes() == p_old.tobytes():
                same = "bit for bit"
            else:
                same = f"NO: largest gap {float(np.abs(p_new.astype(np.float64) - p_old).max()):.3g}"
            best = {key: 0.0 for key in ("g", "sn", "so")}
            for round_ in range(3):
                best["g"] = max(best["g"], _graph_speed(new_bundle.model_bytes, texts))
                order = (("sn", new_scorer), ("so", old_scorer))
                for key, scorer in order if round_ % 2 == 0 else order[::-1]:  # neither always goes first
                    t = time.perf_counter()
                    scorer.predict_proba(raw, batch_size=64)
                    best[key] = max(best[key], len(raw) / (time.perf_counter() - t))
            print(f"{s:>4} {len(raw):>6} {best['g']:>9,.0f} {best['sn']:>11,.0f} {best['so']:>11,.0f} "
                  f"{best['sn'] / best['g']:>10.0%} {best['so'] / best['g']:>10.0%}  {same}")


def profile(top: int = 8) -> None:
    """Each science set's graph: the share of kernel time per operator type and the ``top`` slowest nodes."""
    import collections
    import json

    import numpy as np
    import onnxruntime as ort

    from grader_app.bundles import read_bundle
    from grader_app.paths import bundled_models_dir
    from grader_app.text import normalise_many

    df = load_train()
    with tempfile.TemporaryDirectory() as tmp:
        for s in SCIENCE_SETS:
            texts = normalise_many(df[df["EssaySet"] == s]["EssayText"].tolist())
            opts = ort.SessionOptions()
            opts.intra_op_num_threads = opts.inter_op_num_threads = 1
            opts.log_severity_level = 3
            opts.enable_profiling = True
            opts.profile_file_prefix = str(Path(tmp) / f"set{s}")
            bundle = read_bundle(bundled_models_dir() / f"asap-sas-{s}.gradebundle")
            sess = ort.InferenceSession(bundle.model_bytes, opts, providers=["CPUExecutionProvider"])
            for i in range(0, len(texts), 64):
                sess.run(None, {"text": np.array(texts[i:i + 64], dtype=object)})
            events = json.loads(Path(sess.end_profiling()).read_text(encoding="utf-8"))
            by_op: collections.Counter = collections.Counter()
            by_node: collections.Counter = collections.Counter()
            for e in events:   # an If's own time holds its branch's nodes' times, which are counted themselves
                if e.get("cat") == "Node" and e["name"].endswith("_kernel_time") and e["args"]["op_name"] != "If":
                    by_op[e["args"]["op_name"]] += e["dur"]
                    by_node[e["name"][:-len("_kernel_time")]] += e["dur"]
            total = sum(by_op.values())
            print(f"set {s}: {len(texts)} answers, kernel time {total / 1e3:.0f} ms "
                  f"({len(texts) / (total / 1e6):,.0f} answers/s of kernels alone)")
            print("  by operator: " + ", ".join(f"{op} {t / total:.0%}" for op, t in by_op.most_common()))
            print("  slowest nodes: " + ", ".join(f"{n} {t / total:.0%}" for n, t in by_node.most_common(top)))


def _cut_to(model, outputs: list[str]) -> bytes:
    """``model`` with only the nodes ``outputs`` need, and those as its outputs."""
    import onnx

    cut = onnx.ModelProto()
    cut.CopyFrom(model)
    need, keep = set(outputs), []
    for node in reversed(cut.graph.node):
        if set(node.output) & need:
            keep.append(node)
            need |= set(node.input)
    del cut.graph.node[:]
    cut.graph.node.extend(reversed(keep))
    del cut.graph.output[:]
    cut.graph.output.extend(onnx.ValueInfoProto(name=name) for name in outputs)
    return cut.SerializeToString()


def floor() -> None:
    """Each science set's installed graph against its tokenizers and hashes alone, on the set's real answers."""
    import onnx

    from grader_app.bundles import read_bundle
    from grader_app.paths import bundled_models_dir
    from grader_app.text import normalise_many

    df = load_train()
    print("per science set, one thread, batches of 64, best of 3 interleaved: answers/s")
    print(f"{'set':>4} {'whole graph':>12} {'tokenizers + hashes':>20}  tokenizers")
    for s in SCIENCE_SETS:
        texts = normalise_many(df[df["EssaySet"] == s]["EssayText"].tolist())
        model_bytes = read_bundle(bundled_models_dir() / f"asap-sas-{s}.gradebundle").model_bytes
        model = onnx.load_from_string(model_bytes)
        tokens = [n for n in model.graph.node if n.op_type == "Tokenizer"]
        hashes = [n.output[0] for n in model.graph.node if n.op_type == "MurmurHash3"]
        # (the tokenizers' own outputs are not timed: handing strings back to Python costs more than hashing them)
        graphs = {"whole": model_bytes, "hashes": _cut_to(model, hashes)}
        best = dict.fromkeys(graphs, 0.0)
        for _ in range(3):
            for name, g in graphs.items():
                best[name] = max(best[name], _graph_speed(g, texts))
        patterns = ", ".join(next(onnx.helper.get_attribute_value(a) for a in n.attribute if a.name == "tokenexp").decode()
                             for n in tokens)
        print(f"{s:>4} {best['whole']:>12,.0f} {best['hashes']:>20,.0f}  {len(tokens)}: {patterns}")


def main() -> None:
    args = sys.argv[1:]
    if "-h" in args or "--help" in args:
        print(__doc__)
        return
    known = {"--profile", "--floor", "--old-ref", "--old-code", "--threads", "--candidate", "--paired"}
    if args and not args[0].isdigit() and args[0] not in known:
        sys.exit(f"bench_score.py: unknown argument {args[0]!r}; see --help")
    if "--profile" in args:
        profile()
        return
    if "--floor" in args:
        floor()
        return
    if "--old-ref" in args:
        compare(args[args.index("--old-ref") + 1])
        return
    if "--paired" in args:
        compare_paired(args[args.index("--paired") + 1:])
        return
    if "--candidate" in args:
        compare_candidates(args[args.index("--candidate") + 1:])
        return
    if "--threads" in args:
        compare_threads(int(args[args.index("--threads") + 1]))
        return
    if "--old-code" in args:
        compare_code(args[args.index("--old-code") + 1])
        return
    n = int(args[0]) if args else 10_000
    lib = Library.default()
    df = load_train()
    df = df[df["EssaySet"].isin(SCIENCE_SETS)]
    rows = df.sample(n=n, replace=len(df) < n, random_state=0).reset_index(drop=True)
    rows["item"] = "asap-sas-" + rows["EssaySet"].astype(str)
    print(f"{n} real answers from ASAP-SAS science sets, one thread\n")

    # library, per bundle, batched
    total = 0.0
    for item, part in rows.groupby("item"):
        scorer = Scorer(lib.get(item), threads=1)
        texts = part["EssayText"].tolist()
        scorer.predict_proba(texts[:64])  # warm up
        t = time.perf_counter()
        scorer.predict_proba(texts, batch_size=64)
        total += time.perf_counter() - t
    print(f"library, batches of 64          : {n / total:10,.0f} answers/s  ({total:.2f} s)")

    item, part = next(iter(rows.groupby("item")))
    scorer = Scorer(lib.get(item), threads=1)
    texts = part["EssayText"].tolist()
    t = time.perf_counter()
    scorer.predict_proba(texts, batch_size=len(texts))
    one = time.perf_counter() - t
    print(f"library, one batch of {len(texts):5d}     : {len(texts) / one:10,.0f} answers/s  ({one:.2f} s)")

    with tempfile.TemporaryDirectory() as tmp:
        sheet = Path(tmp) / "answers.csv"
        pd.DataFrame({"Student ID": [f"S{i:05d}" for i in range(n)], "Question": rows["item"],
                      "Answer": rows["EssayText"]}).to_csv(sheet, index=False)
        exe = [sys.executable, "-m", "grader_app", "score", str(sheet), "--quiet"]
        for suffix in ("csv", "xlsx"):
            t = time.perf_counter()
            subprocess.run(exe + ["--out", str(Path(tmp) / f"graded.{suffix}")], check=True,
                           env={**os.environ, "OMP_NUM_THREADS": "1"})
            secs = time.perf_counter() - t
            print(f"grader score -> {suffix:4s} (process) : {n / secs:10,.0f} answers/s  ({secs:.2f} s, "
                  "incl. start-up, read, flags, write)")


if __name__ == "__main__":
    main()
