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


def test_export_reports_pages_and_cancel_writes_nothing(make_window, tmp_path, monkeypatch):
    window = make_window()
    out = tmp_path / "cancelled.pdf"
    messages = []
    monkeypatch.setattr(window.statusBar(), "showMessage", lambda text, *_: messages.append(text))
    real_tick = []
    from reader_app.ui.pdf import export_pdf

    def cancel_after_first_page(*args, **kwargs):
        def progress(done, total):
            real_tick.append((done, total))
            kwargs["progress"](done, total)
            window.export_progress.cancel()  # the reader presses Cancel on the dialog

        return export_pdf(*args, **{**kwargs, "progress": progress})

    monkeypatch.setattr("reader_app.ui.pdf.export_pdf", cancel_after_first_page)
    monkeypatch.setattr(commands.QMessageBox, "warning", lambda *a: messages.append(a[2]))
    assert commands.export_pdf(window, str(out)) is None
    assert real_tick[:1] == [(1, real_tick[0][1])] and len(real_tick) == 1
    assert window.export_progress.maximum() == real_tick[0][1]
    assert not out.exists() and "cancelled, nothing written" in messages[-1]
