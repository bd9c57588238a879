"""Files handed to `reader-app FILE...` (a file manager's "Open with") land in the library."""


def test_files_named_on_the_command_line_are_imported(qtbot, tmp_path):
    from reader_app.ui.main_window import MainWindow

    story = tmp_path / "council.txt"
    story.write_text(
        "Council backs bus lanes\n\nThe city council voted 7-2 on Tuesday to add bus lanes "
        "on Mill Road, the mayor said.\n",
        encoding="utf-8",
    )
    window = MainWindow(None, restore=False, interactive=False)
    qtbot.addWidget(window)
    window.pending_imports = (str(story),)
    with qtbot.waitSignal(window.importer.imported, timeout=60000):
        window.open_library(f"sqlite:///{tmp_path / 'library.sqlite3'}")
    paths = [info.path or "" for info in window.library.articles()]
    assert any(p.endswith("council.txt") for p in paths)
    assert window.pending_imports == ()
    qtbot.waitUntil(lambda: not window.session.busy, timeout=60000)
    window.close_library()
