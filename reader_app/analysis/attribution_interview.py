"""Interviews (Q:/A:, 'Q.'/'A.', or turns labelled with names or initials): answers belong to the
interviewee; questions are nobody's claims (speech they report is found like any other sentence)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reader_app.analysis.attribution_clauses import Candidate, trimmed

# 'Q:' / 'A:' anywhere after a space; 'Q.' / 'A.' (a bold-style label) only where a paragraph starts.
# Every branch opens with a literal ('*', 'Q' or 'A'), so re jumps from one of those characters to
# the next; the position test comes after it: (?<!\S.) = at the start or after a space,
# (?<![^\n].) = at the start or after a line break.
_QA = re.compile(
    r"\*(?<!\S.)\**(?:Q|A|Question|Answer)\s*:\**\s"
    r"|Q(?<!\S.)(?:uestion)?\s*:\**\s"
    r"|A(?<!\S.)(?:nswer)?\s*:\**\s"
    r"|\*(?<![^\n].)\**[QA]\.\**\s"
    r"|Q(?<![^\n].)\.\**\s"
    r"|A(?<![^\n].)\.\**\s"
)
# Every question marker holds one of these ('Q:', 'Question :', 'Q.'): a text without one is no
# Q/A interview (one fast search instead of _QA's stop at every capital A).
_QUESTION_HINT = re.compile(r"Q(?:uestion)?\s*[:.]")
# 'SMITH:', 'RA:', 'Jane Okoro:' opening a paragraph.
_LABEL = re.compile(
    r"^\**([A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*){0,2})\s*\**:\**\s",
    re.MULTILINE,
)
# _LABEL without its '^', matched at line starts only: a line opening with a star or a capital.
_LABEL_AT = re.compile(_LABEL.pattern[1:])
_LINE_OPEN = re.compile(r"\n[*A-Z]")
_BLANK_LINE = re.compile(r"\n\s*\n")
_ASKER_LABELS = frozenset({"q", "question", "interviewer"})
_NOT_SPEAKERS = frozenset(
    {
        "note",
        "update",
        "source",
        "editor",
        "editor's note",
        "correction",
        "photo",
        "watch",
        "read",
        "pros",
        "cons",
        "verdict",
        "price",
        "related",
        "tags",
        "share",
        "summary",
        "background",
    }
)
# (It opens with the class [Tt] so re skips to those letters; the lookbehind after it is the '\b'
# before the word: no word character before the T.)
_ROLE_NAME = re.compile(
    r"[Tt](?<!\w.)he\s+(?:[\w-]+\s+){0,3}?(?:expert|analyst|scholar|professor|researcher|economist|official|"
    r"director|author|scientist|diplomat|guest|interviewee)\s*,\s*((?:[A-Z][\w\u2019'.-]*\s+){1,3}[A-Z][\w\u2019'-]*)\s*,"
)
_INTERVIEWER = re.compile(
    r"(?:[Ii]nterview(?:ed)? by|[Qq]uestions by|[Bb]y|[Rr]eporting by|[Ww]ords by)\s+$"
)


@dataclass(frozen=True)
class Turn:
    asks: bool  # a question turn
    start: int  # the marker
    marker_end: int
    end: int  # where the next turn starts
    label: str  # "Q", "A", or the name / initials written before the colon


def _qa_turns(text: str) -> list[tuple[int, int, str]]:
    """Q/A markers; none without a question marker (the answers alone make no interview)."""
    if _QUESTION_HINT.search(text) is None:
        return []
    return [(m.start(), m.end(), m.group().lstrip("*")[0]) for m in _QA.finditer(text)]


def _label_matches(text: str) -> list[re.Match[str]]:
    """``list(_LABEL.finditer(text))``: tried only at line starts (after a line break, which is all
    a multiline '^' matches after) that open with a star or a capital, not at every position."""
    out = []
    end = 0
    opens = [0] if _LINE_OPEN.match("\n" + text[:1]) else []
    opens += [m.start() + 1 for m in _LINE_OPEN.finditer(text)]
    for p in opens:
        if p >= end:  # finditer goes on after the last match
            m = _LABEL_AT.match(text, p)
            if m is not None:
                out.append(m)
                end = m.end()
    return out


def _label_turns(text: str, author: str | None) -> list[tuple[int, int, str]]:
    """Name-labelled turns: at least two labels, each used at least twice (not 'Note:' once)."""
    marks = [
        (m.start(), m.end(), m.group(1))
        for m in _label_matches(text)
        if m.group(1).lower().rstrip(".") not in _NOT_SPEAKERS
        and (_speaker_like(text, m.group(1)) or (author and _names(m.group(1), author)))
    ]
    counts = Counter(label for _, _, label in marks)
    keep = {label for label, n in counts.items() if n >= 2}
    if len(keep) == 1:
        return _outlet_questions(text, keep.pop())
    return [m for m in marks if m[2] in keep] if len(keep) >= 2 else []


def _outlet_questions(text: str, answerer: str) -> list[tuple[int, int, str]]:
    """'Folio: Why ...?' / 'The Post: ...?' / 'Q: ...?' between answers labelled 'IC:': when one
    label answers, the other labelled turns that end with a question mark are the questions."""
    marks = [(m.start(), m.end(), m.group(1)) for m in _label_matches(text)]
    out: list[tuple[int, int, str]] = []
    for i, (a, b, label) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        para = _BLANK_LINE.search(text, b, end)
        turn_text = text[b : para.start()] if para else text[b:end]
        if label == answerer:
            out.append((a, b, label))
        elif turn_text.rstrip().endswith("?") and len(label.split()) <= 3:
            out.append((a, b, "Q"))
    asks = sum(1 for m in out if m[2] == "Q")
    return out if asks >= 2 or asks == len(out) - asks else []


def _speaker_like(text: str, label: str) -> bool:
    """A turn label names someone: initials or a name in capitals ('RA', 'SMITH'), a full name
    ('Jane Okoro'), or a surname the text gives with a first name ('Okoro')."""
    bare = label.rstrip(".")
    if bare.isupper() or " " in bare:
        return True
    return bool(re.search(rf"\b[A-Z][a-z]+\s+{re.escape(bare)}\b", text))


def _asker(text: str, marks: list[tuple[int, int, str]], author: str | None) -> str:
    """Which label asks: 'Q'/'Interviewer', the author's name or initials, else the label whose
    turns most often end with a question mark."""
    labels = {label for _, _, label in marks}
    for label in labels:
        if label.lower().rstrip(".") in _ASKER_LABELS or (author and _names(label, author)):
            return label
    score: Counter[str] = Counter()
    for i, (_a, b, label) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        score[label] += text[b:end].rstrip().endswith("?")
    return max(sorted(labels), key=lambda lab: score[lab])


def _names(label: str, name: str) -> bool:
    """Whether a turn label ('SMITH', 'JO', 'Jane Okoro') stands for ``name``."""
    words = name.split()
    if not words:
        return False
    low = label.lower().rstrip(".")
    low = low.replace(".", "") if re.fullmatch(r"(?:[a-z]\.)+[a-z]?", low + ".") else low  # 'J.M.'
    initials = "".join(w[0] for w in words).lower()
    return low == name.lower() or low == words[-1].lower() or (len(low) >= 2 and low == initials)


def turns(text: str, author: str | None = None) -> list[Turn]:
    """Every question and answer turn, in order ([] when the text is no interview)."""
    marks = _qa_turns(text)
    kinds = {label for _, _, label in marks}
    if {"Q", "A"} <= kinds:
        asker = "Q"
    else:
        marks = _label_turns(text, author)
        if not marks:
            return []
        asker = _asker(text, marks, author)
    out = []
    for i, (a, b, label) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        out.append(Turn(label == asker, a, b, end, label))
    return out


def question_regions(all_turns: Sequence[Turn]) -> list[tuple[int, int]]:
    return [(t.start, t.end) for t in all_turns if t.asks]


def guess_interviewee(
    text: str,
    before: int,
    earlier: Sequence[tuple[str, str]],
    named: Sequence[tuple[str, int, int]] = (),
    author: str | None = None,
) -> str | None:
    """Who answers: 'The expert, NAME,' in the introduction, else the person the introduction
    quotes and names most (a quote counts twice a mention), never the interviewer ('Interview by
    X', the author).

    ``earlier`` holds (speaker, speaker_kind) of attributions that end before ``before``;
    ``named`` holds (full name, mentions before it, first mention) of people named before it.
    """
    m = _ROLE_NAME.search(text, 0, before)
    if m:
        return m.group(1)
    hosts = [n for n, _, first in named if _INTERVIEWER.search(text, max(0, first - 20), first)]
    if author:
        hosts.append(author)
    score: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for name, mentions, first in named:
        score[name] += mentions
        first_seen[name] = first
    for name, kind in earlier:
        if kind == "person" and " " in name:
            score[name] += 2
            first_seen.setdefault(name, before)
    guests = [n for n in score if not any(_same_person(n, h) for h in hosts)]
    return max(guests, key=lambda n: (score[n], -first_seen[n])) if guests else None


def _same_person(a: str, b: str) -> bool:
    if not a.split() or not b.split():  # a blank name (an author of spaces) is nobody
        return False
    return a.lower() == b.lower() or a.split()[-1].lower() == b.split()[-1].lower()


def interview_candidates(
    text: str,
    all_turns: Sequence[Turn],
    interviewee: str | None,
    speaker_of: Callable[[str], str] | None = None,
) -> list[Candidate]:
    """One candidate per answer: its text up to the next question (the last answer ends with its
    paragraph, so a closing note or sign-off is not put in the interviewee's mouth). A labelled
    answer ('SMITH:') belongs to the person its label names (``speaker_of``)."""
    out = []
    for i, turn in enumerate(all_turns):
        if turn.asks:
            continue
        speaker = interviewee
        if turn.label not in ("A", "Answer") and not (
            interviewee and _names(turn.label, interviewee)
        ):
            speaker = speaker_of(turn.label) if speaker_of else turn.label
        if not speaker:
            continue
        end = turn.end
        if i == len(all_turns) - 1:
            para_break = _BLANK_LINE.search(text, turn.marker_end, end)
            end = para_break.start() if para_break else end
        content = trimmed(text, turn.marker_end, end)
        if content:
            cue_end = turn.marker_end
            while cue_end > turn.start + 1 and text[cue_end - 1] in " \t\n*":
                cue_end -= 1
            cue = (turn.start, cue_end)
            out.append(Candidate(cue, (content,), "interview", fixed=speaker, fixed_kind="person"))
    return out


def label_names(people: Sequence[str]) -> Callable[[str], str]:
    """Maps a turn label to the person it names ('JO' -> 'Jane Okoro'), else the label itself
    (capitalised as a name when written in capitals)."""

    def speaker_of(label: str) -> str:
        found = next((p for p in people if _names(label, p)), None)
        if found:
            return found
        bare = label.rstrip(".")
        return bare.title() if bare.isupper() and len(bare) > 3 else bare

    return speaker_of
