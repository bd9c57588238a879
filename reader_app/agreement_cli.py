"""``reader-app agreement``, ``codebook`` and ``role`` commands (registered by ``cli.py``)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

EXIT_OK, EXIT_FAILED = 0, 2


def add_agreement_parser(sub) -> None:
    p = sub.add_parser("agreement", help="compare annotators with each other and the answer key")
    p.add_argument("--collection", required=True, metavar="NAME")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--user", metavar="NAME", help="who you are (default: database role / login)")
    p.add_argument(
        "--set-key",
        metavar="AUTHOR",
        help="teachers: make AUTHOR's annotations the key of every article in the collection",
    )


def add_codebook_parser(sub) -> None:
    p = sub.add_parser("codebook", help="share labels and import students' annotation exports")
    actions = p.add_subparsers(dest="codebook_action", metavar="ACTION", required=True)
    q = actions.add_parser("export", help="write the library's labels to a JSON codebook")
    q.add_argument("out", metavar="OUT")
    q = actions.add_parser("import", help="add a JSON codebook's labels to the library")
    q.add_argument("file", metavar="FILE")
    q = actions.add_parser("import-annotations", help="import students' JSON exports for agreement")
    q.add_argument("files", nargs="+", metavar="FILE")
    q.add_argument(
        "--author", metavar="NAME", help="annotator name (default: as in the file, else its name)"
    )


def add_role_parser(sub) -> None:
    p = sub.add_parser("role", help="give a person the student or teacher role in a shared library")
    p.add_argument("name", metavar="NAME")
    p.add_argument("role", choices=["student", "teacher"])
    p.add_argument("--user", metavar="NAME", help="who you are (default: database role / login)")


def _open(args: argparse.Namespace):
    from reader_app.paths import resolve_db_url
    from reader_app.store import Library

    return Library(resolve_db_url(getattr(args, "db", None)), user=getattr(args, "user", None))


def _fail(error: Exception) -> int:
    print(f"reader-app: {error}", file=sys.stderr)
    return EXIT_FAILED


def run_agreement(args: argparse.Namespace) -> int:
    from reader_app.agreement import collection_agreement
    from reader_app.agreement.report import collection_items
    from reader_app.store import LibraryError

    try:
        with _open(args) as library:
            if args.set_key:
                for item in collection_items(library, args.collection):
                    library.set_answer_key(item.article_id, args.set_key)
            report = collection_agreement(library, args.collection)
    except LibraryError as error:
        return _fail(error)
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_report(report))
    return EXIT_OK


def _articles(n: int) -> str:
    return f"{n} article" + ("" if n == 1 else "s")


def _num(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def _table(figures: dict[str, Any]) -> list[str]:
    lines = [
        f"    {'label':<24} {'P':>6} {'R':>6} {'F1':>6} {'exactF1':>7} {'kappa':>6} {'n':>4} {'ref':>4}"
    ]
    for label, v in [*figures["labels"].items(), ("(all)", figures["(all)"])]:
        lines.append(
            f"    {label[:24]:<24} {_num(v['precision'])} {_num(v['recall'])} {_num(v['f1'])} "
            f"{_num(v['exact_f1']):>7} {_num(v['kappa'])} {v['predicted']:>4} {v['reference']:>4}"
        )
    return lines


def format_report(report: dict[str, Any]) -> str:
    """The report as text: each annotator against the key, then each pair."""
    heading = (
        f"Agreement in {report['collection']!r}: {_articles(report['articles'])}, "
        f"annotators {', '.join(report['annotators']) or 'none'}; "
        f"{len(report['keys'])} with an answer key"
    )
    lines = [heading]
    if not report["vs_key"]:
        lines.append(
            "  (no article has an answer key and another annotator: nothing against a key)"
        )
    for author, figures in report["vs_key"].items():
        lines.append(f"  {author} vs key ({_articles(figures['articles'])})")
        lines += _table(figures)
    for pair in report["pairwise"]:
        lines.append(
            f"  {pair['predicted']} vs {pair['reference']} (reference) ({_articles(pair['articles'])})"
        )
        lines += _table(pair)
    return "\n".join(lines) + "\n"


def run_codebook(args: argparse.Namespace) -> int:
    from reader_app.agreement.student_exports import ExportFileError, import_student_export
    from reader_app.codebook import CodebookError, export_codebook, import_codebook
    from reader_app.store import LibraryError

    try:
        with _open(args) as library:
            if args.codebook_action == "export":
                path = export_codebook(library, args.out)
                print(f"wrote {len(library.labels())} labels to {path}")
            elif args.codebook_action == "import":
                added, updated = import_codebook(library, args.file)
                print(f"{args.file}: {added} labels added, {updated} updated")
            else:
                for name in args.files:
                    r = import_student_export(library, name, args.author)
                    missing = (
                        f"; not in the library: {', '.join(r.missing_articles)}"
                        if r.missing_articles
                        else ""
                    )
                    print(
                        f"{name}: {r.added} annotations added, {r.duplicates} already there, "
                        f"{r.unanchored} whose quote is gone{missing}"
                    )
    except (LibraryError, CodebookError, ExportFileError) as error:
        return _fail(error)
    return EXIT_OK


def run_role(args: argparse.Namespace) -> int:
    from reader_app.store import LibraryError

    try:
        with _open(args) as library:
            library.set_role(args.name, args.role)
            print(f"{args.name} is now a {args.role}")
    except LibraryError as error:
        return _fail(error)
    return EXIT_OK
