"""Fine-tuning, as numbered steps: seed, tokenizer and model, windows, optimiser, loop with early stopping, save.

Deterministic for a given config and data (seeded shuffling, dropout and initialisation, single-threaded
reductions are not required: torch CPU kernels are deterministic for these ops). The one exception is the
optional ``time_budget_s`` guard, which stops early on a machine slower than planned and says so in the log.
"""

from __future__ import annotations

import json
import logging
import math
import random
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from training.omp import configure_openmp

# Before the first torch import: how OpenMP threads wait decides step time on 2 cores (training/omp.py).
configure_openmp()

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

from training.config import TrainConfig  # noqa: E402
from training.data import Example, Windows, batches, collate, crop_windows, make_windows, subsample  # noqa: E402
from training.model import AdRiskModel, load_encoder, load_tokenizer  # noqa: E402

log = logging.getLogger(__name__)
CONFIG_FILE = "config.json"
LOG_FILE = "train_log.json"


@dataclass
class TrainResult:
    checkpoint: Path
    steps: int
    best_step: int
    best_val_macro_f1: float
    seconds: float
    stopped_because: str
    history: list[dict] = field(default_factory=list)


def resolve_base(spec: str) -> str:
    """A local folder or hub id for ``spec``; the default name builds the offline encoder on first use."""
    from training.base_model import resolve_base_model

    return resolve_base_model(spec)


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def _tensors(batch: dict) -> dict[str, torch.Tensor]:
    return {k: torch.from_numpy(v) for k, v in batch.items()}


def use_bf16(cfg: TrainConfig) -> bool:
    if cfg.bf16 is not None:
        return cfg.bf16
    check = getattr(torch.cpu, "_is_avx512_bf16_supported", None)
    amx = getattr(torch.cpu, "_is_amx_tile_supported", None)
    return bool((check and check()) or (amx and amx()))


def compute_loss(model: AdRiskModel, b: dict[str, torch.Tensor], cfg: TrainConfig, bf16: bool = False) -> torch.Tensor:
    """Masked multi-task loss: signals (BCE), ad type (CE, unknown = -100), token evidence (BCE)."""
    with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
        sig, ad, tok = model(b["input_ids"], b["attention_mask"])
    sig, ad, tok = sig.float(), ad.float(), tok.float()
    sig_pw, tok_pw = torch.tensor(cfg.signal_pos_weight), torch.tensor(cfg.token_pos_weight)
    sig_loss = F.binary_cross_entropy_with_logits(sig, b["signal_targets"], reduction="none", pos_weight=sig_pw)
    sig_loss = sig_loss * b["signal_mask"]
    sig_loss = sig_loss.sum() / b["signal_mask"].sum().clamp(min=1.0)
    loss = cfg.signal_loss_weight * sig_loss
    if (b["ad_type"] >= 0).any():
        loss = loss + cfg.ad_type_loss_weight * F.cross_entropy(ad, b["ad_type"], ignore_index=-100)
    tmask = b["token_valid"].unsqueeze(-1) * b["token_label_mask"].unsqueeze(1)
    if tmask.sum() > 0:
        tl = F.binary_cross_entropy_with_logits(tok, b["token_targets"], reduction="none", pos_weight=tok_pw) * tmask
        loss = loss + cfg.token_loss_weight * tl.sum() / tmask.sum()
    return loss


@torch.no_grad()
def predict_windows(model: AdRiskModel, win: Windows, pad_id: int, batch_size: int, bf16: bool = False) -> np.ndarray:
    """Signal logits per window ``[W, K]``."""
    model.eval()
    out = np.zeros(win.signal_targets.shape, np.float32)
    for idx in batches(len(win), [len(x) for x in win.input_ids], batch_size, seed=None):
        b = collate(win, idx, pad_id)
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            sig, _, _ = model(torch.from_numpy(b["input_ids"]), torch.from_numpy(b["attention_mask"]))
        out[idx] = sig.float().numpy()
    return out


