"""Metric functions on hand-made arrays (expected values worked out by hand), then the artifact runner and CLI."""

from __future__ import annotations

import json

import numpy as np
import pytest

from training.evaluation import (
    ad_type_accuracy,
    evaluate_artifact,
    expected_calibration_error,
    label_metrics,
    macro_f1,
    per_language_macro_f1,
    span_char_f1,
)

LABELS = ["a", "b", "c"]
Y_TRUE = np.array([[1, 0, 0], [1, 1, 0], [0, 1, 0], [0, 0, 0]])
Y_PROB = np.array([[0.9, 0.2, 0.1], [0.4, 0.7, 0.6], [0.6, 0.8, 0.0], [0.1, 0.3, 0.2]])


def test_label_metrics_by_hand():
    m = label_metrics(Y_TRUE, Y_PROB, 0.5, LABELS)
    # a: flagged rows 0 and 2; row 0 right, row 2 a false alarm, row 1 missed -> P = R = F1 = 1/2.
    assert (m["a"]["precision"], m["a"]["recall"], m["a"]["f1"]) == (0.5, 0.5, 0.5)
    # ranking 0.9(+) 0.6(-) 0.4(+) 0.1(-): AP = 1/2 * 1 + 1/2 * 2/3
    assert m["a"]["pr_auc"] == pytest.approx(0.5 + 1 / 3)
    assert m["b"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "pr_auc": 1.0, "support": 2, "predicted": 2,
                      "threshold": 0.5}
    # c never occurs: one false alarm, F1 0, PR-AUC undefined
    assert (m["c"]["support"], m["c"]["predicted"], m["c"]["f1"], m["c"]["pr_auc"]) == (0, 1, 0.0, None)
    # macro over labels that occur: (1/2 + 1) / 2
    assert macro_f1(m) == pytest.approx(0.75)


def test_per_label_thresholds_are_applied_column_by_column():
    m = label_metrics(Y_TRUE, Y_PROB, np.array([0.95, 0.75, 0.65]), LABELS)
    assert [m[k]["predicted"] for k in LABELS] == [0, 1, 0]
    assert m["b"]["recall"] == 0.5 and m["b"]["precision"] == 1.0


def test_per_language_macro_f1_by_hand():
    out = per_language_macro_f1(Y_TRUE, Y_PROB, 0.5, LABELS, ["en", "en", "ru", "ru"])
    # en: a true [1,1] pred [1,0] -> F1 2/3; b true [0,1] pred [0,1] -> 1; c absent -> (2/3 + 1) / 2
    assert out["en"] == {"records": 2, "macro_f1": pytest.approx(5 / 6)}
    # ru: only b occurs, true [1,0] pred [1,0]
    assert out["ru"] == {"records": 2, "macro_f1": 1.0}


def test_macro_f1_without_any_positive_is_none():
    assert macro_f1(label_metrics(np.zeros((2, 3)), np.full((2, 3), 0.9), 0.5, LABELS)) is None


def test_shape_errors_name_expected_and_found():
    with pytest.raises(ValueError, match=r"shape \(N, 3\), found \(4, 3\) and \(4, 2\)"):
        label_metrics(Y_TRUE, Y_PROB[:, :2], 0.5, LABELS)
    with pytest.raises(ValueError, match="languages has 3 entries for 4 rows"):
        per_language_macro_f1(Y_TRUE, Y_PROB, 0.5, LABELS, ["en"] * 3)


def test_ad_type_accuracy_by_hand():
    out = ad_type_accuracy(["job", "job", "escort", "other"], ["job", "escort", "escort", "job"])
    assert out["accuracy"] == 0.5
    assert out["per_type"] == {"escort": {"support": 1, "recall": 1.0}, "job": {"support": 2, "recall": 0.5},
                               "other": {"support": 1, "recall": 0.0}}


def test_span_char_f1_by_hand():
    gold = [{"a": [(0, 10)]}, {"b": [(0, 4)]}]
    pred = [{"a": [(5, 15)]}, {"a": [(2, 4)]}]
    out = span_char_f1(gold, pred, ["a", "b"])
    # a: overlap 5 chars, gold 10, predicted 10 + 2 -> P 5/12, R 1/2, F1 = 2*5 / (10 + 12)
    assert out["per_label"]["a"]["f1"] == pytest.approx(10 / 22)
    assert out["per_label"]["a"]["precision"] == pytest.approx(5 / 12)
    # b: 4 gold chars, nothing predicted
    assert out["per_label"]["b"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "gold_chars": 4, "pred_chars": 0}
    # micro over labels: overlap 5, gold 14, predicted 12
    assert out["f1"] == pytest.approx(10 / 26) and out["recall"] == pytest.approx(5 / 14)


def test_span_char_f1_counts_overlapping_spans_once():
    out = span_char_f1([{"a": [(0, 5), (3, 8)]}], [{"a": [(0, 8)]}], ["a"])
    assert out["f1"] == 1.0 and out["per_label"]["a"]["gold_chars"] == 8


