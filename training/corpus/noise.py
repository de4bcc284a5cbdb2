"""Realistic surface noise for generated ads, applied piece by piece so span offsets stay right.

Every function maps a string to a string and never empties a non-empty one; the engine computes offsets after
noise from the noised pieces, so length changes (ALL CAPS of 'ß', emoji, spaced letters) are harmless.
Which noise applies depends on the script: typos and CAPS need letters with case, leetspeak and missing
diacritics only make sense in Latin script, transliteration only in Cyrillic.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

SCRIPT_OF_LANGUAGE = {
    "en": "latin", "es": "latin", "pt": "latin", "fr": "latin", "ro": "latin", "pl": "latin", "tl": "latin",
    "id": "latin", "vi": "latin", "ru": "cyrillic", "uk": "cyrillic", "th": "thai", "zh": "han",
}

DECORATIONS = {
    "job_local": ("📌", "✔️", "👉", "⭐"),
    "job_abroad": ("✈️", "🌍", "📌", "✔️"),
    "job_risky": ("🔥", "💰", "✅", "💯", "✈️", "🌍", "‼️", "💵"),
    "recruiter_reply": ("😊", "🙏", "👍", "✈️", "💰", "😍"),
    # No 🍒 🍭 🎀: they are youth codes (minor_risk evidence), so as unlabelled decoration they would teach
    # the model that the cue means nothing.
    "escort_independent": ("💋", "🌹", "✨", "🔥", "💦", "😘", "💕", "👠", "🥂", "😈"),
    "escort_risky": ("💋", "🌹", "✨", "🔥", "💦", "😘", "💕", "👠", "🥂", "😈"),
    "classified": ("📦", "🏠", "🚗", "✔️"),
}


class _StripMap(dict):
    """str.translate table built lazily: a character maps to itself without its combining marks."""

    _EXTRA = {"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss"}

    def __missing__(self, code: int):
        ch = chr(code)
        if ch in self._EXTRA:
            out = self._EXTRA[ch]
        elif code < 128:
            out = ch
        else:
            base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            out = base or ch
        self[code] = out
        return out


_STRIP = _StripMap()


def strip_diacritics(s: str) -> str:
    """'Mật khẩu' -> 'Mat khau', 'Łódź' -> 'Lodz': how people type without the right keyboard."""
    return s.translate(_STRIP)


_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
_TRANSLIT = {ord(k): v for k, v in _CYR.items()}
_TRANSLIT.update({ord(k.upper()): (v[:1].upper() + v[1:]) for k, v in _CYR.items() if v})
# Chat transliteration ("Runglish") writes some letters with digits that look or sound alike.
_TRANSLIT_CHAT = dict(_TRANSLIT)
_TRANSLIT_CHAT.update({ord("ч"): "4", ord("ш"): "w", ord("щ"): "w", ord("я"): "9"})


def transliterate(s: str, chat: bool = False) -> str:
    """Russian/Ukrainian in Latin letters, as typed on phones without a Cyrillic keyboard."""
    out = s.translate(_TRANSLIT_CHAT if chat else _TRANSLIT)
    return out if out.strip() else s


def _k(s: str, rate: float, rng: random.Random) -> int:
    """How many edits a piece of this length gets: rate is per ~6 characters (one word)."""
    return int(len(s) * rate / 6.0 + rng.random())


def typos(s: str, rate: float, rng: random.Random) -> str:
    """Swap, drop or double letters at random places inside words."""
    n = len(s)
    if n < 4:
        return s
    chars = list(s)
    for _ in range(_k(s, rate, rng)):
        i = rng.randrange(1, len(chars) - 2)
        a, b = chars[i], chars[i + 1]
        if not (a.isalpha() and b.isalpha()):
            continue
        op = rng.random()
        if op < 0.5:
            chars[i], chars[i + 1] = b, a
        elif op < 0.75 and len(chars) > 4:
            del chars[i]
        else:
            chars.insert(i, a)
    return "".join(chars)


_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1", "O": "0",
         "S": "$"}


def leet(s: str, rate: float, rng: random.Random) -> str:
    chars = list(s)
    for _ in range(_k(s, rate, rng)):
        i = rng.randrange(len(chars))
        rep = _LEET.get(chars[i])
        if rep:
            chars[i] = rep
    return "".join(chars)


def emoji_letters(s: str, rng: random.Random) -> str:
    """'L💋VE', 'h🌸t': a letter o replaced by an emoji, common in escort ads."""
    idx = [i for i, c in enumerate(s) if c in "oO"]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + rng.choice(("💋", "🌸", "❤️", "⭕")) + s[i + 1 :]


_OCR = {"l": "1", "I": "l", "O": "0", "o": "0", "e": "c", "S": "5", "B": "8", "m": "rn", "h": "b", "u": "v"}


def ocr(s: str, rate: float, rng: random.Random, latin: bool) -> str:
    """Text read from a picture: words broken by stray spaces, spaces lost, similar letters confused."""
    chars = list(s)
    for _ in range(_k(s, rate, rng)):
        if len(chars) < 3:
            break
        i = rng.randrange(1, len(chars) - 1)
        op = rng.random()
        if op < 0.45:
            # Never split a base letter from its combining mark (Thai vowels and tones, Vietnamese accents).
            if chars[i - 1] != " " and chars[i] != " " and not unicodedata.combining(chars[i]) \
                    and unicodedata.category(chars[i]) != "Mn":
                chars.insert(i, " ")
        elif op < 0.65:
            if chars[i] == " " and len(chars) > 3:
                del chars[i]
        elif latin and chars[i] in _OCR:
            # Splice, not assign: "m" -> "rn" must stay two list items, or later steps see a 2-char "letter".
            chars[i : i + 1] = _OCR[chars[i]]
    out = "".join(chars)
    return out if out.strip() else s


# Cyrillic letters that look Latin: escort ads swap them in so keyword filters miss the word.
_HOMOGLYPH = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "A": "А", "E": "Е", "O": "О",
              "P": "Р", "C": "С", "H": "Н", "K": "К", "M": "М", "T": "Т", "B": "В"}


def homoglyphs(s: str, rate: float, rng: random.Random) -> str:
    chars = list(s)
    for _ in range(_k(s, rate, rng)):
        i = rng.randrange(len(chars))
        chars[i] = _HOMOGLYPH.get(chars[i], chars[i])
    return "".join(chars)


def elongate(s: str, rng: random.Random) -> str:
    """'pleaseee', 'hiiii', 'มากกกก': the last letter of a piece stretched, as typed in chats."""
    t = s.rstrip()
    i = len(t) - 1
    while i >= 0 and not t[i].isalpha():
        i -= 1
    if i < 1 or unicodedata.combining(t[i]) or unicodedata.category(t[i]) == "Mn":
        return s
    return t[: i + 1] + t[i] * rng.randint(2, 4) + t[i + 1 :] + s[len(t) :]


def fullwidth(s: str) -> str:
    """ASCII letters and digits in full-width forms ('ＶＸ １３８'), common in Chinese ads to dodge filters."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in s)