def lr_factor(step: int, total: int, warmup: int, time_fraction: float = 0.0) -> float:
    """Linear warm-up, then linear decay to zero at the end of the run.

    The end is whichever comes first: ``total`` steps or the time budget (``time_fraction`` of it used). On a
    slower machine the budget ends the run, and a step-only schedule would cut it off at a high learning rate;
    decaying by time as well lands every run at a low rate.
    """
    warm = (step + 1) / warmup
    progress = max(step / total, time_fraction)
    start = warmup / total
    if progress >= 1.0:
        return 0.0
    return min(warm, (1.0 - progress) / max(1e-9, 1.0 - start))


def doc_macro_f1(win: Windows, window_logits: np.ndarray, examples: list[Example], labels) -> float:
    """Validation macro-F1 over ads (window max) at each label's best threshold, on annotated labels.

    The best threshold, not 0.5: thresholds are tuned on validation after calibration anyway, and positive-class
    weights shift raw scores, so F1 at 0.5 would pick checkpoints by their calibration instead of their ranking.
    """
    n = len(examples)
    doc = np.full((n, len(labels)), -np.inf, np.float32)
    np.maximum.at(doc, win.example, window_logits)
    f1s = []
    for j, lab in enumerate(labels):
        rows = [i for i, ex in enumerate(examples) if lab in ex.annotated]
        y = np.array([lab in examples[i].labels for i in rows], bool)
        if not y.any():
            continue
        scores = doc[rows, j]
        best = 0.0
        for t in np.unique(np.quantile(scores, np.linspace(0.0, 1.0, 41))):
            p = scores >= t
            tp, fp, fn = (p & y).sum(), (p & ~y).sum(), (~p & y).sum()
            best = max(best, 2 * tp / (2 * tp + fp + fn))
        f1s.append(best)
    return float(np.mean(f1s)) if f1s else 0.0