def test_ece_by_hand():
    # two bins: [0, .5) holds .3 and .35 (mean .325, observed 1.0); [.5, 1] holds .9 and .8 (mean .85, observed .5)
    ece = expected_calibration_error([1, 0, 1, 1], [0.9, 0.8, 0.3, 0.35], n_bins=2)
    assert ece == pytest.approx(0.5 * 0.675 + 0.5 * 0.35)
    assert expected_calibration_error([1], [1.0]) == 0.0  # p = 1 lands in the last bin, not past it
    # any shape: each element is one prediction; half right at 0.5 is calibrated, all right at 0.5 is not
    assert expected_calibration_error(np.array([[1, 0]]), np.array([[0.5, 0.5]]), n_bins=4) == 0.0
    assert expected_calibration_error(np.array([[1, 1]]), np.array([[0.5, 0.5]]), n_bins=4) == 0.5
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        expected_calibration_error([1], [1.5])


# ---------------------------------------------------------------- the exported artifact, end to end (tiny model)
RECORDS = [
    {"id": "1", "language": "en", "ad_type": "job", "labels": ["recruitment_fee", "worker_control"],
     "text": "We keep your passport, pay the fee before departure.",
     "spans": [{"label": "worker_control", "start": 13, "end": 21}, {"label": "recruitment_fee", "start": 31,
                                                                       "end": 34}]},
    {"id": "2", "language": "en", "ad_type": "job", "labels": [], "spans": [],
     "text": "Warehouse job in Berlin, salary 2400 EUR, contract provided."},
    {"id": "3", "language": "ru", "ad_type": "job", "labels": ["worker_control"],
     "text": "Работа в Польше, паспорт сдаёте нам.", "spans": [{"label": "worker_control", "start": 17, "end": 24}]},
    {"id": "4", "language": "es", "ad_type": "escort", "labels": ["restricted_movement", "third_party_control"],
     "text": "Chicas nuevas, incall 24/7, escort besos.",
     "spans": [{"label": "restricted_movement", "start": 15, "end": 21},
               {"label": "third_party_control", "start": 0, "end": 6}]},
]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    from tests.tiny_artifact import build_tiny_artifact

    return build_tiny_artifact(tmp_path_factory.mktemp("tiny") / "artifact")


@pytest.fixture
def data_file(tmp_path):
    path = tmp_path / "test.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    return path


def test_evaluate_artifact_on_tiny_model(tiny, data_file):
    # The tiny model flags trigger words: passport/паспорт, fee, incall, and "nueva(s)" (controlled_mobility);
    # it misses "Chicas" (capitalised) and calls both job ads without "job" in them "other".
    m = evaluate_artifact(tiny, data_file)
    lab = m["labels"]
    assert lab["worker_control"]["f1"] == 1.0 and lab["worker_control"]["support"] == 2
    assert lab["third_party_control"]["recall"] == 0.0
    assert lab["controlled_mobility"]["support"] == 0 and lab["controlled_mobility"]["predicted"] == 1
    assert m["macro_f1"] == pytest.approx(0.75)  # (1 + 1 + 1 + 0) / 4 labels that occur
    assert m["per_language"]["es"]["macro_f1"] == pytest.approx(0.5)
    assert m["per_language"]["ru"] == {"records": 1, "macro_f1": 1.0}
    assert m["ad_type"]["accuracy"] == 0.5
    # spans: 24 of 30 gold chars found, 24 of 30 predicted chars right -> F1 0.8
    assert m["spans"]["f1"] == pytest.approx(0.8) and m["data"]["with_spans"] == 3
    assert 0.0 <= m["calibration"]["ece_after"] <= 1.0 and m["calibration"]["ece_before"] != m["calibration"][
        "ece_after"]
    assert set(m["macro_f1_by_profile"]) == {"high_recall", "balanced", "high_precision"}


def test_unknown_labels_in_data_are_refused(tiny, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({**RECORDS[1], "labels": ["smuggling"]}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"labels \['smuggling'\] are not among the artifact's signals"):
        evaluate_artifact(tiny, bad)


def test_cli_writes_metrics_per_split(tiny, data_file, tmp_path, capsys):
    from adrisk.cli import main

    out = tmp_path / "m" / "metrics.json"
    assert main(["evaluate", "--model", str(tiny), "--data", f"challenge={data_file}", str(data_file),
                 "--out", str(out)]) == 0
    metrics = json.loads(out.read_text())
    assert set(metrics["splits"]) == {"challenge", "test"}
    assert metrics["artifact"]["name"] == "adrisk-tiny"
    assert "macro-F1 0.750" in capsys.readouterr().err
    assert main(["evaluate", "--model", str(tiny), "--data", str(tmp_path / "nope.jsonl"), "--out", str(out)]) == 2
    assert "no such file" in capsys.readouterr().err
