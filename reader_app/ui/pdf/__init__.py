"""Annotated PDF export (the only Qt part of export): ``export_pdf(items, out_path, ...) -> ExportReport``."""

from reader_app.ui.pdf.render import ExportReport, export_pdf

__all__ = ["ExportReport", "export_pdf"]
