"""File → Export writes the open columns as an annotated PDF with the layers shown on screen."""

from reader_app.ui import commands


def test_export_layers_follow_the_legend():
    assert commands.export_layers({"claim", "quote", "pejorative"}) == [
        "claims",
        "attributions",
        "flags",
    ]
    assert commands.export_layers({"annotation"}) == ["annotations"]


def test_export_writes_a_pdf_of_the_open_columns(make_window, tmp_path):
    window = make_window()
    out = tmp_path / "open.pdf"
    report = commands.export_pdf(window, str(out))
    assert report is not None and report.articles == 2
    assert out.read_bytes().startswith(b"%PDF")