def repeat_punct(s: str, rng: random.Random) -> str:
    """'!' -> '!!!', '?' -> '???', '.' -> '...' at the end of a piece."""
    t = s.rstrip()
    if not t:
        return s
    last = t[-1]
    if last in "!?！？":
        return t + last * rng.randint(1, 3) + s[len(t) :]
    if last in ".。":
        return t[:-1] + rng.choice(("...", "!!", "!!!", "..")) + s[len(t) :]
    return s


def spaced(word: str, rng: random.Random) -> str:
    """'W H A T S A P P', 't.e.l.e.g.r.a.m', 'T-e-l-e-g-r-a-m': spelled out to dodge keyword filters."""
    style = rng.randrange(4)
    if style == 0:
        return " ".join(word.upper().replace(" ", ""))
    if style == 1:
        return ".".join(word.lower().replace(" ", ""))
    if style == 2:
        return "-".join(word.replace(" ", ""))
    return word.upper()


_KEYCAP = {str(d): f"{d}\ufe0f\u20e3" for d in range(10)}


def phone_style(phone: str, rng: random.Random, digit_words: tuple[str, ...] = ()) -> str:
    """Phone numbers written to evade scrapers: spaced digits, dots, keycap emoji, letter O, spelled digits."""
    style = rng.randrange(6 if digit_words else 5)
    if style == 5:
        # Some digits spelled out, the rest left as they are: "(212) five five five-01 two 3".
        return "".join(f" {digit_words[int(c)]} " if c.isdigit() and rng.random() < 0.5 else c
                       for c in phone).replace("  ", " ").replace("( ", "(").replace(" )", ")").strip()
    if style == 0:
        return " ".join(c for c in phone if c.isdigit() or c == "+")
    if style == 1:
        return ".".join(re.findall(r"\+?\d+", phone)) or phone
    if style == 2:
        return "".join(_KEYCAP.get(c, c) for c in phone if c != " ")
    if style == 3:
        return phone.replace("0", "O")
    return phone


