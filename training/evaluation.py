"""Evaluation of the EXPORTED artifact, i.e. what users run: metric functions and the split runner.

The metric functions are pure (arrays in, plain floats out) so they can be checked by hand. Conventions:

- Arrays of signals are ``(N, K)`` in the artifact's label order; ``y_true`` is 0/1, ``y_prob`` in [0, 1].
- Macro-F1 averages the labels that occur in the evaluated set (support > 0): a language or challenge subset
  without, say, ``confinement_control`` ads says nothing about that label, and scoring it 0 or 1 would
  only move the average. False alarms on absent labels still show in each label's precision.
- Span F1 is character-level: per label, characters inside gold spans vs characters inside predicted spans,
  summed over records (micro). Only records that carry gold spans take part.
- Expected calibration error treats every (ad, signal) pair as one binary prediction, 15 equal-width bins.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

ECE_BINS = 15


# ---------------------------------------------------------------------------------------------- metrics
def label_metrics(y_true: np.ndarray, y_prob: np.ndarray, thresholds: np.ndarray | float,
                  labels: Sequence[str]) -> dict[str, dict]:
    """Per label: precision, recall, F1 at ``thresholds`` (K,), PR-AUC (average precision), support, predicted.

    PR-AUC is ``None`` for a label without positives (undefined).
    """
    from sklearn.metrics import average_precision_score, precision_recall_fscore_support

    y_true, y_prob = _check_pair(y_true, y_prob, len(labels))
    thr = np.broadcast_to(np.asarray(thresholds, dtype=float), (len(labels),))
    y_pred = (y_prob >= thr).astype(int)
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, average=None, labels=list(range(len(labels))),
                                                 zero_division=0)
    out = {}
    for j, name in enumerate(labels):
        ap = float(average_precision_score(y_true[:, j], y_prob[:, j])) if y_true[:, j].any() else None
        out[name] = {"precision": float(p[j]), "recall": float(r[j]), "f1": float(f[j]), "pr_auc": ap,
                     "support": int(s[j]), "predicted": int(y_pred[:, j].sum()), "threshold": float(thr[j])}
    return out


def macro_f1(per_label: Mapping[str, Mapping]) -> float | None:
    """Mean F1 over labels with support > 0 (``None`` when no label occurs)."""
    f1s = [m["f1"] for m in per_label.values() if m["support"] > 0]
    return float(np.mean(f1s)) if f1s else None


def per_language_macro_f1(y_true: np.ndarray, y_prob: np.ndarray, thresholds: np.ndarray | float,
                          labels: Sequence[str], languages: Sequence[str]) -> dict[str, dict]:
    """``{language: {"records", "macro_f1"}}`` computed on each language's rows alone."""
    y_true, y_prob = _check_pair(y_true, y_prob, len(labels))
    langs = np.asarray(list(languages))
    if len(langs) != len(y_true):
        raise ValueError(f"languages has {len(langs)} entries for {len(y_true)} rows")
    out = {}
    for lang in sorted(set(langs.tolist())):
        rows = langs == lang
        per = label_metrics(y_true[rows], y_prob[rows], thresholds, labels)
        out[lang] = {"records": int(rows.sum()), "macro_f1": macro_f1(per)}
    return out


def ad_type_accuracy(true: Sequence[str], pred: Sequence[str]) -> dict:
    """Overall accuracy and per-type recall (``{"accuracy", "per_type": {type: {"support", "recall"}}}``)."""
    true, pred = list(true), list(pred)
    if len(true) != len(pred):
        raise ValueError(f"ad types: {len(true)} true values but {len(pred)} predictions")
    if not true:
        return {"accuracy": None, "per_type": {}}
    hits = [t == p for t, p in zip(true, pred)]
    per = {}
    for kind in sorted(set(true)):
        idx = [i for i, t in enumerate(true) if t == kind]
        per[kind] = {"support": len(idx), "recall": float(np.mean([hits[i] for i in idx]))}
    return {"accuracy": float(np.mean(hits)), "per_type": per}


