"""packaging/install.sh puts a bundle, menu entry, icons and command in place, and removes them again."""

import os
import stat
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
APP_ID = "io.github.reader_app.ReaderApp"
SIZES = (16, 32, 48, 64, 128, 256, 512)


@pytest.fixture
def fake_checkout(tmp_path) -> Path:
    """A checkout layout with a stand-in bundle (a shell script), so no PyInstaller build is needed."""
    checkout = tmp_path / "checkout"
    (checkout / "packaging").mkdir(parents=True)
    for name in ("install.sh",):
        (checkout / "packaging" / name).write_bytes((REPO / "packaging" / name).read_bytes())
    (checkout / "packaging" / "desktop").symlink_to(REPO / "packaging" / "desktop")
    (checkout / "resources").mkdir()
    (checkout / "resources" / "icons").symlink_to(REPO / "resources" / "icons")
    bundle = checkout / "dist" / "reader-app"
    (bundle / "_internal").mkdir(parents=True)
    exe = bundle / "reader-app"
    exe.write_text("#!/bin/sh\necho reader-app 0.1.0\n")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    return checkout


def _run(checkout: Path, prefix: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "READER_APP_PREFIX": str(prefix), "HOME": str(prefix.parent)}
    return subprocess.run(["bash", str(checkout / "packaging" / "install.sh"), *args],
                          capture_output=True, text=True, env=env)


def test_install_places_every_part(fake_checkout, tmp_path):
    prefix = tmp_path / "home" / ".local"
    result = _run(fake_checkout, prefix)
    assert result.returncode == 0, result.stderr
    link = prefix / "bin" / "reader-app"
    assert link.is_symlink() and link.resolve() == (prefix / "opt/reader-app/reader-app").resolve()
    assert subprocess.run([str(link)], capture_output=True, text=True).stdout.startswith("reader-app")
    desktop = (prefix / "share/applications" / f"{APP_ID}.desktop").read_text()
    assert f"Exec={prefix}/bin/reader-app %F" in desktop
    assert (prefix / "share/metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size in SIZES:
        assert (prefix / f"share/icons/hicolor/{size}x{size}/apps/reader-app.png").is_file()
    assert (prefix / "share/icons/hicolor/scalable/apps/reader-app.svg").is_file()


def test_uninstall_removes_what_install_placed(fake_checkout, tmp_path):
    prefix = tmp_path / "home" / ".local"
    assert _run(fake_checkout, prefix).returncode == 0
    result = _run(fake_checkout, prefix, "--uninstall")
    assert result.returncode == 0, result.stderr
    # Menu and icon caches are shared with other apps; they are refreshed, not removed.
    leftovers = [p for p in prefix.rglob("*")
                 if (p.is_file() or p.is_symlink()) and not p.name.endswith(".cache")]
    assert not leftovers, leftovers


def test_install_without_a_bundle_says_how_to_build(tmp_path, fake_checkout):
    (fake_checkout / "dist" / "reader-app" / "reader-app").unlink()
    result = _run(fake_checkout, tmp_path / "home" / ".local")
    assert result.returncode != 0
    assert "packaging/build.sh" in result.stdout + result.stderr
