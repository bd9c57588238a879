"""The ``reader-app`` command: the GUI by default, and headless commands over the same core."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reader_app import __version__

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader-app",
        description="Compare how news sources report the same events: claims, who said what, "
        "loaded wording, framing. Without a command, opens the desktop reader.",
    )
    parser.add_argument("--version", action="version", version=f"reader-app {__version__}")
    parser.add_argument("--db", help="SQLAlchemy URL or SQLite file of the library "
                        "(default: READER_APP_DB, else SQLite in the user data dir)")
    parser.add_argument("--screenshot", metavar="PATH",
                        help="render the main window offscreen with the sample collection and save a PNG")
    parser.add_argument("--size", metavar="WxH", help="window size for --screenshot, e.g. 1600x900")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import", help="import files or folders into the library")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--collection", metavar="NAME", help="collection to add them to")

    p = sub.add_parser("list", help="list the articles in the library")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("analyze", help="analyse files as given (the library is not read or written)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="print the analysis JSON contract")

    p = sub.add_parser("compare", help="analyse files and compare them across sources")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="print the analysis JSON with a comparison")

    p = sub.add_parser("eval", help="precision and recall against a gold annotation file")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--gold", required=True, metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")

    p = sub.add_parser("export", help="export annotated PDF and data files")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files (or use --collection)")
    p.add_argument("--collection", metavar="NAME", help="export a library collection")
    p.add_argument("--pdf", metavar="OUT")
    p.add_argument("--json", dest="json_out", metavar="OUT")
    p.add_argument("--csv", metavar="OUT")
    p.add_argument("--webanno", metavar="OUT", help="W3C Web Annotation JSON-LD")
    p.add_argument("--claimreview", metavar="OUT", help="ClaimReview JSON-LD of claims with verdicts")
    p.add_argument("--layers", default="claims,attributions,flags,annotations")
    p.add_argument("--page-size", default="A4", choices=["A4", "Letter"])
    p.add_argument("--user", metavar="NAME", help="annotator name written into the PDF notes")

    from reader_app.agreement_cli import add_agreement_parser, add_codebook_parser, add_role_parser

    add_agreement_parser(sub)
    add_codebook_parser(sub)
    add_role_parser(sub)
    return parser


COMMANDS = ("import", "list", "analyze", "compare", "eval", "export", "agreement", "codebook", "role")


def _shared_library_handlers() -> dict[str, Any]:
    from reader_app.agreement_cli import run_agreement, run_codebook, run_role

    return {"agreement": run_agreement, "codebook": run_codebook, "role": run_role}


def _split_open_paths(argv: list[str]) -> tuple[list[str], list[str]]:
    """Leading words that are not a command are files to open in the reader (``Exec=reader-app %F``)."""
    paths: list[str] = []
    while argv and not argv[0].startswith("-") and argv[0] not in COMMANDS:
        paths.append(argv.pop(0))
    return paths, argv


def main(argv: Sequence[str] | None = None) -> int:
    rest = list(sys.argv[1:] if argv is None else argv)
    open_paths, rest = _split_open_paths(rest)
    missing = [p for p in open_paths if not Path(p).exists()]
    if missing:
        for path in missing:
            _report(f"{path}: no such file, and not a command ({', '.join(COMMANDS)})")
        return EXIT_BAD_INPUT
    args = build_parser().parse_args(rest)
    args.open_paths = tuple(open_paths)
    handlers = {
        None: _cmd_gui,
        "import": _cmd_import,
        "list": _cmd_list,
        "analyze": _cmd_analyze,
        "compare": _cmd_compare,
        "eval": _cmd_eval,
        "export": _cmd_export,
        **_shared_library_handlers(),
    }
    try:
        return handlers[args.command](args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `reader-app list --json | head`
        return EXIT_OK


# --- helpers ----------------------------------------------------------------------


def _report(error: Exception) -> None:
    print(f"reader-app: {error}", file=sys.stderr)


def _load_files(paths: Sequence[str]) -> tuple[list[Any], int]:
    """Articles from the given paths; each bad one is reported on stderr and skipped."""
    from reader_app.ingest import load_paths

    articles, errors = load_paths([Path(p) for p in paths])
    for error in errors:
        _report(error)
    return articles, len(errors)


def _analyse(articles: Sequence[Any]) -> tuple[list[tuple[Any, Any]], int]:
    """(article, analysis) pairs, and how many articles the analysis failed on.

    A failure is our bug, not the user's: it is reported naming the file, and the other
    articles are still analysed and printed."""
    from reader_app.analysis.pipeline import analyze

    items, failed = [], 0
    for article in articles:
        try:
            items.append((article, analyze(article)))
        except Exception as error:  # noqa: BLE001 - any bug in one article must not lose the rest
            failed += 1
            name = article.path or article.id
            _report(f"{name}: analysis failed ({type(error).__name__}: {error}); please report this")
    return items, failed


def _print_json(doc: Any) -> None:
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def _open_library(args: argparse.Namespace):
    from reader_app.paths import resolve_db_url
    from reader_app.store import Library

    return Library(resolve_db_url(args.db))


def _exit_code(failures: int) -> int:
    return EXIT_BAD_INPUT if failures else EXIT_OK


def _parse_size(value: str | None) -> tuple[int, int] | None:
    if not value:
        return None
    try:
        width, height = (int(v) for v in value.lower().split("x"))
    except ValueError:
        raise SystemExit(f"reader-app: --size wants WIDTHxHEIGHT, e.g. 1600x900, not {value!r}")
    return width, height


# --- commands ---------------------------------------------------------------------


def _cmd_gui(args: argparse.Namespace) -> int:
    # run_gui checks for a display itself (and goes offscreen for --screenshot).
    from reader_app.paths import resolve_db_url
    from reader_app.ui.app import run_gui

    return run_gui(
        resolve_db_url(args.db),
        screenshot=args.screenshot,
        size=_parse_size(args.size),
        open_paths=args.open_paths,
    )


def _with_manifests(paths: Sequence[str], articles: list[Any]) -> tuple[list[Any], str | None]:
    """Articles with the metadata of any collection manifest in an imported folder, and its name."""
    from reader_app.ingest import apply_manifest, load_manifest

    name = None
    for folder in (Path(p) for p in paths if Path(p).is_dir()):
        try:
            manifest = load_manifest(folder)
        except ValueError as error:  # IngestError: a broken collection.toml is reported, not fatal
            _report(error)
            continue
        if manifest is None:
            continue
        name = name or manifest.name
        inside = {str(a.path) for a in articles if Path(a.path).resolve().is_relative_to(folder.resolve())}
        articles = [apply_manifest(a, manifest) if a.path in inside else a for a in articles]
    return articles, name


def _cmd_import(args: argparse.Namespace) -> int:
    articles, failures = _load_files(args.paths)
    if not articles:
        return _exit_code(failures) or EXIT_BAD_INPUT
    articles, manifest_name = _with_manifests(args.paths, articles)
    library = _open_library(args)
    try:
        results = library.add_articles(articles, collection=args.collection or manifest_name)
    finally:
        library.close()
    for article, (article_id, created) in zip(articles, results):
        state = "imported" if created else "already in the library"
        print(f"{article.path}: {state} (id {article_id})")
    return _exit_code(failures)


def _cmd_list(args: argparse.Namespace) -> int:
    library = _open_library(args)
    try:
        infos = library.articles()
    finally:
        library.close()
    if args.json:
        _print_json([_info_dict(i) for i in infos])
        return EXIT_OK
    for info in infos:
        print(f"{info.id:>5}  {info.date or '----------'}  {info.outlet or '?':<22.22}  {info.title or info.path}")
    return EXIT_OK


def _info_dict(info: Any) -> dict[str, Any]:
    from dataclasses import asdict, is_dataclass

    return asdict(info) if is_dataclass(info) else dict(vars(info))


def _cmd_analyze(args: argparse.Namespace) -> int:
    from reader_app.export.contract import analysis_document

    articles, failures = _load_files(args.paths)
    items, failed = _analyse(articles)
    failures += failed
    if args.json:
        _print_json(analysis_document(items))
    else:
        for article, analysis in items:
            print(_summary_line(article, analysis))
    return _exit_code(failures)


def _summary_line(article: Any, analysis: Any) -> str:
    meta = article.meta
    return (
        f"{article.path}: {meta.outlet or 'unknown outlet'} | {meta.author or 'no author'} | "
        f"{meta.date or 'no date'} | {meta.genre or '?'} | {len(analysis.claims)} claims, "
        f"{len(analysis.attributions)} attributions, {len(analysis.flags)} flags"
    )


def _cmd_compare(args: argparse.Namespace) -> int:
    from reader_app.compare import compare_articles, comparison_to_json
    from reader_app.export.contract import analysis_document

    articles, failures = _load_files(args.paths)
    items, failed = _analyse(articles)
    failures += failed
    comparison = comparison_to_json(compare_articles(items))
    if args.json:
        _print_json(analysis_document(items, comparison))
    else:
        for event in comparison["events"]:
            outlets = ", ".join(sorted({m["article"] for m in event["mentions"]}))
            print(f"{event['id']}: {event['label']}  [{outlets}]")
        for d in comparison["discrepancies"]:
            values = " vs ".join(f"{v['text']!r} ({v['article']})" for v in d["values"])
            print(f"discrepancy: {d['detail']}: {values}")
    return _exit_code(failures)


def _cmd_eval(args: argparse.Namespace) -> int:
    from reader_app.evaluation import evaluate, format_report

    gold_path = Path(args.gold)
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        _report(f"{gold_path}: cannot read gold file ({error})")
        return EXIT_BAD_INPUT
    articles, failures = _load_files(args.paths)
    items, failed = _analyse(articles)
    failures += failed
    comparison = None
    try:
        from reader_app.compare import compare_articles, comparison_to_json

        comparison = comparison_to_json(compare_articles(items))
    except ImportError:
        pass
    from reader_app.export.contract import analysis_document

    report = evaluate(gold, analysis_document(items, comparison))
    if args.json:
        _print_json(report)
    else:
        print(format_report(report))
    return _exit_code(failures)


def _cmd_export(args: argparse.Namespace) -> int:
    from reader_app.export.run import ExportError, export_selection

    try:
        written = export_selection(args)
    except ExportError as error:
        _report(error)
        return EXIT_BAD_INPUT
    for path in written:
        print(f"wrote {path}")
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
