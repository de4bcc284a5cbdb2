"""The one scorer: the HTTP service, batch scoring and evaluation all run an artifact through this class.

Tokenize with ``tokenizers`` (character offsets), cut long texts into overlapping windows of ``max_length``
tokens (never truncate), run onnxruntime over length-sorted batches, aggregate windows, calibrate, apply the
profile's thresholds, decode token evidence into character spans and compute the overall risk.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

from serving.artifact import Artifact, ArtifactError, read_artifact
from serving.risk import default_risk_params, risk, validate_risk_params
from serving.spans import decode_spans

log = logging.getLogger("adrisk.scorer")

INPUTS = ("input_ids", "attention_mask")
OUTPUTS = ("signal_logits", "ad_type_logits", "token_logits")


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -60.0, 60.0)))


def softmax(x: np.ndarray) -> np.ndarray:
    z = np.exp(x - x.max(axis=-1, keepdims=True))
    return z / z.sum(axis=-1, keepdims=True)


@dataclass(frozen=True)
class Tokens:
    """A text's content tokens (no special tokens) with code-point offsets into the text."""

    ids: list[int]
    offsets: list[tuple[int, int]]


@dataclass
class Run:
    """Window-level model outputs aggregated back to one row per text."""

    signal_logits: np.ndarray  # (N, K), max over windows
    ad_type_logits: np.ndarray  # (N, T), mean over windows
    token_logits: list[np.ndarray] | None  # per text (n_tokens, K), from the window where each token is most central
    windows: list[int]


def check_texts(texts) -> list[str]:
    if isinstance(texts, str):
        raise TypeError("texts must be a list of strings, found a single str (wrap it in a list)")
    texts = list(texts)
    for i, t in enumerate(texts):
        if not isinstance(t, str):
            raise TypeError(f"texts[{i}] must be str, found {type(t).__name__}")
        try:
            t.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError(f"texts[{i}] contains an unpaired surrogate; send valid UTF-8 text") from None
    return texts


