"""MODEL_CARD.md generated from an artifact's files: structure snapshot, front matter, numbers, manifest."""

from __future__ import annotations

import hashlib
import json
import re

import pytest

from training.model_card import render_model_card, write_model_card
from training.taxonomy import SIGNAL_NAMES, snapshot

yaml = pytest.importorskip("yaml")

# The card's structure: changing it is a deliberate edit of this list.
HEADINGS = [
    "# adrisk-default 0.1.0",
    "## Intended use",
    "## Out-of-scope uses",
    "## Signals",
    "## Training data",
    "## Evaluation",
    "### Per signal (synthetic test split)",
    "### Per language (macro-F1, number of ads)",
    "## Calibration and thresholds",
    "## Limitations",
    "## Ethical considerations",
    "## Files",
]
FRONT_MATTER_KEYS = ["language", "license", "library_name", "pipeline_tag", "tags", "base_model", "metrics",
                     "model-index"]


def _split(macro: float, langs: dict[str, float], zero_label: str | None = None) -> dict:
    labels = {name: {"precision": 0.9, "recall": 0.8, "f1": 0.847, "pr_auc": 0.93, "support": 40,
                     "predicted": 36, "threshold": 0.5} for name in SIGNAL_NAMES}
    if zero_label:
        labels[zero_label] = {"precision": 0.0, "recall": 0.0, "f1": 0.0, "pr_auc": None, "support": 0,
                              "predicted": 0, "threshold": 0.5}
    return {
        "data": {"records": 400, "with_spans": 300, "languages": {k: 100 for k in langs}},
        "macro_f1": macro, "labels": labels,
        "per_language": {k: {"records": 100, "macro_f1": v} for k, v in langs.items()},
        "ad_type": {"accuracy": 0.97, "per_type": {}},
        "spans": {"f1": 0.74, "precision": 0.7, "recall": 0.78, "per_label": {"recruitment_fee": {"f1": 0.81}}},
        "calibration": {"ece_before": 0.061, "ece_after": 0.021, "bins": 15},
    }


@pytest.fixture
def artifact(tmp_path):
    art = tmp_path / "adrisk-default"
    art.mkdir()
    files = {
        "config.json": {"name": "adrisk-default", "version": "0.1.0", "base_model": "multilingual-e5-small-q4",
                        "corpus_version": "corpus-1.0", "preset": "quick", "seed": 13, "max_length": 128,
                        "stride": 32},
        "labels.json": snapshot(),
        "metrics.json": {"profile": "balanced", "splits": {
            "test": _split(0.923, {"en": 0.95, "th": 0.88, "zh": 0.9}, zero_label="minor_risk"),
            "challenge": _split(0.712, {"en": 0.8, "ru": 0.61})}},
        "calibration.json": {"method": "temperature", "ece_before": 0.058, "ece_after": 0.019,
                             "signals": {n: {"temperature": 1.3, "bias": 0.0} for n in SIGNAL_NAMES}},
        "thresholds.json": {"default_profile": "balanced", "span_threshold": 0.5, "profiles": {
            "high_recall": {n: 0.25 for n in SIGNAL_NAMES}, "balanced": {n: 0.5 for n in SIGNAL_NAMES},
            "high_precision": {n: 0.8 for n in SIGNAL_NAMES}}},
        "export_checks.json": {"int8": {"signal_flag_agreement": 0.995}},
    }
    for name, payload in files.items():
        (art / name).write_text(json.dumps(payload), encoding="utf-8")
    (art / "model.onnx").write_bytes(b"not a real graph: the card never opens it")
    listed = [*files, "model.onnx"]
    manifest = {"name": "adrisk-default", "version": "0.1.0", "created": "2026-11-29T09:00:00+00:00",
                "files": {n: hashlib.sha256((art / n).read_bytes()).hexdigest() for n in listed}}
    (art / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return art


def _front_matter(card: str) -> dict:
    match = re.match(r"---\n(.*?)\n---\n", card, re.S)
    assert match, "card must start with YAML front matter between --- lines"
    return yaml.safe_load(match.group(1))


def test_structure_snapshot(artifact):
    card = write_model_card(artifact).read_text(encoding="utf-8")
    assert [line for line in card.splitlines() if line.startswith("#")] == HEADINGS
    front = _front_matter(card)
    assert list(front) == FRONT_MATTER_KEYS
    assert front["language"] == ["en", "ru", "th", "zh"]
    assert front["license"] == "apache-2.0" and front["base_model"] == "intfloat/multilingual-e5-small"
    results = front["model-index"][0]["results"]
    assert front["model-index"][0]["name"] == "adrisk-default"
    assert [r["dataset"]["split"] for r in results] == ["test", "challenge"]
    assert {"type": "f1", "name": "macro-F1", "value": 0.923} in results[0]["metrics"]


def test_numbers_come_from_the_artifact(artifact):
    card = render_model_card(artifact)
    assert "| synthetic test split (`test`) | 400 | 0.923 | ≥ 0.90 | 0.970 | 0.740 | 0.061 → 0.021 |" in card
    assert "| Thai (`th`) | 0.880 (100) | – |" in card
    assert "| Russian (`ru`) | – | 0.610 (100) |" in card
    assert "| `recruitment_fee` | 0.900 | 0.800 | 0.847 | 0.930 | 0.810 | 40 |" in card
    assert "| `minor_risk` | – | – | – | – | – | 0 |" in card  # absent from the set: undefined, not 0
    assert "| `worker_control` | 0.250 | 0.500 | 0.800 |" in card
    assert "validation ECE 0.058 → 0.019" in card and "99.5 %" in card
    assert "4-bit-derived base encoder" in card and "Synthetic training data" in card
    assert "Sex work is not trafficking" in card and "data_cards/ETHICS.md" in card
    for name in SIGNAL_NAMES:
        assert f"`{name}`" in card


def test_manifest_entry_of_the_card_is_refreshed(artifact):
    before = json.loads((artifact / "manifest.json").read_text())
    path = write_model_card(artifact)
    after = json.loads((artifact / "manifest.json").read_text())
    assert after["files"]["MODEL_CARD.md"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert {k: v for k, v in after["files"].items() if k != "MODEL_CARD.md"} == before["files"]


def test_card_without_metrics_says_so(artifact):
    (artifact / "metrics.json").unlink()
    card = render_model_card(artifact)
    assert "No evaluation results in this artifact yet" in card
    assert "model-index" not in _front_matter(card)  # the Hub rejects a model-index without results
    assert "### Per signal" not in card


def test_other_base_model_has_no_4bit_caveat(artifact):
    cfg = json.loads((artifact / "config.json").read_text())
    (artifact / "config.json").write_text(json.dumps({**cfg, "base_model": "xlm-roberta-base"}))
    card = render_model_card(artifact)
    assert _front_matter(card)["base_model"] == "xlm-roberta-base"
    assert "4-bit" not in card


def test_missing_config_is_a_clear_error(artifact):
    (artifact / "config.json").unlink()
    with pytest.raises(FileNotFoundError, match="config.json is needed for the model card but missing"):
        write_model_card(artifact)