def _chars(spans: Sequence[Sequence[int]]) -> set[int]:
    covered: set[int] = set()
    for start, end in spans:
        covered.update(range(int(start), int(end)))
    return covered


def span_char_f1(gold: Sequence[Mapping[str, Sequence]], pred: Sequence[Mapping[str, Sequence]],
                 labels: Sequence[str]) -> dict:
    """Character-overlap span scores.

    ``gold[i]`` / ``pred[i]``: ``{label: [(start, end), ...]}`` for record i. Returns ``{"f1", "precision",
    "recall", "per_label": {label: {...,"gold_chars", "pred_chars"}}}``, micro over records; "f1" is micro over
    labels too. Labels absent from both sides everywhere are left out of ``per_label``.
    """
    if len(gold) != len(pred):
        raise ValueError(f"spans: {len(gold)} gold records but {len(pred)} predicted")
    totals = {name: [0, 0, 0] for name in labels}  # overlap, gold chars, predicted chars
    for g, p in zip(gold, pred):
        for name in labels:
            gc, pc = _chars(g.get(name, ())), _chars(p.get(name, ()))
            t = totals[name]
            t[0] += len(gc & pc)
            t[1] += len(gc)
            t[2] += len(pc)
    per_label = {name: _prf(*t) for name, t in totals.items() if t[1] or t[2]}
    overall = _prf(*np.sum([t for t in totals.values()], axis=0).tolist()) if totals else _prf(0, 0, 0)
    return {**overall, "per_label": per_label}


def _prf(overlap: int, gold: int, pred: int) -> dict:
    precision = overlap / pred if pred else 0.0
    recall = overlap / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "gold_chars": int(gold), "pred_chars": int(pred)}


def expected_calibration_error(y_true: np.ndarray, y_prob: np.ndarray, *, n_bins: int = ECE_BINS) -> float:
    """ECE = sum over equal-width bins of (share of predictions in the bin) * |observed rate - mean confidence|.

    Every element of ``y_true`` / ``y_prob`` (any shape) is one binary prediction. Bins are [0, 1/B), ...,
    [(B-1)/B, 1]; a probability of exactly 1 falls in the last bin.
    """
    t = np.asarray(y_true, dtype=float).ravel()
    p = np.asarray(y_prob, dtype=float).ravel()
    if t.shape != p.shape:
        raise ValueError(f"ECE: y_true has {t.size} values, y_prob {p.size}")
    if t.size == 0:
        return 0.0
    if np.any((p < 0) | (p > 1)):
        raise ValueError("ECE: probabilities must lie in [0, 1]")
    bins = np.minimum((p * n_bins).astype(int), n_bins - 1)
    ece = 0.0
    for b in range(n_bins):
        sel = bins == b
        if sel.any():
            ece += sel.mean() * abs(t[sel].mean() - p[sel].mean())
    return float(ece)


def _check_pair(y_true, y_prob, k: int) -> tuple[np.ndarray, np.ndarray]:
    y_true = np.asarray(y_true).astype(int)
    y_prob = np.asarray(y_prob, dtype=float)
    if y_true.ndim != 2 or y_true.shape != y_prob.shape or y_true.shape[1] != k:
        raise ValueError(f"expected y_true and y_prob of shape (N, {k}), found {y_true.shape} and {y_prob.shape}")
    return y_true, y_prob


