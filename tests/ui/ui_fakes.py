"""Stand-ins for the library and the analyser, so widget tests pin down UI behaviour exactly.

The fake analyser marks sentences with digits as claims, straight quotes followed by
"X said" as attributions, and a few loaded words as flags: simple, predictable spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import count

from reader_app.model import (
    Analysis,
    Annotation,
    Article,
    Attribution,
    Claim,
    Flag,
    Metadata,
    Sentence,
    span_of,
)

FAKE_VERSION = "fake-1"
FLAG_WORDS = {
    "brutal": "pejorative",
    "historic": "puffery",
    "clearly": "certainty",
    "tragic": "emotive",
}


def make_article(
    article_id: str, text: str, outlet: str = "Example Times", title: str = "A story"
) -> Article:
    meta = Metadata(
        title=title, outlet=outlet, author="Sam Writer", date="2024-05-01", genre="news"
    )
    return Article(
        id=article_id, path=f"/tmp/{article_id}.txt", raw_text=text, text=text, meta=meta
    )


def fake_analyze(article: Article, progress=None, cancel=None) -> Analysis:
    text = article.text
    sentences = [
        Sentence(m.start(), m.end())
        for m in re.finditer(r"[^.!?\n]+[.!?]?", text)
        if m.group().strip()
    ]
    attributions = []
    for m in re.finditer(r'"([^"]+)"\s*,?\s*(said|claimed)\s+([A-Z]\w+(?: [A-Z]\w+)*)', text):
        attributions.append(
            Attribution(
                speaker=m.group(3),
                speaker_span=span_of(text, m.start(3), m.end(3)),
                cue=span_of(text, m.start(2), m.end(2)),
                content=(span_of(text, m.start(1), m.end(1)),),
                kind="direct",
            )
        )
    claims = []
    for s in sentences:
        if re.search(r"\d", text[s.start : s.end]):
            attribution = next(
                (
                    i
                    for i, a in enumerate(attributions)
                    if a.content[0].start < s.end and s.start < a.content[0].end
                ),
                None,
            )
            claims.append(
                Claim(
                    s.start,
                    s.end,
                    text[s.start : s.end],
                    0.82,
                    ("numeric",),
                    ("contains a number",),
                    attribution,
                )
            )
    flags = []
    for m in re.finditer(r"\b(" + "|".join(FLAG_WORDS) + r")\b", text):
        quoted = any(a.content[0].start <= m.start() < a.content[0].end for a in attributions)
        flags.append(
            Flag(
                m.start(),
                m.end(),
                m.group(),
                FLAG_WORDS[m.group()],
                "quoted" if quoted else "author",
                f"'{m.group()}' is in the {FLAG_WORDS[m.group()]} list",
            )
        )
    return Analysis(
        article.id,
        tuple(sentences),
        tuple(claims),
        tuple(attributions),
        tuple(flags),
        {"mean": 0.1},
        {"flesch_kincaid_grade": 9.5},
        FAKE_VERSION,
    )


@dataclass
class Info:
    id: int
    title: str | None
    outlet: str | None
    author: str | None
    date: str | None
    genre: str | None
    path: str | None
    word_count: int = 0


@dataclass
class Collection:
    id: int
    name: str


class FakeLibrary:
    """In-memory library; annotations persist per URL so a 'reopened' library sees them."""

    _stores: dict[str, dict] = {}

    def __init__(self, url: str = "fake://", articles: list[Article] = ()) -> None:
        store = self._stores.setdefault(url, {"annotations": {}, "analyses": {}})
        self._annotations: dict[int, Annotation] = store["annotations"]
        self._analyses = store["analyses"]
        self._ids = count(max(self._annotations, default=0) + 1)
        self._articles = {int(a.id): a for a in articles}
        self._collections = [Collection(1, "Test collection")]
        self.closed = False

    def collections(self):
        return list(self._collections)

    def articles(self, collection_id=None):
        return [
            Info(i, a.meta.title, a.meta.outlet, a.meta.author, a.meta.date, a.meta.genre, a.path)
            for i, a in self._articles.items()
        ]

    def article(self, article_id):
        return self._articles[int(article_id)]

    def add_articles(self, articles, collection=None):
        out = []
        for article in articles:
            new_id = max(self._articles, default=0) + 1
            self._articles[new_id] = replace(article, id=str(new_id))
            out.append((new_id, True))
        return out

    def update_metadata(self, article_id, field, value):
        a = self._articles[int(article_id)]
        self._articles[int(article_id)] = replace(
            a, meta=a.meta.with_value(field, value, value or "", "user")
        )

    def cached_analysis(self, text_hash, version):
        return self._analyses.get((text_hash, version))

    def save_analysis(self, text_hash, version, analysis):
        self._analyses[(text_hash, version)] = analysis

    def add_annotation(self, annotation):
        saved = replace(annotation, id=next(self._ids))
        self._annotations[saved.id] = saved
        return saved

    def update_annotation(self, annotation):
        self._annotations[annotation.id] = annotation
        return annotation

    def delete_annotation(self, annotation_id):
        self._annotations.pop(annotation_id, None)

    def annotations(self, article_id):
        return [a for a in self._annotations.values() if a.article_id == str(article_id)]

    def close(self):
        self.closed = True
