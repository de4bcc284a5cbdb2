"""Batch scoring on the tiny artifact: formats, carried columns, bad rows, workers, resume guards, report, CLI."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from adrisk.cli import main
from serving.batch import output_columns, score_file, work_dir_for
from serving.batch_io import iter_input_rows
from serving.records import stable_id
from serving.report import highlight, write_report
from tests.tiny_artifact import CORPUS
from training.corpus.generate import GenerateConfig, generate_ads
from training.taxonomy import SIGNAL_NAMES

pytestmark = pytest.mark.timeout(300)


def ad_rows(n: int = 60) -> list[dict]:
    """Generated multilingual ads plus the tiny model's trigger sentences, with columns to carry through."""
    gen = generate_ads(GenerateConfig(size=n, seed=11))
    texts = [a.text for a in gen] + CORPUS
    return [{"id": f"ad{i:04d}", "text": t, "location": f"city-{i % 5}", "platform": "board" if i % 2 else "forum"}
            for i, t in enumerate(texts)]  # fmt: skip


def write_rows(rows: list[dict], path: Path) -> Path:
    if path.suffix == ".jsonl":
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    elif path.suffix == ".csv":
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
    else:
        pq.write_table(pa.Table.from_pylist(rows), path)
    return path


def read(path: Path) -> list[dict]:
    return list(iter_input_rows(path))


def run(inp, out, tiny_dir, **kw) -> dict:
    kw.setdefault("workers", 1)
    kw.setdefault("chunk_size", 16)
    return score_file(inp, out, model=tiny_dir, progress=False, **kw)


@pytest.mark.parametrize("src", ["jsonl", "csv", "parquet"])
@pytest.mark.parametrize("dst", ["jsonl", "csv", "parquet"])
def test_format_round_trip_carries_columns_and_matches_the_scorer(tmp_path, tiny_dir, scorer, src, dst):
    rows = ad_rows(40)
    inp = write_rows(rows, tmp_path / f"in.{src}")
    summary = run(inp, tmp_path / f"out.{dst}", tiny_dir)
    out = read(tmp_path / f"out.{dst}")
    assert [r["id"] for r in out] == [r["id"] for r in rows]
    assert list(out[0]) == ["text", "location", "platform", *output_columns(SIGNAL_NAMES)]
    assert [r["location"] for r in out] == [r["location"] for r in rows]
    expected = scorer.score([r["text"] for r in rows])
    for got, want in zip(out, expected):
        assert float(got["risk_score"]) == pytest.approx(want["risk"]["score"])
        assert got["language"] == want["language"]["code"]
        assert got["ad_type"] == want["ad_type"]["label"]
        for s in SIGNAL_NAMES:
            assert float(got[f"score_{s}"]) == pytest.approx(want["signals"][s]["score"])
            assert str(got[f"flag_{s}"]).lower() == str(want["signals"][s]["flagged"]).lower()
        spans = json.loads(got["spans"])
        assert {(sp["signal"], sp["start"], sp["end"]) for sp in spans} == {
            (s, sp["start"], sp["end"]) for s, v in want["signals"].items() for sp in v["spans"]}
        assert got["error"] in (None, "")
    assert summary["ads"] == summary["scored"] == len(rows)
    assert summary["flagged_by_signal"] == {s: sum(bool(w["signals"][s]["flagged"]) for w in expected)
                                            for s in SIGNAL_NAMES}  # fmt: skip
    assert summary["flagged_by_signal"]["worker_control"] >= 1  # the trigger sentences are really flagged
    assert not work_dir_for(tmp_path / f"out.{dst}").exists()


