"""Batch scoring of ad archives: ``score_file(input, output, model=...)``, streamed, parallel and resumable.

The input is read in chunks of ``chunk_size`` rows. Each chunk is scored by the one ``Scorer`` (which sorts by
length and windows long ads itself) in one of ``workers`` processes, each holding a single onnxruntime session
with ``cores // workers`` intra-op threads so the cores are not oversubscribed. A scored chunk is committed as
a numbered part file in ``OUTPUT.parts/`` (atomic rename) and recorded in ``state.json``; ``resume=True``
skips committed chunks after a crash or Ctrl-C, and the parts are joined into OUTPUT at the end, so every
input row appears in the output exactly once. A bad row gets an ``error`` value and the run goes on.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass
from pathlib import Path

from serving.batch_io import (
    BAD_ROW,
    chunked,
    estimate_rows,
    fingerprint,
    iter_input_rows,
    join_parts,
    write_json_atomic,
    write_part,
)
from serving.records import detect_format, stable_id

STATE_VERSION = 1
DEFAULT_CHUNK_SIZE = 2000
_LANG_CODE_MAX = 3


@dataclass(frozen=True)
class BatchOptions:
    text_column: str = "text"
    id_column: str = "id"
    language_column: str | None = "language"  # a 2-3 letter code there is used instead of detection
    profile: str | None = None
    batch_size: int = 32

    def __post_init__(self):
        if not self.text_column:
            raise ValueError("text column: expected a column name, found an empty string")


def output_columns(labels) -> list[str]:
    """Columns added to every row, in order (the linker reads ``risk_score`` and ``flag_*``)."""
    return ["id", "language", "ad_type", "risk_score", "risk_level", "risk_flagged",
            *(f"score_{s}" for s in labels), *(f"flag_{s}" for s in labels), "spans", "error"]  # fmt: skip


def output_schema(labels):
    """Arrow types of the added columns (used for empty outputs and by the Ray path)."""
    import pyarrow as pa

    fields = [("id", pa.string()), ("language", pa.string()), ("ad_type", pa.string()),
              ("risk_score", pa.float64()), ("risk_level", pa.string()), ("risk_flagged", pa.bool_())]  # fmt: skip
    fields += [(f"score_{s}", pa.float64()) for s in labels] + [(f"flag_{s}", pa.bool_()) for s in labels]
    fields += [("spans", pa.string()), ("error", pa.string())]
    return pa.schema(fields)


def _text_problem(row: dict, column: str) -> str | None:
    if BAD_ROW in row:
        return row[BAD_ROW]
    if column not in row:
        return f"missing text column {column!r}"
    text = row[column]
    if text is None:
        return "text is missing (null)"
    if not isinstance(text, str):
        return f"text must be a string, found {type(text).__name__}"
    if not text.strip():
        return "text is empty"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "text is undecodable (invalid UTF-8 bytes)"
    return None


def row_id(row: dict, opts: BatchOptions) -> str:
    """The id column's value, else an id stable in the content (the linker derives the same one)."""
    given = row.get(opts.id_column)
    if given is not None and str(given).strip():
        return str(given)
    text = row.get(opts.text_column)
    if isinstance(text, str):
        return stable_id(text)
    return stable_id(json.dumps(row, sort_keys=True, ensure_ascii=False, default=str))


def _language_hint(row: dict, opts: BatchOptions) -> str | None:
    v = row.get(opts.language_column) if opts.language_column else None
    if isinstance(v, str) and 2 <= len(v.strip()) <= _LANG_CODE_MAX and v.strip().isalpha():
        return v.strip().lower()
    return None


