"""Training data: read the corpus or a researcher's own table, check it, and cut it into labelled token windows.

Reading goes through ``datasets`` (JSONL, CSV, Parquet) with a column mapping (``training.config.ColumnMap``).
Every row is checked before anything is written anywhere; all problems found are reported together, each naming
what was expected and what was found. Tokenization keeps character offsets so evidence spans become per-token
labels, and long texts become overlapping windows: no text is ever cut off silently.
"""

from __future__ import annotations

import json
import logging
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from serving.records import detect_format
from training.config import ColumnMap
from training.taxonomy import AD_TYPES, SIGNAL_NAMES

log = logging.getLogger(__name__)
SPLITS = ("train", "validation", "test", "test_unseen_templates", "test_unseen_language")
_MAX_REPORTED = 8
_TRUE = {"1", "true", "yes", "y", "t"}
_FALSE = {"0", "false", "no", "n", "f"}


@dataclass(frozen=True)
class Example:
    """One ad. ``annotated`` lists the signals whose presence/absence is known; ``spans`` is None when the
    source has no span annotation (the token loss then skips this ad)."""

    id: str
    text: str
    language: str
    ad_type: str | None
    labels: tuple[str, ...]
    annotated: tuple[str, ...]
    spans: tuple[tuple[str, int, int], ...] | None


@dataclass
class Windows:
    """Token windows of a list of examples, as numpy arrays (S = window length, K = signals).

    ``example[i]`` is the index of the example window ``i`` came from; ``signal_mask`` and ``token_label_mask``
    say which targets enter the loss."""

    input_ids: list[np.ndarray]  # each [S_i] int64
    token_targets: list[np.ndarray]  # each [S_i, K] uint8
    token_valid: list[np.ndarray]  # each [S_i] bool: real text tokens (no specials)
    signal_targets: np.ndarray  # [W, K] float32
    signal_mask: np.ndarray  # [W, K] float32
    token_label_mask: np.ndarray  # [W, K] float32
    ad_type: np.ndarray  # [W] int64, -100 = unknown
    example: np.ndarray  # [W] int64

    def __len__(self) -> int:
        return len(self.input_ids)


def read_table(path: str | Path) -> tuple[list[str], list[dict]]:
    """Column names and rows of a JSONL/CSV/Parquet file, loaded with ``datasets`` (cache in a temp dir)."""
    import datasets

    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no such data file: {str(path)!r}")
    fmt = detect_format(path)
    builder = {"jsonl": "json", "csv": "csv", "parquet": "parquet"}[fmt]
    kwargs = {}
    if fmt == "csv":
        # pandas would turn the text "NA" or "null" into a missing value; keep cells as written.
        kwargs = {"keep_default_na": False, "sep": "\t" if path.suffix.lower() == ".tsv" else ","}
    datasets.disable_progress_bars()
    with tempfile.TemporaryDirectory(prefix="adrisk-ds-") as cache:
        try:
            ds = datasets.load_dataset(builder, data_files=str(path), split="train", cache_dir=cache, **kwargs)
        except Exception as exc:  # datasets raises many types; the user needs the file and the reason
            raise ValueError(f"cannot read {str(path)!r} as {fmt}: {type(exc).__name__}: {exc}") from None
        return list(ds.column_names), ds.to_list()


def _as_list(value, what: str) -> list:
    if value is None:
        return []
    if isinstance(value, str):
        s = value.strip()
        if not s:
            return []
        if s.startswith("["):
            try:
                return list(json.loads(s))
            except json.JSONDecodeError:
                raise ValueError(f"{what}: expected a JSON list, found {s[:40]!r}") from None
        return [p.strip() for p in re.split(r"[;,|]", s) if p.strip()]
    if isinstance(value, list | tuple):
        return list(value)
    raise ValueError(f"{what}: expected a list, found {type(value).__name__}")


