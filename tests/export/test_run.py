"""run_export: every requested file written, targets checked first, Qt only for the PDF."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from export_samples import council_annotations, council_item

from reader_app.export.run import ExportError, run_export


@pytest.fixture
def council():
    article, analysis = council_item()
    return [(article, analysis)], council_annotations(article)


def test_writes_every_requested_data_file(council, tmp_path):
    items, marks = council
    names = {
        "json_path": "a.json",
        "csv_path": "a.csv",
        "webanno": "w.jsonld",
        "claimreview": "c.jsonld",
    }
    written = run_export(
        items, annotations_by_article=marks, **{k: tmp_path / v for k, v in names.items()}
    )
    assert sorted(Path(p).name for p in written) == sorted(names.values())
    review = json.loads((tmp_path / "c.jsonld").read_text(encoding="utf-8"))
    assert [r["reviewRating"]["alternateName"] for r in review["@graph"]] == ["misleading"]


def test_nothing_requested_is_a_clear_error(council):
    items, _ = council
    with pytest.raises(ExportError, match="nothing to write"):
        run_export(items)


def test_one_bad_target_means_no_file_is_written(council, tmp_path):
    items, _marks = council
    with pytest.raises(ExportError, match=r"missing/b\.csv: cannot write"):
        run_export(items, json_path=tmp_path / "a.json", csv_path=tmp_path / "missing" / "b.csv")
    assert list(tmp_path.iterdir()) == []


BLOCKED = """
import sys
class _NoQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith(("PySide6.", "shiboken6")):
            raise ImportError("PySide6 is blocked for this test")
sys.meta_path.insert(0, _NoQt())
sys.path.insert(0, {here!r})
from export_samples import council_item
from reader_app.export.run import ExportError, run_export
items = [council_item()]
print(len(run_export(items, json_path={out!r} + "/a.json", csv_path={out!r} + "/a.csv")))
try:
    run_export(items, pdf={out!r} + "/a.pdf")
except ExportError as error:
    print("refused:", error)
assert not any(k.startswith("PySide6") for k in sys.modules)
"""


def test_data_exports_run_without_qt_and_pdf_says_why_not(tmp_path):
    script = BLOCKED.format(here=str(Path(__file__).parent), out=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "2" and "a.pdf: PDF export needs PySide6" in lines[1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "a.json"]
