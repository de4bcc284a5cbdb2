"""The ad record schema shared by the generator, challenge set, training, evaluation and batch scoring.

One ad per record: ``{"id", "text", "language", "ad_type", "labels", "spans", "source"}``. Span offsets are
Python string indices (Unicode code points) into ``text``, so ``text[start:end]`` is the evidence.
Records are read and written as JSON Lines, Parquet or CSV (spans and labels as JSON strings in CSV).

It lives in ``serving`` because batch scoring reads archives too and serving never imports training.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

AdType = Literal["job", "escort", "other"]
FORMATS = ("jsonl", "parquet", "csv")


class Span(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: str
    start: int = Field(ge=0)
    end: int = Field(gt=0)


class AdRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    text: str
    language: str = Field(min_length=2, max_length=3, description="ISO-639-1 code")
    ad_type: AdType
    labels: list[str] = Field(default_factory=list)
    spans: list[Span] = Field(default_factory=list)
    source: str = ""

    @model_validator(mode="after")
    def _spans_fit(self) -> AdRecord:
        if not self.text.strip():
            raise ValueError(f"record {self.id!r}: text is empty")
        for s in self.spans:
            if s.end > len(self.text) or s.start >= s.end:
                raise ValueError(
                    f"record {self.id!r}: span {s.label} [{s.start}, {s.end}) does not fit a text of "
                    f"{len(self.text)} characters"
                )
            if s.label not in self.labels:
                raise ValueError(f"record {self.id!r}: span label {s.label!r} is not among labels {self.labels}")
        return self

    def evidence(self) -> list[tuple[str, str]]:
        return [(s.label, self.text[s.start : s.end]) for s in self.spans]


def stable_id(text: str) -> str:
    """An id derived from the text alone, so re-running on the same archive gives the same ids."""
    return "ad-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def detect_format(path: str | os.PathLike, fmt: str | None = None) -> str:
    if fmt:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; expected one of: {', '.join(FORMATS)}")
        return fmt
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in ("jsonl", "ndjson", "json"):
        return "jsonl"
    if suffix in ("parquet", "pq"):
        return "parquet"
    if suffix in ("csv", "tsv"):
        return "csv"
    raise ValueError(
        f"cannot tell the format of {str(path)!r} from its extension {suffix!r}; expected .jsonl, .parquet or "
        ".csv (or pass a format)"
    )


def _row(rec: AdRecord) -> dict:
    return rec.model_dump()


def _csv_row(rec: AdRecord) -> dict:
    d = rec.model_dump()
    d["labels"] = json.dumps(d["labels"], ensure_ascii=False)
    d["spans"] = json.dumps(d["spans"], ensure_ascii=False)
    return d


def dumps_jsonl(records: Iterable[AdRecord]) -> str:
    return "".join(json.dumps(_row(r), ensure_ascii=False) + "\n" for r in records)


def write_records(records: Iterable[AdRecord], path: str | os.PathLike, fmt: str | None = None) -> Path:
    """Write records atomically (a temporary file renamed into place): a crash never leaves half a file."""
    path = Path(path)
    fmt = detect_format(path, fmt)
    records = list(records)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    if fmt == "jsonl":
        tmp.write_text(dumps_jsonl(records), encoding="utf-8")
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(AdRecord.model_fields), lineterminator="\n")
        writer.writeheader()
        writer.writerows(_csv_row(r) for r in records)
        tmp.write_text(buf.getvalue(), encoding="utf-8")
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist([_row(r) for r in records], schema=_arrow_schema()), tmp)
    os.replace(tmp, path)
    return path


def _arrow_schema():
    import pyarrow as pa

    span = pa.struct([("label", pa.string()), ("start", pa.int64()), ("end", pa.int64())])
    return pa.schema(
        [
            ("id", pa.string()),
            ("text", pa.string()),
            ("language", pa.string()),
            ("ad_type", pa.string()),
            ("labels", pa.list_(pa.string())),
            ("spans", pa.list_(span)),
            ("source", pa.string()),
        ]
    )


def iter_raw_rows(path: str | os.PathLike, fmt: str | None = None) -> Iterator[dict]:
    """Rows as plain dicts, without schema checks (for researcher data with other column names)."""
    path = Path(path)
    fmt = detect_format(path, fmt)
    if not path.exists():
        raise FileNotFoundError(f"no such file: {str(path)!r}")
    if fmt == "jsonl":
        with path.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise ValueError(f"{path}:{lineno}: expected one JSON object per line ({exc.msg})") from None
    elif fmt == "csv":
        with path.open(encoding="utf-8", newline="") as fh:
            yield from csv.DictReader(fh, delimiter="\t" if path.suffix.lower() == ".tsv" else ",")
    else:
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(batch_size=4096):
            yield from batch.to_pylist()


def _decode_json_field(value, name: str, rid: str):
    if isinstance(value, str):
        try:
            return json.loads(value) if value.strip() else []
        except json.JSONDecodeError:
            raise ValueError(f"record {rid!r}: column {name!r} should hold a JSON list, found {value[:40]!r}") from None
    return value if value is not None else []


def read_records(path: str | os.PathLike, fmt: str | None = None) -> list[AdRecord]:
    """Read and validate records in the schema above from JSONL, Parquet or CSV."""
    out = []
    for row in iter_raw_rows(path, fmt):
        rid = str(row.get("id", "?"))
        row = dict(row)
        row["labels"] = _decode_json_field(row.get("labels"), "labels", rid)
        row["spans"] = _decode_json_field(row.get("spans"), "spans", rid)
        out.append(AdRecord.model_validate(row))
    return out
