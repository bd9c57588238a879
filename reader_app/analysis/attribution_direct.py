"""Direct quotes: which speaker tag ('," she said' / 'He said: "' / 'according to X, "') each quote has."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader_app.analysis.attribution_clauses import Candidate, verbs_in
from reader_app.analysis.attribution_content import tag_remainder
from reader_app.analysis.attribution_descriptors import described_name
from reader_app.analysis.attribution_lexicon import Verb, lexicon
from reader_app.analysis.attribution_phrases import read_phrase
from reader_app.analysis.attribution_scan import (
    ParagraphFinder,
    first_word_start,
    last_word,
    word_count,
)
from reader_app.analysis.attribution_subjects import (
    np_phrase,
    sentence_subject,
    speaker_after,
    speaker_before,
)
from reader_app.analysis.attribution_untagged import title_like
from reader_app.analysis.quotes import Quote
from reader_app.model import Attribution, span_of

_TAG_END = re.compile(r"[.!?;\n\u201c\"]")
# A sentence end before a quote's introducing words. (It opens with a character class, so re jumps
# between candidates; the text's start, which '|^' used to add, never lies after a paragraph start.)
_BEFORE_MARKS = '.!?\n\u201d"'
_BEFORE_START = re.compile(rf"[{_BEFORE_MARKS}](?:\s|$)")
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+(.+?)\s*,\s*$", re.DOTALL)
_CLAUSE_MARK = re.compile(r"[,;:.!?]")
_TAG_WORDS = 14  # a speaker tag (with an apposition) has its verb this close to the quote


def _quote_ending(text: str, quote: Quote) -> str:
    """The punctuation that ends the quoted words ('," she said' -> ',')."""
    inner_end = quote.end - 1
    while inner_end > quote.start and text[inner_end - 1].isspace():
        inner_end -= 1
    last = text[inner_end - 1] if inner_end > quote.start else ""
    after = text[quote.end : quote.end + 1]
    return last if last in ",.!?\u2026-\u2014" else (after if after in ",\u2014-" else "")


def _tag_end(text: str, pos: int, para_end: int) -> int:
    """Where a speaker tag ends: the sentence end, not the dot of "Dr." or of an initial."""
    lex = lexicon()
    for stop in _TAG_END.finditer(text, pos, para_end):
        if stop.group() == ".":
            word = last_word(text, pos, stop.start())
            if word and (len(word) == 1 or lex.noun(word.lower(), "honorific")):
                continue
        return stop.start()
    return para_end


def _tag_after(
    text: str, quote: Quote, para_end: int, starts: Sequence[int] | None
) -> Candidate | None:
    """'"...," X said.' / '"...," said X' / '"..." X told reporters.'"""
    pos = quote.end
    while pos < para_end and text[pos] in " ,\u2014\u2013-":
        pos += 1
    end = _tag_end(text, pos, para_end)
    found = verbs_in(text, pos, end, starts=starts)
    if not found:
        return None
    v_start, v_end, verb = found[0]
    if word_count(text, pos, v_start) > _TAG_WORDS:
        return None
    ending = _quote_ending(text, quote)
    if ending == "":
        return None
    if ending in ".\u2026" and not tag_remainder(text, verb, v_end, end):
        return None  # '"..." Officials said the dam was safe.': a new sentence, not a tag
    first = first_word_start(text, pos, v_start)
    if first is not None:
        phrase = read_phrase(text, pos, v_start)
        if phrase is None or phrase.start != first:
            phrase = speaker_before(text, pos, v_start)
            if phrase is None or phrase.start != first:
                phrase = described_name(text, pos, v_start)  # 'Former Olympic runner X said'
                if phrase is None:
                    return None
    else:
        phrase = speaker_after(text, v_end, end)
        if phrase is None:
            return None
    return Candidate((v_start, v_end), quote.segments, "direct", phrase)


def _runs_to_sentence_end(text: str, quote: Quote) -> bool:
    after = text[quote.end : quote.end + 3].lstrip(" ")
    return not after or after[0] in '.!?\n\u201c"' or after[0].isupper()


def _opens_a_quote(text: str, lo: int, lead_end: int) -> bool:
    r"""Whether the introducing words end with ':' / ',' or the word 'that' (and spaces): what
    ``re.search(r"[:,]\s*$|\bthat\s*$", text[lo:lead_end])`` finds, read back from the end."""
    j = lead_end
    while j > lo and text[j - 1].isspace():
        j -= 1
    if j > lo and text[j - 1] in ":,":
        return True
    w = j - 4
    return (
        w >= lo
        and text.startswith("that", w)
        and (w == lo or not (text[w - 1].isalnum() or text[w - 1] == "_"))
    )


def _ends_with_verb(text: str, found: Sequence[tuple[int, int, Verb]], lead_end: int) -> bool:
    """'Smith said "..."': the introducing words end with the reporting verb itself."""
    return bool(found) and not text[found[-1][1] : lead_end].strip()


_LEAD_WINDOW = 300


def _lead_start(text: str, para_start: int, lead_end: int) -> int:
    """Where the sentence holding ``lead_end`` starts: after the last sentence end the scan from
    ``para_start`` finds (or ``para_start``). Paragraphs can run to thousands of characters, so the
    scan starts near ``lead_end`` at a position no match of the full scan covers (a match is a mark
    and one space: it covers ``q`` only if a mark precedes ``q`` and a space is at ``q``)."""
    q = max(para_start, lead_end - _LEAD_WINDOW)
    while para_start < q < lead_end and text[q - 1] in _BEFORE_MARKS and text[q].isspace():
        q += 1
    ends = [m.end() for m in _BEFORE_START.finditer(text, q, lead_end)]
    if not ends and q > para_start:  # no sentence end near: scan the whole paragraph
        ends = [m.end() for m in _BEFORE_START.finditer(text, para_start, lead_end)]
    return ends[-1] if ends else para_start


def _tag_before(
    text: str, quote: Quote, para_start: int, lead_end: int, starts: Sequence[int] | None = None
) -> Candidate | None:
    """'X said: "..."' / 'X told reporters, "..."' / 'According to the report, "..."'.

    ``lead_end`` is where the introducing words end: the quote's start, or the end of the
    previous paragraph when that one ends with a colon."""
    lo = _lead_start(text, para_start, lead_end)
    lead = text[lo:lead_end]
    # the introducing words' verbs, read once (label verbs only count before a quoted label)
    with_labels = verbs_in(text, lo, lead_end, labels=True, starts=starts)
    found = [v for v in with_labels if v[2].frame != "label"]
    label = _label_before(text, quote, lo, lead_end, with_labels)
    if label is not None:
        return label
    if not (_opens_a_quote(text, lo, lead_end) or _ends_with_verb(text, found, lead_end)):
        return None
    if not _runs_to_sentence_end(text, quote):
        return None
    according = _ACCORDING.search(lead)
    if according:
        phrase = np_phrase(text, (lo + according.start(1), lo + according.end(1)))
        cue = (lo + according.start(), lo + according.start() + len("according to"))
        return Candidate(cue, quote.segments, "direct", phrase)
    if not found:
        return _colon_subject(text, quote, lo, lead_end)
    v_start, v_end, _verb = found[-1]
    if word_count(text, v_end, lead_end) > 6:
        return None
    phrase = speaker_before(text, lo, v_start)
    return Candidate((v_start, v_end), quote.segments, "direct", phrase) if phrase else None


def _colon_subject(text: str, quote: Quote, lo: int, lead_end: int) -> Candidate | None:
    """'The minister was blunt: "..."': a short sentence about a speaker, a colon, then the quote."""
    colon = text.rfind(":", lo, lead_end)
    if colon < 0 or text[colon + 1 : lead_end].strip() or word_count(text, lo, colon) > 6:
        return None
    phrase = sentence_subject(text, lo, colon)
    if phrase is None or phrase.kind not in ("name", "role", "group", "organisation"):
        return None
    if phrase.kind == "name" and len(phrase.name) < 2:
        return None  # 'Update:' / 'Warning:': a lone capitalised word is no speaker here
    return Candidate((colon, colon + 1), quote.segments, "direct", phrase)


def _label_before(
    text: str, quote: Quote, lo: int, lead_end: int, verbs: Sequence[tuple[int, int, Verb]]
) -> Candidate | None:
    """'X called the rise "a punishment"' / 'X dismissed the account as "propaganda"' / 'what X
    calls a "vigil"': the quoted label is X's words. ``verbs``: the verbs in text[lo:lead_end]."""
    if lead_end != quote.start:
        return None
    found = [v for v in verbs if v[2].frame == "label"]
    if not found:
        return None
    v_start, v_end, _verb = found[-1]
    if word_count(text, v_end, lead_end) > 6 or _CLAUSE_MARK.search(text, v_end, lead_end):
        return None
    phrase = speaker_before(text, lo, v_start)
    return Candidate((v_start, v_end), quote.segments, "direct", phrase) if phrase else None


def _starts_sentence(text: str, quote: Quote, para_start: int) -> bool:
    k = _last_nonspace(text, para_start, quote.start)
    return k == para_start or text[k - 1] in '.!?\u201d"'


def _last_nonspace(text: str, start: int, end: int) -> int:
    """``start + len(text[start:end].rstrip())`` without copying a long paragraph."""
    if end <= start:
        return start
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _blank(text: str, start: int, end: int) -> bool:
    """``not text[start:end].strip()``."""
    return _last_nonspace(text, start, end) == start


def direct_candidates(
    text: str,
    quotes: Sequence[Quote],
    paragraphs: Sequence[tuple[int, int]],
    starts: Sequence[int] | None = None,
) -> list[Candidate]:
    """A candidate for every quote with a speaker tag, or continuing the previous speaker's quote.
    ``starts``: the article's cue positions (``cue_starts``), where every reporting verb starts."""
    out: list[Candidate] = []
    if not quotes:
        return out
    last: tuple[Candidate, int] | None = None  # last attributed quote and its paragraph index
    find = ParagraphFinder(paragraphs)
    for quote in quotes:
        p_index = find.holding(quote.start)
        p_start, p_end = paragraphs[p_index] if paragraphs else (0, len(text))
        end_para = find.end_at(quote.end, p_end)
        lead = (p_start, quote.start)
        if p_index > 0 and _blank(text, p_start, quote.start):
            prev_start, prev_end = paragraphs[p_index - 1]
            if text[prev_end - 1] == ":":
                lead = (prev_start, prev_end)
        cand = _tag_after(text, quote, end_para, starts) or _tag_before(text, quote, *lead, starts)
        if cand is None and last is not None and _starts_sentence(text, quote, p_start):
            prev, prev_para = last
            whole_para = _blank(text, p_start, quote.start) and _blank(text, quote.end, p_end)
            if prev_para == p_index or (prev_para == p_index - 1 and whole_para):
                cand = Candidate(None, quote.segments, "direct", follows=prev)
        if cand is not None:
            out.append(cand)
            last = (cand, p_index)
    return out