def _as_bool(value, what: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    s = str(value).strip().lower() if value is not None else ""
    if s in _TRUE:
        return True
    if s in _FALSE:
        return False
    raise ValueError(f"{what}: expected 0/1 (or true/false), found {value!r}")


def _as_span(item, what: str) -> tuple[str, int, int]:
    if isinstance(item, dict) and {"label", "start", "end"} <= set(item):
        return str(item["label"]), int(item["start"]), int(item["end"])
    if isinstance(item, list | tuple) and len(item) == 3:
        return str(item[0]), int(item[1]), int(item[2])
    raise ValueError(f"{what}: expected spans as {{label, start, end}} objects, found {str(item)[:60]!r}")


def _check_columns(found: list[str], columns: ColumnMap, path: Path) -> dict[str, bool]:
    """Which optional columns are present; missing required or explicitly named columns are an error."""
    defaults = ColumnMap()
    required = [columns.text]
    if columns.labels:
        required.append(columns.labels)
    required += list(columns.label_column_map())
    present = {}
    for key in ("spans", "ad_type", "language", "id"):
        name = getattr(columns, key)
        present[key] = bool(name) and name in found
        # A column the user named explicitly must exist; a default one is used when it happens to be there.
        if name and name not in found and name != getattr(defaults, key):
            required.append(name)
    missing = [c for c in required if c not in found]
    if missing:
        raise ValueError(
            f"{path.name}: missing column(s) {', '.join(missing)}; expected {', '.join(dict.fromkeys(required))}; "
            f"found {', '.join(found) or 'no columns'}"
        )
    return present


def examples_from_rows(
    columns_found: list[str], rows: list[dict], columns: ColumnMap, *, source: str = "data"
) -> list[Example]:
    """Check and convert raw rows. Raises one ValueError listing the first problems (expected vs found)."""
    path = Path(source)
    present = _check_columns(columns_found, columns, path)
    label_cols = columns.label_column_map()
    annotated = tuple(SIGNAL_NAMES) if columns.labels else tuple(s for s in SIGNAL_NAMES if s in label_cols.values())
    errors: list[str] = []
    out: list[Example] = []
    if not rows:
        raise ValueError(f"{path.name}: no rows; expected at least one labelled ad")
    for i, row in enumerate(rows, 1):
        rid = str(row.get(columns.id)) if present["id"] and row.get(columns.id) is not None else f"row{i}"
        where = f"{path.name} row {i} (id {rid})"
        try:
            text = row.get(columns.text)
            if not isinstance(text, str) or not text.strip():
                raise ValueError(f"{where}: column {columns.text!r} is empty; expected the ad text")
            if columns.labels:
                labels = [str(x) for x in _as_list(row.get(columns.labels), f"{where}: column {columns.labels!r}")]
            else:
                labels = [sig for col, sig in label_cols.items() if _as_bool(row.get(col), f"{where}: column {col!r}")]
            unknown = sorted(set(labels) - set(SIGNAL_NAMES))
            if unknown:
                raise ValueError(
                    f"{where}: unknown label(s) {', '.join(unknown)}; expected any of: {', '.join(SIGNAL_NAMES)}"
                )
            spans = None
            if present["spans"]:
                spans = []
                for item in _as_list(row.get(columns.spans), f"{where}: column {columns.spans!r}"):
                    lab, start, end = _as_span(item, f"{where}: column {columns.spans!r}")
                    if lab not in labels:
                        raise ValueError(f"{where}: span label {lab!r} is not among the row's labels {labels}")
                    if not 0 <= start < end <= len(text):
                        raise ValueError(
                            f"{where}: span {lab} [{start}, {end}) does not fit a text of {len(text)} characters"
                        )
                    spans.append((lab, start, end))
            ad_type = None
            if present["ad_type"]:
                value = row.get(columns.ad_type)
                value = str(value).strip().lower() if value is not None else ""
                if value and value not in AD_TYPES:
                    raise ValueError(f"{where}: ad type {value!r}; expected one of: {', '.join(AD_TYPES)}")
                ad_type = value or None
            language = str(row.get(columns.language) or "und") if present["language"] else "und"
            out.append(
                Example(rid, text, language, ad_type, tuple(dict.fromkeys(labels)), annotated,
                        tuple(spans) if spans is not None else None)
            )
        except ValueError as exc:
            errors.append(str(exc))
    if errors:
        more = f" (and {len(errors) - _MAX_REPORTED} more)" if len(errors) > _MAX_REPORTED else ""
        raise ValueError(f"{len(errors)} invalid row(s): " + " | ".join(errors[:_MAX_REPORTED]) + more)
    return out


def load_examples(path: str | Path, columns: ColumnMap | None = None) -> list[Example]:
    """Read and check one file (JSONL/CSV/Parquet) with the given column mapping."""
    columns = columns or ColumnMap()
    found, rows = read_table(path)
    return examples_from_rows(found, rows, columns, source=str(path))


def corpus_files(data_dir: str | Path) -> dict[str, Path]:
    """The split files of a generated corpus folder (``train.jsonl`` etc.); train and validation required."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise FileNotFoundError(f"no such corpus folder: {str(data_dir)!r}")
    files = {}
    for split in SPLITS:
        for ext in ("jsonl", "parquet", "csv"):
            p = data_dir / f"{split}.{ext}"
            if p.is_file():
                files[split] = p
                break
    missing = [s for s in ("train", "validation") if s not in files]
    if missing:
        found = sorted(p.name for p in data_dir.iterdir())
        raise FileNotFoundError(
            f"{data_dir}: missing split file(s) {', '.join(m + '.jsonl' for m in missing)}; found {found or 'nothing'}"
        )
    return files


def subsample(examples: list[Example], n: int | None, seed: int) -> list[Example]:
    """A deterministic sample of ``n`` examples, stratified by language so every language stays in."""
    if n is None or n >= len(examples):
        return list(examples)
    rng = np.random.default_rng(seed)
    by_lang: dict[str, list[int]] = {}
    for i, ex in enumerate(examples):
        by_lang.setdefault(ex.language, []).append(i)
    picked: list[int] = []
    for lang in sorted(by_lang):
        idx = by_lang[lang]
        k = max(1, round(n * len(idx) / len(examples)))
        picked += list(rng.choice(idx, size=min(k, len(idx)), replace=False))
    return [examples[i] for i in sorted(picked)[:n]]


def make_windows(
    examples: list[Example], tokenizer, *, max_length: int, stride: int, labels=SIGNAL_NAMES, ad_types=AD_TYPES
) -> Windows:
    """Tokenize into overlapping windows of ``max_length`` tokens (``stride`` tokens shared between windows).

    A signal is a positive target of a window when one of its spans overlaps the window, or, for a signal
    without spans, on every window of the ad; the window-level max at inference then recovers the ad label.
    """
    k = len(labels)
    col = {name: j for j, name in enumerate(labels)}
    enc = tokenizer(
        [ex.text for ex in examples],
        truncation=True,
        max_length=max_length,
        stride=stride,
        return_overflowing_tokens=True,
        return_offsets_mapping=True,
        return_special_tokens_mask=True,
    )
    mapping = enc["overflow_to_sample_mapping"]
    ids, tok_t, tok_v = [], [], []
    sig_t = np.zeros((len(mapping), k), np.float32)
    sig_m = np.zeros((len(mapping), k), np.float32)
    tok_m = np.zeros((len(mapping), k), np.float32)
    ad = np.full(len(mapping), -100, np.int64)
    for w, ei in enumerate(mapping):
        ex = examples[ei]
        offsets = np.asarray(enc["offset_mapping"][w], np.int64).reshape(-1, 2)
        valid = (np.asarray(enc["special_tokens_mask"][w]) == 0) & (offsets[:, 1] > offsets[:, 0])
        targets = np.zeros((len(offsets), k), np.uint8)
        with_spans = set()
        for lab, start, end in ex.spans or ():
            if lab in col:
                hit = valid & (offsets[:, 0] < end) & (offsets[:, 1] > start)
                targets[hit, col[lab]] = 1
                with_spans.add(lab)
        for lab in ex.annotated:
            if lab not in col:
                continue
            j = col[lab]
            sig_m[w, j] = 1.0
            if lab in ex.labels:
                sig_t[w, j] = float(targets[:, j].any()) if lab in with_spans else 1.0
            # Token targets teach "no evidence here" only where the ad's evidence for that label is marked.
            tok_m[w, j] = float(ex.spans is not None and (lab not in ex.labels or lab in with_spans))
        if ex.ad_type is not None and ex.ad_type in ad_types:
            ad[w] = list(ad_types).index(ex.ad_type)
        ids.append(np.asarray(enc["input_ids"][w], np.int64))
        tok_t.append(targets)
        tok_v.append(valid)
    return Windows(ids, tok_t, tok_v, sig_t, sig_m, tok_m, ad, np.asarray(mapping, np.int64))


def batches(n: int, lengths: list[int], batch_size: int, *, seed: int | None) -> list[np.ndarray]:
    """Index batches of similar lengths (less padding). Shuffled with ``seed``; in order when seed is None."""
    order = np.arange(n)
    if seed is not None:
        order = np.random.default_rng(seed).permutation(n)
    out = []
    chunk = batch_size * 32
    for c in range(0, n, chunk):
        part = order[c : c + chunk]
        part = part[np.argsort([lengths[i] for i in part], kind="stable")]
        out += [part[b : b + batch_size] for b in range(0, len(part), batch_size)]
    if seed is not None:
        perm = np.random.default_rng(seed + 1).permutation(len(out))
        out = [out[i] for i in perm]
    return out


def collate(win: Windows, idx: np.ndarray, pad_id: int) -> dict[str, np.ndarray]:
    """Pad the windows ``idx`` to one array batch."""
    s = max(len(win.input_ids[i]) for i in idx)
    k = win.signal_targets.shape[1]
    b = len(idx)
    input_ids = np.full((b, s), pad_id, np.int64)
    attention = np.zeros((b, s), np.int64)
    tok_t = np.zeros((b, s, k), np.float32)
    tok_v = np.zeros((b, s), np.float32)
    for r, i in enumerate(idx):
        n = len(win.input_ids[i])
        input_ids[r, :n] = win.input_ids[i]
        attention[r, :n] = 1
        tok_t[r, :n] = win.token_targets[i]
        tok_v[r, :n] = win.token_valid[i]
    return {
        "input_ids": input_ids,
        "attention_mask": attention,
        "token_targets": tok_t,
        "token_valid": tok_v,
        "signal_targets": win.signal_targets[idx],
        "signal_mask": win.signal_mask[idx],
        "token_label_mask": win.token_label_mask[idx],
        "ad_type": win.ad_type[idx],
    }


def crop_windows(win: Windows, idx: np.ndarray, length: int, rng: np.random.Generator) -> Windows:
    """A copy of windows ``idx`` where those longer than ``length`` tokens are cut down to ``length`` tokens
    around a random evidence token (a random place in windows without evidence). The training loop crops
    whole batches, not single windows: batches hold windows of similar length, so one long window left in a
    cropped batch would pad all the others back to its length.

    Why: on 2 CPU cores training is bound by tokens per second, and most tokens of an ad are neutral text. A
    short crop around the evidence teaches the token and signal heads nearly as much at a fraction of the cost,
    so more ads fit into the time budget. Targets follow the crop: a signal whose marked evidence is cut in two
    by the crop's edge, or whose evidence is not marked at all, is left out of the signal loss for that crop.
    """
    ids, tok_t, tok_v = [], [], []
    sig_t, sig_m = win.signal_targets[idx], win.signal_mask[idx]  # fancy indexing: already copies
    for r, i in enumerate(idx):
        x, t, v = win.input_ids[i], win.token_targets[i], win.token_valid[i]
        body = len(x) - 2  # specials at both ends stay
        if body > length:
            evidence = np.flatnonzero(t[1:-1].any(axis=1))
            centre = int(rng.choice(evidence)) if len(evidence) else int(rng.integers(body))
            lo = int(np.clip(centre - rng.integers(length), 0, body - length)) + 1
            hi = lo + length
            keep = np.r_[0, lo:hi, len(x) - 1]
            crop = t[keep].copy()
            crop[[0, -1]] = 0
            cut = t[lo - 1].astype(bool) & t[lo].astype(bool) | t[hi - 1].astype(bool) & t[hi].astype(bool)
            marked = win.token_label_mask[i] > 0
            was_pos = sig_t[r] > 0
            sig_t[r] = np.where(marked, crop.any(axis=0).astype(np.float32), sig_t[r])
            sig_m[r] = np.where(cut | (was_pos & ~marked), 0.0, sig_m[r])
            x, t, v = x[keep], crop, v[keep]
        ids.append(x)
        tok_t.append(t)
        tok_v.append(v)
    return Windows(ids, tok_t, tok_v, sig_t, sig_m, win.token_label_mask[idx], win.ad_type[idx], win.example[idx])
