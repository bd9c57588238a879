"""Text analysis: sentences, claims, who said what, evaluative wording, tone and readability.

Entry point: ``reader_app.analysis.pipeline.analyze(article) -> Analysis``.
"""


class Cancelled(Exception):
    """The caller's ``cancel()`` returned True: the analysis stopped and returned nothing."""
