"""Word-list keys for text found by a case-insensitive regex: folded as re's IGNORECASE folds."""

from __future__ import annotations

# re.IGNORECASE takes four non-ASCII letters for ASCII ones that str.lower() keeps apart: dotless
# "ı" and dotted "İ" match "i", long "ſ" matches "s", the Kelvin sign matches "k". A match such a
# regex made ("Mſ", "It ıs understood", "Aprİl") must be looked up in a list keyed by lowercase
# ASCII with these folded too, or the lookup fails on text the regex accepted.
_FOLD = str.maketrans({"\u0131": "i", "\u0130": "i", "\u017f": "s", "\u212a": "k"})


def match_key(text: str) -> str:
    """``text`` lowercased, with the letters re's IGNORECASE equates to ASCII made ASCII."""
    return text.translate(_FOLD).lower()
