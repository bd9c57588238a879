"""A folder of articles with a gold file (articles/*.txt, gold.json), scored as `reader-app eval`
scores it: the shared fixture of tests/blind, blind2 and blind3, and the floor checks they and
tests/heldout use."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reader_app.analysis.pipeline import analyze
from reader_app.compare import compare_articles, comparison_to_json
from reader_app.evaluation import evaluate
from reader_app.export.contract import analysis_document
from reader_app.ingest import load_path


def gold_report(folder: Path) -> dict[str, Any]:
    """Ingest, analyse and compare the folder's articles; check every claim and flag offset; score
    the result against the folder's gold."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    articles = [load_path(p) for p in sorted((folder / "articles").glob("*.txt"))]
    items = [(article, analyze(article)) for article in articles]
    document = analysis_document(items, comparison_to_json(compare_articles(items)))
    for article in document["articles"]:
        for claim in article["claims"]:
            assert article["text"][claim["start"] : claim["end"]] == claim["text"]
        for flag in article["flags"]:
            assert article["text"][flag["start"] : flag["end"]] == flag["text"]
    return evaluate(gold, document)


def assert_score_floor(report: dict[str, Any], section: str, measure: str, floor: float) -> None:
    value = report[section][measure]
    assert value is not None and value >= floor, f"{section} {measure} {value} < {floor}"


def assert_metadata_floor(report: dict[str, Any], field: str, floor: int) -> None:
    assert report["metadata"][field]["right"] >= floor, report["metadata"]["misses"]


def right_count(comparison: dict[str, Any], key: str) -> int:
    """The numerator of a 'right/total' comparison figure ('3/4' -> 3)."""
    return int(comparison[key].split("/")[0])
