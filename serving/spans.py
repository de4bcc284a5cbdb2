"""Turn per-token evidence probabilities into character spans of the submitted text.

Offsets are Python string indices (Unicode code points), so ``text[start:end]`` is the evidence.
"""

from __future__ import annotations

import numpy as np

# Scripts written without spaces between words: growing a span to "the whole word" there would swallow a
# sentence, so spans stay on token boundaries for them.
_UNSPACED = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x3040, 0x30FF), (0x3400, 0x9FFF),
             (0xF900, 0xFAFF), (0x20000, 0x3FFFF))
_MAX_GROW = 32


def _wordish(ch: str) -> bool:
    if not ch.isalnum():
        return False
    o = ord(ch)
    return not any(lo <= o <= hi for lo, hi in _UNSPACED)


def _grow(text: str, start: int, end: int) -> tuple[int, int]:
    """Extend a span to whole words (a subword token "pass" -> "passport"), within a bound."""
    if start >= end:
        return start, end
    lo = start
    while lo > 0 and start - lo < _MAX_GROW and _wordish(text[lo - 1]) and _wordish(text[lo]):
        lo -= 1
    hi = end
    while hi < len(text) and hi - end < _MAX_GROW and _wordish(text[hi]) and _wordish(text[hi - 1]):
        hi += 1
    return lo, hi


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    # SentencePiece-style tokens carry their leading space ("▁word" covers " word").
    while start < end and (text[start].isspace() or not text[start].isprintable()):
        start += 1
    while end > start and (text[end - 1].isspace() or not text[end - 1].isprintable()):
        end -= 1
    return start, end


def decode_spans(text: str, offsets: list[tuple[int, int]], probs: np.ndarray, threshold: float) -> list[dict]:
    """Spans ``[{start, end, text, score}]`` from token probabilities ``probs`` (n_tokens,) for one signal.

    Consecutive tokens at or above ``threshold`` merge into one span; its score is their maximum probability.
    Overlapping spans after growing to word boundaries merge too.
    """
    runs: list[list] = []
    prev = -2
    for j in np.flatnonzero(probs >= threshold):
        s, e = offsets[j]
        if e <= s:
            continue
        p = float(probs[j])
        if j == prev + 1 and runs:
            runs[-1][1] = max(runs[-1][1], e)
            runs[-1][2] = max(runs[-1][2], p)
        else:
            runs.append([s, e, p])
        prev = j
    spans: list[list] = []
    for s, e, p in runs:
        s, e = _trim(text, *_grow(text, *_trim(text, s, e)))
        if e <= s:
            continue
        if spans and s <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], e)
            spans[-1][2] = max(spans[-1][2], p)
        else:
            spans.append([s, e, p])
    return [{"start": s, "end": e, "text": text[s:e], "score": round(p, 6)} for s, e, p in spans]