@dataclass(frozen=True)
class NoiseProfile:
    """Ad-level noise decisions; drawn once per ad so an ad is consistently messy or consistently clean."""

    typo_rate: float = 0.0
    caps_p: float = 0.0
    lower: bool = False
    punct_p: float = 0.0
    leet_rate: float = 0.0
    emoji_letter_p: float = 0.0
    ocr_rate: float = 0.0
    strip_diacritics: bool = False
    translit: bool = False
    translit_chat: bool = False
    decorate_p: float = 0.0
    phone_p: float = 0.0
    app_p: float = 0.0
    homoglyph_rate: float = 0.0
    elongate_p: float = 0.0
    fullwidth_p: float = 0.0


def draw_profile(kind: str, language: str, transliterable: bool, rng: random.Random) -> NoiseProfile:
    script = SCRIPT_OF_LANGUAGE.get(language, "latin")
    cased = script in ("latin", "cyrillic")
    latin = script == "latin"
    escort = kind.startswith("escort")
    loud = escort or kind in ("job_risky", "recruiter_reply")
    r = rng.random
    return NoiseProfile(
        typo_rate=(rng.choice((0.03, 0.06, 0.12)) if cased and r() < (0.45 if loud else 0.2) else 0.0),
        caps_p=(rng.choice((0.2, 0.4)) if cased and r() < (0.5 if loud else 0.12) else 0.0),
        lower=kind == "recruiter_reply" and cased and r() < 0.3,
        punct_p=(0.5 if r() < (0.5 if loud else 0.1) else 0.0),
        leet_rate=(0.08 if latin and escort and r() < 0.15 else 0.0),
        emoji_letter_p=(0.3 if latin and escort and r() < 0.25 else 0.0),
        ocr_rate=(rng.choice((0.05, 0.1)) if r() < 0.06 else 0.0),
        strip_diacritics=latin and r() < (0.3 if loud else 0.12),
        translit=transliterable and r() < 0.25,
        translit_chat=r() < 0.3,
        decorate_p=(0.45 if escort else 0.25 if loud else 0.05) if r() < 0.8 else 0.0,
        phone_p=(0.35 if escort else 0.1),
        app_p=(0.3 if loud else 0.05),
        homoglyph_rate=(0.06 if latin and escort and r() < 0.1 else 0.0),
        elongate_p=(0.25 if loud and script != "han" and r() < 0.3 else 0.0),
        fullwidth_p=(0.5 if script == "han" and r() < 0.25 else 0.0),
    )


def apply(s: str, p: NoiseProfile, caps: bool, evidence: bool, language: str, rng: random.Random) -> str:
    """Noise one piece. Evidence gets the same kinds of noise at a lower rate so it stays readable."""
    if not s.strip():
        return s
    latin = SCRIPT_OF_LANGUAGE.get(language, "latin") == "latin"
    damp = 0.5 if evidence else 1.0
    out = s
    if p.translit:
        out = transliterate(out, p.translit_chat)
    if p.strip_diacritics:
        out = strip_diacritics(out)
    if p.typo_rate:
        out = typos(out, p.typo_rate * damp, rng)
    if p.leet_rate:
        out = leet(out, p.leet_rate * damp, rng)
    if p.emoji_letter_p and rng.random() < p.emoji_letter_p * damp:
        out = emoji_letters(out, rng)
    if p.homoglyph_rate:
        out = homoglyphs(out, p.homoglyph_rate * damp, rng)
    if p.ocr_rate:
        out = ocr(out, p.ocr_rate * damp, rng, latin)
    if p.fullwidth_p and rng.random() < p.fullwidth_p:
        out = fullwidth(out)
    if p.elongate_p and rng.random() < p.elongate_p * damp:
        out = elongate(out, rng)
    if caps:
        out = out.upper()
    elif p.lower:
        out = out.lower()
    if p.punct_p and rng.random() < p.punct_p:
        out = repeat_punct(out, rng)
    return out if out.strip() else s
