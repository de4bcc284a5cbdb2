"""The typed training config: presets, round trips, and checks that say what was expected."""

import json

import pytest

from training.config import PRESETS, ColumnMap, TrainConfig, preset
from training.taxonomy import SIGNAL_NAMES


@pytest.mark.parametrize("name", PRESETS)
def test_presets_are_valid_and_round_trip_through_json(name):
    cfg = preset(name)
    assert cfg.preset == name
    assert cfg.labels == SIGNAL_NAMES
    again = TrainConfig.from_dict(json.loads(json.dumps(cfg.to_dict())))
    assert again == cfg


def test_quick_preset_is_sized_for_the_cpu_build():
    q, f = preset("quick"), preset("full")
    # quick must bound its work (steps and wall time); full trains on everything.
    assert q.max_steps and q.time_budget_s and q.freeze_word_embeddings
    assert f.max_steps is None and f.max_train_examples is None


def test_overrides_are_checked():
    assert preset("quick", seed=7).seed == 7
    with pytest.raises(ValueError, match="stride 80: expected 0 <= stride < max_length/2"):
        preset("quick", max_length=128, stride=80)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"max_length": 4}, "max_length 4: expected 8..512"),
        ({"batch_size": 0}, "batch_size 0: expected >= 1"),
        ({"crop_fraction": 1.5}, "crop_fraction 1.5 / crop_length 64: expected a fraction in"),
        ({"crop_length": 4}, "crop_length 4: expected a fraction in .0, 1. and at least 8 tokens"),
        ({"learning_rate": 0.0}, "learning_rate 0.0: expected > 0"),
        ({"labels": ("recruitment_fee", "nope")}, "expected distinct names among"),
        ({"labels": ("recruitment_fee", "recruitment_fee")}, "expected distinct names among"),
        ({"preset": "huge"}, "preset 'huge': expected one of quick, full"),
        ({"warmup_ratio": 1.5}, "expected in \\[0, 1\\)"),
        ({"max_steps": 0}, "max_steps 0: expected >= 1 or None"),
        ({"time_budget_s": -1.0}, "time_budget_s -1.0: expected > 0 or None"),
        ({"freeze_layers": -1}, "freeze_layers -1: expected >= 0"),
        ({"context_length": 4}, "context_length 4: expected at least 8 tokens or None"),
    ],
)
def test_invalid_values_name_what_was_expected(changes, message):
    with pytest.raises(ValueError, match=message):
        TrainConfig(**changes)


def test_unknown_keys_are_rejected_not_ignored():
    d = TrainConfig().to_dict()
    d["learning_rat"] = 1e-4
    with pytest.raises(ValueError, match="unknown config key\\(s\\) learning_rat"):
        TrainConfig.from_dict(d)
    d = TrainConfig().to_dict()
    d["columns"]["txt"] = "body"
    with pytest.raises(ValueError, match="unknown columns key\\(s\\) txt"):
        TrainConfig.from_dict(d)


def test_column_map_label_columns():
    cols = ColumnMap(text="body", label_columns=("fee_flag=recruitment_fee", "minor_risk"))
    assert cols.labels is None  # label columns win over the default list column
    assert cols.label_column_map() == {"fee_flag": "recruitment_fee", "minor_risk": "minor_risk"}
    cfg = TrainConfig(columns=cols)
    assert TrainConfig.from_dict(cfg.to_dict()).columns == cols
    with pytest.raises(ValueError, match="expected COLUMN or COLUMN=SIGNAL"):
        ColumnMap(label_columns=("fee_flag=fees",))
    with pytest.raises(ValueError, match="found neither"):
        ColumnMap(labels=None)


def test_openmp_waiting_defaults_never_override_the_user(monkeypatch):
    import os

    from training.omp import configure_openmp

    monkeypatch.delenv("OMP_WAIT_POLICY", raising=False)
    monkeypatch.delenv("GOMP_SPINCOUNT", raising=False)
    configure_openmp()
    assert os.environ["OMP_WAIT_POLICY"] == "PASSIVE" and os.environ["GOMP_SPINCOUNT"] == "2000"
    monkeypatch.setenv("OMP_WAIT_POLICY", "ACTIVE")
    monkeypatch.setenv("GOMP_SPINCOUNT", "INFINITE")
    configure_openmp()
    assert os.environ["OMP_WAIT_POLICY"] == "ACTIVE" and os.environ["GOMP_SPINCOUNT"] == "INFINITE"
