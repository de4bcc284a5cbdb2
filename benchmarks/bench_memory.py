"""Peak memory of `adrisk score` on a large archive (issue 4: "memory stays flat however large the file").

    python benchmarks/bench_memory.py --model models/adrisk-default --size-mb 1024 [--max-seconds 600]

Synthesises a JSONL archive of ``--size-mb`` MiB by repeating generated ads (each line with its own id), runs
`adrisk score` on it in a subprocess and samples the resident memory (RSS) of the whole process tree (parent
and scoring workers) every 0.2 s. Prints the peak total and per-process RSS and a timeline; a flat timeline is
what streaming promises. ``--max-seconds`` stops the run early (Ctrl-C, as a user would) when a full pass would
take too long; the peak so far is still reported, with the share of the input scored.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
MIB = 1 << 20


def synthesise(path: Path, size_mb: int, seed: int) -> int:
    from training.corpus.generate import GenerateConfig, generate_ads

    ads = generate_ads(GenerateConfig(size=20_000, seed=seed))
    target, written, n = size_mb * MIB, 0, 0
    with path.open("w", encoding="utf-8") as fh:
        while written < target:
            for a in ads:
                line = json.dumps({"id": f"m{n:08d}", "text": a.text, "language": a.language}, ensure_ascii=False)
                written += len(line.encode("utf-8")) + 1
                fh.write(line + "\n")
                n += 1
                if written >= target:
                    break
    return n


def tree_rss(root) -> tuple[int, int]:
    """(sum, max) RSS in bytes over ``root`` and its descendants."""
    import psutil

    procs = [root]
    with contextlib.suppress(psutil.Error):
        procs += root.children(recursive=True)
    rss = []
    for p in procs:
        try:
            rss.append(p.memory_info().rss)
        except psutil.Error:
            continue
    return sum(rss), max(rss, default=0)


def main(argv=None) -> int:
    import psutil  # a dependency of bentoml ([serve])

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", required=True, help="artifact folder")
    ap.add_argument("--size-mb", type=int, default=1024, help="size of the synthetic JSONL archive in MiB")
    ap.add_argument("--workers", type=int, help="scoring processes (default: all cores)")
    ap.add_argument("--chunk-size", type=int, default=2000)
    ap.add_argument("--max-seconds", type=float, help="interrupt the run after this long and report so far")
    ap.add_argument("--workdir", help="where to write the archive and output (default: a temporary folder)")
    ap.add_argument("--seed", type=int, default=2)
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench_memory_", dir=args.workdir) as tmp:
        tmp = Path(tmp)
        inp, out = tmp / "archive.jsonl", tmp / "scored.jsonl"
        t = time.perf_counter()
        n_ads = synthesise(inp, args.size_mb, args.seed)
        synth_s = time.perf_counter() - t
        cmd = [sys.executable, "-m", "adrisk.cli", "score", str(inp), "--out", str(out), "--model", args.model,
               "--chunk-size", str(args.chunk_size), "--no-progress", "--json"]  # fmt: skip
        if args.workers:
            cmd += ["--workers", str(args.workers)]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        root = psutil.Process(proc.pid)
        start = time.perf_counter()
        peak_sum = peak_one = 0
        timeline: list[tuple[float, int]] = []
        interrupted = False
        while proc.poll() is None:
            total, one = tree_rss(root)
            peak_sum, peak_one = max(peak_sum, total), max(peak_one, one)
            elapsed = time.perf_counter() - start
            if not timeline or elapsed - timeline[-1][0] >= 5:
                timeline.append((round(elapsed, 1), round(total / MIB)))
            if args.max_seconds and elapsed > args.max_seconds and not interrupted:
                proc.send_signal(signal.SIGINT)
                interrupted = True
            time.sleep(0.2)
        stdout, stderr = proc.communicate()
        wall = time.perf_counter() - start
        parts = tmp / "scored.jsonl.parts"
        scored = n_ads if out.exists() else sum(1 for p in parts.glob("part-*.jsonl") for _ in p.open("rb"))
        result = {
            "input_mib": round(inp.stat().st_size / MIB),
            "input_ads": n_ads,
            "synthesise_s": round(synth_s, 1),
            "ads_scored": scored,
            "wall_s": round(wall, 1),
            "interrupted": interrupted,
            "exit_code": proc.returncode,
            "peak_rss_total_mib": round(peak_sum / MIB),
            "peak_rss_one_process_mib": round(peak_one / MIB),
            "rss_timeline_s_mib": timeline,
        }
        if proc.returncode not in (0, 130):
            result["stderr_tail"] = stderr[-1500:]
        elif proc.returncode == 0:
            result["summary"] = {k: v for k, v in json.loads(stdout).items() if k in ("ads", "ads_per_second")}
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
