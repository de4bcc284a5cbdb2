"""MODEL_CARD.md generated from an artifact folder's own files and a template (``templates/model_card.md.j2``).

Everything the card states about the model comes from the artifact (config, labels, metrics, calibration,
thresholds, manifest), so the card cannot drift from the model it ships with. The prose (intended use, ethics,
limitations) lives in the template. The front matter follows the Hugging Face model-card conventions: YAML with
``language``, ``license``, ``tags`` and a ``model-index`` holding the measured metrics.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

CARD_FILE = "MODEL_CARD.md"
TEMPLATE = "model_card.md.j2"
# Project targets from the model issue; shown beside the measured figures, not used to pass or fail anything.
TARGETS = {"macro_f1": {"test": 0.90, "test_unseen_templates": 0.85, "challenge": 0.70}, "span_f1": 0.70,
           "ece_after": 0.05}
SPLIT_TITLES = {
    "test": "synthetic test split",
    "test_unseen_templates": "synthetic test, layouts and phrasings unseen in training",
    "test_unseen_language": "synthetic test, language held out of training (zero-shot)",
    "challenge": "hand-written challenge set",
    "validation": "synthetic validation split",
}
LANGUAGE_NAMES = {
    "en": "English", "es": "Spanish", "pt": "Portuguese", "fr": "French", "ro": "Romanian", "pl": "Polish",
    "ru": "Russian", "uk": "Ukrainian", "tl": "Tagalog", "id": "Indonesian", "vi": "Vietnamese", "th": "Thai",
    "zh": "Chinese", "de": "German", "it": "Italian", "ar": "Arabic", "hi": "Hindi", "ko": "Korean",
    "ja": "Japanese", "tr": "Turkish", "bg": "Bulgarian", "cs": "Czech", "hu": "Hungarian", "ne": "Nepali",
}


def _is_default_base(base: str) -> bool:
    """Our offline e5 build: named as such, or a folder carrying ``adrisk base-model``'s provenance file."""
    from training.base_model import DEFAULT_BASE_MODEL, PROVENANCE_FILE

    return DEFAULT_BASE_MODEL in (base, Path(base).name) or (Path(base) / PROVENANCE_FILE).is_file()


def _read(artifact: Path, name: str, *, required: bool = False) -> dict:
    path = artifact / name
    if not path.is_file():
        if required:
            raise FileNotFoundError(f"artifact {artifact}: {name} is needed for the model card but missing")
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"artifact {artifact}: {name} must hold a JSON object, found {type(data).__name__}")
    return data


def _r(x, digits: int = 3):
    return None if x is None else round(float(x), digits)


def _languages(config: dict, metrics: dict) -> list[str]:
    """Training languages: the config's list when it has one, else every language the evaluation saw."""
    langs = list(config.get("languages") or [])
    if not langs:
        for split in metrics.get("splits", {}).values():
            langs += list(split.get("data", {}).get("languages", {}))
    if not langs:
        from training.corpus.langs import LANGUAGES

        langs = list(LANGUAGES)
    return sorted(set(langs))


def _split_rows(metrics: dict) -> list[dict]:
    rows = []
    for name, m in metrics.get("splits", {}).items():
        cal, spans = m.get("calibration", {}), m.get("spans") or {}
        rows.append({
            "name": name, "title": SPLIT_TITLES.get(name, name), "records": m.get("data", {}).get("records"),
            "macro_f1": _r(m.get("macro_f1")), "target": TARGETS["macro_f1"].get(name),
            "ad_type_accuracy": _r(m.get("ad_type", {}).get("accuracy")), "span_f1": _r(spans.get("f1")),
            "ece_before": _r(cal.get("ece_before")), "ece_after": _r(cal.get("ece_after")),
        })
    return rows


