"""Batch scoring on Ray Data, for archives that outgrow one machine (``adrisk score --engine ray``).

``read_parquet`` -> ``map_batches`` over an actor pool in which every actor holds ONE ``Scorer`` (one
onnxruntime session, loaded once) -> ``write_parquet``. The per-row logic is ``serving.batch.score_rows``, the
same as the local path, so both engines give the same columns and values. Ray is the optional ``[distributed]``
extra and is imported only here.
"""

from __future__ import annotations

import os
from dataclasses import asdict
import shutil
import time
from pathlib import Path

from serving.batch import BatchOptions, carried, merge_summaries, output_columns, output_schema, score_rows, summarise

_IO_CPUS = 0.25


class ScoreActor:
    """One Ray actor: loads the scorer once, then scores Arrow batches."""

    def __init__(self, model: str, opts: dict, threads: int):
        from serving.scorer import Scorer

        self.scorer = Scorer.load(model, intra_op_threads=threads, verify=False)
        self.opts = BatchOptions(**opts)
        self.schema = output_schema(self.scorer.labels)
        self.reserved = frozenset(output_columns(self.scorer.labels))

    def __call__(self, table):
        import pyarrow as pa

        rows = table.to_pylist()
        added = pa.Table.from_pylist(score_rows(self.scorer, rows, self.opts), schema=self.schema)
        # Carry input columns as Arrow columns (their types kept), renamed exactly as the local path does.
        names = list(carried(dict.fromkeys(table.column_names), self.opts, self.reserved))
        kept = [c for c in table.column_names if list(carried({c: None}, self.opts, self.reserved))]
        cols = [table.column(c) for c in kept] + list(added.columns)
        return pa.Table.from_arrays(cols, names=names + added.column_names)


def score_parquet_ray(input, output, *, model, text_column="text", id_column="id", language_column="language",
                      profile=None, concurrency=None, batch_size=2000, address=None) -> dict:  # fmt: skip
    """Score a Parquet file or folder into a folder of Parquet files with Ray Data; returns the run summary.

    Joins the Ray cluster at ``address`` or the one already initialised; otherwise starts a local one (and
    shuts it down at the end). ``concurrency``: actors (default: the cluster's CPUs).
    """
    import pyarrow.parquet as pq
    import ray

    from serving.artifact import read_artifact

    input, output = Path(input), Path(output)
    if not input.exists():
        raise FileNotFoundError(f"no such input: {str(input)!r}")
    if output.exists() and (output.is_file() or any(output.iterdir())):
        raise ValueError(f"output {output} exists; the Ray engine writes a new folder of Parquet files")
    artifact = read_artifact(model, verify=True)
    labels = artifact.signal_names
    opts = BatchOptions(text_column, id_column, language_column, profile)

    started = False
    if not ray.is_initialized():
        ray.init(address=address, include_dashboard=False, log_to_driver=False)
        started = True
    try:
        from ray.data import DataContext

        # Keeps blocks in input order through the pipeline; the written part files can still come out of order
        # (seen once in CI: a 5-row block's file sorted after the next one), so rows are matched by id, not place.
        DataContext.get_current().execution_options.preserve_order = True
        cpus = int(ray.cluster_resources().get("CPU", 1))
        actors = concurrency or max(1, cpus)
        threads = max(1, cpus // actors)
        # Actors must leave a slice of CPU for the read and write tasks, or the pool starves them (deadlock
        # on a small cluster): the scoring actors share all but one CPU, which Ray Data's file listing asks for.
        actor_cpus = max(0.1, min(float(threads), (cpus - 1) / actors))
        # Streaming repartition into blocks of one batch: a single file is read as one block, which would keep
        # every actor but one idle.
        ds = ray.data.read_parquet(str(input), num_cpus=_IO_CPUS).repartition(target_num_rows_per_block=batch_size)
        names = ds.schema().names
        if text_column not in names:
            raise ValueError(f"expected a text column {text_column!r}; found columns {names} (pass --text-column)")
        start = time.perf_counter()
        scored = ds.map_batches(
            ScoreActor,
            fn_constructor_kwargs={"model": str(Path(model).resolve()), "opts": asdict(opts), "threads": threads},
            batch_size=batch_size,
            batch_format="pyarrow",
            compute=ray.data.ActorPoolStrategy(size=actors),
            num_cpus=actor_cpus,
        )
        tmp = output.with_name(f".{output.name}.tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        scored.write_parquet(str(tmp), ray_remote_args={"num_cpus": _IO_CPUS})
        if output.exists():
            output.rmdir()
        os.replace(tmp, output)
        elapsed = time.perf_counter() - start
    finally:
        if started:
            ray.shutdown()

    cols = ["error", "language", "risk_flagged", *(f"flag_{s}" for s in labels)]
    parts = []
    for f in sorted(output.glob("*.parquet")):
        for batch in pq.ParquetFile(f).iter_batches(columns=cols):
            parts.append(summarise(batch.to_pylist(), labels))
    summary = merge_summaries(parts, labels)
    summary.update(input=str(input), output=str(output), engine="ray", workers=actors, intra_op_threads=threads,
                   seconds=round(elapsed, 3),
                   ads_per_second=round(summary["ads"] / elapsed, 1) if elapsed > 0 else None)  # fmt: skip
    return summary
