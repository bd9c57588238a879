"""Full-text search of the library: FTS5 on SQLite, tsvector on PostgreSQL, LIKE anywhere else."""

from __future__ import annotations

import re

from sqlalchemy import and_, inspect, or_, select, text
from sqlalchemy.orm import Session

from reader_app.store.orm import ArticleRow
from reader_app.store.types import HIT_CLOSE, HIT_OPEN, SearchHit

SNIPPET_WORDS = 12
_TERM = re.compile(r'"([^"]*)"|([\w][\w\'’-]*\*?)')


def query_terms(query: str) -> list[str]:
    """Quoted phrases stay whole, other words stand alone; punctuation is dropped, never an error.

    A word typed with a trailing ``*`` keeps it: that word matches as a prefix.
    """
    terms = []
    for phrase, word in _TERM.findall(query):
        words = re.findall(r"\w+", phrase or word)
        if words:
            terms.append(" ".join(words) + ("*" if word.endswith("*") else ""))
    return terms


def _plain(term: str) -> str:
    return term.rstrip("*")


def fts5_query(terms: list[str]) -> str:
    """FTS5 syntax with every term quoted (so AND/OR/NEAR/-/: typed by a reader stay plain words).

    Whole words match, in any form the porter stemmer relates (flood, floods, flooding);
    only ``word*`` matches as a prefix, since expanding short prefixes costs the most.
    """
    return " ".join(f'"{_plain(t)}"' + ("*" if t.endswith("*") else "") for t in terms)


def has_fts5(session: Session) -> bool:
    return "articles_fts" in inspect(session.connection()).get_table_names()


def search(session: Session, query: str, limit: int = 100) -> list[SearchHit]:
    terms = query_terms(query)
    if not terms:
        return []
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite" and has_fts5(session):
        return _search_fts5(session, terms, limit)
    if dialect == "postgresql":
        return _search_postgres(session, terms, limit)
    return scan_search(session, terms, limit)


def _search_fts5(session: Session, terms: list[str], limit: int) -> list[SearchHit]:
    rows = session.execute(
        text(
            "SELECT rowid, snippet(articles_fts, 1, :open, :close, '…', :words), "
            "snippet(articles_fts, 0, :open, :close, '…', :words), "
            "bm25(articles_fts, 5.0, 1.0) AS score "  # a hit in the title weighs five in the text
            "FROM articles_fts WHERE articles_fts MATCH :query ORDER BY score LIMIT :limit"
        ),
        {
            "open": HIT_OPEN,
            "close": HIT_CLOSE,
            "words": SNIPPET_WORDS,
            "query": fts5_query(terms),
            "limit": limit,
        },
    ).all()
    # Titles in a second query: joining before the sort would read every matching row.
    ids = [r[0] for r in rows]
    titles = dict(
        session.execute(select(ArticleRow.id, ArticleRow.title).where(ArticleRow.id.in_(ids))).all()
    )
    # bm25 is lower-is-better and negative; flip it so every backend ranks higher-is-better.
    # The snippet comes from the text, or from the title when only the title matched.
    return [
        SearchHit(str(i), titles.get(i), body if HIT_OPEN in body else head, -score)
        for i, body, head, score in rows
    ]


def pg_tsquery(terms: list[str]) -> str:
    """to_tsquery syntax matching fts5_query: phrases as <->, terms ANDed, ``word*`` a prefix."""
    parts = [" <-> ".join(_plain(t).split()) + (":*" if t.endswith("*") else "") for t in terms]
    return " & ".join(f"({p})" for p in parts)


def _search_postgres(session: Session, terms: list[str], limit: int) -> list[SearchHit]:
    options = f"StartSel={HIT_OPEN}, StopSel={HIT_CLOSE}, MaxWords={SNIPPET_WORDS + 8}, MinWords=8"
    rows = session.execute(
        text(
            "SELECT articles.id, articles.title, ts_headline('english', articles.text, q, :options), "
            "ts_headline('english', coalesce(articles.title, ''), q, :options), "
            "ts_rank(articles.search_vector, q) AS score "
            "FROM articles, to_tsquery('english', :query) AS q "
            "WHERE articles.search_vector @@ q ORDER BY score DESC LIMIT :limit"
        ),
        {"query": pg_tsquery(terms), "limit": limit, "options": options},
    )
    return [
        SearchHit(str(i), title, body if HIT_OPEN in body else head, float(score))
        for i, title, body, head, score in rows
    ]


def scan_search(session: Session, terms: list[str], limit: int = 100) -> list[SearchHit]:
    """Every term somewhere in title or text, case-insensitive: a full scan, for any database."""
    terms = [_plain(t) for t in terms]
    conditions = [
        or_(
            ArticleRow.title.ilike(f"%{_escape_like(t)}%", escape="\\"),
            ArticleRow.text.ilike(f"%{_escape_like(t)}%", escape="\\"),
        )
        for t in terms
    ]
    rows = session.execute(
        select(ArticleRow.id, ArticleRow.title, ArticleRow.text).where(and_(*conditions))
    ).all()
    ranked = sorted(rows, key=lambda r: -_count(r[1], r[2], terms))[:limit]
    return [
        SearchHit(str(i), title, make_snippet(body, terms), _count(title, body, terms))
        for i, title, body in ranked
    ]


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _count(title: str | None, body: str, terms: list[str]) -> float:
    haystack = f"{title or ''} {body}".casefold()
    return float(sum(haystack.count(t.casefold()) for t in terms))


def make_snippet(body: str, terms: list[str], words: int = SNIPPET_WORDS) -> str:
    """About ``words`` words of ``body`` around the first match, matches wrapped in HIT marks."""
    pattern = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)
    first = pattern.search(body)
    start = first.start() if first else 0
    before = body[:start].split()
    lead = before[len(before) - min(len(before), words // 3) :]
    after = body[start:].split()
    shown = " ".join(lead + after[: words - len(lead)])
    marked = pattern.sub(lambda m: f"{HIT_OPEN}{m.group(0)}{HIT_CLOSE}", shown)
    head = "…" if len(before) > len(lead) else ""
    tail = "…" if len(after) > words - len(lead) else ""
    return f"{head}{marked}{tail}"