def _label_rows(split: dict, signals: list[dict]) -> list[dict]:
    per = split.get("labels", {})
    spans = (split.get("spans") or {}).get("per_label", {})
    rows = []
    for s in signals:
        m = per.get(s["name"], {})
        support, predicted = m.get("support") or 0, m.get("predicted") or 0
        # Recall and F1 of a signal absent from the set are undefined, precision of one never flagged too: "–".
        rows.append({"name": s["name"], "support": m.get("support"),
                     "precision": _r(m.get("precision")) if predicted else None,
                     "recall": _r(m.get("recall")) if support else None,
                     "f1": _r(m.get("f1")) if support else None, "pr_auc": _r(m.get("pr_auc")),
                     "span_f1": _r(spans.get(s["name"], {}).get("f1"))})
    return rows


def _language_rows(metrics: dict) -> tuple[list[str], list[dict]]:
    splits = list(metrics.get("splits", {}))
    langs = sorted({lang for m in metrics.get("splits", {}).values() for lang in m.get("per_language", {})})
    rows = []
    for lang in langs:
        cells = []
        for name in splits:
            entry = metrics["splits"][name].get("per_language", {}).get(lang)
            cells.append(None if entry is None else {"f1": _r(entry.get("macro_f1")), "n": entry.get("records")})
        rows.append({"code": lang, "name": LANGUAGE_NAMES.get(lang, lang), "cells": cells})
    return splits, rows


def _model_index(name: str, metrics: dict) -> list[dict]:
    results = []
    for split, m in metrics.get("splits", {}).items():
        values = [("f1", "macro-F1", m.get("macro_f1")),
                  ("accuracy", "ad-type accuracy", m.get("ad_type", {}).get("accuracy")),
                  ("f1", "span F1 (character overlap)", (m.get("spans") or {}).get("f1")),
                  ("ece", "expected calibration error", m.get("calibration", {}).get("ece_after"))]
        entries = [{"type": t, "name": n, "value": _r(v, 4)} for t, n, v in values if v is not None]
        if entries:
            results.append({
                "task": {"type": "text-classification", "name": "Multi-label trafficking-indicator detection"},
                "dataset": {"name": f"adrisk {SPLIT_TITLES.get(split, split)}", "type": "adrisk", "split": split},
                "metrics": entries,
            })
    return [{"name": name, "results": results}]


def _yaml(value, indent: int = 0) -> str:
    """A small YAML emitter for dicts, lists and scalars; strings are JSON-quoted, which YAML accepts as is."""
    pad = "  " * indent
    if isinstance(value, dict):
        lines = []
        for k, v in value.items():
            if isinstance(v, (dict, list)) and v:
                lines.append(f"{pad}{k}:\n{_yaml(v, indent + 1)}")
            else:
                lines.append(f"{pad}{k}: {_scalar(v)}")
        return "\n".join(lines)
    if isinstance(value, list):
        lines = []
        for item in value:
            if isinstance(item, dict) and item:
                inner = _yaml(item, indent + 1).lstrip()
                lines.append(f"{pad}- {inner}")
            else:
                lines.append(f"{pad}- {_scalar(item)}")
        return "\n".join(lines)
    return pad + _scalar(value)


def _scalar(v) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, (dict, list)):
        return "{}" if isinstance(v, dict) else "[]"
    return json.dumps(str(v), ensure_ascii=False)


