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
present and closed by its picture's place and day, or one closed by its agency in brackets):
the parts of a line that go without the rest are found in `chorus.clean_line_parts`.
"""

from __future__ import annotations

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
from chorus.clean_inline import one_line_furniture, without_overlaps
from chorus.clean_leads import DATELINE_LINES, LEAD_OPENING, lead_opening_reason
from chorus.clean_line_parts import (
    CAPTION_REASON,
    glued_caption,
    in_line_furniture,
    notice_before_a_page,
    pointers,
    rule_removals,
)
from chorus.clean_listings import (
    OTHER_SCRIPT,
    PLAYLIST_REASON,
    in_the_list,
    list_after,
    playlist_after,
)
from chorus.clean_match import (
    RULES,
    WHOLE_PAGE_REASONS,
    furniture,
    literal_rules_on,
    removal_reason,
)
from chorus.clean_pages import PAGE_NOTICES, UPDATE_LABEL_REASON
from chorus.clean_roundups import ROUNDUP_REASON, in_a_roundup
from chorus.clean_rules import tells_the_story
from chorus.clean_tables import may_be_a_row, table_lines
from chorus.clean_top import opening_furniture
from chorus.clean_transcripts import (
    SPEAKER_LABEL_REASON,
    TRANSCRIPT_REASON,
    closed_captions,
    echoed_label,
    host_label,
    host_named,
)
from chorus.clean_wikipedia import WIKIPEDIA_HEADING, wikipedia_furniture
from chorus.model import Article, Document, Removal, Span

# What the cleaning tests read of the rules beside `clean`.
__all__ = ["PAGE_NOTICES", "RULES", "clean", "removal_reason"]

# A page notice stands for its whole page only beside a few lines of the page's own (at most
# 77 words in raw Multi-News); beside more, it is one line of a longer text (articles pasted
# together), and only its lines go.
_MOST_WORDS_BESIDE_A_PAGE_NOTICE = 150


# A lead picture's caption is glued before one of the page's first paragraphs: raw validation
# 184's on its fifth line, empty ones counted (the only such caption of raw's 11,796 lines).
# Looked for on every line, it made cleaning raw validation 4% slower.
_LEAD_PICTURE_LINES = 5


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
    notice = notice_before_a_page(text) if whole_document else None
    position = next_line = 0 if notice is None else notice.span.end
    kept: list[Span] = []
    removed: list[Removal] = []
    in_a_list: str | None = None
    roundup = False
    # The line above, for a fragment of it glued before a line (none above a one-line page's).
    playlist = issuer = previous = host = ""
    about_end = 0
    opening_start, opening_end, opening_reason = (
        (0, 0, "") if whole_document else opening_furniture(text)
    )
    wikipedia = not whole_document and text.startswith(WIKIPEDIA_HEADING)
    in_line = in_line_furniture(text, whole_document)
    # A live blog's update label stays on the page's first line (`clean_pages.UPDATE_LABEL_REASON`).
    in_line_first = [rule for rule in in_line if rule[0] != UPDATE_LABEL_REASON]
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
            removals = rule_removals(start, raw, found, whole_document)
        elif opening_start <= start < opening_end:
            removals = [Removal(Span(start, start + len(raw)), opening_reason)]
        elif not whole_document and closed_captions(stripped):
            removals = [Removal(Span(start, start + len(raw)), TRANSCRIPT_REASON)]
        elif (
            index < _LEAD_PICTURE_LINES
            and (caption := glued_caption(raw, index, whole_document)) is not None
        ):
            glued = Removal(Span(start + caption.start(), start + caption.end()), CAPTION_REASON)
            removals = [glued, *pointers(start, raw, in_line)]
        elif index < DATELINE_LINES and (lead := LEAD_OPENING.match(raw)) is not None:
            opening = Removal(Span(start, start + lead.end()), lead_opening_reason(lead))
            removals = [opening, *pointers(start, raw, in_line)]
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
        # A transcript's heading naming its host, the host's label opening each turn after it.
        elif not whole_document and (named := host_named(stripped)):
            host = named
            removals = [Removal(Span(start, start + len(raw)), SPEAKER_LABEL_REASON)]
        # A label the page needs not: the host's, or one saying again who the line above,
        # closing on a colon, names.
        elif (host and (label := host_label(stripped, host))) or (
            previous.endswith(":") and (label := echoed_label(stripped, previous))
        ):
            opening = start + len(raw) - len(raw.lstrip())
            labelled = Removal(Span(opening, opening + label), SPEAKER_LABEL_REASON)
            removals = [labelled, *pointers(start, raw, in_line)]
        # Most lines hold no colon on a page without in-line furniture: no call for them.
        elif ":" in raw or in_line:
            removals = pointers(start, raw, in_line if index else in_line_first)
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