def test_bad_rows_get_an_error_and_the_run_goes_on(tmp_path, tiny_dir):
    good = ad_rows(5)
    lines = [json.dumps(r, ensure_ascii=False).encode() for r in good[:3]]
    lines += [
        json.dumps({"id": "empty", "text": "   "}).encode(),
        json.dumps({"id": "null", "text": None}).encode(),
        json.dumps({"id": "number", "text": 42}).encode(),
        b'{"id": "bytes", "text": "caf\xff\xfe passport"}',
        b"{not json",
        json.dumps({"id": "no-text", "body": "x"}).encode(),
    ]
    lines += [json.dumps(r, ensure_ascii=False).encode() for r in good[3:]]
    inp = tmp_path / "in.jsonl"
    inp.write_bytes(b"\n".join(lines) + b"\n")
    summary = run(inp, tmp_path / "out.jsonl", tiny_dir, chunk_size=4)
    out = {r["id"]: r for r in read(tmp_path / "out.jsonl")}
    assert len(out) == 3 + 6 + len(good) - 3
    assert out["empty"]["error"] == "text is empty"
    assert out["null"]["error"] == "text is missing (null)"
    assert out["number"]["error"] == "text must be a string, found int"
    assert out["bytes"]["error"] == "text is undecodable (invalid UTF-8 bytes)"
    assert "\ufffd" in out["bytes"]["text"]  # carried, but as valid UTF-8
    assert out["no-text"]["error"] == "missing text column 'text'"
    bad_json = [r for r in out.values() if r["error"] and r["error"].startswith("line 8: not valid JSON")]
    assert len(bad_json) == 1 and bad_json[0]["risk_score"] is None
    for r in good:
        assert out[r["id"]]["error"] is None and 0.0 <= out[r["id"]]["risk_score"] <= 1.0
    assert (summary["ads"], summary["errors"]) == (len(good) + 6, 6)


def test_ids_are_stable_from_content_when_the_id_column_is_absent(tmp_path, tiny_dir):
    rows = [{"text": r["text"], "language": "en"} for r in ad_rows(6)]
    run(write_rows(rows, tmp_path / "i.jsonl"), tmp_path / "o.jsonl", tiny_dir)
    out = read(tmp_path / "o.jsonl")
    assert [r["id"] for r in out] == [stable_id(r["text"]) for r in rows]
    assert {r["language"] for r in out} == {"en"}  # the language column is used as the hint, not duplicated
    assert "input_language" not in out[0]


def test_colliding_input_columns_are_kept_under_input_prefix(tmp_path, tiny_dir):
    rows = [{"ad_id": "x1", "body": CORPUS[4], "ad_type": "job", "risk_score": "n/a"}]
    run(write_rows(rows, tmp_path / "i.jsonl"), tmp_path / "o.jsonl", tiny_dir, text_column="body", id_column="ad_id")
    (out,) = read(tmp_path / "o.jsonl")
    assert (out["id"], out["input_ad_type"], out["input_risk_score"]) == ("x1", "job", "n/a")
    assert out["flag_worker_control"] is True and out["ad_type"] in ("job", "escort", "other")


def test_two_workers_give_the_same_output_as_one(tmp_path, tiny_dir):
    inp = write_rows(ad_rows(50), tmp_path / "in.jsonl")
    a = run(inp, tmp_path / "one.jsonl", tiny_dir, workers=1, chunk_size=10)
    b = run(inp, tmp_path / "two.jsonl", tiny_dir, workers=2, chunk_size=10)
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert (a["workers"], b["workers"], b["chunks"]) == (1, 2, 6)
    assert {k: v for k, v in a.items() if k in ("flagged_by_signal", "languages")} == {
        k: v for k, v in b.items() if k in ("flagged_by_signal", "languages")}


def test_existing_work_dir_needs_resume_and_a_changed_input_is_refused(tmp_path, tiny_dir):
    inp = write_rows(ad_rows(10), tmp_path / "in.jsonl")
    out = tmp_path / "out.jsonl"
    work_dir_for(out).mkdir()
    with pytest.raises(ValueError, match=r"out.jsonl.parts exists .* pass --resume .* remove the directory"):
        run(inp, out, tiny_dir)
    work_dir_for(out).rmdir()
    run(inp, out, tiny_dir)  # a clean run leaves no work dir behind
    (work_dir_for(out)).mkdir()
    (work_dir_for(out) / "state.json").write_text(json.dumps(
        {"version": 1, "input": {"size": 1, "mtime_ns": 1, "head_sha256": "0"}, "options": {}, "completed": []}))
    with pytest.raises(ValueError, match=r"cannot resume .* the input changed since the interrupted run"):
        run(inp, out, tiny_dir, resume=True)


