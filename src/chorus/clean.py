"""Cleaning: Article → Document, dropping page furniture and keeping every story sentence.

Cleaning works on whole lines. A line is removed only when one of the rules below
matches it; the rules are data (a reason and a pattern), each written against text
seen in the seeds or in raw Multi-News articles. Nothing is rewritten: the document
keeps the article's text and records which spans are the story and which were removed.

A document that is a single line (Multi-News+ stores each article so) is the story
itself, not a line of furniture: there a caption or credit rule removes only the text it
matched, and only the notices that stand in for a whole page remove it whole.
"""

from __future__ import annotations

import re

from chorus.model import Article, Document, Removal, Span

_AGENCY = r"(?:REUTERS|Reuters|AFP|AP|EPA|Getty Images|Bloomberg|Xinhua|Anadolu|TASS|Sputnik)"
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"

CAPTION_RULES: tuple[tuple[str, str], ...] = (
    # "... U.S., April 13, 2018. REUTERS/Eduardo Munoz" (seed 001, first line)
    ("photo credit", rf"\b{_AGENCY}\s*/\s*{_NAME}\s*$"),
    # "... before a Security Council meeting on the Syria crisis © Reuters" (seed 001)
    ("photo credit", r"©\s*[\w .&/'’-]{1,40}$"),
    ("photo credit", r"\((?:AP|AFP|Reuters)\s+Photo\b[^)]*\)\s*$"),
    # Politico's teaser line: "<caption>. | Saul Loeb/AFP/Getty Images <headline> <dek>"
    ("photo caption", rf" \| (?:AP Photo\b|{_NAME}(?:/{_NAME})*/(?:AP Photo\b|{_AGENCY}))"),
    ("photo credit", r"^(?:Photo|Photograph|Picture|Image)(?: credit)?\s*:"),
    # Lazy: on a single-line document the match is what gets removed.
    ("photo caption", r"^(?:FILE\s*[-–—]\s*)?In this \w.*?\bphoto\b"),
    # "Image copyright afp image caption ..." (BBC, in Multi-News+)
    ("photo caption", r"^Image (?:caption\b|copyright\b(?:.{0,60}?\b[Ii]mage caption\b)?)"),
    ("media notice", r"^Media playback is unsupported(?: on your device(?: [Mm]edia caption\b)?)?"),
    ("media notice", r"^Please enable Javascript"),
    ("media notice", r"^Play (?:Facebook|Twitter|Email|Video)$"),
    ("social widget", r"^Tweet with a location$"),
    ("social widget", r"^You can add location information to your Tweets"),
)

FURNITURE_RULES: tuple[tuple[str, str], ...] = (
    # The five lines that close seed 001 (Financial Times page furniture).
    ("alerts", r"^Get alerts on\b.*\bwhen a new story is published$"),
    ("copyright", r"^(?:Copyright|©).*[Rr]ights [Rr]eserved"),
    ("copyright", r"^(?:Copyright\s*)?(?:©|\([Cc]\))?\s*(?:19|20)\d\d\b"),
    ("copyright", r"^[^.]{0,80}\bAll rights reserved\.?$"),
    ("reuse", r"^Reuse this content\b"),
    ("comments", r"^Comments (?:have not been enabled|are closed)\b"),
    ("topics", r"^Follow the topics in this article$"),
    ("newsletter", r"^(?:Sign up|Subscribe|Newsletter Sign Up|Breaking News Emails)\b"),
    ("newsletter", r"^Get (?:the|The) .{1,60} by email\b"),
    ("advertisement", r"^(?:Advertisement|ADVERTISEMENT)(?:\s+Continue reading the main story)?$"),
    ("advertisement", r"^Story Continued Below$"),
    (
        "share buttons",
        r"^(?:Share|Share this|Tweet|Email|Print|Twitter|Facebook|reset|Text Size -|Read More)$",
    ),
    # One class, no nested repeat: "(?:[=]+\s*)+$" backtracks exponentially on "=== === x".
    ("rule", r"^[_#*=+~-][_#*=+~\s-]*$"),
    ("related link", r"^(?:RELATED|Related|ALSO|READ MORE|Read more|See also|MORE)\s*:"),
    (
        "credit",
        r"^(?:The )?(?:Associated Press|Reuters|AP)\b.{0,60}contributed to this (?:report|story)",
    ),
)

