"""Genre from the text's shape: Q/A turns (interview), labels and essay voice (opinion, commentary)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from reader_app.ingest.rules import cue_alternation, cue_set, cue_values
from reader_app.text_keys import match_key

_Q_TURN = re.compile(r"(?:^|(?<=[\s.?!\"”]))(?:Q|Question|QUESTION)\s*[:.]\s+(?=\S)", re.MULTILINE)
_A_TURN = re.compile(r"(?:^|(?<=[\s.?!\"”]))(?:A|Answer|ANSWER)\s*(?::\s+(?=\S)|\.\s+(?=[A-Z]))", re.MULTILINE)
# 'KOVAC: ...' / 'LK: ...' at the start of a paragraph: a transcript's speaker labels.
# 'Jane Doe: ...' / 'Doe: ...' count too: Title Case names (two speakers, two turns each, still needed).
_LABEL_TURN = re.compile(r"^(?P<who>[A-Z][A-Z'’.-]{1,20}(?: [A-Z][A-Z'’-]{1,20})?|[A-Z][a-z'’-]{1,20}(?: [A-Z][a-z'’-]{1,20})?)"
                         r"\s*:\s+(?=\S)", re.MULTILINE)
# "The Example Herald's view": the paper's own editorial, naming the paper.
_HOUSE_VIEW = re.compile(r"^(?P<name>(?:The )?[A-Z][\w&'’.-]*(?: (?:of|the|[A-Z][\w&'’.-]*)){0,5})['’]s? (?:view|verdict|opinion|editorial)$")
# 'Interview by Jane Doe' opening a paragraph: the interviewer's credit.
_INTERVIEW_BY = re.compile(r"^\s*Interview(?:ed)? by [A-Z]", re.MULTILINE)
# A short paragraph that is only a question ('How bad is it?'): an explainer's subheading.
_QUESTION_HEAD = re.compile(r"^(?![\"“'‘])[A-Z][^\n?.!]{2,80}\?$", re.MULTILINE)
_QUESTION_HEADS = 2
# 'Food 9/10', 'Rating: 4/5', 'Verdict: 3.5 out of 5', a row of stars: a line that only scores
_SCORE_LINE = re.compile(
    r"^[ \t]*(?:[A-Z][\w &'’-]{1,24}:?[ \t]+\d{1,2}(?:\.\d)?[ \t]*(?:/|out of)[ \t]*(?:5|10|100)"
    r"|(?:[A-Z][\w ]{1,24}:?[ \t]+)?[★☆]{3,5})[ \t]*$",
    re.MULTILINE,
)
_SCORE_LINES = 1
_LABEL_TURNS = 4  # labelled paragraphs needed, from at least two speakers with two turns each
# Turns that start after half the text and after more than three paragraphs are a Q&A box in a
# news story, not an interview (interviews open with a paragraph or two of introduction).
_INTRO_SHARE = 0.5
_INTRO_PARAGRAPHS = 3
_QUOTED = re.compile(r"[\"“][^\"”]{0,2000}[\"”]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}"
# Capitalised words that start sentences or titles, never a given name.
_NOT_GIVEN_NAMES = frozenset(["the", "a", "an", "and", "but", "in", "on", "at", "for", "with", "by", "of", "this", "that", "mr", "mrs", "ms", "dr", "when", "after"])
# Essay voice thresholds (per 100 words outside quotes); tuned on hand-written news and op-eds.
_FIRST_PERSON_RATE = 1.2
_EVALUATIVE_RATE = 1.5
_REPORTING_RATE = 0.6


@dataclass(frozen=True)
class Genre:
    value: str
    evidence: str


@lru_cache(maxsize=1)
def _label() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?P<label>{cue_alternation('opinion_label')})\s*(?:[:|–—-]|$)", re.IGNORECASE | re.MULTILINE)


@cache  # one pattern per cue category
def _phrases(category: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{cue_alternation(category)})(?!\w)", re.IGNORECASE)


def detect_genre(text: str, header: list[str], has_letterhead: bool,
                 removed: list[str] | None = None) -> Genre:
    """The genre with the snippet that shows it; 'news' when nothing marks another genre.

    ``removed`` are the furniture texts taken out (disclaimers, wire headers): they still tell the genre.
    """
    removed = removed or []
    credits = "\n".join([text, *removed])  # 'Interview by Jane Doe' may have gone out as a byline
    marker = _phrases("interview_marker").search(credits) or _INTERVIEW_BY.search(credits)
    if marker:
        return Genre("interview", marker.group(0).strip())
    interview = _interview(text)
    if interview:
        return interview
    paragraphs = text.split("\n\n")
    for line in header + paragraphs[:1] + paragraphs[-2:]:  # a title may open with its genre label
        if house_view(line):  # the paper's own view: the opinion family's 'editorial'
            return Genre("editorial", line.strip())
        label = _label().match(line)
        if label and len(line) < 120:
            return Genre(cue_values("opinion_label")[" ".join(match_key(label.group("label")).split())], line.strip())
    everything = "\n".join([text, *removed])
    release = {m.group(0).lower() for m in _phrases("press_release_cue").finditer(everything)}
    if len(release) >= 2:
        return Genre("press release", ", ".join(sorted(release)))
    disclaimer = _phrases("opinion_disclaimer").search(everything)
    if disclaimer:
        return Genre("opinion", disclaimer.group(0))
    return _review(text) or _explainer(text, removed) or _voice_genre(text, has_letterhead)


def _review(text: str) -> Genre | None:
    """Score lines ('Food 9/10', 'Rating: 4/5', '★★★★☆'): a review, whatever its title says."""
    scores = [m.group(0).strip() for m in _SCORE_LINE.finditer(text)]
    return Genre("review", " / ".join(scores[:3])) if len(scores) >= _SCORE_LINES else None


def _explainer(text: str, removed: list[str]) -> Genre | None:
    """Question subheads ('Why now?', 'How bad is it?') or a 'Key questions' box: an explainer."""
    box = re.search(rf"^\s*(?:{cue_alternation('explainer_box')})\s*[:?]?\s*$", "\n\n".join([text, *removed]),
                    re.IGNORECASE | re.MULTILINE)
    if box:
        return Genre("explainer", box.group(0).strip())
    heads = [m.group(0) for m in _QUESTION_HEAD.finditer(text) if len(m.group(0).split()) <= 12
             and m.start() > 0 and _own_paragraph(text, m)]  # a question headline is no subhead
    return Genre("explainer", " / ".join(heads[:3])) if len(heads) >= _QUESTION_HEADS else None


def _own_paragraph(text: str, match: re.Match[str]) -> bool:
    return text[match.start() - 2:match.start()] == "\n\n"


def _interview(text: str) -> Genre | None:
    """Q/A turns or speaker labels that carry the text (a Q&A box at the end of a story does not)."""
    first_q = _Q_TURN.search(text)
    q_turns, a_turns = len(_Q_TURN.findall(text)), len(_A_TURN.findall(text))
    phrase = _phrases("interview_phrase").search(text)
    first_a = _A_TURN.search(text)
    first = min(m.start() for m in (first_q, first_a) if m) if first_q or first_a else 0
    if ((q_turns >= 2 and a_turns >= 2) or (phrase and q_turns + a_turns >= 2)) and _early(text, first):
        return Genre("interview", phrase.group(0) if phrase else f"{q_turns} Q: and {a_turns} A: turns")
    labels = [m for m in _LABEL_TURN.finditer(text) if m.group("who").lower() not in cue_set("kicker")]
    counts: dict[str, int] = {}
    for match in labels:
        counts[match.group("who")] = counts.get(match.group("who"), 0) + 1
    speakers = [who for who, n in counts.items() if n >= 2]
    if len(labels) >= _LABEL_TURNS and len(speakers) >= 2 and _early(text, labels[0].start()):
        return Genre("interview", f"{len(labels)} turns labelled {', '.join(s + ':' for s in speakers[:3])}")
    return None


def _early(text: str, first_turn: int) -> bool:
    before = text[:first_turn]
    return first_turn <= _INTRO_SHARE * len(text) or before.count("\n\n") <= _INTRO_PARAGRAPHS


def _voice_genre(text: str, has_letterhead: bool) -> Genre:
    words = [w.lower() for w in _WORD.findall(_QUOTED.sub(" ", text))]
    if not words:
        return Genre("news", "")
    per100 = 100 / len(words)
    first = sum(w in cue_set("first_person") for w in words) * per100
    evaluative = sum(w in cue_set("evaluative") for w in words) * per100
    reporting = len(_phrases("reporting_verb").findall(_QUOTED.sub(" ", text))) * per100
    if reporting >= _REPORTING_RATE:
        return Genre("news", f"attributions {reporting:.1f} per 100 words")
    few = f"few attributions ({reporting:.1f} per 100 words)"
    if has_letterhead:  # a paper on an institution's letterhead, not a reported story
        return Genre("commentary", f"institutional letterhead, evaluative wording "
                                   f"({evaluative:.1f} per 100 words), {few}")
    if first >= _FIRST_PERSON_RATE:
        return Genre("opinion", f"first-person voice ({first:.1f} per 100 words), {few}")
    if evaluative >= _EVALUATIVE_RATE:
        return Genre("commentary", f"evaluative wording ({evaluative:.1f} per 100 words), {few}")
    return Genre("news", f"attributions {reporting:.1f} per 100 words")


def is_genre_label(paragraph: str) -> bool:
    """A paragraph that is only a genre label ('Opinion', 'OP-ED', "The Example Herald's view")."""
    return paragraph.strip().lower().rstrip(" :|") in cue_set("opinion_label") or bool(house_view(paragraph))


def house_view(line: str) -> str | None:
    """The outlet an editorial label names ("The Example Herald's view" -> 'The Example Herald')."""
    match = _HOUSE_VIEW.match(" ".join(line.split()))
    return match.group("name") if match else None


def find_interviewee(text: str) -> tuple[str, str] | None:
    """(name, evidence) of the person the introduction names before the first Q: turn."""
    first_q = _Q_TURN.search(text)
    intro = text[: first_q.start()] if first_q else text[:2000]
    candidates: dict[str, tuple[int, str]] = {}
    appositive = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Oo]ur)\s+(?:[\w-]+\s+){{0,4}}?[a-z][\w-]+,\s+(?P<name>{_NAME}),\s+")
    for match in appositive.finditer(intro):
        _add(candidates, match.group("name"), 2, match.group(0).strip(" ,"))
    # 'The novelist Jane Doe, whose ...' / 'The architect Jane Doe spoke ...': a role noun, then the name.
    introduced = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Oo]ur)\s+(?:[a-z][\w-]+\s+){{1,3}}(?P<name>{_NAME})(?=,|\s+(?:who|spoke|talked|has|is)\b)")
    for match in introduced.finditer(intro):
        _add(candidates, match.group("name"), 2, match.group(0).strip(" ,"))
    spoke = re.compile(rf"(?P<name>{_NAME}|[A-Z][\w'’-]+)\s+(?:{cue_alternation('interviewer_verb')})\s")
    for match in spoke.finditer(intro):
        _add(candidates, match.group("name"), 1, match.group(0).strip())
    full = {n: v for n, v in candidates.items() if " " in n}
    for name, (score, evidence) in list(candidates.items()):
        if " " not in name:  # a surname alone counts for the full name it ends
            owner = next((f for f in full if f.split()[-1] == name), None) or _full_name(intro, name)
            if owner:
                old = full.get(owner, (0, evidence))
                full[owner] = (old[0] + score, old[1])
    if not full:
        return None
    name, (_score, evidence) = max(full.items(), key=lambda item: item[1][0])
    return name, evidence


def _full_name(intro: str, surname: str) -> str | None:
    """The first 'Given Surname' in the introduction for a surname used alone ('Doe spoke to ...')."""
    pattern = rf"\b(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+{re.escape(surname)}\b"
    for match in re.finditer(pattern, intro):
        name = match.group("name")
        if name.split()[0].lower() not in _NOT_GIVEN_NAMES:
            return f"{name} {surname}"
    return None


def _add(candidates: dict[str, tuple[int, str]], name: str, score: int, evidence: str) -> None:
    old = candidates.get(name, (0, evidence))
    candidates[name] = (old[0] + score, old[1])