def score_rows(scorer, rows: list[dict], opts: BatchOptions) -> list[dict]:
    """The added columns (see ``output_columns``) for each row, in order. Bad rows get ``error`` only."""
    labels = scorer.labels
    problems = [_text_problem(r, opts.text_column) for r in rows]
    good = [i for i, p in enumerate(problems) if p is None]
    results = scorer.score(
        [rows[i][opts.text_column] for i in good],
        languages=[_language_hint(rows[i], opts) for i in good],
        profile=opts.profile,
        spans=True,
        batch_size=opts.batch_size,
    )
    by_row = dict(zip(good, results))
    out = []
    for i, row in enumerate(rows):
        rec: dict = {"id": row_id(row, opts)}
        res = by_row.get(i)
        if res is None:
            rec.update({c: None for c in output_columns(labels)[1:-1]})
            rec["error"] = problems[i]
            out.append(rec)
            continue
        sig = res["signals"]
        rec.update(language=res["language"]["code"], ad_type=res["ad_type"]["label"],
                   risk_score=res["risk"]["score"], risk_level=res["risk"]["level"],
                   risk_flagged=res["risk"]["flagged"])  # fmt: skip
        rec.update({f"score_{s}": sig[s]["score"] for s in labels})
        rec.update({f"flag_{s}": sig[s]["flagged"] for s in labels})
        spans = [{"signal": s, "start": sp["start"], "end": sp["end"], "score": sp["score"]}
                 for s in labels for sp in sig[s]["spans"]]  # fmt: skip
        rec["spans"] = json.dumps(spans, ensure_ascii=False)
        rec["error"] = None
        out.append(rec)
    return out


def carried(row: dict, opts: BatchOptions, reserved: frozenset[str]) -> dict:
    """Input columns carried into the output. The id (and language hint) column become ``id``/``language``;
    any other input column whose name an added column takes is kept as ``input_<name>``."""
    out = {}
    for k, v in row.items():
        if k == BAD_ROW or k == opts.id_column or (k == opts.language_column and k == "language"):
            continue
        out[f"input_{k}" if k in reserved else k] = v
    return out


def summarise(rows: list[dict], labels) -> dict:
    """Counts of one chunk: rows, errors, flagged overall, per signal and per language."""
    signals: Counter = Counter()
    langs: dict[str, dict] = {}
    errors = flagged = 0
    for r in rows:
        if r["error"] is not None:
            errors += 1
            continue
        lang = langs.setdefault(r["language"], {"ads": 0, "risk_flagged": 0, "signals": {}})
        lang["ads"] += 1
        if r["risk_flagged"]:
            flagged += 1
            lang["risk_flagged"] += 1
        for s in labels:
            if r[f"flag_{s}"]:
                signals[s] += 1
                lang["signals"][s] = lang["signals"].get(s, 0) + 1
    return {"rows": len(rows), "errors": errors, "risk_flagged": flagged,
            "signals": {s: signals[s] for s in labels}, "languages": langs}  # fmt: skip


def merge_summaries(parts: list[dict], labels) -> dict:
    total = {"ads": 0, "scored": 0, "errors": 0, "risk_flagged": 0, "flagged_by_signal": dict.fromkeys(labels, 0),
             "languages": {}}  # fmt: skip
    for p in parts:
        total["ads"] += p["rows"]
        total["errors"] += p["errors"]
        total["risk_flagged"] += p["risk_flagged"]
        for s, c in p["signals"].items():
            total["flagged_by_signal"][s] = total["flagged_by_signal"].get(s, 0) + c
        for code, d in p["languages"].items():
            lang = total["languages"].setdefault(code, {"ads": 0, "risk_flagged": 0, "signals": {}})
            lang["ads"] += d["ads"]
            lang["risk_flagged"] += d["risk_flagged"]
            for s, c in d["signals"].items():
                lang["signals"][s] = lang["signals"].get(s, 0) + c
    total["scored"] = total["ads"] - total["errors"]
    total["languages"] = dict(sorted(total["languages"].items(), key=lambda kv: (-kv[1]["ads"], kv[0])))
    return total


# -- one chunk, in a worker process or in-process -----------------------------------------------------------------
_WORKER_SCORER = None


def _init_worker(model: str, threads: int) -> None:
    global _WORKER_SCORER
    from serving.scorer import Scorer

    # The parent verified the artifact's hashes once; workers skip re-hashing a large model.onnx.
    _WORKER_SCORER = Scorer.load(model, intra_op_threads=threads, verify=False)


def _part_name(index: int, part_fmt: str) -> str:
    return f"part-{index:06d}.{part_fmt}"


