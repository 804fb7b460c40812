"""Where the undo is, said in a message after a decision ("…; undo with Ctrl+Z or Edit ▸ Undo."): a teacher who
works with the mouse alone is told the menu, not only the key. The menu's words are the menu bar's own (:mod:`.menus`,
its access-key marks taken out), so the sentence names what she sees there in every language."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def menu_words(text: str) -> str:
    """A menu entry's text as read: its access-key "&" taken out ("&&" is a "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def undo_in_menu() -> str:
    """The Edit menu's Undo, as its entries read in the teacher's language: "Edit ▸ Undo", "Bearbeiten ▸ Rückgängig"."""
    return menu_words(translate("menus", "&Edit")) + " ▸ " + menu_words(translate("menus", "&Undo"))
