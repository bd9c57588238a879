"""The window's actions and menus, with their shortcuts (listed again in Help → Keyboard shortcuts)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

# (name, menu, text, shortcuts, tip)
ACTION_TABLE = (
    (
        "import_files",
        "&File",
        "&Import files…",
        ["Ctrl+O"],
        "Add article files (.txt, .md, .html, .pdf)",
    ),
    (
        "import_folder",
        "&File",
        "Import &folder…",
        ["Ctrl+Shift+O"],
        "Add every article file in a folder",
    ),
    (
        "paste_article",
        "&File",
        "&Paste as new article",
        ["Ctrl+Shift+V"],
        "Make an article of the clipboard text",
    ),
    (
        "export_pdf",
        "&File",
        "&Export annotated PDF…",
        ["Ctrl+E"],
        "Save the open articles with highlights",
    ),
    ("quit", "&File", "&Quit", ["Ctrl+Q"], "Close the reader"),
    ("annotate", "&Edit", "&Annotate selection…", ["Ctrl+M"], "Label and note the selected text"),
    ("codebook", "&Edit", "&Codebook (annotation labels)…", [], "Add, recolour or delete labels"),
    ("find", "&Edit", "&Find in article…", ["Ctrl+F"], "Find words in the current column"),
    (
        "search_library",
        "&Edit",
        "&Search the library…",
        ["Ctrl+Shift+F"],
        "Full-text search over every article in the library",
    ),
    (
        "preferences",
        "&Edit",
        "&Preferences…",
        ["Ctrl+,"],
        "Your name, colours, word lists, library",
    ),
    ("edit_details", "&Article", "Edit &details…", ["Ctrl+I"], "Check outlet, author, date, genre"),
    ("close_column", "&Article", "&Close column", ["Ctrl+W"], "Close the current column"),
    (
        "next_claim",
        "&Navigate",
        "Next &claim",
        ["J", "F3"],
        "Jump to the next claim in the current column",
    ),
    ("prev_claim", "&Navigate", "Previous c&laim", ["K", "Shift+F3"], "Jump to the previous claim"),
    ("next_flag", "&Navigate", "Next &flag", ["Alt+Down"], "Jump to the next flagged word"),
    ("prev_flag", "&Navigate", "Previous fl&ag", ["Alt+Up"], "Jump to the previous flagged word"),
    ("cancel", "&Navigate", "Cancel &running work", ["Esc"], "Stop analysis or import"),
    ("shortcuts", "&Help", "&Keyboard shortcuts", ["F1"], "List every shortcut"),
    ("about", "&Help", "&About reader-app", [], ""),
)


# Shortcuts of actions made elsewhere (the undo stack's), listed in Help → Keyboard shortcuts too.
EXTRA_SHORTCUTS = (
    ("Ctrl+Z", "Undo the last annotation change"),
    ("Ctrl+Shift+Z", "Redo"),
    ("Enter / Shift+Enter", "Next / previous match (in the find bar)"),
)

MENUS = ("&File", "&Edit", "&Article", "&View", "&Navigate", "&Help")


@dataclass
class Actions:
    by_name: dict[str, QAction]
    menus: dict[str, QMenu]

    def __getattr__(self, name: str) -> QAction:
        try:
            return self.by_name[name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def view_menu(self) -> QMenu:
        return self.menus["&View"]


def build_actions(window: QMainWindow) -> Actions:
    """Create every action and its menu entry; the View menu gets the docks' toggles later."""
    menus = {title: window.menuBar().addMenu(title) for title in MENUS}
    actions: dict[str, QAction] = {}
    for name, menu, text, keys, tip in ACTION_TABLE:
        action = QAction(text, window)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setStatusTip(tip)
        action.setToolTip(tip)
        menus[menu].addAction(action)
        window.addAction(action)  # shortcuts work even with the menu bar hidden
        actions[name] = action
    return Actions(actions, menus)


def shortcuts_html() -> str:
    rows = "".join(
        f"<tr><td><b>{escape(' / '.join(keys))}</b></td><td>{escape(text.replace('&', '').rstrip('…'))}</td></tr>"
        for _name, _menu, text, keys, _tip in ACTION_TABLE
        if keys
    ) + "".join(f"<tr><td><b>{k}</b></td><td>{t}</td></tr>" for k, t in EXTRA_SHORTCUTS)
    return (
        f"<table cellpadding=3>{rows}</table><p>Click any highlighted word to inspect it; "
        "hover for a one-line explanation. Drop files on the window to import them.</p>"
    )


def show_shortcuts(window: QMainWindow) -> None:
    QMessageBox.information(window, "Keyboard shortcuts", shortcuts_html())
