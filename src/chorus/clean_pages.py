"""Cleaning rules for what is not a line of furniture: the notices that stand for a whole
page that is no article (`chorus.clean` then removes the whole document), the one notice
that may open a page's own text on a single line, and the pointer to pictures it removes
inside a line. Same form as `chorus.clean_rules`: (reason, pattern)
data, each written against text seen in raw Multi-News or Multi-News+.
"""

from __future__ import annotations

from chorus.clean_rules import NEEDS_LITERAL

_ARCHIVE_NOTICE_OPENING = (
    r"Starting in 1996, (?:Alexa Internet|alexa internet) has been donating their crawl data"
)

PAGE_NOTICES: tuple[tuple[str, str], ...] = (
    # The Internet Archive's notice that stands in for a page in raw Multi-News (lower case
    # after its first letter in Multi-News+).
    ("web archive notice", rf"^{_ARCHIVE_NOTICE_OPENING}"),
    ("web archive notice", r"^These crawls are part of an effort to archive pages"),
    ("web archive notice", r"^The seed for Wide\d+ was:?$"),
    # The Internet Archive's descriptions of a crawl, standing in for a page the same way.
    (
        "web archive notice",
        r"^(?:The seed (?:list )?for this crawl was|This crawl was run at a level"
        r"|The WARC files associated with this crawl|Crawl of outlinks from"
        r"|Web wide crawl with initial seedlist|Crawl (?:start|end) date:"
        r"|Number of (?:captures|unique URLs|hosts):|However this was a somewhat experimental crawl"
        r"|We have made many changes to how we do these wide crawls"
        r"|If you would like access to this set of crawl data"
        r"|Focused crawls are collections of frequently-updated webcrawl data)",
    ),
    # Archive-It's descriptions of a collection: "This is a set of web collections curated by
    # Mark Graham using the Archive-IT service ...", "This collection contains ... crawls".
    (
        "web archive notice",
        r"^(?:This is a set of web collections curated by"
        r"|This collection contains\b[^.]{0,80}\b(?:crawls|websites)\b)",
    ),
    # A page that was gone when it was fetched: "Sorry, the page you requested could not be
    # found.", "Sorry, the page you requested was not found.", "Page not found the page ...".
    (
        "page not found",
        r"^(?:Sorry,? (?:the|this) page (?:you (?:requested|are looking for) )?"
        r"(?:could not be|cannot be|can['’]t be|was not|is not) found|Page [Nn]ot [Ff]ound\b)",
    ),
    # YouTube's page for a video that would not play, and a petition's page ("Click below to
    # sign the Petition. ... You must confirm your signature in your email ...").
    ("video page notice", r"^The interactive transcript could not be loaded\b"),
    ("petition page", r"^You must confirm your signature\b"),
    # WordPress.com's page for a domain not yet mapped.
    ("hosting notice", r"^You['’]re Almost There\.\.\.$"),
    ("hosting notice", r"^Your custom domain mapping may take\b"),
    (
        "web archive notice",
        r"^-+ ?(?:a ranking of all URLs|up to a maximum of|Top ranked pages|Slash pages)",
    ),
)

