"""A torch fp32 text-classification model shaped like the artifact, for the service benchmark's baseline.

    python benchmarks/make_torch_baseline.py --out .cache/bench-torch-baseline-6l --layers 6

The default artifact runs the bottom ``--layers`` layers of the offline multilingual-e5-small. The baseline is the
same encoder cut the same way under a standard sequence-classification head: pipeline throughput depends on the
architecture and sequence lengths, not on the head's weights, so the head is left untrained.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    from training.config import preset

    quick_layers = preset("quick").encoder_layers
    ap.add_argument("--layers", type=int, default=quick_layers,
                    help=f"encoder layers kept (default: the quick preset's {quick_layers})")
    args = ap.parse_args()

    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    from training.base_model import ensure_base_model
    from training.taxonomy import SIGNAL_NAMES

    base = ensure_base_model()
    model = AutoModelForSequenceClassification.from_pretrained(
        base, num_hidden_layers=args.layers, num_labels=len(SIGNAL_NAMES), problem_type="multi_label_classification"
    )
    model.save_pretrained(args.out)
    AutoTokenizer.from_pretrained(base).save_pretrained(args.out)
    print(f"wrote {args.out}: {args.layers}-layer encoder, {len(SIGNAL_NAMES)}-label head (untrained)")


if __name__ == "__main__":
    main()
