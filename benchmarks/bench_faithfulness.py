"""Faithfulness of the evidence-span head: does occlusion agree with the spans the model shows reviewers?

    python benchmarks/bench_faithfulness.py --model models/adrisk-default --data DIR/test.jsonl --n 200

For each flagged signal of each ad, the share of the 3 words that occlusion (``POST /explain``: each word
masked in one batched run) ranks highest that fall inside a predicted evidence span (precision@3), averaged
over (ad, signal) pairs. Also times occlusion per ad. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", required=True)
    ap.add_argument("--data", required=True, help="records (.jsonl/.csv/.parquet) with a text field")
    ap.add_argument("--n", type=int, default=200, help="ads to use (the first N)")
    ap.add_argument("--top-k", type=int, default=3)
    args = ap.parse_args()

    from serving.explain import span_occlusion_agreement
    from serving.records import iter_raw_rows
    from serving.scorer import Scorer

    texts = [r["text"] for _, r in zip(range(args.n), iter_raw_rows(args.data))]
    scorer = Scorer.load(args.model)
    t0 = time.perf_counter()
    result = span_occlusion_agreement(scorer, texts, top_k=args.top_k)
    result.update(ads=len(texts), data=str(args.data), seconds=round(time.perf_counter() - t0, 1))
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
