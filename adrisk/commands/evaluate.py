"""``adrisk evaluate``: metrics of an exported artifact on labelled ad files (what users run, not a checkpoint)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser(
        "evaluate",
        help="score labelled ads with an exported artifact and write metrics.json",
        description="Per-label precision/recall/F1/PR-AUC, macro-F1 overall and per language, ad-type accuracy, "
        "character-overlap span F1 and calibration error, for each data file.",
    )
    req = p.add_argument_group("required")
    req.add_argument("--model", required=True, help="artifact folder (models/NAME)")
    req.add_argument("--data", required=True, nargs="+", metavar="[NAME=]FILE",
                     help="labelled records (.jsonl/.parquet/.csv); NAME defaults to the file name without suffix")
    req.add_argument("--out", required=True, help="metrics JSON file to write")
    opt = p.add_argument_group("optional")
    opt.add_argument("--profile", default="balanced", help="threshold profile to score with (default: balanced)")
    opt.add_argument("--batch-size", default="32", help="windows per onnxruntime call (default: 32)")
    p.set_defaults(handler=evaluate)


def parse_data_args(values: list[str]) -> dict[str, str]:
    """``["test=a.jsonl", "b.csv"]`` -> ``{"test": "a.jsonl", "b": "b.csv"}``; names must be unique."""
    out: dict[str, str] = {}
    for value in values:
        name, sep, path = value.partition("=")
        if not sep or not name or os.path.exists(value):
            name, path = Path(value).stem, value
        if name in out:
            raise ValueError(f"--data: the name {name!r} is used twice; write NAME=FILE to tell them apart")
        if not Path(path).is_file():
            raise FileNotFoundError(f"--data: no such file: {path}")
        out[name] = path
    return out


def evaluate(args: argparse.Namespace) -> int:
    from training.evaluation import evaluate_splits

    try:
        batch_size = int(args.batch_size)
    except ValueError:
        raise ValueError(f"--batch-size: expected a positive integer, found {args.batch_size!r}") from None
    if batch_size < 1:
        raise ValueError(f"--batch-size: expected a positive integer, found {args.batch_size!r}")
    data = parse_data_args(args.data)
    metrics = evaluate_splits(args.model, data, profile=args.profile, batch_size=batch_size)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, out)
    for name, m in metrics["splits"].items():
        span = m["spans"]["f1"] if m["spans"] else None
        print(f"{name}: {m['data']['records']} ads, macro-F1 {_fmt(m['macro_f1'])}, ad type "
              f"{_fmt(m['ad_type']['accuracy'])}, span F1 {_fmt(span)}, ECE {_fmt(m['calibration']['ece_before'])}"
              f" -> {_fmt(m['calibration']['ece_after'])}", file=sys.stderr)
    print(f"wrote {out}", file=sys.stderr)
    return 0


def _fmt(x) -> str:
    return "n/a" if x is None else f"{x:.3f}"
