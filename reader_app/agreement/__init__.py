"""Inter-annotator agreement: span precision/recall/F1 (overlap and exact) and token-level Cohen's kappa.

``measures`` holds the formulas on plain spans; ``report`` runs them over a library collection
(annotators against each article's answer key, and each pair of annotators).
"""

from reader_app.agreement.measures import KappaCounts, Mark, SpanCounts, cohen_kappa, span_counts
from reader_app.agreement.report import (
    TABLE_COLUMNS,
    ArticleMarks,
    agreement,
    article_agreement,
    collection_agreement,
    student_table,
    table_rows,
)

__all__ = [
    "TABLE_COLUMNS",
    "ArticleMarks",
    "KappaCounts",
    "Mark",
    "SpanCounts",
    "agreement",
    "article_agreement",
    "cohen_kappa",
    "collection_agreement",
    "span_counts",
    "student_table",
    "table_rows",
]
