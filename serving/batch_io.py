"""Streaming input and crash-safe part files for batch scoring.

Inputs are read one row at a time (JSONL line by line, CSV with the csv module, Parquet batch by batch), so an
archive of any size costs memory for one chunk only. A row that cannot be parsed becomes a ``BAD_ROW`` marker
instead of stopping the run. Part files are committed atomically (temporary file, fsync, rename) and joined into
the final output in chunk order at the end.
"""

from __future__ import annotations

import csv
import datetime as _dt
import decimal
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from serving.records import detect_format

BAD_ROW = "__adrisk_bad_row__"  # key of a row that could not be parsed; its value says why
_BLOCK = 1 << 23


def _json_default(value):
    if isinstance(value, (_dt.date, _dt.datetime, _dt.time, decimal.Decimal)):
        return str(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    if hasattr(value, "tolist"):
        return value.tolist()
    raise TypeError(f"cannot write a value of type {type(value).__name__} as JSON")


def clean_str(s: str) -> str:
    """Lone surrogates (undecodable input bytes) replaced by U+FFFD so the output is valid UTF-8."""
    return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in s)


def _clean(value):
    if isinstance(value, str):
        return clean_str(value)
    if isinstance(value, dict):
        return {clean_str(str(k)): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


def json_line(row: dict) -> str:
    line = json.dumps(row, ensure_ascii=False, default=_json_default)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # rare: only rows carrying undecodable bytes pay for the cleaning pass
        line = json.dumps(_clean(row), ensure_ascii=False, default=_json_default)
    return line + "\n"


# -- input ---------------------------------------------------------------------------------------------------
def iter_input_rows(path: str | os.PathLike, fmt: str | None = None) -> Iterator[dict]:
    """Rows of an archive as dicts, streamed. Unparseable rows are yielded as ``{BAD_ROW: reason}``.

    Invalid UTF-8 is decoded with ``surrogateescape`` so the bad bytes survive as lone surrogates and the row
    gets an "undecodable" error value downstream instead of killing the run.
    """
    path = Path(path)
    fmt = detect_format(path, fmt)
    if not path.is_file():
        raise FileNotFoundError(f"no such input file: {str(path)!r}")
    if fmt == "jsonl":
        with path.open("rb") as fh:
            for lineno, raw in enumerate(fh, 1):
                line = raw.decode("utf-8", "surrogateescape").strip()
                if lineno == 1:
                    line = line.lstrip("\ufeff")  # a byte-order mark from Windows tools is not part of the JSON
                if not line:
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield {BAD_ROW: f"line {lineno}: not valid JSON ({exc.msg})"}
                    continue
                if not isinstance(row, dict):
                    yield {BAD_ROW: f"line {lineno}: expected a JSON object, found {type(row).__name__}"}
                    continue
                yield row
    elif fmt == "csv":
        delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
        # utf-8-sig: spreadsheet exports often start with a byte-order mark that would corrupt the first header
        with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as fh:
            for row in csv.DictReader(fh, delimiter=delimiter):
                row.pop(None, None)  # cells beyond the header have no column name to carry them under
                yield row
    else:
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(batch_size=4096):
            yield from batch.to_pylist()


def estimate_rows(path: str | os.PathLike, fmt: str | None = None) -> int | None:
    """Number of rows for the progress bar: exact for Parquet, newline count for JSONL and CSV."""
    path = Path(path)
    fmt = detect_format(path, fmt)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    lines = 0
    with path.open("rb") as fh:
        while block := fh.read(_BLOCK):
            lines += block.count(b"\n")
    return max(0, lines - 1) if fmt == "csv" else lines


def chunked(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    chunk: list[dict] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def fingerprint(path: str | os.PathLike) -> dict:
    """Size, mtime and a hash of the first MiB: enough to notice that the input changed between runs."""
    import hashlib

    path = Path(path)
    st = path.stat()
    with path.open("rb") as fh:
        head = hashlib.sha256(fh.read(1 << 20)).hexdigest()
    return {"path": str(path.resolve()), "size": st.st_size, "mtime_ns": st.st_mtime_ns, "head_sha256": head}


# -- atomic files ----------------------------------------------------------------------------------------------
def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def commit(tmp: Path, final: Path) -> None:
    """fsync then rename: after a crash the final name holds either the old file or the complete new one."""
    with tmp.open("rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, final)
    _fsync_dir(final.parent)


def write_json_atomic(payload, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=1, default=_json_default), encoding="utf-8")
    commit(tmp, path)


def _arrow_table(rows: list[dict]):
    import pyarrow as pa

    try:
        return pa.Table.from_pylist(rows)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
        # A carried column mixing types (JSONL allows it): keep every value, as JSON text.
        cols = list(dict.fromkeys(k for r in rows for k in r))
        data = {}
        for c in cols:
            values = [r.get(c) for r in rows]
            try:
                pa.array(values)
                data[c] = values
            except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
                data[c] = [None if v is None else v if isinstance(v, str) else json.dumps(v, default=_json_default)
                           for v in values]  # fmt: skip
        return pa.Table.from_pylist([{c: data[c][i] for c in cols} for i in range(len(rows))])


def write_part(rows: list[dict], path: Path, fmt: str) -> None:
    """One part, committed atomically. Parts are JSONL unless the final output is Parquet (keeps types)."""
    tmp = path.with_name(f".{path.name}.tmp")
    if fmt == "parquet":
        import pyarrow.parquet as pq

        pq.write_table(_arrow_table([_clean(r) for r in rows]), tmp)
    else:
        with tmp.open("w", encoding="utf-8") as fh:
            fh.writelines(json_line(r) for r in rows)
    commit(tmp, path)


# -- joining parts ---------------------------------------------------------------------------------------------
def _csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(_clean(value), ensure_ascii=False, default=_json_default)
    return clean_str(value) if isinstance(value, str) else str(value)


def _unified_schema(parts: list[Path], empty_schema):
    import pyarrow as pa
    import pyarrow.parquet as pq

    schemas = [pq.read_schema(p) for p in parts] or [empty_schema]
    try:
        return pa.unify_schemas(schemas, promote_options="permissive")
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        # The same column typed differently in two chunks: fall back to text for that column.
        fields: dict[str, object] = {}
        for s in schemas:
            for f in s:
                if f.name not in fields or pa.types.is_null(fields[f.name]):
                    fields[f.name] = f.type
                elif fields[f.name] != f.type and not pa.types.is_null(f.type):
                    fields[f.name] = pa.string()
        return pa.schema(list(fields.items()))


def _conform(table, schema):
    import pyarrow as pa
    import pyarrow.compute as pc

    cols = []
    for f in schema:
        if f.name not in table.column_names:
            cols.append(pa.nulls(table.num_rows, f.type))
            continue
        col = table.column(f.name)
        if col.type != f.type:
            try:
                col = pc.cast(col, f.type)
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
                col = pa.array([None if v is None else json.dumps(v, default=_json_default) for v in col.to_pylist()],
                               pa.string())  # fmt: skip
        cols.append(col)
    return pa.Table.from_arrays(cols, schema=schema)


def join_parts(parts: list[Path], output: Path, out_fmt: str, columns: list[str], empty_schema) -> None:
    """Concatenate the parts (in the given order) into ``output`` atomically, streaming one part at a time.

    ``columns``: every output column in order (CSV needs the union of all parts' columns up front).
    ``empty_schema``: the Arrow schema written when there are no rows at all.
    """
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(f".{output.name}.tmp")
    if out_fmt == "jsonl":
        with tmp.open("wb") as out:
            for p in parts:
                with p.open("rb") as fh:
                    while block := fh.read(_BLOCK):
                        out.write(block)
    elif out_fmt == "csv":
        with tmp.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(columns)
            for p in parts:
                with p.open(encoding="utf-8") as fh:
                    for line in fh:
                        row = json.loads(line)
                        writer.writerow([_csv_cell(row.get(c)) for c in columns])
    else:
        import pyarrow.parquet as pq

        schema = _unified_schema(parts, empty_schema)
        with pq.ParquetWriter(tmp, schema) as writer:
            for p in parts:
                writer.write_table(_conform(pq.read_table(p), schema))
            if not parts:
                writer.write_table(empty_schema.empty_table())
    commit(tmp, output)
