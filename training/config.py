"""The typed training configuration: one object, presets ``quick`` and ``full``, saved with every checkpoint.

The resolved config is written as ``config.json`` beside the weights and into the artifact, so a model always
says how it was made. ``from_dict(to_dict(c)) == c`` holds for every valid config.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace

from training.taxonomy import AD_TYPES, SIGNAL_NAMES

PRESETS = ("quick", "full")
DEFAULT_BASE_MODEL = "multilingual-e5-small-q4"  # built offline by training.base_model


@dataclass(frozen=True)
class ColumnMap:
    """Which input columns hold what. Defaults match the corpus record schema (serving/records.py).

    Labels come either from ``labels`` (one column holding a list of signal names) or from ``label_columns``
    (one 0/1 column per signal, as ``"column"`` when the column is named after the signal or ``"column=signal"``).
    Signals not covered by ``label_columns`` are treated as not annotated (left out of the loss), not as absent.
    """

    text: str = "text"
    labels: str | None = "labels"
    label_columns: tuple[str, ...] = ()
    spans: str | None = "spans"
    ad_type: str | None = "ad_type"
    language: str | None = "language"
    id: str | None = "id"

    def __post_init__(self) -> None:
        if not self.text:
            raise ValueError("columns.text must name the text column")
        if self.label_columns and self.labels:
            # Both given is ambiguous: say which one wins instead of guessing.
            object.__setattr__(self, "labels", None)
        if not self.label_columns and not self.labels:
            raise ValueError("expected a labels list column (--labels-column) or --label-columns; found neither")
        for item in self.label_columns:
            col, _, sig = item.partition("=")
            sig = sig or col
            if not col or sig not in SIGNAL_NAMES:
                raise ValueError(
                    f"--label-columns entry {item!r}: expected COLUMN or COLUMN=SIGNAL with SIGNAL one of "
                    f"{', '.join(SIGNAL_NAMES)}"
                )

    def label_column_map(self) -> dict[str, str]:
        """``{column: signal}`` for ``label_columns``."""
        out = {}
        for item in self.label_columns:
            col, _, sig = item.partition("=")
            out[col] = sig or col
        return out


@dataclass(frozen=True)
class TrainConfig:
    """Everything that decides what a training run produces. Times are seconds, rates per optimizer step."""

    preset: str = "quick"
    name: str = "adrisk-default"
    version: str = "0.1.0"
    base_model: str = DEFAULT_BASE_MODEL
    corpus_version: str = "unknown"
    seed: int = 13
    labels: tuple[str, ...] = SIGNAL_NAMES
    ad_types: tuple[str, ...] = AD_TYPES
    # Windows: ads longer than max_length tokens are cut into overlapping windows, never truncated.
    max_length: int = 128
    stride: int = 32
    # Optimisation.
    batch_size: int = 16
    eval_batch_size: int = 32
    learning_rate: float = 1e-4
    head_learning_rate: float = 1e-3
    weight_decay: float = 0.01
    warmup_ratio: float = 0.06
    epochs: float = 1.0
    max_steps: int | None = None
    grad_clip: float = 1.0
    dropout: float = 0.1
    # The 250k-row word embedding is 80% of the parameters; freezing it halves step time and keeps the
    # multilingual vocabulary intact for languages seen rarely in training.
    freeze_word_embeddings: bool = True
    # Bottom encoder layers kept frozen: backward stops above them (cheaper steps on 2 cores).
    freeze_layers: int = 0
    # Keep only the bottom N encoder layers (None = all): each layer dropped saves 1/12 of every forward and
    # backward pass, in training and in serving; phrase-level evidence lives mostly in the lower layers.
    encoder_layers: int | None = None
    # Share of training batches cut down to ``crop_length`` tokens around evidence (training.data.crop_windows):
    # more ads per second when training is bound by tokens per second. 0 = never.
    crop_fraction: float = 0.0
    crop_length: int = 64
    # The other batches are cut to this many tokens around evidence (None = whole windows). They are there to
    # teach the pooled heads context; a shorter context makes them cheaper, and they cost a third of the time
    # of the quick preset with whole 256-token windows.
    context_length: int | None = None
    signal_loss_weight: float = 1.0
    ad_type_loss_weight: float = 0.3
    token_loss_weight: float = 1.0
    # Evidence tokens are ~1% of tokens and each signal is in 5-20% of ads: up-weighting positives speeds up
    # learning them in a short CPU run; calibration on validation undoes the resulting over-confidence.
    signal_pos_weight: float = 1.0
    token_pos_weight: float = 1.0
    # bfloat16 autocast for training steps (weights stay fp32, so export is unaffected); None = when the CPU
    # has native bf16. Off by default: on the 2-core build machine it measured no faster (1.40 vs 1.51 s/step).
    bf16: bool | None = False
    # Subsampling (None = all), evaluation and early stopping on validation macro-F1.
    max_train_examples: int | None = None
    max_validation_examples: int | None = None
    eval_every_steps: int = 100
    early_stopping_patience: int = 3
    # Guard for the 15-minute build: training stops (with a warning in the log) once this many seconds pass.
    time_budget_s: float | None = None
    num_threads: int | None = None
    columns: ColumnMap = field(default_factory=ColumnMap)

    def __post_init__(self) -> None:
        if self.preset not in PRESETS and self.preset != "custom":
            raise ValueError(f"preset {self.preset!r}: expected one of {', '.join(PRESETS)} or 'custom'")
        unknown = [x for x in self.labels if x not in SIGNAL_NAMES]
        if unknown or not self.labels or len(set(self.labels)) != len(self.labels):
            raise ValueError(
                f"labels {list(self.labels)}: expected distinct names among {', '.join(SIGNAL_NAMES)}"
            )
        if not self.ad_types or len(set(self.ad_types)) != len(self.ad_types):
            raise ValueError(f"ad_types {list(self.ad_types)}: expected distinct names")
        if not 8 <= self.max_length <= 512:
            raise ValueError(f"max_length {self.max_length}: expected 8..512 tokens")
        if not 0 <= self.stride < self.max_length // 2:
            raise ValueError(f"stride {self.stride}: expected 0 <= stride < max_length/2 ({self.max_length // 2})")
        for name in ("batch_size", "eval_batch_size", "eval_every_steps", "early_stopping_patience"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} {getattr(self, name)}: expected >= 1")
        for name in ("learning_rate", "head_learning_rate", "epochs", "grad_clip"):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name} {getattr(self, name)}: expected > 0")
        if not 0 <= self.warmup_ratio < 1 or not 0 <= self.dropout < 1:
            raise ValueError(f"warmup_ratio {self.warmup_ratio} / dropout {self.dropout}: expected in [0, 1)")
        # A crop_length >= max_length is allowed and simply never crops (windows are never longer).
        if not 0 <= self.crop_fraction <= 1 or self.crop_length < 8:
            raise ValueError(f"crop_fraction {self.crop_fraction} / crop_length {self.crop_length}: expected a "
                             f"fraction in [0, 1] and at least 8 tokens")
        if self.context_length is not None and self.context_length < 8:
            raise ValueError(f"context_length {self.context_length}: expected at least 8 tokens or None")
        if self.freeze_layers < 0:
            raise ValueError(f"freeze_layers {self.freeze_layers}: expected >= 0")
        if self.encoder_layers is not None and self.freeze_layers >= self.encoder_layers:
            raise ValueError(
                f"freeze_layers {self.freeze_layers}: expected fewer than encoder_layers {self.encoder_layers}"
            )
        for name in ("max_steps", "max_train_examples", "max_validation_examples", "num_threads", "encoder_layers"):
            v = getattr(self, name)
            if v is not None and v < 1:
                raise ValueError(f"{name} {v}: expected >= 1 or None")
        if self.time_budget_s is not None and self.time_budget_s <= 0:
            raise ValueError(f"time_budget_s {self.time_budget_s}: expected > 0 or None")
        if min(self.signal_loss_weight, self.ad_type_loss_weight, self.token_loss_weight) < 0:
            raise ValueError("loss weights: expected >= 0")
        if min(self.signal_pos_weight, self.token_pos_weight) <= 0:
            raise ValueError("positive-class weights: expected > 0")
        if not self.base_model:
            raise ValueError("base_model: expected a local folder or a hub id")

    def to_dict(self) -> dict:
        d = asdict(self)
        d["labels"] = list(self.labels)
        d["ad_types"] = list(self.ad_types)
        d["columns"]["label_columns"] = list(self.columns.label_columns)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> TrainConfig:
        """Inverse of ``to_dict``; unknown keys are an error so a typo never passes silently."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(d) - known)
        if unknown:
            raise ValueError(f"unknown config key(s) {', '.join(unknown)}; expected any of: {', '.join(sorted(known))}")
        d = dict(d)
        if "columns" in d and isinstance(d["columns"], dict):
            cols = dict(d["columns"])
            ckeys = {f.name for f in fields(ColumnMap)}
            bad = sorted(set(cols) - ckeys)
            if bad:
                raise ValueError(f"unknown columns key(s) {', '.join(bad)}; expected any of: {', '.join(sorted(ckeys))}")
            cols["label_columns"] = tuple(cols.get("label_columns") or ())
            d["columns"] = ColumnMap(**cols)
        for key in ("labels", "ad_types"):
            if key in d:
                d[key] = tuple(d[key])
        return cls(**d)

    def replace(self, **changes) -> TrainConfig:
        return replace(self, **changes)


