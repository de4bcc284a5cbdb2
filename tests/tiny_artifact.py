"""Build a complete, valid tiny artifact (models/README.md layout) in a folder, without torch.

The tokenizer is trained with the ``tokenizers`` library (BPE over a Metaspace pre-tokenizer, like
SentencePiece models) on a few multilingual ad sentences. The ONNX graph is written with ``onnx.helper``:
embedding -> masked max pool (signals) / mean pool (ad type) -> linear heads, plus a per-token linear head,
with the exact I/O names of the real export. Chosen trigger words get embedding directions that switch their
signal on, so tests can check real behaviour (scores, spans, windows, explanations) rather than shapes only.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors, trainers

from serving.risk import default_risk_params
from training.taxonomy import snapshot

SPECIALS = ["<s>", "<pad>", "</s>", "<unk>", "<mask>"]

# signal -> whole words that switch it on in the tiny model (each must end up a single "▁word" token)
TRIGGERS = {
    "recruitment_fee": ["fee", "оплата"],
    "travel_arranged": ["visa", "визы"],
    "deceptive_offer": ["guaranteed"],
    "opaque_recruiter": ["whatsapp", "telegram"],
    "vulnerability_targeting": ["undocumented"],
    "worker_control": ["passport", "паспорт"],
    "third_party_control": ["chicas", "girls"],
    "controlled_mobility": ["nueva", "arrived"],
    "restricted_movement": ["incall"],
    "minor_risk": ["fresh"],
}
AD_TYPE_TRIGGERS = {"job": ["job", "работа", "salary"], "escort": ["escort", "chica", "besos"], "other": []}

CORPUS = [
    "Warehouse job in Berlin, salary 2400 EUR, contract and housing provided by the company.",
    "Работа в Польше, оплата визы за счёт работника, паспорт сдаёте нам. Пишите в telegram.",
    "Se busca chica nueva en la ciudad, incall 24/7, escort besos, chicas fresh recién llegadas.",
    "งานในกรุงเทพ เงินเดือนดี ติดต่อทาง Line 💋 ✨",
    "We keep your passport, pay the fee, visa arranged, guaranteed income, undocumented welcome, whatsapp only.",
    "New girls just arrived in town, escort incall, fresh and young, contact our manager on telegram.",
    "Nurse job in Germany: visa and flights paid by employer, salary per collective agreement.",
    "Работа в Москве, зарплата высокая, без опыта. Праца в Польщі.",
]


def _train_tokenizer() -> Tokenizer:
    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.normalizer = normalizers.NFKC()
    # Punctuation split so "passport," still holds the whole-word trigger token.
    tok.pre_tokenizer = pre_tokenizers.Sequence([pre_tokenizers.Metaspace(), pre_tokenizers.Punctuation()])
    tok.decoder = decoders.Metaspace()
    words = [w for ws in list(TRIGGERS.values()) + list(AD_TYPE_TRIGGERS.values()) for w in ws]
    # Trigger words repeated on their own so BPE merges each into one whole-word token.
    lines = CORPUS * 3 + [" ".join(words)] * 10
    tok.train_from_iterator(lines, trainers.BpeTrainer(vocab_size=900, special_tokens=SPECIALS, min_frequency=1))
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", special_tokens=[("<s>", SPECIALS.index("<s>")), ("</s>", SPECIALS.index("</s>"))]
    )
    return tok


def _token_id(tok: Tokenizer, word: str) -> int:
    tid = tok.token_to_id("▁" + word)
    if tid is None:
        raise AssertionError(f"tiny tokenizer: trigger {word!r} is not one token: {tok.encode(word).tokens}")
    return tid


def _graph(vocab: int, embedding: np.ndarray, n_sig: int, n_type: int) -> onnx.ModelProto:
    dim = embedding.shape[1]
    w_sig = np.zeros((dim, n_sig), np.float32)
    w_sig[np.arange(n_sig), np.arange(n_sig)] = 1.5
    w_type = np.zeros((dim, n_type), np.float32)
    w_type[n_sig + np.arange(n_type), np.arange(n_type)] = 4.0
    inits = [
        numpy_helper.from_array(embedding.astype(np.float32), "embedding"),
        numpy_helper.from_array(w_sig, "w_sig"),
        numpy_helper.from_array(np.full(n_sig, -3.0, np.float32), "b_sig"),
        numpy_helper.from_array(w_type, "w_type"),
        numpy_helper.from_array(np.array([0.0, 0.0, 0.5][:n_type] + [0.0] * max(0, n_type - 3), np.float32), "b_type"),
        numpy_helper.from_array(np.array([1], np.int64), "axis1"),
        numpy_helper.from_array(np.array([2], np.int64), "axis2"),
        numpy_helper.from_array(np.array(1.0, np.float32), "one"),
        numpy_helper.from_array(np.array(1e4, np.float32), "big"),
    ]
    n = helper.make_node
    nodes = [
        n("Gather", ["embedding", "input_ids"], ["x"]),
        n("Cast", ["attention_mask"], ["maskf"], to=TensorProto.FLOAT),
        n("Unsqueeze", ["maskf", "axis2"], ["m3"]),
        n("Mul", ["x", "m3"], ["xm"]),
        n("Sub", ["m3", "one"], ["m3neg"]),
        n("Mul", ["m3neg", "big"], ["pen"]),
        n("Add", ["x", "pen"], ["xpen"]),
        n("ReduceMax", ["xpen"], ["xmax"], axes=[1], keepdims=0),
        n("ReduceSum", ["xm", "axis1"], ["xsum"], keepdims=0),
        n("ReduceSum", ["m3", "axis1"], ["cnt"], keepdims=0),
        n("Max", ["cnt", "one"], ["cnt1"]),
        n("Div", ["xsum", "cnt1"], ["xmean"]),
        n("MatMul", ["xmax", "w_sig"], ["s0"]),
        n("Add", ["s0", "b_sig"], ["signal_logits"]),
        n("MatMul", ["xmean", "w_type"], ["t0"]),
        n("Add", ["t0", "b_type"], ["ad_type_logits"]),
        n("MatMul", ["x", "w_sig"], ["k0"]),
        n("Add", ["k0", "b_sig"], ["token_logits"]),
    ]
    graph = helper.make_graph(
        nodes,
        "adrisk_tiny",
        [
            helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"]),
            helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "seq"]),
        ],
        [
            helper.make_tensor_value_info("signal_logits", TensorProto.FLOAT, ["batch", n_sig]),
            helper.make_tensor_value_info("ad_type_logits", TensorProto.FLOAT, ["batch", n_type]),
            helper.make_tensor_value_info("token_logits", TensorProto.FLOAT, ["batch", "seq", n_sig]),
        ],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="adrisk-tests")
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def sha256_file(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def build_tiny_artifact(
    out: str | Path, *, max_length: int = 32, stride: int = 8, calibration: str = "temperature", seed: int = 0
) -> Path:
    """Write a tiny artifact into ``out`` and return its path. ``calibration``: "temperature" or "isotonic"."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    labels = snapshot()
    sig_names = [s["name"] for s in labels["signals"]]
    ad_types = labels["ad_types"]
    tok = _train_tokenizer()
    vocab = tok.get_vocab_size()
    dim = len(sig_names) + len(ad_types) + 4
    rng = np.random.default_rng(seed)
    emb = rng.normal(0.0, 0.1, size=(vocab, dim)).astype(np.float32)
    for k, name in enumerate(sig_names):
        for word in TRIGGERS[name]:
            emb[_token_id(tok, word), k] = 4.0
    for t, name in enumerate(ad_types):
        for word in AD_TYPE_TRIGGERS.get(name, []):
            emb[_token_id(tok, word), len(sig_names) + t] = 3.0
    tok.save(str(out / "tokenizer.json"))
    onnx.save(_graph(vocab, emb, len(sig_names), len(ad_types)), str(out / "model.onnx"))

    if calibration == "temperature":
        cal = {
            "method": "temperature",
            "signals": {n: {"temperature": 1.2, "bias": -0.1} for n in sig_names[:-1]},  # last one: identity
            "ece_before": 0.05,
            "ece_after": 0.02,
        }
    elif calibration == "isotonic":
        cal = {"method": "isotonic", "signals": {n: {"x": [0.0, 0.5, 1.0], "y": [0.0, 0.4, 1.0]} for n in sig_names}}
    else:
        raise ValueError(f"calibration must be 'temperature' or 'isotonic', found {calibration!r}")
    thresholds = {
        "default_profile": "balanced",
        "profiles": {
            "high_recall": {n: 0.3 for n in sig_names},
            "balanced": {n: 0.5 for n in sig_names},
            "high_precision": {n: 0.8 for n in sig_names},
        },
        "span_threshold": 0.5,
        "risk": default_risk_params(),
    }
    config = {
        "name": "adrisk-tiny",
        "version": "0.0.1",
        "base_model": "tiny-bpe-test",
        "corpus_version": "test",
        "max_length": max_length,
        "stride": stride,
    }
    files = {
        "labels.json": labels,
        "calibration.json": cal,
        "thresholds.json": thresholds,
        "config.json": config,
        "metrics.json": {"note": "tiny test artifact: no evaluation"},
    }
    for name, payload in files.items():
        (out / name).write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    (out / "MODEL_CARD.md").write_text(
        "# adrisk-tiny\n\nA tiny **test** model. It flags trigger words only.\n\n"
        "## Intended use\nTests. Not for review of real ads.\n",
        encoding="utf-8",
    )
    names = ["model.onnx", "tokenizer.json", *files, "MODEL_CARD.md"]
    manifest = {
        "name": config["name"],
        "version": config["version"],
        "base_model": config["base_model"],
        "corpus_version": config["corpus_version"],
        "created": "2026-01-01T00:00:00Z",
        "files": {name: sha256_file(out / name) for name in names},
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return out


_ASGI_APP = None


def shared_asgi_app():
    """The service's ASGI app, built once per test process: BentoML registers its prometheus metrics when an app
    is built and refuses a second set. The service reads ADRISK_* at each lifespan start (each TestClient
    context), so one app serves every test module's settings."""
    global _ASGI_APP
    if _ASGI_APP is None:
        from serving.service import AdRisk

        _ASGI_APP = AdRisk.to_asgi()
    return _ASGI_APP
