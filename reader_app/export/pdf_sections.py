"""HTML (Qt's rich-text subset) of the PDF's first page and its comparison appendix; plain strings, no Qt."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from reader_app.export.pdf_plan import ArticlePlan
from reader_app.export.profile_table import profile_rows, profile_table
from reader_app.model import display_title
from reader_app.palette import LayerStyle

TICK = "\u2713"
DASH = "\u2014"
CELL = 'style="padding: 2px 5px;"'


def article_label(plan: ArticlePlan, number: int) -> str:
    return display_title(plan.article) or f"Article {number}"


def cover_html(plans: Sequence[ArticlePlan], legend: Sequence[LayerStyle], exported: str) -> str:
    rows = "".join(_article_row(plan, n) for n, plan in enumerate(plans, start=1))
    swatches = "".join(_legend_row(style) for style in legend) or (
        f"<tr><td {CELL}>No highlight layers were exported.</td></tr>"
    )
    spans = sum(len(p.spans) for p in plans)
    return (
        "<h1>Annotated articles</h1>"
        f"<p>Exported {escape(exported)}: {len(plans)} article(s), {spans} highlighted passage(s). "
        "Every highlight carries a PDF note (open the comments panel of your viewer); "
        "your own notes are also numbered in the text and listed after each article.</p>"
        "<h3>Articles</h3>"
        '<table border="1" cellspacing="0" cellpadding="3" width="100%" style="font-size:9pt;">'
        '<tr><th width="4%">#</th><th width="30%">Title</th><th width="22%">Outlet</th>'
        '<th width="16%">Author</th><th width="13%">Date</th><th width="15%">Genre</th></tr>'
        f"{rows}</table>"
        "<h3>Legend</h3>"
        f'<table cellspacing="2" cellpadding="2" width="100%">{swatches}</table>'
    )


def _article_row(plan: ArticlePlan, number: int) -> str:
    meta = plan.article.meta
    cells = [
        str(number),
        article_label(plan, number),
        meta.outlet or meta.reporting_by,
        meta.author,
        meta.date,
        meta.genre,
    ]
    # Dates and genres are short single words: never break them inside.
    wrap = ["", "", "", "", " nowrap", " nowrap"]
    return (
        "<tr>"
        + "".join(f"<td {CELL}{w}>{escape(c or DASH)}</td>" for c, w in zip(cells, wrap))
        + "</tr>"
    )


def _legend_row(style: LayerStyle) -> str:
    # The sample is plain here; the PDF renderer gives it the layer's exact text format.
    return (
        f'<tr><td width="34%" {CELL}>{escape(style.label)}</td>'
        f'<td {CELL}><span style="font-size:8.5pt;">{escape(style.description)}</span></td></tr>'
    )


# --- appendix: the comparison ----------------------------------------------------


def appendix_html(comparison: dict[str, Any], plans: Sequence[ArticlePlan]) -> str:
    numbers = _article_numbers(plans)
    parts = [
        "<h1>Appendix: how the sources compare</h1>",
        "<p>Columns and numbers refer to the articles as numbered on the first page.</p>",
    ]
    parts.append(_coverage(comparison, numbers, len(plans)))
    parts.append(_term_variants(comparison, numbers))
    parts.append(_discrepancies(comparison, numbers))
    parts.append(_profiles(comparison, numbers, plans))
    return "".join(parts)


def _article_numbers(plans: Sequence[ArticlePlan]) -> dict[str, int]:
    """Every name the comparison may use for an article (id, path, file name, title) -> its number."""
    keys: dict[str, int] = {}
    for number, plan in enumerate(plans, start=1):
        article = plan.article
        path = (article.path or "").replace("\\", "/")
        name = path.rsplit("/", 1)[-1]
        for key in (
            article.id,
            path,
            name,
            name.rsplit(".", 1)[0],
            article.meta.title,
            str(number - 1),
        ):
            if key:
                keys.setdefault(str(key), number)
    return keys


def _number_of(ref: Any, numbers: dict[str, int]) -> int | None:
    if isinstance(ref, dict):
        ref = ref.get("id") or ref.get("article") or ref.get("path")
    return numbers.get(str(ref)) if ref is not None else None


def _mention_article(item: dict[str, Any]) -> Any:
    return item.get("article", item.get("article_id", item.get("file")))


def _coverage(comparison: dict[str, Any], numbers: dict[str, int], count: int) -> str:
    events = comparison.get("events") or []
    if not events:
        return "<h3>Coverage of events</h3><p>No shared events were found.</p>"
    head = "".join(f"<th>{n}</th>" for n in range(1, count + 1))
    rows = []
    for event in events:
        covered = {_number_of(_mention_article(m), numbers) for m in event.get("mentions", [])}
        covered |= _coverage_from_matrix(comparison, event, numbers)
        ticks = "".join(
            f'<td align="center">{TICK if n in covered else ""}</td>' for n in range(1, count + 1)
        )
        label = event.get("label") or event.get("id") or "event"
        rows.append(f"<tr><td {CELL}>{escape(str(label))}</td>{ticks}</tr>")
    return (
        "<h3>Coverage of events</h3>"
        '<table border="1" cellspacing="0" cellpadding="2" width="100%">'
        f"<tr><th>Event</th>{head}</tr>{''.join(rows)}</table>"
    )


def _coverage_from_matrix(comparison, event, numbers) -> set[int | None]:
    """Reads coverage as {event: {article: truthy}}, {event: [article]} or {article: [event]}."""
    coverage = comparison.get("coverage")
    if not isinstance(coverage, dict):
        return set()
    event_id = str(event.get("id"))
    row = coverage.get(event_id)
    if row is None:  # {article: [event ids]}
        return {
            _number_of(k, numbers) for k, ids in coverage.items() if event_id in list(ids or ())
        }
    if isinstance(row, dict):
        return {_number_of(k, numbers) for k, v in row.items() if v}
    if isinstance(row, list):
        return {_number_of(k, numbers) for k in row}
    return set()


def _values_text(values: list[Any], numbers: dict[str, int]) -> str:
    out = []
    for value in values:
        if not isinstance(value, dict):
            out.append(escape(str(value)))
            continue
        number = _number_of(_mention_article(value), numbers)
        where = f" ({number})" if number else ""
        out.append(f"\u201c{escape(str(value.get('text', '')))}\u201d{where}")
    return "; ".join(out)


def _term_variants(comparison: dict[str, Any], numbers: dict[str, int]) -> str:
    variants = comparison.get("term_variants") or []
    if not variants:
        return "<h3>Term variants</h3><p>No competing names for the same thing were found.</p>"
    rows = "".join(
        f"<tr><td {CELL}>{escape(str(v.get('referent') or v.get('label') or v.get('id') or ''))}</td>"
        f"<td {CELL}>{_values_text(v.get('variants', []), numbers)}</td></tr>"
        for v in variants
    )
    return (
        "<h3>Term variants</h3>"
        '<table border="1" cellspacing="0" cellpadding="2" width="100%">'
        f"<tr><th>Referent</th><th>Wording (article)</th></tr>{rows}</table>"
    )


def _discrepancies(comparison: dict[str, Any], numbers: dict[str, int]) -> str:
    items = comparison.get("discrepancies") or []
    if not items:
        return "<h3>Discrepancies</h3><p>No conflicting figures or dates were found.</p>"
    rows = "".join(
        f"<tr><td {CELL}>{escape(str(d.get('detail') or d.get('kind') or d.get('event') or ''))}</td>"
        f"<td {CELL}>{_values_text(d.get('values', []), numbers)}</td></tr>"
        for d in items
    )
    return (
        "<h3>Discrepancies</h3>"
        '<table border="1" cellspacing="0" cellpadding="2" width="100%">'
        f"<tr><th>What differs</th><th>Values (article)</th></tr>{rows}</table>"
    )


def _profiles(comparison: dict[str, Any], numbers, plans: Sequence[ArticlePlan]) -> str:
    """Outlet profiles when the comparison aggregates them, else one row per article."""
    kind, rows = profile_rows(comparison)
    if not rows:
        return "<h3>Outlet profiles</h3><p>No profiles were computed.</p>"
    labels, cells = profile_table(rows)
    head = "".join(f"<th>{escape(label)}</th>" for label in labels)
    body = "".join(
        f"<tr><td {CELL}>{escape(_profile_name(row, numbers, plans))}</td>"
        + "".join(f'<td {CELL} align="right">{escape(c)}</td>' for c in row_cells)
        + "</tr>"
        for row, row_cells in zip(rows, cells)
    )
    title = "Outlet profiles" if kind == "outlet" else "Profiles of the articles"
    return (
        f"<h3>{title}</h3>"
        '<table border="1" cellspacing="0" cellpadding="2" width="100%" style="font-size:8pt;">'
        f'<tr><th width="22%">Source</th>{head}</tr>{body}</table>'
    )


def _profile_name(row: dict[str, Any], numbers: dict[str, int], plans) -> str:
    """'Outlet (2, 4)': the outlet and the numbers of its articles on the first page."""
    outlet = str(row.get("outlet") or "unknown outlet")
    number = _number_of(_mention_article(row), numbers)
    found = (
        [number]
        if number
        else [
            n
            for n, p in enumerate(plans, start=1)
            if outlet in (p.article.meta.outlet, p.article.meta.reporting_by)
        ]
    )
    return f"{outlet} ({', '.join(map(str, found))})" if found else outlet
