"""The network: one shared encoder, three heads (signals, ad type, token evidence). Saved with safetensors.

Forward returns logits only, in the artifact's output order (models/README.md): ``signal_logits [B, K]``,
``ad_type_logits [B, T]``, ``token_logits [B, S, K]``. A signal logit is the strongest token-evidence logit of
that signal plus a pooled-context correction; the pooled features are mean- and max-pooled token states (mean
pooling is what the e5 encoder was trained for, max pooling keeps a short phrase visible in a long ad).
"""

from __future__ import annotations

import json
from pathlib import Path

import torch
from torch import nn

WEIGHTS = "model.safetensors"
ENCODER_CONFIG = "encoder_config.json"
HEADS_CONFIG = "heads.json"


class AdRiskModel(nn.Module):
    def __init__(self, encoder: nn.Module, n_signals: int, n_ad_types: int, dropout: float = 0.1):
        super().__init__()
        self.encoder = encoder
        hidden = encoder.config.hidden_size
        self.dropout = nn.Dropout(dropout)
        self.signal_head = nn.Linear(2 * hidden, n_signals)
        self.ad_type_head = nn.Linear(2 * hidden, n_ad_types)
        self.token_head = nn.Linear(hidden, n_signals)
        nn.init.zeros_(self.signal_head.weight)
        nn.init.zeros_(self.signal_head.bias)
        self.n_signals, self.n_ad_types, self.dropout_p = n_signals, n_ad_types, dropout

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor):
        states = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(states.dtype)
        mean = (states * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        # Padding must never win the max: push it far below any real activation.
        peak = (states + (mask - 1.0) * 1e4).amax(1)
        pooled = self.dropout(torch.cat([mean, peak], dim=-1))
        token_logits = self.token_head(self.dropout(states))
        # An ad shows a signal when some token is evidence of it: the strongest token logit carries the
        # document decision, so the dense span supervision teaches the signal head too; the pooled head
        # (zero at start) adds context the evidence alone misses, such as a negation elsewhere in the ad.
        evidence = (token_logits + (mask - 1.0) * 1e4).amax(1)
        return (
            evidence + self.signal_head(pooled),
            self.ad_type_head(pooled),
            token_logits,
        )

    def freeze(self, *, word_embeddings: bool, layers: int) -> None:
        """Freeze the word embedding and/or the bottom ``layers`` encoder layers (with all embeddings)."""
        emb = self.encoder.get_input_embeddings()
        if word_embeddings:
            emb.weight.requires_grad_(False)
        if layers > 0:
            for p in self.encoder.embeddings.parameters():
                p.requires_grad_(False)
            blocks = self.encoder.encoder.layer
            if layers > len(blocks):
                raise ValueError(f"freeze_layers {layers}: the encoder has only {len(blocks)} layers")
            for block in blocks[:layers]:
                for p in block.parameters():
                    p.requires_grad_(False)

    def truncate(self, layers: int | None) -> None:
        """Keep the bottom ``layers`` encoder layers; the saved encoder config says so, so load() matches."""
        if layers is None:
            return
        blocks = self.encoder.encoder.layer
        if not 1 <= layers <= len(blocks):
            raise ValueError(f"encoder_layers {layers}: expected 1..{len(blocks)} for this encoder")
        self.encoder.encoder.layer = blocks[:layers]
        self.encoder.config.num_hidden_layers = layers

    def save(self, out_dir: str | Path) -> None:
        from safetensors.torch import save_model

        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        save_model(self, str(out_dir / WEIGHTS))
        (out_dir / ENCODER_CONFIG).write_text(self.encoder.config.to_json_string(), encoding="utf-8")
        heads = {"n_signals": self.n_signals, "n_ad_types": self.n_ad_types, "dropout": self.dropout_p}
        (out_dir / HEADS_CONFIG).write_text(json.dumps(heads, indent=2), encoding="utf-8")

    @classmethod
    def load(cls, ckpt_dir: str | Path, *, attn_implementation: str | None = None) -> AdRiskModel:
        from safetensors.torch import load_model
        from transformers import AutoConfig, AutoModel

        ckpt_dir = Path(ckpt_dir)
        for name in (WEIGHTS, ENCODER_CONFIG, HEADS_CONFIG):
            if not (ckpt_dir / name).is_file():
                raise FileNotFoundError(f"{ckpt_dir}: not a checkpoint, missing {name}")
        enc_cfg = json.loads((ckpt_dir / ENCODER_CONFIG).read_text(encoding="utf-8"))
        config = AutoConfig.for_model(**enc_cfg)
        kwargs = {"attn_implementation": attn_implementation} if attn_implementation else {}
        encoder = AutoModel.from_config(config, add_pooling_layer=False, **kwargs)
        heads = json.loads((ckpt_dir / HEADS_CONFIG).read_text(encoding="utf-8"))
        model = cls(encoder, heads["n_signals"], heads["n_ad_types"], heads["dropout"])
        load_model(model, str(ckpt_dir / WEIGHTS))
        return model.eval()


def load_encoder(base_model: str, *, attn_implementation: str | None = None) -> nn.Module:
    """The pretrained encoder from a local folder or a hub id, without a pooler (it is not used)."""
    from transformers import AutoModel

    kwargs = {"attn_implementation": attn_implementation} if attn_implementation else {}
    try:
        return AutoModel.from_pretrained(base_model, add_pooling_layer=False, **kwargs)
    except TypeError:  # encoders without a pooler option
        return AutoModel.from_pretrained(base_model, **kwargs)
    except OSError as exc:
        raise FileNotFoundError(
            f"base model {base_model!r}: expected a local model folder (e.g. from `adrisk base-model`) or a "
            f"reachable hub id; {exc}"
        ) from None


def load_tokenizer(base_model: str):
    from transformers import AutoTokenizer

    try:
        return AutoTokenizer.from_pretrained(base_model)
    except OSError as exc:
        raise FileNotFoundError(f"tokenizer of base model {base_model!r} not found: {exc}") from None
