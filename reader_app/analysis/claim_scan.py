"""Whole-article regex scans that jump from word start to word start instead of trying every position.

``re`` tries a pattern that opens with ``\\b`` or a lookbehind at every character of the text. The
same pattern written to open by *consuming* the boundary character (``[^\\w]...``) opens with a
character class, which ``re`` skips ahead to in C: only spaces and punctuation start an attempt.
``exact_spans`` runs that form over " " + text (so position 0 has a boundary character too) and
returns exactly the spans the original pattern's ``finditer`` gives, including the one case the
consuming form cannot see: a match starting right where the previous one ended (possible only when
that match ends in a boundary character, e.g. "5 Jan." followed by a word).
"""

from __future__ import annotations

import re


def joins_word(ch: str, extra: str = "") -> bool:
    """Whether ``ch`` is a word character for ``\\w`` (or one of ``extra``)."""
    return ch.isalnum() or ch == "_" or ch in extra


def exact_spans(
    fast: re.Pattern[str], exact: re.Pattern[str], text: str, extra: str = ""
) -> list[tuple[int, int]]:
    """The spans of ``exact.finditer(text)``, found with ``fast``.

    ``exact`` must be ``B(?:body)`` where ``B`` asserts "not after a word character (or one of
    ``extra``)" and the body's first character is such a character; ``fast`` must be
    ``[^\\w<extra>](body)``: one consumed boundary character, then the body as group 1.
    """
    padded, out, pos = " " + text, [], 0
    while True:
        for m in fast.finditer(padded, pos):
            start, end = m.start(1) - 1, m.end(1) - 1
            out.append((start, end))
            if joins_word(text[end - 1], extra):
                continue
            # Ended in a boundary character: the next match may start right here, on a character
            # ``fast`` would need as its boundary. Ask ``exact`` there; ``fast`` resumes after.
            follow = exact.match(text, end)
            if follow is None:
                continue
            while follow is not None:
                out.append(follow.span())
                end = follow.end()
                follow = None if joins_word(text[end - 1], extra) else exact.match(text, end)
            pos = end + 1
            break
        else:
            return out
