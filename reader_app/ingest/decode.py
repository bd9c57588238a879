"""Bytes to text: BOMs, UTF-8, legacy encodings via charset-normalizer, binary refused."""

from __future__ import annotations

import codecs
import unicodedata

import charset_normalizer

from reader_app.ingest.errors import IngestError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Undefined in cp1252: text that contains them is not cp1252.
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")
# At most this share of invalid bytes in otherwise valid UTF-8 is repaired with U+FFFD.
_MAX_BAD_UTF8 = 0.02


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """(text, note) where note says how it was decoded when that was not plain UTF-8."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(codec, errors="replace"), path), f"decoded as {codec} (BOM)"
    if b"\x00" in data[:8192] and not _looks_utf16(data):
        raise IngestError(path, "not a text file: binary content")
    if _looks_utf16(data):
        codec = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
        return _checked(data.decode(codec, errors="replace"), path), f"decoded as {codec}"
    try:
        return _checked(data.decode("utf-8"), path), ""
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return _checked(mostly_utf8[0], path), mostly_utf8[1]
    return _legacy(data, path)


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4096]
    if len(sample) < 4:
        return False
    odd_zeros = sample[1::2].count(0) / (len(sample) // 2)
    even_zeros = sample[0::2].count(0) / ((len(sample) + 1) // 2)
    return max(odd_zeros, even_zeros) > 0.4 and min(odd_zeros, even_zeros) < 0.05


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few broken bytes (a truncated download, a bad copy): repair and say so."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    # Valid multi-byte sequences rarely occur by chance in a legacy code page; a few of them
    # next to a handful of bad bytes means damaged UTF-8, not another encoding.
    if multibyte and bad <= max(4, _MAX_BAD_UTF8 * len(data)) and (bad <= 4 or multibyte >= bad):
        return text, f"decoded as utf-8; {bad} invalid byte(s) replaced with U+FFFD"
    return None


def _legacy(data: bytes, path: str) -> tuple[str, str]:
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise IngestError(path, "not a text file: binary content")
    text = str(best)
    codec = best.encoding
    # Detectors split hairs between Latin code pages on short texts (cp1250 vs cp1252); the
    # Windows Western page is by far the most common for Latin-script news, so prefer it
    # whenever it decodes the bytes completely and the guess was a Latin-script page anyway.
    if codec != "cp1252" and not (set(data) & _CP1252_HOLES) and _latin_share(text) > 0.9:
        text, codec = data.decode("cp1252"), "cp1252"
    return _checked(text, path), f"decoded as {codec} (detected)"


def _latin_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 1.0
    latin = sum(1 for ch in letters if ord(ch) < 0x250)
    return latin / len(letters)


def _checked(text: str, path: str) -> str:
    """Refuses decoded text that is mostly control characters (a binary file by another name)."""
    sample = text[:20000]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if sample and controls / len(sample) > 0.05:
        raise IngestError(path, "not a text file: binary content")
    return text
