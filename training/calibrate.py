"""Calibration and decision thresholds, fitted on validation outputs of the EXPORTED artifact.

Calibration is fitted on what users run (the int8 ONNX graph through serving's Scorer), not on the torch model,
so quantisation error is calibrated away too. Per signal:

- ``temperature``: ``p = sigmoid((logit + bias) / T)`` (Platt scaling written as temperature and bias), fitted
  by L-BFGS on the log-loss with a weak prior towards T = 1, bias = 0 so a separable label cannot push the
  temperature to zero;
- ``isotonic``: a monotone map of the raw probability, stored as interpolation knots.

Threshold profiles are chosen on the calibrated validation probabilities: ``balanced`` maximises F1,
``high_recall`` is the highest threshold keeping recall >= 0.95, ``high_precision`` the lowest keeping precision
>= 0.90. The span threshold maximises character-overlap span F1 on validation.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np

from training.data import Example

log = logging.getLogger(__name__)
PROFILES = ("high_recall", "balanced", "high_precision")
TARGET_RECALL, TARGET_PRECISION = 0.95, 0.90
_GRID = np.round(np.arange(0.02, 0.981, 0.01), 2)
_SPAN_GRID = (0.3, 0.4, 0.5, 0.6, 0.7)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -60.0, 60.0)))


def masked_ece(probs: np.ndarray, targets: np.ndarray, mask: np.ndarray) -> float:
    """ECE (training.evaluation's definition) over the annotated (ad, signal) pairs only."""
    from training.evaluation import expected_calibration_error

    keep = np.asarray(mask, bool)
    return expected_calibration_error(np.asarray(targets, float)[keep], np.asarray(probs, float)[keep])


def fit_temperature(logits: np.ndarray, y: np.ndarray, *, prior: float = 1e-3) -> tuple[float, float]:
    """(temperature, bias) minimising log-loss of ``sigmoid((x + bias) / T)``; (1, 0) without both classes."""
    from scipy.optimize import minimize

    x, y = np.clip(np.asarray(logits, float), -30, 30), np.asarray(y, float)
    if y.size == 0 or y.min() == y.max():
        return 1.0, 0.0
    lam = prior * len(x)

    def loss(theta):  # p = sigmoid(a x + c) with a = 1/T, c = bias/T; weak prior towards the identity
        a, c = theta
        z = a * x + c
        nll = np.logaddexp(0.0, z).sum() - (y * z).sum()
        p = _sigmoid(z)
        grad = np.array([((p - y) * x).sum() + lam * (a - 1.0), (p - y).sum() + lam * c])
        return nll + 0.5 * lam * ((a - 1.0) ** 2 + c**2), grad

    res = minimize(loss, np.array([1.0, 0.0]), jac=True, method="L-BFGS-B", bounds=[(1e-2, 1e2), (-50.0, 50.0)])
    a, c = res.x
    if not np.isfinite([a, c]).all():
        return 1.0, 0.0
    return float(1.0 / a), float(c / a)


def fit_isotonic(logits: np.ndarray, y: np.ndarray) -> dict | None:
    from sklearn.isotonic import IsotonicRegression

    if len(set(np.asarray(y).tolist())) < 2:
        return None
    iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip").fit(_sigmoid(np.asarray(logits)), y)
    return {"x": [float(v) for v in iso.X_thresholds_], "y": [float(v) for v in iso.y_thresholds_]}


def apply_calibration(logits: np.ndarray, calibration: dict, labels) -> np.ndarray:
    """Same formulas as the Scorer (models/README.md); used here to choose thresholds."""
    x = np.asarray(logits, float)
    out = _sigmoid(x)
    for j, name in enumerate(labels):
        entry = calibration.get("signals", {}).get(name)
        if not entry:
            continue
        if calibration["method"] == "temperature":
            out[:, j] = _sigmoid((x[:, j] + entry["bias"]) / entry["temperature"])
        else:
            out[:, j] = np.interp(out[:, j], entry["x"], entry["y"])
    return out


def _pr(p: np.ndarray, y: np.ndarray, t: float) -> tuple[float, float, float]:
    pred = p >= t
    tp, fp, fn = (pred & y).sum(), (pred & ~y).sum(), (~pred & y).sum()
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    return prec, rec, (2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0)


def choose_thresholds(probs: np.ndarray, y: np.ndarray) -> dict[str, float]:
    """One signal's profile thresholds; ties go to the threshold nearest 0.5 (more stable on new data)."""
    y = np.asarray(y, bool)
    if y.sum() == 0 or y.all():
        return dict.fromkeys(PROFILES, 0.5)
    stats = [(t, *_pr(probs, y, t)) for t in _GRID]
    best_f1 = max(s[3] for s in stats)
    balanced = min((s for s in stats if s[3] >= best_f1 - 1e-9), key=lambda s: abs(s[0] - 0.5))[0]
    recall_ok = [s[0] for s in stats if s[2] >= TARGET_RECALL]
    high_recall = min(balanced, max(recall_ok)) if recall_ok else float(_GRID[0])
    prec_ok = [s[0] for s in stats if s[1] >= TARGET_PRECISION and s[2] > 0]
    high_precision = max(balanced, min(prec_ok)) if prec_ok else float(_GRID[-1])
    return {"high_recall": float(high_recall), "balanced": float(balanced), "high_precision": float(high_precision)}


def span_char_f1(pred: list[list[dict]], examples: list[Example], labels) -> float:
    """Micro character-overlap F1 of predicted vs gold spans per (ad, signal), over ads with gold spans
    (the definition training.evaluation reports)."""
    tp = fp = fn = 0
    for spans, ex in zip(pred, examples, strict=True):
        if not ex.spans:
            continue
        for lab in labels:
            gold = set()
            for g_lab, s, e in ex.spans:
                if g_lab == lab:
                    gold.update(range(s, e))
            got = set()
            for sp in spans:
                if sp["label"] == lab:
                    got.update(range(sp["start"], sp["end"]))
            tp, fp, fn = tp + len(gold & got), fp + len(got - gold), fn + len(gold - got)
    return float(2 * tp / (2 * tp + fp + fn)) if tp + fp + fn else 0.0


def _span_predictions(scorer, texts: list[str], flags: np.ndarray, threshold: float, token_logits, toks) -> list:
    from serving.spans import decode_spans

    out = []
    for n, text in enumerate(texts):
        probs = _sigmoid(token_logits[n].astype(float))
        spans = []
        for j, lab in enumerate(scorer.labels):
            if flags[n, j]:
                spans += [{"label": lab, **s} for s in decode_spans(text, toks[n].offsets, probs[:, j], threshold)]
        out.append(spans)
    return out


def write_provisional(artifact_dir: Path) -> None:
    """Identity calibration and 0.5 thresholds, so the Scorer can load the artifact to produce the logits."""
    from serving.risk import default_risk_params

    if not (artifact_dir / "calibration.json").is_file():
        (artifact_dir / "calibration.json").write_text(json.dumps({"method": "none", "signals": {}}), encoding="utf-8")
    if not (artifact_dir / "thresholds.json").is_file():
        body = {"default_profile": "balanced", "profiles": {p: {} for p in PROFILES}, "span_threshold": 0.5,
                "risk": default_risk_params()}
        (artifact_dir / "thresholds.json").write_text(json.dumps(body), encoding="utf-8")


def calibrate_artifact(artifact_dir: str | Path, examples: list[Example], *, method: str = "temperature",
                       batch_size: int = 32) -> dict:
    """Fit calibration.json and thresholds.json on ``examples`` (validation) run through the artifact."""
    from serving.risk import default_risk_params
    from serving.scorer import Scorer
    from training.export import write_manifest

    if method not in ("temperature", "isotonic"):
        raise ValueError(f"calibration method {method!r}; expected temperature or isotonic")
    if not examples:
        raise ValueError("calibration needs validation examples; found none")
    artifact_dir = Path(artifact_dir)
    write_provisional(artifact_dir)
    write_manifest(artifact_dir)
    scorer = Scorer.load(artifact_dir)
    labels = scorer.labels
    texts = [ex.text for ex in examples]
    toks = scorer.tokenize(texts)
    # One pass gives document and token logits; the span threshold is then tuned without re-running the model.
    run = scorer.forward(toks, batch_size=batch_size, tokens=True)
    logits = run.signal_logits
    y = np.array([[lab in ex.labels for lab in labels] for ex in examples], bool)
    mask = np.array([[lab in ex.annotated for lab in labels] for ex in examples], bool)

    signals = {}
    for j, lab in enumerate(labels):
        rows = mask[:, j]
        if method == "temperature":
            t, b = fit_temperature(logits[rows, j], y[rows, j])
            signals[lab] = {"temperature": round(t, 6), "bias": round(b, 6)}
        else:
            fit = fit_isotonic(logits[rows, j], y[rows, j])
            if fit:
                signals[lab] = fit
    calibration = {"method": method, "signals": signals}
    raw = _sigmoid(logits)
    probs = apply_calibration(logits, calibration, labels)
    calibration["ece_before"] = round(masked_ece(raw, y, mask), 5)
    calibration["ece_after"] = round(masked_ece(probs, y, mask), 5)
    calibration["fitted_on"] = {"examples": len(examples), "split": "validation"}

    profiles = {p: {} for p in PROFILES}
    for j, lab in enumerate(labels):
        rows = mask[:, j]
        for p, t in choose_thresholds(probs[rows, j], y[rows, j]).items():
            profiles[p][lab] = t
    flags = probs >= np.array([profiles["balanced"][lab] for lab in labels])
    span_scores = {}
    for thr in _SPAN_GRID:
        span_scores[thr] = span_char_f1(_span_predictions(scorer, texts, flags, thr, run.token_logits, toks),
                                        examples, labels)
    span_threshold = max(span_scores, key=lambda t: (span_scores[t], -abs(t - 0.5)))
    thresholds = {"default_profile": "balanced", "profiles": profiles, "span_threshold": span_threshold,
                  "span_f1_validation": round(span_scores[span_threshold], 5),
                  "targets": {"high_recall": {"recall": TARGET_RECALL}, "high_precision": {"precision": TARGET_PRECISION}},
                  "risk": default_risk_params()}
    (artifact_dir / "calibration.json").write_text(json.dumps(calibration, indent=2), encoding="utf-8")
    (artifact_dir / "thresholds.json").write_text(json.dumps(thresholds, indent=2), encoding="utf-8")
    write_manifest(artifact_dir)
    log.info("calibration: ECE %.4f -> %.4f; span threshold %.2f (validation span F1 %.3f)",
             calibration["ece_before"], calibration["ece_after"], span_threshold, span_scores[span_threshold])
    return {"calibration": calibration, "thresholds": thresholds}
