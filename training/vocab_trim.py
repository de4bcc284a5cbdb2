"""Vocabulary trimming: keep only the pieces the supported languages need, shrinking the encoder ~3x.

The XLM-R vocabulary has 250k pieces for ~100 languages and its embedding is 80% of the encoder's weights.
We keep: the special tokens; every single-character piece (with or without the ``▁`` word marker) of the
chosen scripts plus the script-neutral characters (digits, punctuation, symbols, emoji), so any text in
those scripts still tokenizes without ``<unk>``; the ``top_per_script`` most likely pieces of each script (by
Unigram score) for words the corpus lacks; and every piece the full tokenizer uses on the given corpus. On
corpus texts the trimmed tokenizer segments exactly as the full one (the best path survives and no better
path is added), so their embeddings are unchanged; on unseen words it falls back to shorter pieces.

The Unigram vocabulary in tokenizer.json and the embedding rows are re-indexed together, in the original order,
so ``<s> <pad> </s> <unk>`` keep ids 0-3 and only ``<mask>`` (and the 35 unused rows past the vocabulary)
move.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

WORD_MARK = "\u2581"
# Code-point ranges per script (Unicode blocks; enough for the languages adrisk generates).
SCRIPT_RANGES: dict[str, tuple[tuple[int, int], ...]] = {
    "latin": ((0x0041, 0x005A), (0x0061, 0x007A), (0x00C0, 0x024F), (0x1E00, 0x1EFF), (0x2C60, 0x2C7F),
              (0xA720, 0xA7FF), (0xAB30, 0xAB6F), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)),
    "cyrillic": ((0x0400, 0x052F), (0x1C80, 0x1C8F), (0x2DE0, 0x2DFF), (0xA640, 0xA69F)),
    "greek": ((0x0370, 0x03FF), (0x1F00, 0x1FFF)),
    "thai": ((0x0E00, 0x0E7F),),
    "han": ((0x2E80, 0x2FDF), (0x3005, 0x3007), (0x3021, 0x3029), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
            (0xF900, 0xFAFF), (0x20000, 0x2FA1F)),
    "kana": ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F)),
    "hangul": ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF)),
    "arabic": ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
    "devanagari": ((0x0900, 0x097F),),
    "hebrew": ((0x0590, 0x05FF),),
    "georgian": ((0x10A0, 0x10FF),),
    "armenian": ((0x0530, 0x058F),),
    "khmer": ((0x1780, 0x17FF),),
    "lao": ((0x0E80, 0x0EFF),),
    "myanmar": ((0x1000, 0x109F),),
    "bengali": ((0x0980, 0x09FF),),
}
# Script-neutral characters every language uses: ASCII digits/punctuation, Latin-1 symbols, combining marks,
# general punctuation, currency, letterlike and number forms, arrows, maths, boxes, CJK and fullwidth
# punctuation, variation selectors, emoji.
COMMON_RANGES = ((0x0020, 0x0040), (0x005B, 0x0060), (0x007B, 0x00BF), (0x00D7, 0x00D7), (0x00F7, 0x00F7),
                 (0x02B0, 0x036F), (0x2000, 0x2BFF), (0x3000, 0x3004), (0x3008, 0x3020), (0x30FB, 0x30FC),
                 (0xFE00, 0xFE0F), (0xFE30, 0xFE4F), (0xFF01, 0xFF20), (0xFF3B, 0xFF40), (0xFF5B, 0xFF65),
                 (0xFFE0, 0xFFEE), (0x1F000, 0x1FAFF))
# Scripts of adrisk's generated languages: en es pt fr ro pl tl id vi (Latin), ru uk (Cyrillic), th, zh.
DEFAULT_SCRIPTS = ("latin", "cyrillic", "thai", "han")
DEFAULT_TOP_PER_SCRIPT = 8000
SPECIAL_PIECES = ("<s>", "<pad>", "</s>", "<unk>", "<mask>")


def _in(ranges, cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in ranges)


def script_of(ch: str) -> str | None:
    """The script of one character per SCRIPT_RANGES, "common" for neutral characters, else None."""
    cp = ord(ch)
    if _in(COMMON_RANGES, cp):
        return "common"
    for name, ranges in SCRIPT_RANGES.items():
        if _in(ranges, cp):
            return name
    return None


def _piece_scripts(piece: str) -> set[str | None]:
    return {script_of(ch) for ch in piece.replace(WORD_MARK, "")}


def select_pieces(vocab: Sequence[tuple[str, float]], *, scripts: Iterable[str], used_ids: Iterable[int] = (),
                  top_per_script: int = DEFAULT_TOP_PER_SCRIPT) -> list[int]:
    """Ids of the pieces to keep, ascending. ``vocab`` is tokenizer.json's Unigram ``[piece, score]`` list."""
    scripts = set(scripts)
    unknown = scripts - set(SCRIPT_RANGES)
    if unknown:
        raise ValueError(f"unknown script(s) {sorted(unknown)}; expected some of {', '.join(SCRIPT_RANGES)}")
    allowed = scripts | {"common"}
    keep = {i for i, (p, _) in enumerate(vocab) if p in SPECIAL_PIECES or p == WORD_MARK}
    keep.update(int(i) for i in used_ids)
    # Ranked per script, so one large script (Latin: 113k pieces) cannot crowd out the others; pieces of
    # neutral characters only (numbers, punctuation runs) form their own group.
    per_script: dict[str, list[tuple[float, int]]] = {s: [] for s in allowed}
    for i, (piece, score) in enumerate(vocab):
        bare = piece.replace(WORD_MARK, "")
        if not bare or piece in SPECIAL_PIECES:
            continue
        found = _piece_scripts(piece)
        if not found <= allowed:
            continue
        if len(bare) == 1:
            keep.add(i)
            continue
        own = found - {"common"}
        if len(own) <= 1:
            per_script[next(iter(own)) if own else "common"].append((score, i))
    for ranked in per_script.values():
        ranked.sort(reverse=True)
        keep.update(i for _, i in ranked[:top_per_script])
    return sorted(keep)


