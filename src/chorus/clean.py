"""Cleaning: Article → Document, dropping page furniture and keeping every story sentence.

Cleaning works on whole lines. A line is removed only when one of the rules in
`chorus.clean_captions` or `chorus.clean_rules` matches it; the rules are data (a reason and
a pattern), each written against text seen in the seeds or in raw Multi-News articles.
Nothing is rewritten: the document keeps the article's text and records which spans are the
story and which were removed.

A document that is a single line (Multi-News+ stores each article so) is the story
itself, not a line of furniture: there a caption or credit rule removes only the text it
matched, and nothing when that is longer than a notice. A notice that stands in for a
whole page (an archive's, a missing page's, a petition's) removes the whole document when
the rest of it is a few lines: the reason names what the page was. A page of other
stories' teasers, each cut by "...", goes whole too (`chorus.clean_indexes`). On a single-line
document the archive's notice written whole may instead open the page it archived: then
only the notice goes, and the rest is cleaned as the document's line. Inside a line no rule
removes, only a pointer to pictures between two sentences goes, so no story sentence is
cut in two, a crosshead glued before its paragraph, a fragment of the line above or a copy
of it with its linked words stripped out opening the line, and on the article's first line
a caption glued before the story (on one of a longer page's first lines, one written in a caption's
present and closed by its picture's place and day, or one closed by its agency in brackets).
"""

from __future__ import annotations

import re

from chorus.clean_asides import (
    ABOUT_REASON,
    ISSUER_REASON,
    PULL_QUOTE_REASON,
    QUOTE_MARKS,
    about_section_end,
    describes_its_issuer,
    issuer_named,
    pull_quote,
    unmarked_pull_quote,
)
from chorus.clean_captions import (
    CAPTION_BEFORE_A_PARAGRAPH,
    CAPTION_BEFORE_ITS_CREDIT,
    CAPTION_BEFORE_ITS_NAMED_CREDIT,
)
from chorus.clean_delinked import DELINKED_REASON, delinked_copy
from chorus.clean_glue import GLUE_MARKS, GLUE_REASON, glued_fragment
from chorus.clean_headings import (
    LONGEST_TAGLINE,
    MOST_SUBHEADING_CHARACTERS,
    by_neighbours,
    title_line,
    too_many_subheadings,
    without_crossheads,
)
from chorus.clean_indexes import INDEX_REASON, story_index
from chorus.clean_inline import LONGEST_NOTICE, one_line_furniture, without_overlaps
from chorus.clean_leads import DATELINE_LINES, LEAD_OPENING, lead_opening_reason
from chorus.clean_listings import (
    OTHER_SCRIPT,
    PLAYLIST_REASON,
    in_the_list,
    list_after,
    playlist_after,
)
from chorus.clean_match import (
    FIRST_RULE_OF_A_LINE,
    RULES,
    WHOLE_PAGE_REASONS,
    furniture,
    literal_rules_on,
    removal_reason,
    rule_index,
)
from chorus.clean_pages import (
    GLUED_CAPTION,
    IN_LINE_FURNITURE,
    IN_LINE_POINTER,
    NOTICE_BEFORE_A_PAGE,
    PAGE_NOTICES,
)
from chorus.clean_roundups import ROUNDUP_REASON, in_a_roundup
from chorus.clean_rules import tells_the_story
from chorus.clean_tables import may_be_a_row, table_lines
from chorus.clean_top import opening_furniture
from chorus.clean_transcripts import TRANSCRIPT_REASON, closed_captions
from chorus.clean_wikipedia import WIKIPEDIA_HEADING, wikipedia_furniture
from chorus.model import Article, Document, Removal, Span

# What the cleaning tests read of the rules beside `clean`.
__all__ = ["PAGE_NOTICES", "RULES", "clean", "removal_reason"]