def card_context(artifact_dir: str | Path) -> dict:
    """Everything the template needs, read from the artifact folder."""
    artifact = Path(artifact_dir)
    config = _read(artifact, "config.json", required=True)
    labels = _read(artifact, "labels.json", required=True)
    metrics = _read(artifact, "metrics.json")
    calibration = _read(artifact, "calibration.json")
    thresholds = _read(artifact, "thresholds.json")
    manifest = _read(artifact, "manifest.json")
    checks = _read(artifact, "export_checks.json") or metrics.get("export_checks") or {}
    name = manifest.get("name") or config.get("name") or artifact.name
    base = str(config.get("base_model") or manifest.get("base_model") or "unknown")
    languages = _languages(config, metrics)
    signals = labels.get("signals", [])
    splits = metrics.get("splits", {})
    primary = "test" if "test" in splits else next(iter(splits), None)
    lang_splits, lang_rows = _language_rows(metrics)
    profiles = thresholds.get("profiles", {})
    default_thr = thresholds.get("default_threshold", 0.5)
    front = {
        "language": languages,
        "license": "apache-2.0",
        "library_name": "onnxruntime",
        "pipeline_tag": "text-classification",
        "tags": ["adrisk", "text-classification", "multi-label-classification", "token-classification",
                 "human-trafficking", "forced-labour", "content-moderation", "onnx", "multilingual"],
        "base_model": "intfloat/multilingual-e5-small" if _is_default_base(base) else base,
        "metrics": ["f1", "precision", "recall", "average_precision", "accuracy"],
    }
    index = _model_index(name, metrics)
    if index[0]["results"]:  # the Hub rejects a model-index without results
        front["model-index"] = index
    return {
        "front_matter": _yaml(front),
        "name": name,
        "version": manifest.get("version") or config.get("version", "unknown"),
        "created": manifest.get("created", "unknown"),
        "taxonomy_version": labels.get("taxonomy_version", manifest.get("taxonomy_version", "unknown")),
        "corpus_version": config.get("corpus_version") or manifest.get("corpus_version", "unknown"),
        "base_model": base,
        "default_base": _is_default_base(base),
        "preset": config.get("preset"), "max_length": config.get("max_length"), "stride": config.get("stride"),
        "seed": config.get("seed"),
        "languages": [{"code": c, "name": LANGUAGE_NAMES.get(c, c)} for c in languages],
        "signals": signals, "ad_types": labels.get("ad_types", []),
        "split_rows": _split_rows(metrics), "primary_split": primary,
        "primary_title": SPLIT_TITLES.get(primary, primary) if primary else None,
        "label_rows": _label_rows(splits[primary], signals) if primary else [],
        "language_splits": lang_splits, "language_rows": lang_rows,
        "profile": metrics.get("profile", thresholds.get("default_profile", "balanced")),
        "calibration": {"method": calibration.get("method", "none"),
                        "ece_before": _r(calibration.get("ece_before")), "ece_after": _r(calibration.get("ece_after")),
                        "fitted_on": calibration.get("fitted_on")},
        "profiles": list(profiles),
        "default_profile": thresholds.get("default_profile"),
        "threshold_rows": [{"name": s["name"], "values": [_r(profiles[p].get(s["name"], default_thr), 2)
                                                          for p in profiles]} for s in signals],
        "span_threshold": thresholds.get("span_threshold"),
        "checks": checks,
        "targets": TARGETS,
        "files": sorted(manifest.get("files", {})),
    }


def render_model_card(artifact_dir: str | Path) -> str:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"), undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True, autoescape=False)
    env.filters["num"] = lambda x: "–" if x is None else f"{x:.3f}" if isinstance(x, float) else str(x)
    text = env.get_template(TEMPLATE).render(**card_context(artifact_dir))
    return "\n".join(line.rstrip() for line in text.splitlines()).strip() + "\n"


def write_model_card(artifact_dir: str | Path) -> Path:
    """Render and write ``MODEL_CARD.md``; if manifest.json lists files, its entry for the card is refreshed."""
    artifact = Path(artifact_dir)
    out = artifact / CARD_FILE
    out.write_text(render_model_card(artifact), encoding="utf-8")
    manifest_path = artifact / "manifest.json"
    if manifest_path.is_file():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if isinstance(manifest.get("files"), dict):
            # Only the card's own hash changes: serving verifies every listed file before it loads a model.
            manifest["files"][CARD_FILE] = hashlib.sha256(out.read_bytes()).hexdigest()
            manifest_path.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return out
