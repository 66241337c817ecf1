"""A link's furniture a scrape leaves inside the story's sentences, taken out of the text as
it is read (`chorus.ingest.repairs`): cleaning removes whole lines or the parts between two
sentences, and a sentence cannot join the two pieces either side of a removal, so what sits
inside one goes here.

- A name's hover card: a site shows, over a name it links, the person's full name and three
  of its headlines about them, closed by "MORE"; a scrape writes the card after the name,
  its full name glued to the first headline, and the sentence goes on after it. "Donald
  Trump Donald John TrumpTrump Jr. getting 0k to speak at UNT ... a winning tax plan MORE
  panned Democratic National Committee chairwoman ..." (raw validation 214 [0], The Hill's,
  the briefing's headline and first summary sentence) reads "Donald Trump panned ...".
- A media tag: a link's kind in brackets, beside the words it links or opening a post's
  line: "[Video Link] The Wilco track ..." (raw 213 [1], a summary sentence), "Paramount's
  original complaint [PDF] against the filmmakers" (raw 40 [0], four). Capitalised, as a
  page labels its links; an editor's word set in a quotation ("the [video] recordings")
  is written small.
- A document link's label in brackets: what the link opens and its file kind, "... there
  are no Klingons with whom to communicate,” they write (full filing: pdf)." (raw 40 [2], a
  summary sentence), "As the 2010 World Population fact sheet shows (download a PDF here),
  in Japan ..." (45 [1]), a file's size ("Fact Sheet (91k.pdf)", 159 [2]). Over raw
  validation and DUC 2003, six brackets name a PDF, all six such labels.
"""

from __future__ import annotations

import re

from chorus.ingest.text_edits import Edit

_CLOSE = " MORE"
_HOVER_CARD = re.compile(
    # The name as the story writes it, its surname captured ("Donald Trump", "Sen. Mark
    # Kirk"), a space, then the card's full name: given names (a nickname in brackets,
    # "Bernard (Bernie) Sanders") and the same surname.
    r"\b(?P<surname>[A-Z][\w'’-]+) (?P<card>(?:(?:[A-Z][\w'’.-]*|\([A-Z][\w'’-]*\)) ){0,4}"
    # Its headlines glued after the surname, or none, then "MORE" where the story resumes
    # (`_card_edits` reads the card's end; no line break inside).
    r"(?P=surname)(?:(?=[A-Z0-9\"“‘'])[^\n]{1,800}?)? MORE)$"
)
"""A hover card closing at the "MORE" it is searched up to: the card is the part after the
name and its space, taken out with that space."""

_MEDIA_TAG = re.compile(
    r"\[(?:Video(?: [Ll]ink)?|VIDEO|Videos|Photos?|PHOTOS?|Image|IMAGE|Audio|AUDIO|Gallery"
    r"|GALLERY|Photo [Gg]allery|Slideshow|SLIDESHOW|PDF)\]"
)
"""A bracket holding only a link's kind of media: a video, photos, an image, audio, a
gallery or slideshow, a PDF document."""


_DOCUMENT_LABEL = re.compile(
    r"\((?:[A-Za-z ]{1,30}: ?(?:pdf|PDF)|download (?:a|the) PDF(?: here)?|\d+k?b?\.pdf)\)"
)
"""A bracket holding a document link's label: what it opens and "pdf" ("(full filing:
pdf)"), an offer to download it ("(download a PDF here)"), or its file's size and kind
("(91k.pdf)")."""


def link_furniture_edits(text: str) -> list[Edit]:
    """The edits taking out `text`'s hover cards, media tags and document labels, each with
    one space beside it, in order."""
    edits = _card_edits(text) if _CLOSE in text else []
    if "[" in text:
        edits += (_tag_edit(text, tag) for tag in _MEDIA_TAG.finditer(text))
    if "pdf)" in text or "PDF" in text:
        edits += (_tag_edit(text, label) for label in _DOCUMENT_LABEL.finditer(text))
    return sorted(edits, key=lambda edit: edit.start)


def _card_edits(text: str) -> list[Edit]:
    # A card is read back from each "MORE" closing one, on its line and after the card
    # before it, so that no card runs over another's "MORE" to a later one.
    edits: list[Edit] = []
    searched_from = 0
    close = text.find(_CLOSE)
    while close >= 0:
        end = close + len(_CLOSE)
        if not text[end : end + 1].isalnum():
            start = max(searched_from, text.rfind("\n", 0, close) + 1)
            card = _HOVER_CARD.search(text, start, end)
            if card is not None:
                edits.append(Edit(card.start("card") - 1, end))
                searched_from = end
        close = text.find(_CLOSE, end)
    return edits


def _tag_edit(text: str, tag: re.Match[str]) -> Edit:
    """The tag (or label) with the space before it, or after it when it opens its line; alone
    when a word or a bracket is glued after it ("Data (1000kb.pdf)(CDC)" reads "Data
    (CDC)")."""
    start, end = tag.span()
    glued = text[end : end + 1].isalnum() or text[end : end + 1] == "("
    if start > 0 and text[start - 1] == " " and not glued:
        return Edit(start - 1, end)
    if text[end : end + 1] == " ":
        return Edit(start, end + 1)
    return Edit(start, end)