# An opening of a single-line page is written whole, to the credit closing it: USA Today's
# "Close <teaser> <caption> ( photo: ... )" runs to 700 characters (42 of 157 in Multi-News+
# validation are over 400).
_LONGEST_OPENING = 700
# A page notice stands for its whole page only beside a few lines of the page's own (at most
# 77 words in raw Multi-News); beside more, it is one line of a longer text (articles pasted
# together), and only its lines go.
_MOST_WORDS_BESIDE_A_PAGE_NOTICE = 150


def _removal(
    start: int, raw: str, found: tuple[str, re.Match[str]], whole_document: bool
) -> Removal | None:
    """What to remove of the line `raw` starting at `start`, furniture by `found`: all of it,
    or on a single-line document the part a caption or furniture rule matched (None when
    that is too long to be one, or when it sits inside the text and would cut a sentence:
    an e-mail address's domain, "... ( e-mail, lbazzano[@tulane.edu] ). ...")."""
    reason, match = found
    if not whole_document or reason in WHOLE_PAGE_REASONS:
        return Removal(Span(start, start + len(raw)), reason)
    longest = _LONGEST_OPENING if rule_index(match) < FIRST_RULE_OF_A_LINE else LONGEST_NOTICE
    if match.end() - match.start() > longest:
        return None
    stripped = match.string
    inside = match.start() > 0 and match.end() < len(stripped)
    if inside and not _between_sentences(stripped, match.start(), match.end()):
        return None
    offset = start + len(raw) - len(raw.lstrip())
    return Removal(Span(offset + match.start(), offset + match.end()), reason)


def _rule_removals(
    start: int, raw: str, found: tuple[str, re.Match[str]], whole_document: bool
) -> list[Removal]:
    """What the rule `found` removes of the line `raw` starting at `start`; on a single-line
    document, furniture the text opens with goes and the rest is cleaned as a line of its own
    ("Please enable javascript to watch this video <story> ... contributed to this report.")."""
    removal = _removal(start, raw, found, whole_document)
    if removal is None:
        return []
    if not whole_document or removal.span.start != start + len(raw) - len(raw.lstrip()):
        return [removal]
    rest = raw[removal.span.end - start :]
    found_in_rest = furniture(rest.strip()) if rest.strip() else None
    if found_in_rest is None:
        return [removal]
    return [removal, *_rule_removals(removal.span.end, rest, found_in_rest, whole_document)]


_POINTER_REASON, _POINTER = IN_LINE_POINTER[0], re.compile(IN_LINE_POINTER[1])
_IN_LINE_FURNITURE = tuple(
    (reason, literal, re.compile(pattern)) for reason, literal, pattern in IN_LINE_FURNITURE
)
# The in-line rules that match only at a line's start ("Email This ", "Updated | "), and a
# page's lines opening with one of their literals, found by one search from each line break
# (`re` finds "\n" as fast as one character): each literal searched for alone through the
# page cost 1 ms of the 100 that cleaning raw validation's 690 pages costs.
_AT_LINE_START = tuple(r for r in _IN_LINE_FURNITURE if r[2].pattern.startswith("^"))
_LINE_START_LITERALS = tuple(literal for _, literal, _ in _AT_LINE_START)
# Each rule told once whether it is one of them: a tuple's membership compared the rules.
_IN_LINE_AT_START = tuple((r, r in _AT_LINE_START) for r in _IN_LINE_FURNITURE)
_LINE_OPENING_LITERAL = re.compile(
    "\n(?:" + "|".join(re.escape(literal) for literal in _LINE_START_LITERALS) + ")"
)
_NOTICE_REASON, _NOTICE_BEFORE_A_PAGE = NOTICE_BEFORE_A_PAGE[0], re.compile(NOTICE_BEFORE_A_PAGE[1])
_CAPTION_REASON, _GLUED_CAPTION = GLUED_CAPTION[0], re.compile(GLUED_CAPTION[1])
_CAPTION_BEFORE_A_PARAGRAPH = re.compile(CAPTION_BEFORE_A_PARAGRAPH)
_CAPTION_BEFORE_ITS_CREDIT = re.compile(CAPTION_BEFORE_ITS_CREDIT)
_CAPTION_BEFORE_ITS_NAMED_CREDIT = re.compile(CAPTION_BEFORE_ITS_NAMED_CREDIT)
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’")
_SENTENCE_OPENERS = '"“‘(['