PAGE_NOTICES: tuple[tuple[str, str], ...] = (
    # The Internet Archive's notice that stands in for a page in raw Multi-News.
    ("web archive notice", r"^Starting in 1996, Alexa Internet has been donating their crawl data"),
    ("web archive notice", r"^These crawls are part of an effort to archive pages"),
    ("web archive notice", r"^The seed for Wide\d+ was:?$"),
    (
        "web archive notice",
        r"^-+ ?(?:a ranking of all URLs|up to a maximum of|Top ranked pages|Slash pages)",
    ),
)

_ALL_RULES = CAPTION_RULES + FURNITURE_RULES + PAGE_NOTICES
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(pattern)) for reason, pattern in _ALL_RULES
)
_WHOLE_PAGE_REASONS = frozenset(reason for reason, _ in PAGE_NOTICES)


# Almost every line is story text, so a quick test rejects most lines before the rules
# are tried one by one. Rules anchored at the line start are tried as one alternation.
# The others are searched one by one (as one alternation they are 3× slower) without a
# leading word boundary: it only narrows a match, and it stops `re` from skipping ahead
# to the letters an alternation can start with (3× slower with it).
_AT_LINE_START = re.compile("|".join(f"(?:{p})" for _, p in _ALL_RULES if p.startswith("^")))
_WORD_BOUNDARY = r"\b"
_ELSEWHERE = tuple(
    re.compile(p.removeprefix(_WORD_BOUNDARY)) for _, p in _ALL_RULES if not p.startswith("^")
)


def _furniture(stripped: str) -> tuple[str, re.Match[str]] | None:
    """The first rule matching a stripped line: its reason and its match."""
    if _AT_LINE_START.match(stripped) is None and not any(p.search(stripped) for p in _ELSEWHERE):
        return None
    for reason, pattern in _RULES:
        match = pattern.search(stripped)
        if match:
            return reason, match
    return None


def removal_reason(line: str) -> str | None:
    """Why a line (without its newline) is not part of the story, or None to keep it."""
    found = _furniture(line.strip())
    return found[0] if found else None


def _removal(start: int, raw: str, whole_document: bool) -> Removal | None:
    """What to remove of the line `raw` starting at `start`: all of it, or on a
    single-line document the part a caption or furniture rule matched."""
    stripped = raw.strip()
    found = _furniture(stripped) if stripped else None
    if found is None:
        return None
    reason, match = found
    if not whole_document or reason in _WHOLE_PAGE_REASONS:
        return Removal(Span(start, start + len(raw)), reason)
    offset = start + len(raw) - len(raw.lstrip())
    return Removal(Span(offset + match.start(), offset + match.end()), reason)


def clean(article: Article) -> Document:
    """Mark page furniture as removed; everything else is kept, offsets unchanged."""
    text = article.text
    whole_document = "\n" not in text
    kept: list[Span] = []
    removed: list[Removal] = []
    position = line_start = 0
    for raw in text.split("\n"):
        removal = _removal(line_start, raw, whole_document)
        line_end = line_start + len(raw)
        line_start = line_end + 1
        if removal is None:
            continue
        kept.append(Span(position, removal.span.start))
        removed.append(removal)
        # After a removal that ends the line, the story resumes on the next line.
        ends_line = removal.span.end == line_end
        position = min(line_start, len(text)) if ends_line else removal.span.end
    kept.append(Span(position, len(text)))
    return Document(
        article=article,
        kept=tuple(s for s in kept if text[s.start : s.end].strip()),
        removed=tuple(removed),
    )