_SENTENCE_END = re.compile(r"[.!?]\s")


def untagged_followers(
    text: str, quotes: Sequence[Quote], found: Sequence[Attribution]
) -> list[Attribution]:
    """'Mayor X said the budget was tight. "We have no choice."': a quote with no tag that opens
    the sentence right after a reported statement (same paragraph, or a paragraph of its own
    right after it) continues that speaker's words."""
    out = []
    spans = sorted((((c.start, c.end), a) for a in found for c in a.content), key=lambda x: x[0])
    for quote in quotes:
        first = quote.segments[0]
        if any(a < first[1] and first[0] < b for (a, b), _ in spans):
            continue
        before = [(span, a) for span, a in spans if span[1] <= quote.start]
        if (
            not before
            or not _starts_sentence(text, quote, text.rfind("\n", 0, quote.start) + 1)
            or not _runs_to_sentence_end(text, quote)
            or word_count(text, *first) < 3
            or title_like(text, quote)  # a quoted title or headline on its own
        ):
            continue
        (_, prev_end), prev = before[-1]
        if prev.speaker_kind == "document" or not _next_sentence(text, prev_end, quote):
            continue
        segments = tuple(span_of(text, a, b) for a, b in quote.segments)
        out.append(Attribution(prev.speaker, None, None, segments, "direct", prev.speaker_kind))
    return out


def _next_sentence(text: str, prev_end: int, quote: Quote) -> bool:
    """Whether the quote opens the sentence right after the one ending near ``prev_end``: at most
    one sentence end between them, and at most one paragraph break (then the quote's paragraph
    holds nothing else)."""
    between = text[prev_end : quote.start]
    if len(_SENTENCE_END.findall(between + " ")) > 1 or '"' in between or "\u201d" in between:
        return False
    breaks = between.count("\n\n")
    if breaks == 0:
        return True
    para_end = text.find("\n\n", quote.end)
    tail = text[quote.end : para_end if para_end >= 0 else len(text)].strip()
    return breaks == 1 and not tail
