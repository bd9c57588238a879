"""Bench: annotated PDF (all layers) + data exports of the five seeds, against a plain QTextDocument.print_.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_export.py [--runs 5]
Target: the full export under 3 s here. The baseline is measured in the same run, so the ratio
holds across machines.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "export"))
TARGET_SECONDS = 3.0


def load_items():
    """Seeds through the real ingest and pipeline when they are there, else the gold marks."""
    import export_samples

    fallback = export_samples.seed_items()
    try:
        from reader_app.ingest import load_path

        articles = [load_path(Path(a.path)) for a, _ in fallback]
    except Exception as error:  # noqa: BLE001 - a bench runs with whatever has landed
        print(
            f"ingest not usable ({error.__class__.__name__}: {error}); reading the files as they are"
        )
        articles = [a for a, _ in fallback]
    try:
        from reader_app.analysis.pipeline import analyze

        items = [(a, analyze(a)) for a in articles]
        source = "real pipeline"
    except Exception as error:  # noqa: BLE001
        print(f"pipeline not usable ({error.__class__.__name__}: {error}); using the gold marks")
        items = list(zip(articles, [an for _, an in fallback]))
        source = "gold marks"
    return items, export_samples.gold_comparison(), source


def time_it(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def baseline(items, out: Path) -> None:
    """What Qt does with no highlights, notes or pagination of our own: print_ of the plain texts."""
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    doc = QTextDocument()
    doc.setPlainText("\n\n".join(a.text for a, _ in items))
    doc.print_(writer)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from reader_app.export.run import run_export
    from reader_app.ui.pdf import export_pdf
    from reader_app.ui.pdf.qt_setup import ensure_app

    items, comparison, source = load_items()
    start = time.perf_counter()
    ensure_app()
    app_start = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        base = time_it(lambda: baseline(items, d / "base.pdf"), args.runs)
        report = export_pdf(items, d / "full.pdf", comparison=comparison)
        full = time_it(lambda: export_pdf(items, d / "full.pdf", comparison=comparison), args.runs)
        data = time_it(
            lambda: run_export(
                items,
                json_path=d / "a.json",
                csv_path=d / "a.csv",
                webanno=d / "a.jsonld",
                claimreview=d / "cr.jsonld",
                comparison=comparison,
            ),
            args.runs,
        )
    chars = sum(len(a.text) for a, _ in items)
    print(f"seeds: {len(items)} articles, {chars} chars, analysis from the {source}")
    print(
        f"PDF: {report.pages} pages, {report.spans} highlighted spans, {report.highlights} annotations"
    )
    print(f"Qt application start (once):       {app_start:7.3f} s")
    print(f"baseline QTextDocument.print_:      {base:7.3f} s (median of {args.runs})")
    print(f"annotated PDF export (all layers):  {full:7.3f} s  = {full / base:5.1f} x baseline")
    print(f"JSON+CSV+WebAnno+ClaimReview:       {data:7.3f} s")
    verdict = "OK" if full + app_start < TARGET_SECONDS else "OVER TARGET"
    print(f"target: under {TARGET_SECONDS:.0f} s -> {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
