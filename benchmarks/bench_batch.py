"""Batch scoring throughput (issue 4 §5): `score_file` with 1 and 2 workers vs the raw Scorer the service runs.

    python benchmarks/bench_batch.py --model models/adrisk-default --size 20000

(a) raw: ``Scorer.score`` in this process over the same ads in batches of 32, one onnxruntime session with all
    cores as intra-op threads -- what the service's model call does, without HTTP or file I/O;
(b) ``score_file`` end to end (read JSONL, score, commit parts, join) with ``--workers 1`` and ``--workers 2``,
    wall clock including worker start-up (intra-op threads: cores // workers), and once more with one worker
    limited to one thread, which isolates the scaling over processes.
Prints one JSON object with ads/s for each and the ratio workers=2 / workers=1 (target >= 1.7 on >= 2 free
cores). Without --model a tiny test artifact is built (no torch), which measures the pipeline's overhead only.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", help="artifact folder (default: a tiny test artifact built here)")
    ap.add_argument("--size", type=int, default=6000, help="ads to score")
    ap.add_argument("--chunk-size", type=int, default=500)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args(argv)

    from serving.batch import available_cores, score_file
    from serving.scorer import Scorer
    from training.corpus.generate import GenerateConfig, generate_ads

    with tempfile.TemporaryDirectory(prefix="bench_batch_") as tmp:
        tmp = Path(tmp)
        model = args.model
        if not model:
            from tests.tiny_artifact import build_tiny_artifact

            model = str(build_tiny_artifact(tmp / "tiny"))
        ads = generate_ads(GenerateConfig(size=args.size, seed=args.seed))
        inp = tmp / "ads.jsonl"
        inp.write_text("".join(json.dumps({"id": f"b{a.index}", "text": a.text}, ensure_ascii=False) + "\n"
                               for a in ads), encoding="utf-8")  # fmt: skip
        texts = [a.text for a in ads]
        cores = available_cores()

        scorer = Scorer.load(model, intra_op_threads=cores)
        scorer.score(texts[:64])  # warm-up: language detector and onnxruntime arenas
        t = time.perf_counter()
        for i in range(0, len(texts), args.chunk_size):
            scorer.score(texts[i : i + args.chunk_size], batch_size=args.batch_size)
        raw = len(texts) / (time.perf_counter() - t)
        del scorer

        result = {"model": model, "ads": len(texts), "cores": cores, "raw_scorer_ads_per_s": round(raw, 1)}
        for workers in (1, 2):
            out = tmp / f"out{workers}.jsonl"
            t = time.perf_counter()
            score_file(inp, out, model=model, workers=workers, chunk_size=args.chunk_size,
                       batch_size=args.batch_size, progress=False)  # fmt: skip
            result[f"batch_{workers}_worker_ads_per_s"] = round(len(texts) / (time.perf_counter() - t), 1)
        # Process scaling alone: one intra-op thread per worker in both runs.
        out = tmp / "out1t.jsonl"
        t = time.perf_counter()
        score_file(inp, out, model=model, workers=1, chunk_size=args.chunk_size, batch_size=args.batch_size,
                   progress=False, intra_op_threads=1)  # fmt: skip
        result["batch_1_worker_1_thread_ads_per_s"] = round(len(texts) / (time.perf_counter() - t), 1)
        one, two = result["batch_1_worker_ads_per_s"], result["batch_2_worker_ads_per_s"]
        result["ratio_2_vs_1_workers"] = round(two / one, 2)
        result["ratio_2_workers_vs_1_worker_1_thread"] = round(two / result["batch_1_worker_1_thread_ads_per_s"], 2)
        result["ratio_1_worker_vs_raw"] = round(one / raw, 2)
        result["target_2_vs_1"] = 1.7
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