def process_chunk(index: int, rows: list[dict], opts: BatchOptions, workdir: str, part_fmt: str,
                  scorer=None) -> dict:  # fmt: skip
    """Score one chunk and commit its part (summary sidecar first, then the part itself)."""
    scorer = scorer or _WORKER_SCORER
    added = score_rows(scorer, rows, opts)
    reserved = frozenset(output_columns(scorer.labels))
    out = [{**carried(r, opts, reserved), **a} for r, a in zip(rows, added)]
    summary = summarise(added, scorer.labels)
    summary["index"] = index
    summary["columns"] = list(dict.fromkeys(k for r in out for k in r))
    wd = Path(workdir)
    write_json_atomic(summary, wd / f"part-{index:06d}.summary.json")
    write_part(out, wd / _part_name(index, part_fmt), part_fmt)
    return summary


# -- the run -------------------------------------------------------------------------------------------------------
def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def work_dir_for(output: str | os.PathLike) -> Path:
    output = Path(output)
    return output.with_name(output.name + ".parts")


def _load_state(workdir: Path, expected: dict, resume: bool) -> set[int]:
    state_path = workdir / "state.json"
    if workdir.exists() and not resume:
        raise ValueError(
            f"work directory {workdir} exists from an earlier, unfinished run; pass --resume to continue it or "
            "remove the directory to start over"
        )
    if not state_path.is_file():
        workdir.mkdir(parents=True, exist_ok=True)
        write_json_atomic({**expected, "completed": []}, state_path)
        return set()
    state = json.loads(state_path.read_text(encoding="utf-8"))
    for key in ("version", "input", "options"):
        want, found = expected[key], state.get(key)
        if key == "input":
            want = {k: v for k, v in want.items() if k != "path"}
            found = {k: v for k, v in (found or {}).items() if k != "path"}
        if want != found:
            raise ValueError(
                f"cannot resume from {workdir}: the {key} changed since the interrupted run (it had {found}, this run "
                f"has {want}); rerun with the same input and options, or remove the directory to start over"
            )
    return {int(i) for i in state.get("completed", [])}


