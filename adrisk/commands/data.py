"""``adrisk data generate`` (synthetic corpus), ``challenge`` (hand-written test set), ``card`` (datasheet tables)."""

from __future__ import annotations

import argparse
import sys


def _int(flag: str, value: str, minimum: int) -> int:
    # Checked in the handler, not by argparse, so a bad value is one error line like every other user error.
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise ValueError(f"{flag}: expected an integer >= {minimum}, found {value!r}") from None
    if n < minimum:
        raise ValueError(f"{flag}: expected an integer >= {minimum}, found {value!r}")
    return n


def register(sub) -> None:
    data = sub.add_parser("data", help="generate the training corpus or write the challenge set")
    data_sub = data.add_subparsers(dest="data_command", required=True, metavar="ACTION")

    gen = data_sub.add_parser("generate", help="write train/validation/test/test_unseen_templates and stats.json")
    req = gen.add_argument_group("required")
    req.add_argument("--out", required=True, help="output directory")
    req.add_argument("--size", required=True, help="number of ads over all splits")
    opt = gen.add_argument_group("optional")
    opt.add_argument("--seed", default="1", help="random seed (same arguments -> identical files)")
    opt.add_argument("--languages", nargs="+", metavar="LANG", help="ISO-639-1 codes (default: all with a bank)")
    opt.add_argument("--holdout-language", metavar="LANG",
                     help="keep LANG out of train/validation/test; write it to test_unseen_language")
    opt.add_argument("--labels", nargs="+", metavar="LABEL", help="signals to generate (default: all ten)")
    opt.add_argument("--no-parquet", action="store_true", help="write JSON Lines only")
    opt.add_argument("--workers", default="0", help="processes (0: automatic; output does not depend on it)")
    gen.set_defaults(handler=generate)

    ch = data_sub.add_parser("challenge", help="write the hand-written challenge set (evaluation only)")
    ch.add_argument("--out", required=True, help="output file (.jsonl, .parquet or .csv)")
    ch.set_defaults(handler=challenge)

    card = data_sub.add_parser("card", help="fill a datasheet's tables (corpus from stats.json, or challenge set)")
    what = card.add_mutually_exclusive_group(required=True)
    what.add_argument("--stats", help="stats.json written by `adrisk data generate` (fills data_cards/CORPUS.md)")
    what.add_argument("--challenge", action="store_true", help="fill data_cards/CHALLENGE.md from the set")
    card.add_argument("--card", help="datasheet to update in place (default: the one named above)")
    card.set_defaults(handler=datacard)


def generate(args: argparse.Namespace) -> int:
    from training.corpus.generate import GenerateConfig, generate_corpus

    config = GenerateConfig(
        size=_int("--size", args.size, 1),
        seed=_int("--seed", args.seed, 0),
        languages=tuple(args.languages or ()),
        holdout_language=args.holdout_language,
        labels=tuple(args.labels or ()),
        parquet=not args.no_parquet,
        workers=_int("--workers", args.workers, 0),
    )
    stats = generate_corpus(args.out, config)
    parts = ", ".join(f"{name} {s['records']}" for name, s in stats["splits"].items())
    print(f"wrote {args.out}: {parts} ({len(config.languages)} languages: {' '.join(config.languages)})",
          file=sys.stderr)
    return 0


def challenge(args: argparse.Namespace) -> int:
    from training.challenge import write_challenge

    n = write_challenge(args.out)
    print(f"wrote {n} challenge records to {args.out}", file=sys.stderr)
    return 0


def datacard(args: argparse.Namespace) -> int:
    from training.corpus.datacard import fill_challenge_card, fill_datasheet

    if args.challenge:
        path = fill_challenge_card(args.card or "data_cards/CHALLENGE.md")
    else:
        path = fill_datasheet(args.stats, args.card or "data_cards/CORPUS.md")
    print(f"updated {path}", file=sys.stderr)
    return 0
