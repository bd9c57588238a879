"""Interviews in Q:/A: form: every answer belongs to the interviewee; questions are nobody's claims."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reader_app.analysis.attribution_clauses import Candidate, trimmed

_TURN = re.compile(r"(?:(?<=\s)|^)(Q|A|Question|Answer)\s*[:.]\s", re.MULTILINE)
_ROLE_NAME = re.compile(
    r"\b[Tt]he\s+(?:[\w-]+\s+){0,3}?(?:expert|analyst|scholar|professor|researcher|economist|official|"
    r"director|author|scientist|diplomat|guest|interviewee)\s*,\s*((?:[A-Z][\w\u2019'.-]*\s+){1,3}[A-Z][\w\u2019'-]*)\s*,"
)


def turns(text: str) -> list[tuple[str, int, int, int]]:
    """(Q or A, marker start, marker end, turn end) for every Q:/A: turn, in order."""
    marks = [m for m in _TURN.finditer(text)]
    if not any(m.group(1)[0] == "A" for m in marks) or not any(m.group(1)[0] == "Q" for m in marks):
        return []
    out = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        out.append((m.group(1)[0], m.start(), m.end() - 1, end))
    return out


def question_regions(text: str) -> list[tuple[int, int]]:
    return [(a, end) for who, a, _b, end in turns(text) if who == "Q"]


def guess_interviewee(
    text: str,
    before: int,
    earlier: Sequence[tuple[str, str]],
    named: Sequence[tuple[str, int]] = (),
) -> str | None:
    """Who answers: the person most quoted before the first question, else 'The expert, NAME,',
    else the person the introduction names most often.

    ``earlier`` holds (speaker, speaker_kind) of attributions that end before ``before``;
    ``named`` holds (full name, mentions) of people introduced before it.
    """
    people = Counter(name for name, kind in earlier if kind == "person" and " " in name)
    if people:
        return people.most_common(1)[0][0]
    m = _ROLE_NAME.search(text, 0, before)
    if m:
        return m.group(1)
    return max(named, key=lambda n: n[1])[0] if named else None


def interview_candidates(text: str, interviewee: str | None) -> list[Candidate]:
    """One candidate per answer: its text up to the next question (the last answer ends with its
    paragraph, so a closing note or sign-off is not put in the interviewee's mouth)."""
    if not interviewee:
        return []
    out = []
    all_turns = turns(text)
    for i, (who, a, b, end) in enumerate(all_turns):
        if who != "A":
            continue
        if i == len(all_turns) - 1:
            para_break = re.search(r"\n\s*\n", text[b:end])
            end = b + para_break.start() if para_break else end
        content = trimmed(text, b + 1, end)
        if content:
            out.append(
                Candidate((a, b), (content,), "interview", fixed=interviewee, fixed_kind="person")
            )
    return out
