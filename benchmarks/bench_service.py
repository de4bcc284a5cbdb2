"""Benchmark the HTTP service against the obvious alternative, on one machine and one model (issue 5 §6).

    python benchmarks/bench_service.py --model models/adrisk-default --torch-model runs/default/checkpoint

(a) single-ad /score latency p50/p95/p99 at concurrency 1 and 16 over real HTTP (`adrisk serve` on 127.0.0.1);
(b) /score throughput with requests of 32 realistic ads (the project's corpus generator, or --ads JSONL);
(c) the same ads through transformers' pipeline("text-classification") on the torch fp32 model, called as a
    user would (default batch_size=1) and batched (batch_size=32), and the throughput ratios (b)/(c). The pipeline truncates to max_length where the service windows long ads, so the
    ratio is conservative. The server is stopped before (c) runs: the two never share the CPUs.
The benchmark may import transformers and torch; the service it measures does not.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def load_ads(path: str | None, n: int, seed: int) -> list[str]:
    if path:
        with open(path, encoding="utf-8") as f:
            texts = [json.loads(line)["text"] for line in f if line.strip()]
    else:
        from training.corpus.generate import GenerateConfig, generate_ads

        texts = [ad.text for ad in generate_ads(GenerateConfig(size=n, seed=seed, parquet=False))]
    if not texts:
        raise SystemExit("no ads to benchmark with")
    return (texts * (n // len(texts) + 1))[:n]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(model: str, port: int, threads: int | None) -> subprocess.Popen:
    import httpx

    env = {**os.environ, "BENTOML_DO_NOT_TRACK": "true", "HF_HUB_OFFLINE": "1"}
    env.pop("ADRISK_API_KEY", None)
    if threads:
        env["ADRISK_THREADS"] = str(threads)
    proc = subprocess.Popen(
        [sys.executable, "-m", "adrisk.cli", "serve", "--model", model, "--port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}; run `adrisk serve --model {model}` to see why")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    stop_server(proc)
    raise SystemExit("server not ready after 180 s")


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def percentiles(ms: list[float]) -> dict:
    q = statistics.quantiles(ms, n=100, method="inclusive")
    return {"p50_ms": round(q[49], 2), "p95_ms": round(q[94], 2), "p99_ms": round(q[98], 2), "n": len(ms)}


def latency(url: str, ads: list[str], concurrency: int, n_requests: int) -> dict:
    import httpx

    def worker(k: int) -> list[float]:
        out = []
        with httpx.Client(timeout=60) as client:
            for i in range(k, n_requests, concurrency):
                t0 = time.perf_counter()
                r = client.post(url + "/score", json={"ads": [{"text": ads[i % len(ads)]}]})
                out.append((time.perf_counter() - t0) * 1000)
                r.raise_for_status()
        return out

    t0 = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        ms = [x for part in pool.map(worker, range(concurrency)) for x in part]
    wall = time.perf_counter() - t0
    return {"concurrency": concurrency, **percentiles(ms), "requests_per_s": round(len(ms) / wall, 1)}


def batch_throughput(url: str, ads: list[str], batch: int) -> dict:
    import httpx

    with httpx.Client(timeout=300) as client:
        client.post(url + "/score", json={"ads": [{"text": t} for t in ads[:batch]]}).raise_for_status()
        t0 = time.perf_counter()
        n = 0
        for i in range(0, len(ads) - batch + 1, batch):
            client.post(url + "/score", json={"ads": [{"text": t} for t in ads[i : i + batch]]}).raise_for_status()
            n += batch
        wall = time.perf_counter() - t0
    return {"batch": batch, "ads": n, "ads_per_s": round(n / wall, 1)}


def in_process(model: str, ads: list[str], batch: int, threads: int | None) -> dict:
    from serving.scorer import Scorer

    scorer = Scorer.load(model, intra_op_threads=threads)
    scorer.score(ads[:batch], batch_size=batch)
    t0 = time.perf_counter()
    for i in range(0, len(ads), batch):
        scorer.score(ads[i : i + batch], batch_size=batch)
    return {"ads_per_s": round(len(ads) / (time.perf_counter() - t0), 1)}


def torch_pipeline(torch_model: str, ads: list[str], batch: int, max_length: int, n_labels: int) -> dict:
    """What a user would otherwise run: transformers' text-classification pipeline, torch fp32 on CPU."""
    import torch
    from transformers import AutoConfig, AutoModelForSequenceClassification, AutoTokenizer, pipeline

    torch.set_num_threads(os.cpu_count() or 1)
    path = Path(torch_model)
    tok = AutoTokenizer.from_pretrained(path)
    if (path / "encoder_config.json").is_file():  # an adrisk checkpoint: same encoder under a standard head
        from safetensors.torch import load_file

        enc = json.loads((path / "encoder_config.json").read_text(encoding="utf-8"))
        cfg = AutoConfig.for_model(**{**enc, "num_labels": n_labels, "problem_type": "multi_label_classification"})
        model = AutoModelForSequenceClassification.from_config(cfg)
        weights = next(iter(sorted(path.glob("*.safetensors"))))
        state = {k.removeprefix("encoder."): v for k, v in load_file(str(weights)).items() if k.startswith("encoder.")}
        res = getattr(model, model.base_model_prefix).load_state_dict(state, strict=False)
        missing = [k for k in res.missing_keys if not k.startswith("pooler.")]  # the pipeline's pooler is extra
        if missing or res.unexpected_keys:
            raise SystemExit(f"{weights}: encoder weights do not fit {type(model).__name__} (missing {missing[:5]}, "
                             f"unexpected {res.unexpected_keys[:5]})")
        source = "adrisk checkpoint encoder + sequence-classification head"
    else:
        model = AutoModelForSequenceClassification.from_pretrained(path)
        source = "AutoModelForSequenceClassification folder"
    model = model.float().eval()
    clf = pipeline("text-classification", model=model, tokenizer=tok, device=-1, top_k=None,
                   function_to_apply="sigmoid")
    kw = {"batch_size": batch, "truncation": True, "max_length": max_length}
    clf(ads[:batch], **kw)
    t0 = time.perf_counter()
    clf(ads, **kw)
    return {"ads_per_s": round(len(ads) / (time.perf_counter() - t0), 1), "model": source, "truncated_to": max_length}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    req = p.add_argument_group("required")
    req.add_argument("--model", required=True, help="artifact folder served by adrisk serve")
    opt = p.add_argument_group("optional")
    opt.add_argument("--torch-model", help="torch fp32 checkpoint folder for the pipeline baseline (c)")
    opt.add_argument("--ads", help="JSONL with a 'text' field (default: the project's corpus generator)")
    opt.add_argument("--n-ads", type=int, default=512)
    opt.add_argument("--requests", type=int, default=300, help="single-ad requests per concurrency level")
    opt.add_argument("--batch", type=int, default=32)
    opt.add_argument("--threads", type=int, default=None, help="onnxruntime intra-op threads (default: all)")
    opt.add_argument("--seed", type=int, default=11)
    opt.add_argument("--out", help="write the figures as JSON here")
    args = p.parse_args(argv)

    ads = load_ads(args.ads, args.n_ads, args.seed)
    config = json.loads((Path(args.model) / "config.json").read_text(encoding="utf-8"))
    labels = json.loads((Path(args.model) / "labels.json").read_text(encoding="utf-8"))
    lengths = sorted(len(t) for t in ads)
    report: dict = {"model": args.model, "cpus": os.cpu_count(), "ads": len(ads),
                    "chars_median": lengths[len(lengths) // 2], "chars_max": lengths[-1]}
    port = free_port()
    proc = start_server(args.model, port, args.threads)
    url = f"http://127.0.0.1:{port}"
    try:
        latency(url, ads, 1, 20)  # warm-up
        report["latency"] = [latency(url, ads, c, args.requests) for c in (1, 16)]
        report["service_batch"] = batch_throughput(url, ads, args.batch)
    finally:
        stop_server(proc)
    report["in_process_scorer"] = in_process(args.model, ads, args.batch, args.threads)
    if args.torch_model:
        # the pipeline as a user calls it (batch_size defaults to 1) and as a careful user batches it
        for key, bs in (("torch_pipeline", 1), ("torch_pipeline_batched", args.batch)):
            report[key] = torch_pipeline(args.torch_model, ads, bs, int(config["max_length"]), len(labels["signals"]))
            report[key]["batch_size"] = bs
        svc = report["service_batch"]["ads_per_s"]
        report["ratio_service_vs_pipeline"] = round(svc / report["torch_pipeline"]["ads_per_s"], 2)
        report["ratio_service_vs_batched_pipeline"] = round(svc / report["torch_pipeline_batched"]["ads_per_s"], 2)

    print(f"\n{len(ads)} ads (median {report['chars_median']} chars), {report['cpus']} CPUs, model {args.model}")
    print("| measure | value |\n|---|---|")
    for lat in report["latency"]:
        c = lat["concurrency"]
        print(f"| single-ad /score p50 / p95 / p99, concurrency {c} | {lat['p50_ms']} / {lat['p95_ms']} / "
              f"{lat['p99_ms']} ms ({lat['requests_per_s']} req/s) |")
    print(f"| /score throughput, {args.batch} ads per request | {report['service_batch']['ads_per_s']} ads/s |")
    print(f"| in-process Scorer (no HTTP) | {report['in_process_scorer']['ads_per_s']} ads/s |")
    if "torch_pipeline" in report:
        print(f"| transformers pipeline, torch fp32, default batch_size=1 | {report['torch_pipeline']['ads_per_s']} ads/s |")
        print(f"| transformers pipeline, torch fp32, batch_size={args.batch} | "
              f"{report['torch_pipeline_batched']['ads_per_s']} ads/s |")
        print(f"| ratio service / pipeline (target >= 5) | {report['ratio_service_vs_pipeline']}x "
              f"(vs batched pipeline: {report['ratio_service_vs_batched_pipeline']}x) |")
    if args.out:
        Path(args.out).write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