class Scorer:
    """Scores ads with one exported artifact. Arrays are in the artifact's label order (``labels``)."""

    def __init__(self, artifact: Artifact, session: ort.InferenceSession, tokenizer: Tokenizer):
        self.artifact = artifact
        self.session = session
        self.tokenizer = tokenizer
        self.path: Path = artifact.path
        self.labels: tuple[str, ...] = artifact.signal_names
        self.ad_types: tuple[str, ...] = artifact.ad_types
        self.taxonomy: dict = artifact.labels
        self.config: dict = artifact.config
        self.manifest: dict = artifact.manifest
        self.thresholds: dict = artifact.thresholds
        self.calibration: dict = artifact.calibration
        self.name: str = str(artifact.manifest.get("name") or artifact.config.get("name", artifact.path.name))
        self.version: str = str(artifact.manifest.get("version") or artifact.config.get("version", "0"))
        self.sha256: str = artifact.sha256
        self.max_length: int = int(artifact.config["max_length"])
        self.stride: int = int(artifact.config["stride"])
        self.default_profile: str = artifact.thresholds.get("default_profile", "balanced")
        self.span_threshold: float = float(artifact.thresholds.get("span_threshold", 0.5))
        self.risk_params: dict = artifact.thresholds.get("risk") or default_risk_params()
        validate_risk_params(self.risk_params, self.labels)
        self._prefix, self._suffix = self._special_frame()
        self.window_tokens = self.max_length - len(self._prefix) - len(self._suffix)
        if self.window_tokens <= self.stride:
            raise ArtifactError(f"artifact {self.path}: max_length {self.max_length} leaves no room past stride")
        self.pad_id = self._pad_id()
        self.mask_id = self._token_id(("<mask>", "[MASK]", "<unk>", "[UNK]"), self.pad_id)
        self._temperature, self._bias, self._isotonic = self._calibration_arrays()

    # -- loading -------------------------------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path, *, intra_op_threads: int | None = None, verify: bool = True) -> Scorer:
        """Load an artifact folder. With ``verify`` (default) files must match manifest.json sha256."""
        art = read_artifact(path, verify=verify)
        opts = ort.SessionOptions()
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        opts.inter_op_num_threads = 1
        if intra_op_threads:
            opts.intra_op_num_threads = int(intra_op_threads)
        try:
            session = ort.InferenceSession(str(art.path / "model.onnx"), opts, providers=["CPUExecutionProvider"])
            tokenizer = Tokenizer.from_file(str(art.path / "tokenizer.json"))
        except Exception as exc:  # onnxruntime and tokenizers raise their own types; one line for the user
            raise ArtifactError(f"artifact {art.path}: cannot load model or tokenizer: {exc}".splitlines()[0]) from exc
        tokenizer.no_truncation()  # windows replace truncation: nothing is ever cut silently
        tokenizer.no_padding()
        names_in = tuple(i.name for i in session.get_inputs())
        names_out = tuple(o.name for o in session.get_outputs())
        if set(names_in) != set(INPUTS) or not set(OUTPUTS) <= set(names_out):
            raise ArtifactError(
                f"artifact {art.path}: model.onnx has inputs {names_in} and outputs {names_out}; expected "
                f"inputs {INPUTS} and outputs {OUTPUTS}"
            )
        for out, n in (("signal_logits", len(art.signal_names)), ("ad_type_logits", len(art.ad_types))):
            dim = next(o.shape for o in session.get_outputs() if o.name == out)[-1]
            if isinstance(dim, int) and dim != n:
                raise ArtifactError(f"artifact {art.path}: {out} has {dim} columns but labels.json lists {n}")
        return cls(art, session, tokenizer)

    def _special_frame(self) -> tuple[list[int], list[int]]:
        """Special token ids the tokenizer puts before and after content (e.g. <s> ... </s>)."""
        enc = self.tokenizer.encode("a b", add_special_tokens=True)
        content = [i for i, m in enumerate(enc.special_tokens_mask) if not m]
        if not content:
            return list(enc.ids), []
        return list(enc.ids[: content[0]]), list(enc.ids[content[-1] + 1 :])

    def _token_id(self, candidates: tuple[str, ...], fallback: int) -> int:
        for tok in candidates:
            tid = self.tokenizer.token_to_id(tok)
            if tid is not None:
                return tid
        return fallback

    def _pad_id(self) -> int:
        if isinstance(self.config.get("pad_token_id"), int):
            return self.config["pad_token_id"]
        return self._token_id(("<pad>", "[PAD]"), 0)

    def _calibration_arrays(self):
        k = len(self.labels)
        temp, bias, iso = np.ones(k), np.zeros(k), [None] * k
        method = self.calibration.get("method", "none")
        for j, name in enumerate(self.labels):
            entry = self.calibration.get("signals", {}).get(name) or {}
            if method == "temperature" and entry:
                temp[j], bias[j] = float(entry.get("temperature", 1.0)), float(entry.get("bias", 0.0))
                if temp[j] <= 0:
                    raise ArtifactError(f"artifact {self.path}: calibration temperature of {name} must be > 0")
            elif method == "isotonic" and entry:
                x, y = np.asarray(entry["x"], float), np.asarray(entry["y"], float)
                if x.shape != y.shape or x.size < 2 or np.any(np.diff(x) < 0):
                    raise ArtifactError(f"artifact {self.path}: isotonic calibration of {name} needs sorted x, y")
                iso[j] = (x, y)
        return temp, bias, iso

    # -- tokens and windows --------------------------------------------------------------------------------
    def tokenize(self, texts: list[str]) -> list[Tokens]:
        encs = self.tokenizer.encode_batch(texts, add_special_tokens=False)
        return [Tokens(list(e.ids), [tuple(o) for o in e.offsets]) for e in encs]

    def window_starts(self, n_tokens: int) -> list[int]:
        """Content-token start of each window; consecutive windows overlap by at least ``stride`` tokens."""
        size = self.window_tokens
        if n_tokens <= size:
            return [0]
        step = size - self.stride
        starts = list(range(0, n_tokens - size, step))
        starts.append(n_tokens - size)  # the last window ends on the last token instead of a short tail
        return starts

    def window_ids(self, ids: list[int], start: int) -> list[int]:
        return self._prefix + ids[start : start + self.window_tokens] + self._suffix

    def run(self, rows: list[list[int]], *, batch_size: int = 32, tokens: bool = False):
        """Model outputs for token-id rows (special tokens included): signal (W,K), ad type (W,T), token list.

        Rows are sorted by length and padded per batch, so short ads never pay for a long one's padding.
        """
        k, t = len(self.labels), len(self.ad_types)
        sig, typ = np.zeros((len(rows), k), np.float32), np.zeros((len(rows), t), np.float32)
        tok: list[np.ndarray | None] = [None] * len(rows)
        order = sorted(range(len(rows)), key=lambda i: len(rows[i]))
        names = list(OUTPUTS if tokens else OUTPUTS[:2])
        for b in range(0, len(order), max(1, batch_size)):
            idx = order[b : b + batch_size]
            width = max(len(rows[i]) for i in idx)
            ids = np.full((len(idx), width), self.pad_id, np.int64)
            mask = np.zeros((len(idx), width), np.int64)
            for r, i in enumerate(idx):
                ids[r, : len(rows[i])] = rows[i]
                mask[r, : len(rows[i])] = 1
            out = self.session.run(names, {"input_ids": ids, "attention_mask": mask})
            sig[idx], typ[idx] = out[0], out[1]
            if tokens:
                for r, i in enumerate(idx):
                    tok[i] = out[2][r, : len(rows[i])]
        return sig, typ, tok

    def forward(self, toks: list[Tokens], *, batch_size: int = 32, tokens: bool = False) -> Run:
        """Raw model outputs for tokenized texts, aggregated over windows: ``signal_logits`` (N, K) as the max
        over windows, ``ad_type_logits`` (N, T) as the mean, and with ``tokens=True`` per-token logits taken
        from the window where each token is most central. Calibration fits on these in one pass."""
        rows, owner, starts = [], [], []
        for n, tk in enumerate(toks):
            for s in self.window_starts(len(tk.ids)):
                rows.append(self.window_ids(tk.ids, s))
                owner.append(n)
                starts.append(s)
        sig_w, typ_w, tok_w = self.run(rows, batch_size=batch_size, tokens=tokens)
        owner_a = np.asarray(owner)
        k = len(self.labels)
        sig = np.full((len(toks), k), -np.inf, np.float32)
        np.maximum.at(sig, owner_a, sig_w)
        typ = np.zeros((len(toks), len(self.ad_types)), np.float32)
        np.add.at(typ, owner_a, typ_w)
        counts = np.bincount(owner_a, minlength=len(toks))
        typ /= counts[:, None]
        token_logits = None
        if tokens:
            token_logits = [np.zeros((len(tk.ids), k), np.float32) for tk in toks]
            best = [np.full(len(tk.ids), -1) for tk in toks]
            p = len(self._prefix)
            for w, (n, s) in enumerate(zip(owner, starts)):
                m = min(self.window_tokens, len(toks[n].ids) - s)
                if m <= 0:
                    continue
                pos = np.arange(m)
                central = np.minimum(pos, m - 1 - pos)  # distance to the window's nearer edge
                better = central > best[n][s : s + m]
                token_logits[n][s : s + m][better] = tok_w[w][p : p + m][better]
                best[n][s : s + m][better] = central[better]
        return Run(sig, typ, token_logits, counts.tolist())

    # -- public API ----------------------------------------------------------------------------------------
    def logits(self, texts: list[str], *, batch_size: int = 32) -> tuple[np.ndarray, np.ndarray]:
        """Raw ``(signal_logits (N, K), ad_type_logits (N, T))`` aggregated over windows, for calibration fits."""
        texts = check_texts(texts)
        if not texts:
            return np.zeros((0, len(self.labels)), np.float32), np.zeros((0, len(self.ad_types)), np.float32)
        r = self.forward(self.tokenize(texts), batch_size=batch_size, tokens=False)
        return r.signal_logits, r.ad_type_logits

    def calibrate(self, signal_logits: np.ndarray) -> np.ndarray:
        """Calibrated probabilities (N, K) from signal logits (N, K), as described in models/README.md."""
        x = np.asarray(signal_logits, np.float64)
        if self.calibration.get("method") == "temperature":
            return sigmoid((x + self._bias) / self._temperature)
        p = sigmoid(x)
        for j, xy in enumerate(self._isotonic):
            if xy is not None:
                p[:, j] = np.interp(p[:, j], xy[0], xy[1])
        return p

    def predict_proba(self, texts: list[str], *, calibrated: bool = True, batch_size: int = 32) -> np.ndarray:
        """Signal probabilities (N, K) in ``labels`` order."""
        sig, _ = self.logits(texts, batch_size=batch_size)
        return self.calibrate(sig) if calibrated else sigmoid(sig.astype(np.float64))

    def profile_thresholds(self, profile: str | None = None) -> np.ndarray:
        profile = profile or self.default_profile
        profiles = self.thresholds["profiles"]
        if profile not in profiles:
            raise ValueError(f"unknown profile {profile!r}; expected one of: {', '.join(profiles)}")
        default = float(self.thresholds.get("default_threshold", 0.5))
        return np.array([float(profiles[profile].get(n, default)) for n in self.labels])

    def score(
        self,
        texts: list[str],
        *,
        languages: list[str | None] | None = None,
        profile: str | Sequence[str | None] | None = None,
        spans: bool | str | Sequence[bool | str] = True,
        batch_size: int = 32,
    ) -> list[dict]:
        """One JSON-ready result per text, in order: language, ad_type, risk, signals (with evidence spans).

        ``spans``: True gives spans for flagged signals, "all" for every signal, False none.
        ``languages``: a code per text (None -> detected offline).
        ``profile`` and ``spans`` may also be sequences, one entry per text (the service batches ads of
        different requests into one model run).
        """
        texts = check_texts(texts)
        want_spans = self._per_text(spans, len(texts), "spans")
        if languages is not None and len(languages) != len(texts):
            raise ValueError(f"languages has {len(languages)} entries for {len(texts)} texts")
        if not texts:
            return []
        toks = self.tokenize(texts)
        r = self.forward(toks, batch_size=batch_size, tokens=any(bool(w) for w in want_spans))
        return self.results(texts, toks, r, languages=languages, profile=profile, spans=spans)

    def results(
        self,
        texts: list[str],
        toks: list[Tokens],
        r: Run,
        *,
        languages: list[str | None] | None = None,
        profile: str | Sequence[str | None] | None = None,
        spans: bool | str | Sequence[bool | str] = True,
    ) -> list[dict]:
        """``score``'s results from a ``forward`` already run on ``toks`` (with ``tokens=True`` when spans are
        wanted): evaluation needs the raw logits as well as the results, and one model pass gives both."""
        profiles = self._per_text(profile, len(texts), "profile")
        want_spans = self._per_text(spans, len(texts), "spans")
        thr = {p: self.profile_thresholds(p) for p in set(profiles)}
        if any(want_spans) and r.token_logits is None:
            raise ValueError("spans requested but the forward pass ran without tokens=True")
        probs = self.calibrate(r.signal_logits)
        types = softmax(r.ad_type_logits.astype(np.float64))
        langs = self._languages(texts, languages)
        results = []
        for n, text in enumerate(texts):
            profile, spans = profiles[n], want_spans[n]
            tok_p = sigmoid(r.token_logits[n].astype(np.float64)) if spans and r.token_logits is not None else None
            signals = {}
            for j, name in enumerate(self.labels):
                flagged = bool(probs[n, j] >= thr[profile][j])
                want = tok_p is not None and (spans == "all" or flagged)
                found = decode_spans(text, toks[n].offsets, tok_p[:, j], self.span_threshold) if want else []
                signals[name] = {"score": round(float(probs[n, j]), 6), "flagged": flagged, "spans": found}
            t = int(types[n].argmax())
            results.append(
                {
                    "language": langs[n],
                    "ad_type": {
                        "label": self.ad_types[t],
                        "scores": {a: round(float(types[n, i]), 6) for i, a in enumerate(self.ad_types)},
                    },
                    "risk": risk(dict(zip(self.labels, probs[n].tolist())), self.risk_params, profile=profile),
                    "signals": signals,
                    "windows": r.windows[n],
                }
            )
        return results

    def _per_text(self, value, n: int, what: str) -> list:
        if isinstance(value, (list, tuple)):
            if len(value) != n:
                raise ValueError(f"{what} has {len(value)} entries for {n} texts")
            values = list(value)
        else:
            values = [value] * n
        if what == "profile":
            return [v or self.default_profile for v in values]
        return values

    @staticmethod
    def _languages(texts: list[str], given: list[str | None] | None) -> list[dict]:
        from serving.langid import detect  # the fastText model loads on first use only

        out = []
        for i, text in enumerate(texts):
            code = given[i] if given is not None else None
            if code:
                out.append({"code": code.strip().lower(), "confidence": 1.0})
            else:
                out.append(detect(text))
        return out