# A lead picture's caption is glued before one of the page's first paragraphs: raw validation
# 184's on its fifth line, empty ones counted (the only such caption of raw's 11,796 lines).
# Looked for on every line, it made cleaning raw validation 4% slower.
_LEAD_PICTURE_LINES = 5


def _glued_caption(raw: str, index: int, whole_document: bool) -> re.Match[str] | None:
    """A picture's caption glued before the story on the line `raw`, the page's line
    `index`: on its first line one closed by its credit (on a longer page, a person's and
    an institution's too), on a longer page's first lines one
    closed by its agency in brackets ("] " is in each) or one in a caption's present closed by
    its picture's place and day (", on " is in each)."""
    if index == 0 and (caption := _GLUED_CAPTION.match(raw)) is not None:
        return caption
    if whole_document:
        return None
    if (
        index == 0
        and "Credit: " in raw
        and (caption := _CAPTION_BEFORE_ITS_NAMED_CREDIT.match(raw)) is not None
    ):
        return caption
    if "] " in raw and (caption := _CAPTION_BEFORE_ITS_CREDIT.match(raw)) is not None:
        return caption
    return _CAPTION_BEFORE_A_PARAGRAPH.match(raw) if ", on " in raw else None


def _between_sentences(line: str, start: int, end: int) -> bool:
    """Whether `line[start:end]` has a sentence's end or the line's start before it, and a
    sentence's start or the line's end after it: taking it out cuts no sentence in two."""
    before, after = line[:start].rstrip(), line[end:].lstrip()
    return (not before or before.endswith(_SENTENCE_ENDS)) and (
        not after or after[0].isupper() or after[0] in _SENTENCE_OPENERS
    )


_InLine = list[tuple[str, str, re.Pattern[str]]]


def _in_line_furniture(text: str, whole_document: bool) -> _InLine:
    """The rules of `IN_LINE_FURNITURE` whose literal the page holds: a longer page's, not
    looked for on a one-line page (searched there, it cost 2% of cleaning Multi-News+ and found
    nothing). Read once a page, not once a line, as most pages hold none of them; those
    matching at a line's start only on a page with a line opening on one of their literals."""
    if whole_document:
        return []
    opening = text.startswith(_LINE_START_LITERALS) or bool(_LINE_OPENING_LITERAL.search(text))
    return [r for r, at_start in _IN_LINE_AT_START if (opening if at_start else r[1] in text)]


def _pointers(start: int, raw: str, in_line: _InLine) -> list[Removal]:
    """The pointers to pictures and the other furniture between the sentences of the line
    `raw` starting at `start`, by the rules `in_line` of its page's furniture."""
    found = []
    # Every pointer holds a colon and a bracket: `in` rejects most lines at once.
    if ":" in raw and ("[" in raw or "(" in raw):
        found = [(_POINTER_REASON, m) for m in _POINTER.finditer(raw)]
    for reason, literal, pattern in in_line:
        if literal in raw:
            found.extend((reason, m) for m in pattern.finditer(raw))
    if not found:
        return []
    return [
        Removal(Span(start + m.start(), start + m.end()), reason)
        for reason, m in sorted(found, key=lambda found: found[1].start())
        if _between_sentences(raw, m.start(), m.end())
    ]