def train(
    cfg: TrainConfig, train_examples: list[Example], val_examples: list[Example], out_dir: str | Path,
    *, progress: bool = True,
) -> TrainResult:
    """Fine-tune ``cfg.base_model`` and write a checkpoint folder (weights, config, tokenizer, log) to ``out_dir``."""
    from tqdm.auto import tqdm

    t0 = time.monotonic()
    out_dir = Path(out_dir)
    # 1. Seed and threads.
    seed_everything(cfg.seed)
    if cfg.num_threads:
        torch.set_num_threads(cfg.num_threads)
    # 2. Tokenizer and model.
    base = resolve_base(cfg.base_model)
    tokenizer = load_tokenizer(base)
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    model = AdRiskModel(load_encoder(base), len(cfg.labels), len(cfg.ad_types), cfg.dropout)
    model.truncate(cfg.encoder_layers)
    model.freeze(word_embeddings=cfg.freeze_word_embeddings, layers=cfg.freeze_layers)
    # 3. Windows.
    train_ex = subsample(train_examples, cfg.max_train_examples, cfg.seed)
    val_ex = subsample(val_examples, cfg.max_validation_examples, cfg.seed)
    wkw = {"max_length": cfg.max_length, "stride": cfg.stride, "labels": cfg.labels, "ad_types": cfg.ad_types}
    train_win, val_win = make_windows(train_ex, tokenizer, **wkw), make_windows(val_ex, tokenizer, **wkw)
    lengths = [len(x) for x in train_win.input_ids]
    steps_per_epoch = math.ceil(len(train_win) / cfg.batch_size)
    total = math.ceil(steps_per_epoch * cfg.epochs)
    if cfg.max_steps:
        total = min(total, cfg.max_steps)
    bf16 = use_bf16(cfg)
    log.info("training on %d ads (%d windows), validating on %d ads; %d steps%s", len(train_ex), len(train_win),
             len(val_ex), total, " (bf16 autocast)" if bf16 else "")
    # 4. Optimiser: the fresh heads learn faster than the pretrained encoder.
    head_params = [p for n, p in model.named_parameters() if not n.startswith("encoder.") and p.requires_grad]
    enc_params = [p for n, p in model.named_parameters() if n.startswith("encoder.") and p.requires_grad]
    opt = torch.optim.AdamW(
        [{"params": enc_params, "lr": cfg.learning_rate}, {"params": head_params, "lr": cfg.head_learning_rate}],
        weight_decay=cfg.weight_decay,
        # One fused kernel instead of a Python loop over ~50 tensors: 4.6 vs 8.5 ms of a ~110 ms step (measured).
        fused=True,
    )
    warmup = max(1, int(cfg.warmup_ratio * total))

    def time_fraction() -> float:
        return 0.0 if cfg.time_budget_s is None else (time.monotonic() - t0) / cfg.time_budget_s

    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: lr_factor(s, total, warmup, time_fraction()))
    # 5. Loop with periodic validation and early stopping on validation macro-F1.
    history: list[dict] = []
    best_f1, best_step, best_state, bad_evals = -1.0, 0, None, 0
    stopped = "completed"
    step, epoch = 0, 0
    bar = tqdm(total=total, desc="train", unit="step", disable=not progress, dynamic_ncols=True)
    running = None
    crop_rng = np.random.default_rng(cfg.seed + 7)
    while step < total and stopped == "completed":
        for idx in batches(len(train_win), lengths, cfg.batch_size, seed=cfg.seed + epoch):
            model.train()
            evidence_crop = bool(cfg.crop_fraction) and crop_rng.random() < cfg.crop_fraction
            cut = cfg.crop_length if evidence_crop else cfg.context_length
            if cut:
                batch = collate(crop_windows(train_win, idx, cut, crop_rng), np.arange(len(idx)), pad_id)
            else:
                batch = collate(train_win, idx, pad_id)
            loss = compute_loss(model, _tensors(batch), cfg, bf16)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_([p for g in opt.param_groups for p in g["params"]], cfg.grad_clip)
            opt.step()
            sched.step()
            step += 1
            running = loss.item() if running is None else 0.9 * running + 0.1 * loss.item()
            bar.update(1)
            bar.set_postfix(loss=f"{running:.4f}")
            over_budget = time_fraction() > 1.0
            if step % cfg.eval_every_steps == 0 or step == total or over_budget:
                f1 = doc_macro_f1(val_win, predict_windows(model, val_win, pad_id, cfg.eval_batch_size, bf16), val_ex,
                                  cfg.labels)
                history.append({"step": step, "loss": round(running, 5), "val_macro_f1": round(f1, 5),
                                "seconds": round(time.monotonic() - t0, 1)})
                bar.write(f"step {step}: loss {running:.4f}, validation macro-F1 (tuned thresholds) {f1:.4f}")
                if f1 > best_f1:
                    best_f1, best_step, bad_evals = f1, step, 0
                    # Frozen weights never change: keeping only the trained ones saves ~400 MB per copy.
                    frozen = {n for n, p in model.named_parameters() if not p.requires_grad}
                    best_state = {k: v.detach().clone() for k, v in model.state_dict().items() if k not in frozen}
                else:
                    bad_evals += 1
                if bad_evals >= cfg.early_stopping_patience:
                    stopped = f"early stopping: no validation gain in {bad_evals} evaluations"
                elif over_budget:
                    stopped = f"time budget of {cfg.time_budget_s:.0f} s reached"
                    log.warning("training stopped at step %d of %d: %s", step, total, stopped)
            if step >= total or stopped != "completed":
                break
        epoch += 1
    bar.close()
    if best_state is not None:
        model.load_state_dict(best_state, strict=False)
    # 6. Save: weights, the resolved config, the tokenizer and the log, into a fresh folder.
    tmp = out_dir.with_name(out_dir.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    model.save(tmp)
    tokenizer.save_pretrained(str(tmp))
    (tmp / CONFIG_FILE).write_text(json.dumps(cfg.to_dict(), indent=2, ensure_ascii=False), encoding="utf-8")
    result = TrainResult(out_dir, step, best_step, best_f1, time.monotonic() - t0, stopped, history)
    (tmp / LOG_FILE).write_text(json.dumps({
        "steps": step, "best_step": best_step, "best_val_macro_f1": best_f1, "seconds": round(result.seconds, 1),
        "stopped_because": stopped, "bf16": bf16, "train_ads": len(train_ex), "train_windows": len(train_win),
        "validation_ads": len(val_ex), "history": history}, indent=2), encoding="utf-8")
    shutil.rmtree(out_dir, ignore_errors=True)
    tmp.rename(out_dir)
    return result
