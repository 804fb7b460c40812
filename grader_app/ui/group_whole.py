"""The question's whole text (Q) on a group's card: in its box that scrolls (:mod:`.whole_question`), the group's member
list kept in sight under it.

Q on a group put the whole text on the card and scrolled the card to its top: at 1024×600 and a 16 pt font, on the
sample sheet's first question, the text was 575 pixels high, the card's area 216 under the question's line pinned
above it, and the group's first member began 1075 pixels down; the teacher read the question with no sight of the
answers the next digit scores, nor of their Pull out buttons. Now, as for an answer, the box is as tall as the card's
area leaves once the list's first member (the one the list shows first) and what lies between are in it, never under
:data:`~.whole_question.MIN_LINES` lines of its text, and the card is scrolled to the box's top. The question's line
is not pinned above the card meanwhile: the box shows the question itself, and the line's room goes to the card. Where
that is still too little, these give way in turn: the rubric folds to one line, then the panel's summary above its
list (the typical answer, which is in the list too, marked so, and the lines on the model's scores and differing
words, which each member's line says for itself: :meth:`~.group_panel.GroupPanel.set_brief`), then the group's heading
folds to its short sentence (whole, wrapped; the long one in its tooltip), then the list's heading goes, then the
group's heading (the review's top line names the group), then the rubric's line (at 1024×600 and 16 pt in German, on
the sample sheet, the first member's text was still 34 pixels below the card's area; the score buttons stay in sight
under it). Q again brings all of it back.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint

from .group_members import MIN_LINES

WHOLE, FOLDED, HIDDEN = 0, 1, 2   # the rubric
# (the rubric, the panel's brief level), in the order they are tried
LEVELS = ((WHOLE, 0), (FOLDED, 0), (FOLDED, 1), (FOLDED, 2), (FOLDED, 3), (FOLDED, 4), (HIDDEN, 4))
LONG_LIST = (FOLDED, 1)   # the last level tried with the member list its usual least (more members, less summary)
ASKED = (FOLDED, 2)   # what the card asks room for before the notes beside it fold: the rubric's and heading's lines


def group_whole_shown(card) -> bool:
    """The whole question is on a card of a group."""
    return card.whole_question and card.showing_group() and not card.prompt_area.isHidden()


def _kept(card) -> int:
    """The bottom, in the member list's viewport, of the first member that starts in it (the list's first, unless the
    teacher or ↑/↓ scrolled it): the member kept in sight under the box."""
    area = card.group.list_area
    value = area.verticalScrollBar().value()
    member = next((m for m in area.members if not m.isHidden() and m.y() >= value), None)
    return member.y() - value + member.height() if member is not None else 0


def _summary_height(panel, brief: int, width: int) -> int:
    """The height the panel's parts above its list take at ``brief`` (:meth:`~.group_panel.GroupPanel.set_brief`)."""
    spacing = max(0, panel.layout().spacing())
    height = 0
    for w in (panel.typical_heading, panel.typical_label, panel.models_label, panel.words_label):
        if w.text() and brief < 1:
            height += (w.heightForWidth(width) if w.hasHeightForWidth() else w.sizeHint().height()) + spacing
    if panel.heading.text() and brief < 4:
        height += (panel.heading.folded_height(width) if brief >= 2 else panel.heading.full_height(width)) + spacing
    if brief < 3:
        height += panel.members_heading.heightForWidth(width) + spacing
    return height


def _now(panel) -> int:
    """The height the panel's parts above its list take now, as laid out."""
    spacing = max(0, panel.layout().spacing())
    return sum(w.height() + spacing for w in (panel.heading, panel.typical_heading, panel.typical_label,
                                              panel.models_label, panel.words_label, panel.members_heading)
               if not w.isHidden())


def below(card, rubric_as: int, brief: int, shown: int | None = None) -> int:
    """From the box's bottom to the bottom of the member list's first ``shown`` pixels (None: the kept member,
    :func:`_kept`), the rubric as ``rubric_as`` says (whole, folded or hidden) and the panel at ``brief``."""
    area, rubric, panel = card.prompt_area, card.rubric_label, card.group
    bottom = area.mapTo(card, QPoint(0, area.height())).y()
    top = panel.mapTo(card, QPoint(0, 0)).y()
    if rubric.text():   # its height as it would be, whatever it is now
        spacing = max(0, card.layout().spacing())
        now = 0 if rubric.isHidden() else rubric.height() + spacing
        width = rubric.width() or area.width()
        top += {WHOLE: rubric.full_height(width) + spacing, FOLDED: rubric.one_line() + spacing, HIDDEN: 0}[rubric_as] - now
    width = panel.width() or area.width()
    shown = _kept(card) if shown is None else shown
    return max(0, top - bottom) + _summary_height(panel, brief, width) + shown + 2 * panel.list_area.frameWidth()


def _choice(card, room: int) -> tuple[int, int, int]:
    """The rubric, the panel's brief level and the pixels of the member list shown, for a card's area ``room`` high: the
    first of :data:`LEVELS` up to :data:`LONG_LIST` that leaves the box its least with the list's usual least under it
    (:data:`~.group_members.MIN_LINES` lines, or its first member if taller), else the first of them all that does so
    with the first member alone; else the last of them."""
    least, kept = card.prompt_area.least(), _kept(card)
    usual = max(kept, card.group.list_area.fontMetrics().lineSpacing() * MIN_LINES)
    tries = [(level, usual) for level in LEVELS[:LEVELS.index(LONG_LIST) + 1]] + [(level, kept) for level in LEVELS]
    for (rubric_as, brief), shown in tries:
        if room - below(card, rubric_as, brief, shown) >= least:
            break
    return rubric_as, brief, shown


def least(card) -> int:
    """The card's area the whole question on a group asks for before the notes beside the card fold: the box's least
    and the kept member under it, with the rubric's and the group's headings' lines (:data:`ASKED`; the rest gives way
    only where the notes folded leave too little)."""
    rubric_as, brief = ASKED
    return card.prompt_area.least() + below(card, rubric_as, brief)


def place_group_whole(view, room: int, follow: bool) -> None:
    """The whole question's box on a group's card bounded for a card's area ``room`` high, the rest given way as
    :func:`_choice` says, the member list as tall as the room left under its top, and where ``follow``, the card
    scrolled to the box's top."""
    card = view.card
    area, rubric, panel = card.prompt_area, card.rubric_label, card.group
    full = area.full_height()
    rubric_as, brief, shown = _choice(card, room)
    between = below(card, rubric_as, brief, shown)
    box = area.whole_lines(max(area.least(), room - between))
    bounded = full > box
    area.bound(box if bounded else None)
    rubric.set_folded(rubric_as != WHOLE and bounded)
    rubric.setVisible(rubric_as != HIDDEN or not bounded)
    panel.set_brief(brief if bounded else 0)
    # the list in the room left under its top, and at least what _choice gave it (not its usual least, MIN_LINES lines,
    # where that is too much: at 1024×600 and 16 pt it held the group's last member, chosen with ↓, partly under the
    # card's area)
    least = shown + 2 * panel.list_area.frameWidth()
    panel.list_area.set_room(least + max(0, room - min(full, box) - between), least)
    if not follow:
        return
    top = area.mapTo(card, QPoint(0, 0)).y()
    height = view.scroll.viewport().height()
    keep = top + min(full, box) + between
    view.scroll.verticalScrollBar().setValue(top if bounded else min(top, max(0, keep - height)))