def test_missing_text_column_is_a_clear_error(tmp_path, tiny_dir):
    inp = write_rows([{"id": "1", "body": "hello"}], tmp_path / "in.csv")
    with pytest.raises(ValueError, match=r"expected a text column 'text'; found columns \['body', 'id'\]"):
        run(inp, tmp_path / "o.csv", tiny_dir)


def test_report_is_self_contained_with_plots_and_escaped_evidence(tmp_path, tiny_dir):
    rows = ad_rows(30) + [{"id": "xss", "text": "<script>alert(1)</script> we keep your passport, pay the fee",
                           "location": "<b>x</b>", "platform": "p"}]  # fmt: skip
    run(write_rows(rows, tmp_path / "in.jsonl"), tmp_path / "out.jsonl", tiny_dir)
    page = write_report(tmp_path / "out.jsonl", tmp_path / "r.html", top_n=5).read_text(encoding="utf-8")
    assert page.count('src="data:image/png;base64,') == 4
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert re.search(r'<mark [^>]*title="worker_control">passport</mark>', page)
    assert "Top 5 ads by risk score" in page and "xss" in page


def test_highlight_escapes_and_shows_overlapping_signals():
    text = "a <b> passport fee"
    spans = [{"signal": "worker_control", "start": 6, "end": 14}, {"signal": "recruitment_fee", "start": 6, "end": 18}]
    out = highlight(text, spans, list(SIGNAL_NAMES))
    assert out.startswith("a &lt;b&gt; <mark")
    assert 'title="recruitment_fee, worker_control">passport</mark>' in out
    assert 'title="recruitment_fee"> fee</mark>' in out


def test_cli_score_prints_the_summary_and_reports_user_errors(tmp_path, tiny_dir, capsys):
    inp = write_rows(ad_rows(12), tmp_path / "in.parquet")
    out = tmp_path / "out.csv"
    rc = main(["score", str(inp), "--out", str(out), "--model", str(tiny_dir), "--workers", "1", "--no-progress",
               "--json", "--report", str(tmp_path / "r.html")])  # fmt: skip
    summary = json.loads(capsys.readouterr().out)
    assert rc == 0 and summary["ads"] == 12 + len(CORPUS) and (tmp_path / "r.html").is_file()
    assert main(["score", str(inp), "--out", str(out), "--model", str(tmp_path / "nope"), "--no-progress"]) == 2
    assert "adrisk score: error:" in capsys.readouterr().err


def test_byte_order_marks_from_spreadsheet_exports_are_ignored(tmp_path, tiny_dir):
    (tmp_path / "in.csv").write_bytes("\ufeffid,text\nx1,We keep your passport\n".encode())
    (tmp_path / "in.jsonl").write_bytes("\ufeff".encode() + b'{"id": "x1", "text": "We keep your passport"}\n')
    for name in ("in.csv", "in.jsonl"):
        run(tmp_path / name, tmp_path / f"out-{name}.jsonl", tiny_dir)
        (out,) = read(tmp_path / f"out-{name}.jsonl")
        assert out["id"] == "x1" and out["error"] is None and out["flag_worker_control"] is True


def test_parquet_output_unifies_column_types_that_differ_between_chunks(tmp_path, tiny_dir):
    rows = [{"id": f"p{i}", "text": CORPUS[i % len(CORPUS)], "price": v, "tags": t}
            for i, (v, t) in enumerate([(1, None), (2, None), ("3 EUR", ["a"]), ("x", ["b"]), (None, None), (None, None)])]
    run(write_rows(rows, tmp_path / "in.jsonl"), tmp_path / "out.parquet", tiny_dir, chunk_size=2)
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.schema.field("price").type == pa.string() and table.schema.field("tags").type == pa.list_(pa.string())
    assert table.column("price").to_pylist() == ["1", "2", "3 EUR", "x", None, None]
    assert table.column("tags").to_pylist() == [None, None, ["a"], ["b"], None, None]
    assert table.column("id").to_pylist() == [r["id"] for r in rows]