def corpus_piece_ids(tokenizer_json: dict, texts: Iterable[str], *, batch: int = 2048) -> set[int]:
    """Ids the full tokenizer produces on ``texts`` (with the e5 "query: "/"passage: " prefixes too)."""
    import json

    from tokenizers import Tokenizer

    tok = Tokenizer.from_str(json.dumps(tokenizer_json))
    tok.no_truncation()
    used: set[int] = set(tok.encode("query: passage: ").ids)
    texts = list(texts)
    for start in range(0, len(texts), batch):
        for enc in tok.encode_batch(texts[start : start + batch], add_special_tokens=False):
            used.update(enc.ids)
    return used


def trim_tokenizer_json(tokenizer_json: dict, keep: Sequence[int]) -> dict:
    """A copy of tokenizer.json whose Unigram vocabulary holds only ``keep`` (re-indexed in order)."""
    old_vocab = tokenizer_json["model"]["vocab"]
    new_id = {old: new for new, old in enumerate(keep)}
    out = copy.deepcopy({k: v for k, v in tokenizer_json.items() if k != "model"})
    out["model"] = {**{k: v for k, v in tokenizer_json["model"].items() if k != "vocab"},
                    "vocab": [list(old_vocab[i]) for i in keep]}
    unk = tokenizer_json["model"].get("unk_id")
    if unk is not None:
        if unk not in new_id:
            raise ValueError(f"trimming would drop the unknown piece (id {unk})")
        out["model"]["unk_id"] = new_id[unk]
    for added in out.get("added_tokens", []):
        if added["id"] not in new_id:
            raise ValueError(f"trimming would drop the special token {added['content']!r} (id {added['id']})")
        added["id"] = new_id[added["id"]]
    post = out.get("post_processor") or {}
    for special in (post.get("special_tokens") or {}).values():
        special["ids"] = [new_id[i] for i in special["ids"]]
    return out


def trim_vocabulary(state: dict[str, np.ndarray], tokenizer_json: dict, *, corpus: Sequence[str],
                    scripts: Iterable[str] | None = None,
                    top_per_script: int = DEFAULT_TOP_PER_SCRIPT) -> tuple[dict, dict, dict]:
    """Trim the word embedding rows and the tokenizer together; returns (state, tokenizer_json, summary)."""
    scripts = tuple(scripts or DEFAULT_SCRIPTS)
    vocab = tokenizer_json["model"]["vocab"]
    emb = state["embeddings.word_embeddings.weight"]
    if emb.shape[0] < len(vocab):
        raise ValueError(f"embedding has {emb.shape[0]} rows for a vocabulary of {len(vocab)} pieces")
    used = corpus_piece_ids(tokenizer_json, corpus) if corpus else set()
    keep = select_pieces(vocab, scripts=scripts, used_ids=used, top_per_script=top_per_script)
    new_state = dict(state)
    new_state["embeddings.word_embeddings.weight"] = np.ascontiguousarray(emb[keep])
    summary = {"scripts": list(scripts), "top_per_script": top_per_script, "corpus_texts": len(corpus),
               "corpus_pieces": len(used), "kept_pieces": len(keep), "original_pieces": len(vocab),
               "original_rows": int(emb.shape[0])}
    return new_state, trim_tokenizer_json(tokenizer_json, keep), summary


def read_corpus_texts(paths: Sequence[str | Path], column: str = "text") -> list[str]:
    """The ``column`` of every row of the given record files (.jsonl/.csv/.parquet)."""
    from serving.records import iter_raw_rows

    texts: list[str] = []
    for path in paths:
        n = len(texts)
        for row in iter_raw_rows(path):
            value = row.get(column)
            if isinstance(value, str) and value:
                texts.append(value)
        if len(texts) == n:
            raise ValueError(f"{path}: expected a non-empty {column!r} column, found no texts")
    return texts