def score_file(input, output, *, model, fmt=None, out_fmt=None, text_column="text", id_column="id",
               language_column="language", workers=None, chunk_size=DEFAULT_CHUNK_SIZE, resume=False,
               profile=None, batch_size=32, progress=True, intra_op_threads=None) -> dict:  # fmt: skip
    """Score every row of ``input`` into ``output``; returns the run summary (see ``merge_summaries``).

    ``intra_op_threads``: per worker; default ``max(1, cores // workers)`` so the workers never oversubscribe.
    """
    from serving.artifact import read_artifact

    input, output = Path(input), Path(output)
    in_fmt = detect_format(input, fmt)
    out_fmt = detect_format(output, out_fmt)
    if not input.is_file():
        raise FileNotFoundError(f"no such input file: {str(input)!r}")
    if chunk_size < 1:
        raise ValueError(f"chunk size: expected an integer >= 1, found {chunk_size}")
    cores = available_cores()
    workers = cores if workers is None else int(workers)
    if workers < 1:
        raise ValueError(f"workers: expected an integer >= 1, found {workers}")
    threads = int(intra_op_threads or max(1, cores // workers))
    artifact = read_artifact(model, verify=True)
    labels = artifact.signal_names
    if profile is not None and profile not in artifact.thresholds.get("profiles", {}):
        raise ValueError(f"unknown profile {profile!r}; expected one of: {', '.join(artifact.thresholds['profiles'])}")
    opts = BatchOptions(text_column, id_column, language_column, profile, batch_size)
    part_fmt = "parquet" if out_fmt == "parquet" else "jsonl"
    workdir = work_dir_for(output)
    expected = {"version": STATE_VERSION, "input": fingerprint(input),
                "options": {**asdict(opts), "chunk_size": chunk_size, "format": in_fmt, "part_format": part_fmt,
                            "model_sha256": artifact.sha256}}  # fmt: skip
    completed = _load_state(workdir, expected, resume)
    completed = {i for i in completed if (workdir / _part_name(i, part_fmt)).is_file()}
    resumed = len(completed)

    from tqdm import tqdm

    bar = tqdm(total=estimate_rows(input, in_fmt), unit="ad", desc="scoring", disable=not progress, smoothing=0.1)
    start = time.perf_counter()
    scored_now = 0
    n_chunks = 0

    def done(summary: dict) -> None:
        nonlocal scored_now
        completed.add(summary["index"])
        write_json_atomic({**expected, "completed": sorted(completed)}, workdir / "state.json")
        scored_now += summary["rows"]
        bar.update(summary["rows"])

    def todo():
        nonlocal n_chunks
        for index, rows in enumerate(chunked(iter_input_rows(input, in_fmt), chunk_size)):
            n_chunks = index + 1
            if index == 0 and not any(text_column in r for r in rows) and not all(BAD_ROW in r for r in rows):
                cols = sorted({k for r in rows for k in r if k != BAD_ROW})
                raise ValueError(f"expected a text column {text_column!r}; found columns {cols} "
                                 "(pass --text-column)")  # fmt: skip
            if index in completed:
                bar.update(len(rows))
                continue
            yield index, rows

    try:
        if workers == 1:
            from serving.scorer import Scorer

            scorer = Scorer.load(model, intra_op_threads=threads, verify=False)
            for index, rows in todo():
                done(process_chunk(index, rows, opts, str(workdir), part_fmt, scorer=scorer))
        else:
            _run_pool(todo(), done, model, threads, workers, opts, workdir, part_fmt)
    except KeyboardInterrupt:
        bar.close()
        print(f"{len(completed)} chunk(s) committed in {workdir}; rerun with --resume to continue", file=sys.stderr)
        raise
    finally:
        bar.close()
    elapsed = time.perf_counter() - start

    summaries = []
    for i in range(n_chunks):
        path = workdir / f"part-{i:06d}.summary.json"
        if i not in completed or not path.is_file():
            raise RuntimeError(f"chunk {i} has no committed part in {workdir}; rerun with --resume")
        summaries.append(json.loads(path.read_text(encoding="utf-8")))
    columns = list(dict.fromkeys(c for s in summaries for c in s["columns"]))
    columns = [c for c in columns if c not in output_columns(labels)] + output_columns(labels)
    join_parts([workdir / _part_name(i, part_fmt) for i in range(n_chunks)], output, out_fmt, columns,
               output_schema(labels))  # fmt: skip
    shutil.rmtree(workdir)
    summary = merge_summaries(summaries, labels)
    summary.update(input=str(input), output=str(output), chunks=n_chunks, resumed_chunks=resumed, workers=workers,
                   intra_op_threads=threads, seconds=round(elapsed, 3),
                   ads_per_second=round(scored_now / elapsed, 1) if elapsed > 0 else None)  # fmt: skip
    return summary


def _run_pool(tasks, done, model, threads, workers, opts, workdir, part_fmt) -> None:
    import multiprocessing as mp

    # spawn: a fork of a process that already holds onnxruntime threads can deadlock.
    ctx = mp.get_context("spawn")
    in_flight = 2 * workers  # bounded look-ahead keeps memory flat: only a few chunks exist at once
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker, initargs=(str(model), threads)) as ex:
        pending = set()
        try:
            for index, rows in tasks:
                while len(pending) >= in_flight:
                    finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for f in finished:
                        done(f.result())
                pending.add(ex.submit(process_chunk, index, rows, opts, str(workdir), part_fmt))
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for f in finished:
                    done(f.result())
        except BrokenProcessPool:
            raise RuntimeError(f"a scoring worker died (out of memory?); committed parts are kept in {workdir}, "
                               "rerun with --resume") from None  # fmt: skip
        except BaseException:
            for f in pending:
                f.cancel()
            raise


def format_summary(summary: dict) -> str:
    """The summary as a plain-text table: flagged counts per signal, then per language."""
    lines = [f"ads {summary['ads']}  scored {summary['scored']}  errors {summary['errors']}  "
             f"risk-flagged {summary['risk_flagged']}  ({summary.get('ads_per_second')} ads/s, "
             f"{summary.get('workers')} workers)", "", f"{'signal':<26}{'flagged':>9}"]  # fmt: skip
    lines += [f"{s:<26}{c:>9}" for s, c in summary["flagged_by_signal"].items()]
    lines += ["", f"{'language':<10}{'ads':>9}{'flagged':>9}  top signals"]
    for code, d in summary["languages"].items():
        top = ", ".join(f"{s} {c}" for s, c in sorted(d["signals"].items(), key=lambda kv: -kv[1])[:3])
        lines.append(f"{code:<10}{d['ads']:>9}{d['risk_flagged']:>9}  {top}")
    return "\n".join(lines)