def preset(name: str, /, **overrides) -> TrainConfig:
    """A preset with overrides applied (and checked).

    ``quick`` is sized for the default build on 2 CPU cores: the bottom 6 of the 12 encoder layers with the
    bottom 4 frozen (with the word embeddings). Backward stops above the frozen layers, so a step costs about
    what 4 layers with 1 frozen cost, and in the 15-minute build the deeper encoder transferred better to
    unseen phrasings: macro-F1 on unseen layouts and phrasings 0.832 vs 0.800, challenge set 0.764 vs 0.738,
    test 0.906 vs 0.911 (measured; 8 layers with 5 or 6 frozen measured 0.806 / 0.801 on unseen phrasings,
    with fewer steps in the budget). Batches of 8 rather than 16: at equal wall time (300 s, measured) twice
    the updates gave higher macro-F1 on validation (0.675 vs 0.665) and on held-out phrasings (0.603 vs
    0.583); the learning-rate schedule ends with the time budget (``training.train.lr_factor``).
    90% of batches are cut to 32 tokens around evidence (``training.data.crop_windows``): at equal wall time
    (300 s) that gave 2,196 steps instead of 841 and macro-F1 0.818 vs 0.631 on validation, 0.766 vs 0.587
    on held-out phrasings (crops of 24, 48 and 96 tokens, and 80% or 100% of batches, measured lower). The
    other 10% are cut to 128 tokens of context: 7,074 steps instead of 6,644 in the budget, unseen phrasings
    0.828 vs 0.832 (noise: identical configs differ by ~0.02), challenge set 0.779 vs 0.764.
    ``epochs`` and ``max_steps`` sit above what the budget allows (OpenMP threads spin briefly, training/omp.py:
    ~0.11 s per step, so ~6,800 steps in 740 s), so the budget, not an epoch count, ends the run and the
    schedule. The 740 s leave the rest of the build (~100 s for export, calibration and evaluation of the
    6-layer model) inside 15 minutes.
    ``full`` keeps all layers and trains for epochs: for a GPU or a patient CPU.
    """
    if name == "quick":
        base = TrainConfig(
            preset="quick",
            max_length=256,
            stride=64,
            batch_size=8,
            learning_rate=2e-4,
            head_learning_rate=2e-3,
            warmup_ratio=0.02,
            epochs=6.0,
            max_steps=8000,
            encoder_layers=6,
            freeze_layers=4,
            crop_fraction=0.9,
            crop_length=32,
            context_length=128,
            signal_pos_weight=3.0,
            token_pos_weight=10.0,
            max_validation_examples=300,
            eval_every_steps=1000,
            early_stopping_patience=3,
            time_budget_s=740.0,
        )
    elif name == "full":
        base = TrainConfig(
            preset="full",
            max_length=256,
            stride=64,
            batch_size=16,
            learning_rate=5e-5,
            head_learning_rate=1e-3,
            epochs=4.0,
            freeze_layers=0,
            eval_every_steps=500,
            early_stopping_patience=3,
        )
    else:
        raise ValueError(f"unknown preset {name!r}; expected one of: {', '.join(PRESETS)}")
    return base.replace(**overrides) if overrides else base
