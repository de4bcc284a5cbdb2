"""Reading labelled ads with a column mapping, the errors users see, and windows with span labels."""

import csv
import json

import pytest
from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors, trainers

from serving.records import AdRecord, Span, write_records
from training.config import ColumnMap
from training.data import corpus_files, load_examples, make_windows, subsample
from training.taxonomy import SIGNAL_NAMES

FEE = "pay a placement fee of 500 euro before you travel"
TEXT = f"Warehouse work in Gdansk. {FEE}. Contact us today."


def _records():
    s = TEXT.index(FEE)
    return [
        AdRecord(id="a1", text=TEXT, language="en", ad_type="job", labels=["recruitment_fee"],
                 spans=[Span(label="recruitment_fee", start=s, end=s + len(FEE))]),
        AdRecord(id="a2", text="Sofa for sale, barely used.", language="en", ad_type="other"),
        AdRecord(id="a3", text="Nowa dziewczyna w mieście, tylko 3 dni.", language="pl", ad_type="escort",
                 labels=["controlled_mobility"]),
    ]


@pytest.fixture(scope="module")
def tokenizer(tmp_path_factory):
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    texts = [TEXT, "Sofa for sale, barely used.", "Nowa dziewczyna w mieście, tylko 3 dni."] * 3
    tok.train_from_iterator(texts, trainers.WordPieceTrainer(
        vocab_size=200, special_tokens=["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]))
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", tok.token_to_id("[CLS]")), ("[SEP]", tok.token_to_id("[SEP]"))])
    return PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]",
                                   sep_token="[SEP]", mask_token="[MASK]")


@pytest.mark.parametrize("ext", ["jsonl", "csv", "parquet"])
def test_record_schema_files_load_in_every_format(tmp_path, ext):
    path = write_records(_records(), tmp_path / f"train.{ext}")
    ex = load_examples(path)
    assert [e.id for e in ex] == ["a1", "a2", "a3"]
    assert ex[0].labels == ("recruitment_fee",)
    assert ex[0].annotated == SIGNAL_NAMES
    (lab, s, e), = ex[0].spans
    assert TEXT[s:e] == FEE and lab == "recruitment_fee"
    assert ex[1].labels == () and ex[2].ad_type == "escort" and ex[2].language == "pl"


def _write_csv(path, header, rows):
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_custom_csv_columns_with_one_flag_column_per_signal(tmp_path):
    path = _write_csv(tmp_path / "mine.csv", ["body", "fee_flag", "minor_risk", "kind"],
                      [[TEXT, 1, 0, "job"], ["NA", "false", "yes", ""]])
    cols = ColumnMap(text="body", label_columns=("fee_flag=recruitment_fee", "minor_risk"), ad_type="kind")
    ex = load_examples(path, cols)
    assert ex[0].labels == ("recruitment_fee",) and ex[1].labels == ("minor_risk",)
    # Only the mapped signals are annotated: the others stay out of the loss instead of counting as "absent".
    assert set(ex[0].annotated) == {"recruitment_fee", "minor_risk"}
    assert ex[0].spans is None and ex[0].ad_type == "job" and ex[1].ad_type is None
    assert ex[1].text == "NA"  # the literal text "NA" is not a missing value


def test_labels_list_column_accepts_delimited_strings(tmp_path):
    path = _write_csv(tmp_path / "mine.csv", ["ad", "tags"], [[TEXT, "recruitment_fee;travel_arranged"], ["x y", ""]])
    ex = load_examples(path, ColumnMap(text="ad", labels="tags"))
    assert ex[0].labels == ("recruitment_fee", "travel_arranged") and ex[1].labels == ()


def test_missing_columns_say_expected_and_found(tmp_path):
    path = _write_csv(tmp_path / "mine.csv", ["body", "tags"], [[TEXT, "[]"]])
    with pytest.raises(ValueError) as err:
        load_examples(path, ColumnMap(text="text", labels="labels"))
    msg = str(err.value)
    assert "missing column(s) text, labels" in msg and "found body, tags" in msg
    # A column the user named explicitly must exist too.
    with pytest.raises(ValueError, match="missing column\\(s\\) evidence"):
        load_examples(path, ColumnMap(text="body", labels="tags", spans="evidence"))


def test_row_errors_are_collected_and_name_the_expected_values(tmp_path):
    rows = [
        {"id": "r1", "text": "  ", "labels": []},
        {"id": "r2", "text": "hello", "labels": ["recruitment_fees"]},
        {"id": "r3", "text": "hello", "labels": ["minor_risk"], "spans": [{"label": "minor_risk", "start": 2, "end": 99}]},
        {"id": "r4", "text": "hello", "labels": [], "ad_type": "dating"},
    ]
    path = tmp_path / "bad.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with pytest.raises(ValueError) as err:
        load_examples(path)
    msg = str(err.value)
    assert msg.startswith("4 invalid row(s)")
    assert "row 1 (id r1): column 'text' is empty" in msg
    assert "unknown label(s) recruitment_fees; expected any of: recruitment_fee" in msg
    assert "span minor_risk [2, 99) does not fit a text of 5 characters" in msg
    assert "ad type 'dating'; expected one of: job, escort, other" in msg


def test_flag_columns_must_be_zero_or_one(tmp_path):
    path = _write_csv(tmp_path / "mine.csv", ["body", "fee"], [["some ad", "maybe"]])
    with pytest.raises(ValueError, match="column 'fee': expected 0/1 \\(or true/false\\), found 'maybe'"):
        load_examples(path, ColumnMap(text="body", label_columns=("fee=recruitment_fee",)))


def test_unreadable_and_missing_files(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such data file"):
        load_examples(tmp_path / "nope.jsonl")
    with pytest.raises(ValueError, match="cannot tell the format"):
        (tmp_path / "x.txt").write_text("hi")
        load_examples(tmp_path / "x.txt")
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "train.jsonl").write_text("")
    with pytest.raises(FileNotFoundError, match="missing split file\\(s\\) validation.jsonl; found \\['train.jsonl'\\]"):
        corpus_files(tmp_path / "corpus")


def test_long_texts_become_overlapping_windows_that_cover_every_token(tokenizer):
    from training.data import Example

    long_text = " ".join(["Warehouse work in Gdansk."] * 12) + f" {FEE}."
    s = long_text.index(FEE)
    ex = Example("x", long_text, "en", "job", ("recruitment_fee",), SIGNAL_NAMES, (("recruitment_fee", s, s + len(FEE)),))
    win = make_windows([ex], tokenizer, max_length=24, stride=6)
    assert len(win) > 3
    full = tokenizer(long_text, add_special_tokens=False)["input_ids"]
    covered, size, stride = set(), 24 - 2, 6
    for w in range(len(win)):
        assert len(win.input_ids[w]) <= 24
        content = [int(t) for t, v in zip(win.input_ids[w], win.token_valid[w], strict=True) if v]
        # Window w is the slice of the text's tokens starting where the previous one ended minus the overlap.
        start = w * (size - stride)
        assert content == full[start : start + size]
        covered.update(range(start, start + len(content)))
    assert covered == set(range(len(full)))  # no token is silently dropped
    j = SIGNAL_NAMES.index("recruitment_fee")
    # Only windows that contain the evidence are positive for the signal, and only evidence tokens are marked.
    positive = [w for w in range(len(win)) if win.signal_targets[w, j] == 1]
    assert positive and positive[-1] == len(win) - 1 and 0 not in positive
    marked = [tokenizer.convert_ids_to_tokens([int(t)])[0]
              for w in positive for t, m in zip(win.input_ids[w], win.token_targets[w][:, j], strict=True) if m]
    assert {"fee", "placement"} <= {m.lstrip("#") for m in marked} or "fee" in marked
    assert "warehouse" not in marked
    assert (win.signal_mask == 1).all() and (win.token_label_mask == 1).all()


def test_signals_without_spans_mark_every_window_and_skip_the_token_loss(tokenizer):
    from training.data import Example

    ex = Example("x", " ".join(["Sofa for sale."] * 20), "en", None, ("minor_risk",), SIGNAL_NAMES, ())
    win = make_windows([ex], tokenizer, max_length=16, stride=4)
    j = SIGNAL_NAMES.index("minor_risk")
    assert len(win) > 1 and (win.signal_targets[:, j] == 1).all()
    assert (win.token_label_mask[:, j] == 0).all() and (win.token_label_mask[:, 0] == 1).all()
    assert (win.ad_type == -100).all()


def test_subsample_is_deterministic_and_keeps_every_language():
    from training.data import Example

    exs = [Example(str(i), "t", "en" if i % 10 else "pl", None, (), SIGNAL_NAMES, None) for i in range(200)]
    a, b = subsample(exs, 50, seed=3), subsample(exs, 50, seed=3)
    assert [e.id for e in a] == [e.id for e in b] and len(a) == 50
    assert {e.language for e in a} == {"en", "pl"}
    assert subsample(exs, None, seed=3) == exs


def test_crops_keep_specials_follow_the_evidence_and_mask_what_they_cut():
    import numpy as np

    from training.data import Windows, crop_windows

    n, k = 102, 3  # [CLS] 100 tokens [SEP]; signal 0 marked at 50..53, 1 marked absent, 2 present without spans
    targets = np.zeros((n, k), np.uint8)
    targets[50:54, 0] = 1
    win = Windows(
        input_ids=[np.arange(n, dtype=np.int64) + 1000], token_targets=[targets],
        token_valid=[np.r_[False, np.ones(n - 2, bool), False]],
        signal_targets=np.array([[1.0, 0.0, 1.0]], np.float32), signal_mask=np.ones((1, k), np.float32),
        token_label_mask=np.array([[1.0, 1.0, 0.0]], np.float32), ad_type=np.array([0]), example=np.array([0]),
    )
    rng = np.random.default_rng(0)
    outcomes = set()
    for _ in range(200):
        c = crop_windows(win, np.array([0]), 10, rng)
        ids = c.input_ids[0]
        assert len(ids) == 12 and ids[0] == 1000 and ids[-1] == 1000 + n - 1
        assert not c.token_valid[0][[0, -1]].any() and c.token_targets[0][[0, -1]].sum() == 0
        inside = c.token_targets[0][:, 0].sum()
        assert inside > 0  # the crop is centred on the evidence
        whole = inside == 4
        assert c.signal_mask[0, 0] == float(whole) and c.signal_targets[0, 0] == 1.0
        assert (c.signal_targets[0, 1], c.signal_mask[0, 1]) == (0.0, 1.0)  # absent stays a taught negative
        assert c.signal_mask[0, 2] == 0.0  # unmarked evidence may be cut away: no target
        outcomes.add(bool(whole))
    assert outcomes == {True, False}
    short = crop_windows(win, np.array([0]), 200, rng)
    assert np.array_equal(short.input_ids[0], win.input_ids[0]) and short.signal_mask[0].tolist() == [1, 1, 1]
