"""Contact identifiers in ad text: phone numbers (E.164), e-mails, messenger handles and links.

Identifiers are what investigators use to connect ads; they are also personal data. ``IdentifierHasher``
turns them into salted hashes so that linking works without keeping the raw values.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata
from dataclasses import dataclass

import phonenumbers

# Where an ad says nothing about its country, the language is the best region hint we have.
LANGUAGE_REGION = {
    "en": "US", "es": "ES", "pt": "BR", "fr": "FR", "ro": "RO", "pl": "PL", "ru": "RU", "uk": "UA",
    "tl": "PH", "id": "ID", "vi": "VN", "th": "TH", "zh": "CN", "de": "DE", "it": "IT",
}  # fmt: skip

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# "0 7 7 0 0 9 0 0 1 2 3", "0912.555.1234": digits split by single separators, as ads write them to dodge filters.
_SPACED_DIGITS = re.compile(r"\+?\d(?:[ .\-/]?\d){7,14}")
_LINK_HANDLES = (
    ("whatsapp", re.compile(r"(?:wa\.me|api\.whatsapp\.com/send\?phone=)/?\+?([\w]+)", re.I)),
    ("telegram", re.compile(r"(?:t\.me|telegram\.me)/([A-Za-z0-9_]{4,32})", re.I)),
    ("line", re.compile(r"line\.me/(?:ti/p/~?|R/ti/p/)?([\w.\-@~]{3,40})", re.I)),
)
_APP_HANDLE = re.compile(
    r"(?<![A-Za-z])(telegram|tg|tele|line|wechat|weixin|微信|vx|zalo|viber|whatsapp|wa|kakao|signal|instagram|ig)"
    r"\s*(?:id)?\s*[:：=]?\s*@?([A-Za-z][\w.\-]{2,31})",
    re.I,
)
_AT_HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z][A-Za-z0-9_.]{3,31})\b")
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"')]+", re.I)

_APP_ALIASES = {"tg": "telegram", "tele": "telegram", "weixin": "wechat", "微信": "wechat", "vx": "wechat",
                "wa": "whatsapp", "ig": "instagram"}  # fmt: skip


@dataclass(frozen=True, order=True)
class Identifier:
    kind: str  # phone | email | handle | link
    value: str  # normalised: E.164 for phones, lower-case for the rest; "app:handle" for handles


def _fold(text: str) -> str:
    # Full-width digits and letters (common in zh/ja ads) fold to ASCII under NFKC.
    return unicodedata.normalize("NFKC", text)


def extract_phones(text: str, region: str | None = None) -> set[str]:
    text = _fold(text)
    found: set[str] = set()
    region = (region or "US").upper()
    taken: list[tuple[int, int]] = []
    for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.POSSIBLE):
        found.add(phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164))
        taken.append((match.start, match.end))
    for m in _SPACED_DIGITS.finditer(text):
        if any(m.start() < end and start < m.end() for start, end in taken):
            continue  # part of a number the matcher already read, e.g. "(020) 7946-0958"
        raw = re.sub(r"[ .\-/]", "", m.group())
        try:
            num = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(num):
            found.add(phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164))
    return found


def extract_identifiers(text: str, region: str | None = None) -> set[Identifier]:
    """All contact identifiers in ``text``, normalised so that differently written copies compare equal."""
    text = _fold(text)
    ids = {Identifier("phone", p) for p in extract_phones(text, region)}
    emails = {m.group().lower().rstrip(".") for m in _EMAIL.finditer(text)}
    ids |= {Identifier("email", e) for e in emails}
    for app, pattern in _LINK_HANDLES:
        for m in pattern.finditer(text):
            ids.add(Identifier("handle", f"{app}:{m.group(1).lower().lstrip('+~')}"))
    for m in _APP_HANDLE.finditer(text):
        app = m.group(1).lower()
        app = _APP_ALIASES.get(app, app)
        ids.add(Identifier("handle", f"{app}:{m.group(2).lower()}"))
    email_locals = {e.split("@")[0] for e in emails}
    for m in _AT_HANDLE.finditer(text):
        handle = m.group(1).lower().rstrip(".")
        if handle not in email_locals:
            ids.add(Identifier("handle", f"@:{handle}"))
    for m in _URL.finditer(text):
        url = re.sub(r"^(?:https?://)?(?:www\.)?", "", m.group().lower()).rstrip("/.,")
        ids.add(Identifier("link", url))
    return ids


class IdentifierHasher:
    """Salted, keyed hashes of identifiers (HMAC-SHA256, truncated). The salt is never written out."""

    def __init__(self, salt: str | bytes | None = None):
        if salt is None:
            salt = secrets.token_bytes(16)
        self._key = salt.encode() if isinstance(salt, str) else salt

    def __call__(self, ident: Identifier) -> str:
        digest = hmac.new(self._key, f"{ident.kind}|{ident.value}".encode(), hashlib.sha256).hexdigest()
        return f"{ident.kind}:{digest[:20]}"
