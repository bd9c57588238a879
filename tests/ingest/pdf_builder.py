"""Tiny hand-written PDFs for the reader tests: Helvetica text lines, no Qt, no fonts embedded."""

from __future__ import annotations

from pathlib import Path

PAGE_W, PAGE_H = 612, 792


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _content(lines: list[tuple[float, float, str]]) -> bytes:
    """A content stream drawing each (x, y, text) with Helvetica 11 pt."""
    ops = ["BT", "/F1 11 Tf"]
    for x, y, text in lines:
        ops.append(f"1 0 0 1 {x:.1f} {y:.1f} Tm ({_escape(text)}) Tj")
    ops.append("ET")
    return "\n".join(ops).encode("latin-1")


def _image_content() -> bytes:
    return b"q 200 0 0 200 100 400 cm /Im1 Do Q"


def build_pdf(pages: list[list[tuple[float, float, str]]], image_only: bool = False) -> bytes:
    """PDF bytes with one page per list of (x, y, text) lines (or one grey image per page)."""
    objects: list[bytes] = []  # object n is objects[n - 1]
    n_pages = len(pages)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n_pages))
    font_id = 3 + 2 * n_pages
    image_id = font_id + 1
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    for i, lines in enumerate(pages):
        content_id = 4 + 2 * i
        res = f"/XObject << /Im1 {image_id} 0 R >>" if image_only else f"/Font << /F1 {font_id} 0 R >>"
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
            f"/Resources << {res} >> /Contents {content_id} 0 R >>".encode()
        )
        stream = _image_content() if image_only else _content(lines)
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pixels = bytes([128]) * (8 * 8)
    objects.append(
        b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream"
    )
    return _assemble(objects)


def _assemble(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def page_lines(header: str, body: list[str], footer: str, top: float = 740, leading: float = 14,
               paragraph_gap: float = 10) -> list[tuple[float, float, str]]:
    """Lay out a header, body lines ('' starts a new paragraph) and a footer on one page."""
    lines = [(72, 760, header)]
    y = top - 20
    for text in body:
        if text == "":
            y -= paragraph_gap
            continue
        lines.append((72, y, text))
        y -= leading
    lines.append((300, 40, footer))
    return lines


def write_pdf(path: Path, pages: list[list[tuple[float, float, str]]], image_only: bool = False) -> Path:
    path.write_bytes(build_pdf(pages, image_only=image_only))
    return path


def encrypt_pdf(src: Path, dst: Path, password: str = "secret") -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(src))
    writer.encrypt(user_password=password, owner_password=password + "-owner")
    with dst.open("wb") as fh:
        writer.write(fh)
    return dst
