"""Bad input (issue 2 item 9): each refusal is an IngestError naming the file and the reason."""

import socket
from pathlib import Path

import pytest
from pdf_builder import encrypt_pdf, page_lines, write_pdf

from reader_app.ingest import IngestError, load_path, load_paths, load_text


def _refused(path: Path) -> IngestError:
    with pytest.raises(IngestError) as caught:
        load_path(path)
    error = caught.value
    assert error.path == str(path)
    assert str(error) == f"{path}: {error.reason}"
    return error


@pytest.mark.parametrize("content", [b"", b"   \n\n\t \r\n", "\ufeff\n".encode("utf-8")])
def test_empty_file(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert _refused(path).reason == "empty file"


@pytest.mark.parametrize("content", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
    b"PK\x03\x04" + bytes(range(256)) * 8,
    bytes(range(32)) * 50,
])
def test_binary_file_named_txt(tmp_path, content):
    path = tmp_path / "photo.txt"
    path.write_bytes(content)
    assert _refused(path).reason == "not a text file: binary content"


def test_cp1252_text_decodes(tmp_path):
    text = ("The council\u2019s \u201cnew\u201d caf\u00e9 rules \u2013 a na\u00efve plan, critics said.\n\n"
            "The mayor defended the r\u00e9sum\u00e9 of the new manager on Tuesday.")
    path = tmp_path / "council.txt"
    path.write_bytes(text.encode("cp1252"))
    article = load_path(path)
    assert "\u201cnew\u201d caf\u00e9" in article.text
    assert "r\u00e9sum\u00e9" in article.text
    assert "cp1252" in article.meta.evidence_for("encoding").value


def test_invalid_utf8_bytes_replaced_with_a_note(tmp_path):
    good = "The caf\u00e9 on Main Street reopened on Monday after the flood, the owner said.".encode()
    path = tmp_path / "broken.txt"
    path.write_bytes(good + b" Prices rose \xff\xfe by ten per cent.")
    article = load_path(path)
    assert "caf\u00e9 on Main Street" in article.text
    assert "Prices rose" in article.text
    note = article.meta.evidence_for("encoding").value
    assert "invalid byte" in note and "U+FFFD" in note


def test_huge_text_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing written
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file over the limit"))
    error = _refused(path)
    assert "too large" in error.reason and "50.0 MB" in error.reason and "16.0 MB" in error.reason


def test_html_scripts_never_run_and_nothing_is_fetched(tmp_path, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("ingest tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    body = " ".join(["The harbour board approved a new ferry timetable on Thursday."] * 8)
    html = f"""<!doctype html><html><head><title>Ferry timetable approved</title>
    <script>document.write('EVIL_SCRIPT_TEXT'); fetch('http://tracker.example/x')</script>
    <script src="http://cdn.example/app.js"></script></head><body>
    <iframe src="http://ads.example/frame">IFRAME_FALLBACK_TEXT</iframe>
    <article><h1>Ferry timetable approved</h1><p>{body}</p>
    <img src="http://images.example/ferry.jpg" alt="REMOTE_IMAGE_ALT">
    <p>Passengers will see the new times from May, a spokesperson for the board said.</p></article>
    </body></html>"""
    path = tmp_path / "ferry.html"
    path.write_text(html, encoding="utf-8")
    article = load_path(path)
    assert "ferry timetable" in article.text
    for leaked in ("EVIL_SCRIPT_TEXT", "tracker.example", "IFRAME_FALLBACK_TEXT", "images.example"):
        assert leaked not in article.text
    assert article.source_format == "html"


def _simple_pdf(path: Path) -> Path:
    body = ["The county board met on Monday to discuss the new bridge.", "",
            "Work will start in the spring, the chair said."]
    return write_pdf(path, [page_lines("County News", body, "1")])


def test_encrypted_pdf(tmp_path):
    path = encrypt_pdf(_simple_pdf(tmp_path / "plain.pdf"), tmp_path / "locked.pdf")
    assert _refused(path).reason == "encrypted PDF (password-protected)"


def test_image_only_pdf(tmp_path):
    path = write_pdf(tmp_path / "scan.pdf", [[], []], image_only=True)
    assert _refused(path).reason == "no text layer (scanned image?)"


def test_broken_pdf(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    assert _refused(path).reason.startswith("not a readable PDF")


def test_empty_folder_and_missing_path(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.docx").write_text("not an article type")
    missing = tmp_path / "nowhere.txt"
    articles, errors = load_paths([empty, missing])
    assert articles == []
    assert [e.path for e in errors] == [str(empty), str(missing)]
    assert "no supported files" in errors[0].reason
    assert errors[1].reason == "no such file or folder"
    assert _refused(missing).reason == "no such file or folder"


def test_unsupported_suffix(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(b"PK\x03\x04")
    assert "unsupported file type '.docx'" in _refused(path).reason


def test_load_paths_goes_on_after_errors(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "b_good.txt").write_text("Second story.\n\nThe library opens late on Fridays, staff said.")
    (folder / "a_empty.txt").write_text("")
    (folder / "c_good.md").write_text("# Third story\n\nThe **pool** reopens in June, the council said.")
    (folder / "d_binary.txt").write_bytes(bytes(range(256)) * 4)
    seen = []
    articles, errors = load_paths([folder], progress=lambda done, total: seen.append((done, total)))
    assert [a.id for a in articles] == ["b_good", "c_good"]
    assert [Path(e.path).name for e in errors] == ["a_empty.txt", "d_binary.txt"]
    assert seen[-1] == (4, 4)
    assert "The pool reopens" in articles[1].text


def test_load_paths_cancel_stops_early(tmp_path):
    for name in "abc":
        (tmp_path / f"{name}.txt").write_text(f"Story {name}.\n\nThe parade starts at noon, organisers said.")
    articles, errors = load_paths([tmp_path], cancel=lambda: True)
    assert articles == [] and errors == []


@pytest.mark.parametrize("text", ["", "  \n \n"])
def test_empty_paste(text):
    with pytest.raises(IngestError) as caught:
        load_text(text, "Pasted 12:00")
    assert str(caught.value) == "Pasted 12:00: empty text"
