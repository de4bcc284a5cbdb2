"""Linking time for a 100,000-ad archive (issue 4 §5; target under 2 minutes).

    python benchmarks/bench_link.py --size 100000

The archive is the project's generated corpus (``training.corpus.generate``) plus re-posts: a share of the ads
copied with the city, phone digits and price edited, as a trafficker moving an ad between cities would. Times
``serving.link.link_rows`` (MinHash LSH + identifier edges + components + cluster description) and, with
``--file``, the whole ``adrisk link`` path through a JSONL file. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CITIES = ["Madrid", "Lyon", "Warszawa", "Bucharest", "Manila", "Dubai", "Berlin", "Lisboa", "Kyiv", "Hanoi"]


def archive(size: int, repost_share: float, seed: int) -> list[dict]:
    from training.corpus.generate import GenerateConfig, generate_ads

    n_orig = int(size / (1 + repost_share))
    ads = generate_ads(GenerateConfig(size=n_orig, seed=seed))
    rows = [{"id": f"g{a.index}", "text": a.text, "language": a.language, "location": CITIES[a.index % 10]}
            for a in ads]  # fmt: skip
    rng = random.Random(seed)
    while len(rows) < size:
        src = rows[rng.randrange(n_orig)]
        city = rng.choice(CITIES)
        text = re.sub(r"\d", lambda _: str(rng.randrange(10)), src["text"])  # edited phone digits and prices
        rows.append({"id": f"r{len(rows)}", "text": f"{text} {city}", "language": src["language"], "location": city})
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=100_000)
    ap.add_argument("--repost-share", type=float, default=0.1, help="re-posted copies per original ad")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--file", action="store_true", help="also time link_file through a JSONL archive")
    args = ap.parse_args(argv)

    from serving.link import LinkConfig, link_file, link_rows

    t = time.perf_counter()
    rows = archive(args.size, args.repost_share, args.seed)
    gen_s = time.perf_counter() - t
    t = time.perf_counter()
    result = link_rows(rows, LinkConfig(salt="bench"))
    link_s = time.perf_counter() - t
    out = {"ads": len(rows), "generate_s": round(gen_s, 1), "link_rows_s": round(link_s, 1),
           "ads_per_s": round(len(rows) / link_s), "target_s": 120, **result.stats}  # fmt: skip
    if args.file:
        with tempfile.TemporaryDirectory(prefix="bench_link_") as tmp:
            path = Path(tmp) / "archive.jsonl"
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
            t = time.perf_counter()
            link_file(path, Path(tmp) / "clusters.jsonl", edges_path=Path(tmp) / "edges.csv",
                      cfg=LinkConfig(salt="bench"))  # fmt: skip
            out["link_file_s"] = round(time.perf_counter() - t, 1)
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