# Furniture a single-line Multi-News+ page opens with, glued before its story, written as
# Multi-News+ lowers it (all but a sentence's first letter), so that no raw line matches: on
# a single-line document a rule's match is what goes, here the whole of the furniture. Each
# opens hundreds of Multi-News+ train documents (counts there).
# Searched only on a line holding its literal (`chorus.clean_rules.NEEDS_LITERAL`): tried on
# every line, its optional words before the slash made cleaning 10-25% slower.
_GETTY_CREDIT = (
    r"^(?!Image copyright)(?:Photo by )?"
    r"(?:[A-Za-z][\w.'-]*(?: [\w.'-]+){0,3} ?/ ?)?[Gg]etty images\b"
)
NEEDS_LITERAL[_GETTY_CREDIT] = ("etty images",)
_NBC_TIME = r"[A-Za-z]{3,9}\.? \d{1,2}, \d{4}, \d{1,2}: \d\d [ap]m gmt"
OPENINGS: tuple[tuple[str, str], ...] = (
    # The New York Times (195): "Photo advertisement continue reading the main story <story>".
    ("advertisement", r"^(?:Photo )?advertisement continue reading the main story\b"),
    # NBC News (775): "Breaking news emails get breaking news alerts and special reports. The
    # news and stories that matter, delivered weekday mornings. Nov. 29, 2018, 1: 40 am gmt /
    # updated nov. 29, 2018, 1: 52 am gmt <story>" (or "/ updated by <names> <story>").
    (
        "newsletter",
        r"^Breaking news emails get breaking news alerts and special reports\. The news and"
        rf" stories that matter, delivered weekday mornings\.(?: {_NBC_TIME})?"
        rf"(?: / updated\b(?: {_NBC_TIME})?)?",
    ),
    # A credit before its caption (405): "Getty images <caption>", "Maddie meyer/getty images
    # <caption>", "Photo by david ryder/getty images <story>".
    ("photo credit", _GETTY_CREDIT),
    # USA Today (851 of the 1,238 opening "Close"): its video player's close button, the
    # video's teaser, then the picture's caption and credit: "Close <teaser> <caption> (
    # photo: darron cummings, ap ) <story>", Gannett's papers' with "buy photo" after it.
    ("photo caption", r"^Close\b.{0,400}?\( photo: [^()]{1,80}\)(?: buy photo\b)?"),
    # Gannett's (113): "Buy photo <caption> ( photo: the enquirer/cameron knight ) buy photo".
    ("photo caption", r"^Buy photo\b(?:[^()]{0,300}\( photo: [^()]{1,80}\) buy photo\b)?"),
    # The Star Tribune's (28): "Video ( 01: 24 ): <story>".
    ("video teaser", r"^Video \( \d+: \d\d \):"),
)

# The Internet Archive's notice written whole, once or more: on a single-line Multi-News+
# document it may open the page it archived ("... after an embargo period. Starting in 1996,
# ... after an embargo period. What is demisexuality? ..."), and then only the notice goes.
# Raw Multi-News and Multi-News+ train always print both sentences (1,305 times).
NOTICE_BEFORE_A_PAGE: tuple[str, str] = (
    "web archive notice",
    rf"(?:{_ARCHIVE_NOTICE_OPENING} to the (?:Internet Archive|internet archive)\. Flowing in"
    r" every day, these data are added to the (?:Wayback Machine|wayback machine) after an"
    r" embargo period\.\s*)+",
)

# A pointer to pictures between two sentences of a paragraph: "... they wrote. [Photos:
# Ancient Egyptian Cemetery with 1 Million Mummies]", "[Image Gallery: Digging Up a Cemetery
# in Dakhleh Oasis]", "... seven billion of us. (Pictures: Population 7 Billion.)". Only the
# pointer goes, and only where it splits no sentence (`chorus.clean` checks both sides).
_POINTER_WORDS = r"(?:Image Gallery|Photos|PHOTOS|Pictures?|Images|Video|VIDEO|Gallery|Slideshow)"
IN_LINE_POINTER: tuple[str, str] = (
    "related link",
    rf"\[{_POINTER_WORDS}\s*:[^\[\]]{{1,120}}\]|\({_POINTER_WORDS}\s*:[^()]{{1,120}}\)",
)

# Business Insider's picture caption and credit glued before the story's first paragraph, on
# the article's first line: "The cabin of a Qatar Airways plane. AP American Airlines on
# Thursday said ...". Only the caption and its credit go. The credit must be one that is
# never a story's subject ("Reuters reported", "Bloomberg News said" would be).
GLUED_CAPTION: tuple[str, str] = (
    "photo caption",
    r"^[A-Z][^.!?\n]{0,100}\. (?:AP|Getty Images|Shutterstock) (?=[A-Z][a-z])",
)