# ---------------------------------------------------------------------------------------------- artifact runner
def evaluate_artifact(artifact_dir: str | Path, data_path: str | Path, *, profile: str = "balanced",
                      batch_size: int = 32) -> dict:
    """Score ``data_path`` (records in the adrisk schema) with the exported artifact and return its metrics.

    Runs ``serving.scorer.Scorer`` exactly as the service does (``Scorer.score`` is ``forward`` then
    ``results``): windows, calibration, the profile's thresholds and span decoding. The same pass's raw logits
    give the ECE before calibration.
    """
    from serving.records import read_records
    from serving.scorer import Scorer, check_texts, sigmoid

    records = read_records(data_path)
    if not records:
        raise ValueError(f"{data_path}: expected at least one record, found none")
    scorer = Scorer.load(artifact_dir)
    labels = list(scorer.labels)
    unknown = sorted({lab for r in records for lab in r.labels} - set(labels))
    if unknown:
        raise ValueError(f"{data_path}: labels {unknown} are not among the artifact's signals {labels}")
    texts = [r.text for r in records]
    langs = [r.language for r in records]

    t0 = time.perf_counter()
    toks = scorer.tokenize(check_texts(texts))
    run = scorer.forward(toks, batch_size=batch_size, tokens=True)
    results = scorer.results(texts, toks, run, languages=langs, profile=profile, spans=True)
    seconds = time.perf_counter() - t0
    raw_logits = run.signal_logits

    y_true = np.array([[int(name in r.labels) for name in labels] for r in records])
    p_raw = sigmoid(raw_logits.astype(np.float64))
    p_cal = scorer.calibrate(raw_logits)
    thr = scorer.profile_thresholds(profile)
    # The service's decisions must be the ones measured here; a disagreement away from the threshold itself
    # (where float noise may flip a flag) means the scorer's thresholding drifted from calibrate + thresholds.
    flags = np.array([[res["signals"][name]["flagged"] for name in labels] for res in results])
    differ = (flags != (p_cal >= thr)) & (np.abs(p_cal - thr) > 1e-5)
    if differ.any():
        raise RuntimeError(f"scorer flags disagree with calibrated scores on {int(differ.sum())} decisions")

    per_label = label_metrics(y_true, p_cal, thr, labels)
    with_spans = [i for i, r in enumerate(records) if r.spans]
    gold = [_span_map(records[i].spans) for i in with_spans]
    pred = [{name: [(s["start"], s["end"]) for s in results[i]["signals"][name]["spans"]] for name in labels}
            for i in with_spans]
    spans = span_char_f1(gold, pred, labels) if with_spans else None
    profiles = {name: macro_f1(label_metrics(y_true, p_cal, scorer.profile_thresholds(name), labels))
                for name in scorer.thresholds["profiles"]}
    return {
        "data": {"path": str(data_path), "records": len(records), "with_spans": len(with_spans),
                 "languages": {lang: langs.count(lang) for lang in sorted(set(langs))}},
        "profile": profile,
        "macro_f1": macro_f1(per_label),
        "labels": per_label,
        "per_language": per_language_macro_f1(y_true, p_cal, thr, labels, langs),
        "ad_type": ad_type_accuracy([r.ad_type for r in records], [res["ad_type"]["label"] for res in results]),
        "spans": spans,
        "calibration": {"ece_before": expected_calibration_error(y_true, p_raw),
                        "ece_after": expected_calibration_error(y_true, p_cal), "bins": ECE_BINS},
        "macro_f1_by_profile": profiles,
        "scoring": {"seconds": round(seconds, 2), "ads_per_second": round(len(records) / max(seconds, 1e-9), 1)},
    }


def _span_map(spans) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    for s in spans:
        out.setdefault(s.label, []).append((s.start, s.end))
    return out


def evaluate_splits(artifact_dir: str | Path, data: Mapping[str, str | Path], *, profile: str = "balanced",
                    batch_size: int = 32) -> dict:
    """metrics.json content: ``{"artifact": {...}, "profile", "splits": {name: evaluate_artifact(...)}}``."""
    from serving.artifact import read_artifact

    art = read_artifact(artifact_dir)
    splits = {name: evaluate_artifact(artifact_dir, path, profile=profile, batch_size=batch_size)
              for name, path in data.items()}
    # model.onnx's hash, not the manifest's: the manifest is rewritten once these metrics are added to it.
    return {"artifact": {"name": art.manifest.get("name"), "version": art.manifest.get("version"),
                         "model_sha256": art.manifest.get("files", {}).get("model.onnx")},
            "profile": profile, "splits": splits}
