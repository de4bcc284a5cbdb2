"""Occlusion explanations: how much each word supports each signal.

Every word is masked in turn (its tokens replaced by the tokenizer's mask token, positions kept) and the drop in
calibrated probability is the word's weight. All masked variants go through onnxruntime in one batched run, and
for long texts only the windows that contain the word are recomputed: the rest reuse the unmasked windows. It is
model-agnostic and needs no gradients (far cheaper than integrated gradients on CPU).
"""

from __future__ import annotations

import numpy as np

from serving.scorer import Scorer, check_texts
from serving.spans import _UNSPACED

# Rows per onnxruntime call: one run covers a text of up to this many (word, window) pairs; beyond, it chunks
# so that a 20,000-character ad cannot allocate gigabytes of attention at once.
MAX_ROWS_PER_RUN = 256


def _unspaced(ch: str) -> bool:
    o = ord(ch)
    return any(lo <= o <= hi for lo, hi in _UNSPACED)


def word_units(text: str, offsets: list[tuple[int, int]]) -> list[tuple[int, int, list[int]]]:
    """Group tokens into words: ``[(start, end, token indices)]``. A new word starts after whitespace; in
    scripts written without spaces (Thai, Chinese, Japanese...) each token is its own unit."""
    units: list[tuple[int, int, list[int]]] = []
    prev_end = None
    for j, (s, e) in enumerate(offsets):
        if e <= s:
            continue
        while s < e and text[s].isspace():  # "▁word" tokens cover their leading space
            s += 1
        if s >= e:
            continue
        new = (
            not units
            or prev_end is None
            or s > prev_end and text[prev_end:s].strip() == ""
            or _unspaced(text[s])
            or _unspaced(text[units[-1][1] - 1])
        )
        if new:
            units.append((s, e, [j]))
        else:
            st, _, toks = units[-1]
            units[-1] = (st, e, toks + [j])
        prev_end = e
    return units


def explain(scorer: Scorer, text: str, *, label: str | None = None, batch_size: int = MAX_ROWS_PER_RUN) -> dict:
    """``{"labels": {name: {"score", "attributions": [{start, end, text, weight}]}}, "words", "rows"}``.

    ``weight`` = calibrated probability with the text as sent minus with the word masked: positive words
    support the signal. ``label`` restricts the answer to one signal (the model still runs once).
    """
    (text,) = check_texts([text])
    if label is not None and label not in scorer.labels:
        raise ValueError(f"unknown label {label!r}; expected one of: {', '.join(scorer.labels)}")
    (toks,) = scorer.tokenize([text])
    units = word_units(text, toks.offsets)
    starts = scorer.window_starts(len(toks.ids))
    size = scorer.window_tokens
    rows = [scorer.window_ids(toks.ids, s) for s in starts]  # unmasked windows first
    owners: list[tuple[int, int]] = []  # (unit, window) of each masked row
    for u, (_, _, tok_idx) in enumerate(units):
        lo, hi = tok_idx[0], tok_idx[-1]
        for w, s in enumerate(starts):
            if s <= hi and lo < s + size:
                ids = list(toks.ids)
                for j in tok_idx:
                    ids[j] = scorer.mask_id
                rows.append(scorer.window_ids(ids, s))
                owners.append((u, w))
    sig, _, _ = scorer.run(rows, batch_size=batch_size)
    base_w = sig[: len(starts)]
    base = scorer.calibrate(base_w.max(axis=0, keepdims=True))[0]
    # variant logits: max over (unmasked windows without the word) and (masked windows with it)
    masked = np.tile(base_w[None, :, :], (len(units), 1, 1))
    for r, (u, w) in enumerate(owners):
        masked[u, w] = sig[len(starts) + r]
    probs = scorer.calibrate(masked.max(axis=1)) if units else np.zeros((0, len(scorer.labels)))
    names = [label] if label else list(scorer.labels)
    out = {}
    for name in names:
        j = scorer.labels.index(name)
        out[name] = {
            "score": round(float(base[j]), 6),
            "attributions": [
                {"start": s, "end": e, "text": text[s:e], "weight": round(float(base[j] - probs[u, j]), 6)}
                for u, (s, e, _) in enumerate(units)
            ],
        }
    return {"labels": out, "words": len(units), "rows": len(rows)}


def span_occlusion_agreement(scorer: Scorer, texts: list[str], *, top_k: int = 3) -> dict:
    """Faithfulness of the evidence-span head: for each flagged signal, the share of the ``top_k`` words that
    occlusion ranks highest (positive weight only) which fall inside a predicted span (precision@k), averaged
    over (text, signal) pairs."""
    texts = check_texts(texts)
    hits, pairs = [], 0
    for text, result in zip(texts, scorer.score(texts, spans=True)):
        flagged = [n for n, s in result["signals"].items() if s["flagged"] and s["spans"]]
        if not flagged:
            continue
        expl = explain(scorer, text)
        for name in flagged:
            spans = result["signals"][name]["spans"]
            support = [a for a in expl["labels"][name]["attributions"] if a["weight"] > 0]
            ranked = sorted(support, key=lambda a: -a["weight"])[:top_k]
            inside = [any(a["start"] < sp["end"] and sp["start"] < a["end"] for sp in spans) for a in ranked]
            hits.append(float(np.mean(inside)) if inside else 0.0)
            pairs += 1
    return {"precision_at_k": float(np.mean(hits)) if hits else float("nan"), "k": top_k, "pairs": pairs}
