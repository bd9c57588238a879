"""Headless export entry for the CLI: writes any of PDF, JSON, CSV, Web Annotation and ClaimReview files."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from reader_app.export.claimreview import write_claimreview
from reader_app.export.csv_export import write_csv
from reader_app.export.errors import ExportError, check_target, require_selection
from reader_app.export.json_export import write_json
from reader_app.export.pdf_plan import LAYERS, parse_layers
from reader_app.export.webanno import write_webanno
from reader_app.model import Analysis, Annotation, Article

__all__ = ["ExportError", "export_selection", "run_export"]

PathLike = str | os.PathLike[str]


def run_export(
    items: Sequence[tuple[Article, Analysis | None]],
    *,
    pdf: PathLike | None = None,
    json_path: PathLike | None = None,
    csv_path: PathLike | None = None,
    webanno: PathLike | None = None,
    claimreview: PathLike | None = None,
    annotations_by_article: Mapping[str, Sequence[Annotation]] | Iterable[Annotation] | None = None,
    comparison: dict[str, Any] | None = None,
    layers: str | Iterable[str] = LAYERS,
    page_size: str = "A4",
    user_name: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    label_colours: Mapping[str, str] | None = None,
) -> list[str]:
    """Write every requested file; returns their paths. Checks all targets before writing any."""
    targets = [p for p in (pdf, json_path, csv_path, webanno, claimreview) if p is not None]
    if not targets:
        raise ExportError(
            "nothing to write: ask for at least one of --pdf, --json, --csv, "
            "--webanno, --claimreview"
        )
    for target in targets:
        require_selection(items, target)
        check_target(target)
    chosen = parse_layers(layers)
    marks = annotations_by_article
    written: list[Path] = []
    if json_path is not None:
        written.append(write_json(items, json_path, annotations=marks, comparison=comparison))
    if csv_path is not None:
        written.append(write_csv(items, csv_path, annotations=marks, layers=chosen))
    if webanno is not None:
        written.append(
            write_webanno(items, webanno, annotations=marks, layers=chosen, user_name=user_name)
        )
    if claimreview is not None:
        written.append(
            write_claimreview(items, claimreview, annotations=marks, user_name=user_name)
        )
    if pdf is not None:
        # Imported here so the data exports (and the whole core) run without Qt installed.
        try:
            from reader_app.ui.pdf import export_pdf
        except ImportError as error:
            raise ExportError(f"{pdf}: PDF export needs PySide6 ({error})") from error

        report = export_pdf(
            items,
            pdf,
            annotations=marks,
            comparison=comparison,
            layers=chosen,
            page_size=page_size,
            user_name=user_name,
            progress=progress,
            label_colours=label_colours,
        )
        written.append(Path(report.path))
    return [str(p) for p in written]


def export_selection(args: argparse.Namespace) -> list[str]:
    """The `reader-app export` command: files and/or a library collection, analysed and compared.

    Annotations (notes, verdicts, dismissed suggestions) come from the library for a collection;
    files given on the command line have none.
    """
    if not args.paths and not getattr(args, "collection", None):
        raise ExportError("nothing to export: give article files or --collection NAME")
    items, marks, colours = [], {}, {}
    if getattr(args, "collection", None):
        items, marks, colours = _collection_items(
            args.collection, getattr(args, "db", None), getattr(args, "user", None)
        )
    items += _analysed_items(args.paths)
    return run_export(
        items,
        pdf=args.pdf,
        json_path=args.json_out,
        csv_path=args.csv,
        webanno=args.webanno,
        claimreview=args.claimreview,
        annotations_by_article=marks,
        comparison=_comparison(items),
        layers=args.layers,
        page_size=args.page_size,
        user_name=getattr(args, "user", None),
        label_colours=colours,
    )


def _collection_items(name: str, db: str | None, user: str | None):
    """A collection's articles (cached analyses reused), the reader's annotations of them and the
    codebook's label colours.

    "The reader" is ``--user`` or the library's user (the login): what that reader sees in the
    app, their notes, verdicts and dismissals, and unattributed notes.
    """
    from reader_app.analysis.pipeline import analyze, current_version
    from reader_app.paths import resolve_db_url
    from reader_app.store import Library, LibraryError, text_hash

    try:
        library = Library(resolve_db_url(db), user=user)
    except LibraryError as error:
        raise ExportError(f"--collection {name}: cannot open the library ({error})") from error
    try:
        found = next((c for c in library.collections() if c.name == name), None)
        if found is None:
            known = ", ".join(c.name for c in library.collections()) or "none yet"
            raise ExportError(f"--collection {name}: no such collection (known: {known})")
        articles = [library.article(info.id) for info in library.articles(found.id)]
        items = []
        for article in articles:
            cached = library.cached_analysis(text_hash(article.text), current_version())
            items.append((article, cached or analyze(article)))
        colours = {label.name: label.colour for label in library.labels()}
        return items, {a.id: library.annotations(a.id) for a in articles}, colours
    finally:
        library.close()


def _analysed_items(paths: Sequence[str]) -> list[tuple[Article, Analysis]]:
    from reader_app.analysis.pipeline import analyze
    from reader_app.ingest import load_path

    items = []
    for path in paths:
        try:
            article = load_path(Path(path))
        except (OSError, ValueError) as error:
            raise ExportError(f"{path}: cannot read ({error})") from error
        items.append((article, analyze(article)))
    return items


def _comparison(items: Sequence[tuple[Article, Analysis]]) -> dict[str, Any] | None:
    if len(items) < 2:
        return None
    from reader_app.compare import compare_articles, comparison_to_json

    return comparison_to_json(compare_articles(items))
