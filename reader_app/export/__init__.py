"""Exports of analysed articles: the PDF plan and data files (JSON, CSV, Web Annotation, ClaimReview).

Entry points: ``run.run_export`` (headless, used by the CLI), ``json_export.write_json``,
``csv_export.write_csv``, ``webanno.write_webanno``, ``claimreview.write_claimreview`` and,
for the annotated PDF, ``reader_app.ui.pdf.export_pdf`` (the only Qt part). All raise
``errors.ExportError`` with the file and the reason, and never leave a partial file.
"""