def _notice_before_a_page(text: str) -> Removal | None:
    """The archive's notice opening a single-line document `text` when the page's text
    follows it."""
    notice = _NOTICE_BEFORE_A_PAGE.match(text)
    if notice is None or not text[notice.end() :].strip():
        return None
    return Removal(Span(0, notice.end()), _NOTICE_REASON)


def clean(article: Article) -> Document:
    """Mark page furniture as removed; everything else is kept, offsets unchanged."""
    text = article.text
    if "\n" in text and story_index(text):
        whole = Removal(Span(0, len(text)), INDEX_REASON)
        return Document(article=article, kept=(), removed=(whole,))
    document = _cleaned(article, subheadings=True)
    # Found line by line, the subheadings are counted once the page is read: a page with many
    # is cleaned again (a few pages in a thousand), rather than every page read twice.
    if too_many_subheadings([r.reason for r in document.removed]):
        return _cleaned(article, subheadings=False)
    return document


def _cleaned(article: Article, subheadings: bool) -> Document:
    """`clean`, with the page's subheadings removed when `subheadings`."""
    text = article.text
    whole_document = "\n" not in text
    notice = _notice_before_a_page(text) if whole_document else None
    position = next_line = 0 if notice is None else notice.span.end
    kept: list[Span] = []
    removed: list[Removal] = []
    in_a_list: str | None = None
    roundup = False
    # The line above, for a fragment of it glued before a line (none above a one-line page's).
    playlist = issuer = previous = ""
    about_end = 0
    opening_start, opening_end, opening_reason = (
        (0, 0, "") if whole_document else opening_furniture(text)
    )
    wikipedia = not whole_document and text.startswith(WIKIPEDIA_HEADING)
    in_line = _in_line_furniture(text, whole_document)
    by_literal = literal_rules_on(text)
    lines = text[position:].split("\n")
    for index, raw in enumerate(lines):
        start, next_line = next_line, next_line + len(raw) + 1
        stripped = raw.strip()
        # An empty line is no furniture and leaves a list open: read no further.
        if not stripped:
            continue
        found = furniture(stripped, whole_document, by_literal)
        if found is not None and not whole_document and tells_the_story(found[0], stripped):
            found = None
        if found is None and wikipedia:
            found = wikipedia_furniture(stripped)
        # A line rule names an opening line better: "Copyright Marvel Comics", highlights.
        if found is not None:
            removals = _rule_removals(start, raw, found, whole_document)
        elif opening_start <= start < opening_end:
            removals = [Removal(Span(start, start + len(raw)), opening_reason)]
        elif not whole_document and closed_captions(stripped):
            removals = [Removal(Span(start, start + len(raw)), TRANSCRIPT_REASON)]
        elif (
            index < _LEAD_PICTURE_LINES
            and (caption := _glued_caption(raw, index, whole_document)) is not None
        ):
            glued = Removal(Span(start + caption.start(), start + caption.end()), _CAPTION_REASON)
            removals = [glued, *_pointers(start, raw, in_line)]
        elif index < DATELINE_LINES and (lead := LEAD_OPENING.match(raw)) is not None:
            opening = Removal(Span(start, start + lead.end()), lead_opening_reason(lead))
            removals = [opening, *_pointers(start, raw, in_line)]
        elif (
            previous and stripped[0] in GLUE_MARKS and (glued := glued_fragment(stripped, previous))
        ):
            opening = start + len(raw) - len(raw.lstrip())
            removals = [Removal(Span(opening, opening + glued), GLUE_REASON)]
        elif not whole_document and previous and (copy := delinked_copy(stripped, previous)):
            opening = start + len(raw) - len(raw.lstrip())
            removals = [Removal(Span(opening, opening + copy), DELINKED_REASON)]
        elif not whole_document and (
            (stripped[0] in QUOTE_MARKS and pull_quote(stripped, text))
            or (
                stripped[-1].isalnum()
                and stripped[0].isupper()
                and unmarked_pull_quote(stripped, text, start + len(raw) - len(raw.lstrip()))
            )
        ):
            removals = [Removal(Span(start, start + len(raw)), PULL_QUOTE_REASON)]
        elif (
            not whole_document
            and may_be_a_row(stripped)
            and (table := table_lines(lines, index, start, position))
        ):
            removals = table
        elif (
            not whole_document
            and (
                len(stripped) <= MOST_SUBHEADING_CHARACTERS
                or title_line(stripped)
                or (
                    len(stripped) <= LONGEST_TAGLINE and (" is " in stripped or " are " in stripped)
                )
            )
            and (why := by_neighbours(stripped, lines, index, subheadings))
        ):
            removals = [Removal(Span(start, start + len(raw)), why)]
        # Most lines hold no colon on a page without in-line furniture: no call for them.
        elif ":" in raw or in_line:
            removals = _pointers(start, raw, in_line)
        else:
            removals = []
        # A release's heading naming its issuer, then the issuer's description.
        if issuer and not removals and describes_its_issuer(stripped, issuer):
            removals = [Removal(Span(start, start + len(raw)), ISSUER_REASON)]
        issuer = issuer_named(stripped, removals[0].reason) if removals else ""
        # A release's closing "About <name>" section, to its contact block or the page's end.
        if start < about_end and not removals:
            removals = [Removal(Span(start, start + len(raw)), ABOUT_REASON)]
        if removals and not about_end:
            about_end = about_section_end(stripped, removals[0].reason, text, start + len(raw))
        # A video player's line naming its playlist: the titles it names, one a line below.
        if playlist and not removals and stripped in playlist:
            removals = [Removal(Span(start, start + len(raw)), PLAYLIST_REASON)]
        playlist = playlist_after(stripped, removals, playlist) if removals else ""
        # "Read more:" then the headlines it links to, one a line, to the next story line;
        # "Story highlights" then the highlights.
        if in_a_list and not removals and in_the_list(stripped, in_a_list, start, text):
            removals = [Removal(Span(start, start + len(raw)), in_a_list)]
        in_a_list = list_after(stripped, removals, in_a_list) if removals else None
        # A newsletter's roundup under its heading; a rule may name a line better ("Read more").
        roundup = not whole_document and in_a_roundup(stripped, roundup)
        if roundup and not removals:
            removals = [Removal(Span(start, start + len(raw)), ROUNDUP_REASON)]
        if whole_document and (one_line := one_line_furniture(start, raw)):
            removals = without_overlaps([*removals, *one_line])
        previous = stripped
        for removal in removals:
            kept.append(Span(position, removal.span.start))
            removed.append(removal)
            # After a removal that ends the line, the story resumes on the next line.
            ends_line = removal.span.end == start + len(raw)
            position = min(next_line, len(text)) if ends_line else removal.span.end
    kept.append(Span(position, len(text)))
    if not whole_document:
        kept, removed = without_crossheads(text, kept, removed)
    story = tuple(s for s in kept if text[s.start : s.end].strip())
    # The notice before a page is no whole page: only a page notice in the text after it is.
    page = next((r.reason for r in removed if r.reason in WHOLE_PAGE_REASONS), None)
    if page is not None and _words(text, story) <= _MOST_WORDS_BESIDE_A_PAGE_NOTICE:
        return Document(article=article, kept=(), removed=(Removal(Span(0, len(text)), page),))
    opening = () if notice is None else (notice,)
    return Document(article=article, kept=story, removed=(*opening, *removed))


def _words(text: str, spans: tuple[Span, ...]) -> int:
    return sum(len(text[s.start : s.end].split()) for s in spans)


def in_other_script(document: Document) -> bool:
    """Whether cleaning took every line of an article as Chinese script: a report in
    another language, which the Background list called "only page furniture" and the
    sources "a page that is no news"."""
    removed = document.removed
    return bool(removed) and not document.kept and all(r.reason == OTHER_SCRIPT for r in removed)
