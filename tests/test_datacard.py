"""Datasheet tables come from stats.json / the challenge set, between markers, and nothing else changes."""

from __future__ import annotations

import pytest

from adrisk.cli import main
from training.corpus.datacard import BEGIN, END, fill_challenge_card, fill_datasheet


def test_corpus_tables_replace_only_the_marked_block(tmp_path):
    corpus = tmp_path / "corpus"
    assert main(["data", "generate", "--out", str(corpus), "--size", "400", "--seed", "5", "--no-parquet"]) == 0
    card = tmp_path / "CARD.md"
    card.write_text(f"# Title\n\nkept above\n\n{BEGIN}\nold table\n{END}\n\nkept below\n", encoding="utf-8")
    assert main(["data", "card", "--stats", str(corpus / "stats.json"), "--card", str(card)]) == 0
    text = card.read_text(encoding="utf-8")
    assert "old table" not in text and "kept above" in text and "kept below" in text
    assert "adrisk data generate --out DIR --size 400 --seed 5" in text
    assert "| language | job | escort | other | all |" in text
    fill_datasheet(corpus / "stats.json", card)  # idempotent: a second fill gives the same file
    assert card.read_text(encoding="utf-8") == text


def test_challenge_table_and_clear_errors(tmp_path):
    card = tmp_path / "CH.md"
    card.write_text(f"{BEGIN}\n{END}\n", encoding="utf-8")
    text = fill_challenge_card(card).read_text(encoding="utf-8")
    assert "| **all** |" in text and "| zh |" in text
    card.write_text("no markers here\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected one <!-- stats:begin -->"):
        fill_challenge_card(card)
    with pytest.raises(FileNotFoundError, match="run `adrisk data generate` first"):
        fill_datasheet(tmp_path / "missing.json", card)
