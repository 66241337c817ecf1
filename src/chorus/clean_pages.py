"""Cleaning rules for what is not a line of furniture: the notices that stand for a whole
page that is no article (`chorus.clean` then removes the whole document), the one notice
that may open a page's own text on a single line, and the pointer to pictures it removes
inside a line. Same form as `chorus.clean_rules`: (reason, pattern)
data, each written against text seen in raw Multi-News or Multi-News+. The furniture a
single-line Multi-News+ page opens with and holds between its sentences is in
`chorus.clean_one_line_furniture`; a caption glued before a page's story in
`chorus.clean_opening_captions`.
"""

from __future__ import annotations

_ARCHIVE_NOTICE_OPENING = (
    r"Starting in 1996, (?:Alexa Internet|alexa internet) has been donating their crawl data"
)

PAGE_NOTICES: tuple[tuple[str, str], ...] = (
    # The Internet Archive's notice that stands in for a page in raw Multi-News (lower case
    # after its first letter in Multi-News+).
    ("web archive notice", rf"^{_ARCHIVE_NOTICE_OPENING}"),
    ("web archive notice", r"^These crawls are part of an effort to archive pages"),
    # "The seed for Wide00014 was:" alone on a line; Multi-News+ glues its list after it (199
    # train documents): "The seed for wide00014 was: - slash pages from every domain ...".
    ("web archive notice", r"^The seed for (?:Wide|wide)\d+ was:?(?:$| - slash pages\b)"),
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
    # A CAPTCHA that stood in for the page: a parked domain's ("Captcha security check *
    # attackwatch.com is for sale. Enter the characters below to continue: ...", Multi-News+
    # validation 3375 [0], marked not relevant) and Amazon's robot check ("Enter the
    # characters you see below sorry, we just need to make sure you're not a robot.", train).
    ("captcha page", r"^(?:Captcha security check\b|Enter the characters you see below\b)"),
    # A shop's membership terms ('Shop or "Skip" The choice to shop is always yours! Shop or
    # log into your account to "Skip the Month" ...', raw val-1297's third page).
    ("membership page", r'^Shop or "Skip" The choice to shop is always yours!'),
    # WordPress.com's page for a domain not yet mapped.
    ("hosting notice", r"^You['’]re Almost There\.\.\.$"),
    ("hosting notice", r"^Your custom domain mapping may take\b"),
    (
        "web archive notice",
        r"^-+ ?(?:a ranking of all URLs|up to a maximum of|Top ranked pages|Slash pages)",
    ),
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

# A live blog's label opening a line before the item it marks, the item kept: "Update 11:10
# a.m.: Not to be outdone by China's People's Daily, ...", "Original: We're not here to debate
# ..." (raw validation 71 [0] by index), "UPDATE, 10:11 p.m. — Variety’s first story said
# ..." (231 [1]). The label's word, a number or "story", a time, then a colon, a dash or the
# time's stop, and a sentence opening on capitalised words then a lower-case one ("UPDATE:
# November 8, 8:25 AM CST", a stamp, stays). Not on the page's first line (`chorus.clean`;
# 165 [0]'s "Update:Judge calls emergency meeting ..." stays): there the label is all that
# tells an update from the page's lead, and taken out, 153 [2]'s "UPDATE: Authorities
# positively identified the two bodies ..." headed the briefing over "Two missing girls were
# found dead ...", as the twenty-fourth to twenty-sixth passes found.
UPDATE_LABEL_REASON = "update label"
_LABEL_AFTER_ITS_WORD = (
    r"(?: \d{1,2}| STORY| [Ss]tory)?(?:,? \d{1,2}:\d\d [ap]\.m\.)?(?::|(?<=m\.)| —) ?"
    r"(?=[A-Z][\w’']*(?: [A-Z][\w’']*)* [a-z])"
)
_UPDATE_LABELS = tuple(
    (UPDATE_LABEL_REASON, word, rf"^{word}{_LABEL_AFTER_ITS_WORD}")
    for word in ("Update", "UPDATE", "Original", "ORIGINAL")
)

# Furniture inside a line of a longer page, between sentences, each with a literal every match
# holds: a call to action closing a paragraph's line in capitals ("... need to have their
# implants replaced. CLICK HERE to find out more about "The Implant Truth Survivors."
# Committee"", raw val-530; one in lower case, "To learn more, click here.", may end a story
# sentence and stays), and BBC's "Continue reading the main story" glued before a box of the
# story, with the box's heading ("... At the scene The bombardment has started in Binnish
# ...", raw val-2534: "the scene" read as the town).
IN_LINE_FURNITURE: tuple[tuple[str, str, str], ...] = (
    ("share buttons", "CLICK HERE", r"(?<=[.!?\"”] )CLICK HERE\b.{0,150}$"),
    (
        "advertisement",
        "Continue reading",
        r"^Continue reading the main story(?: At the scene)?(?= [A-Z])",
    ),
    # Newsweek's mark of a changed story before its first sentence: "Updated | When the first
    # humans left Africa ..." (raw val-3655).
    ("timestamp", "Updated |", r"^Updated \| (?=[A-Z])"),
    # A share button's label glued before a story's first sentence: "Email This Even at 88,
    # Betty White has the ambition of a 20-something!" (raw 203, its headline too).
    ("share buttons", "Email This", r"^Email This (?=[A-Z])"),
    # A court filing's mark where its redacted copy blanked a passage, set before the
    # paragraph it opens: "Redacted portion : Yet, despite President Obama stating ..." (raw
    # validation 165 [0] by index, five times; "Redacted footnote : ", once). The paragraph
    # stays, the filing's own words.
    ("redaction label", "Redacted ", r"^Redacted (?:portion|footnote) : (?=[A-Z])"),
    # The same filing's citation of the page it quotes, after a sentence's stop: "... was his
    # pick. (Labor union president 302, February 2, 2009, p. 7)." (165 [0] twice, [1] once).
    # Read alone, it was a summary sentence of its own. Gated by "(" as the link's call above
    # is: each page is searched for that already, and a pattern opening on it is found fast
    # (" p. " searched for through every page cost 2 ms a pass over raw validation).
    ("source citation", "(", r"\((?<=[.!?\"”] \()[^()\n]{1,80} p\. \d+\)\.?"),
    # A link's call in brackets between two sentences, "... medical expenses. (Click here to
    # see the flyer)" (raw val-2669), "(Read more about this here.)" (val-4411). Inside a
    # sentence ("As the fact sheet shows (download a PDF here), in Japan ...", "Avery Design
    # and Print (click here).") it stays: taken out, it would cut the sentence in two.
    (
        "related link",
        "(",
        r"\((?:Click|Read more|Download|Watch|See)\b(?=[^()]{0,60}\bhere\b)[^()]{1,80}\)",
    ),
    # Al Jazeera's link to its live blog between two sentences: "... outside his house on
    # Tuesday. LIVE BLOG On Monday, William Hague ..." (raw val-5397).
    ("related link", "LIVE BLOG", r"(?<=[.!?\"”] )LIVE BLOG (?=[A-Z])"),
    # A blog's teaser pointing past its break to the rest of the post: "... the grueling
    # workouts and routines? Details on her potential 'Dancing' dreams after the jump! Even at
    # 88, ..." (raw validation 203 by index, the only "after the jump" of raw and DUC).
    (
        "related link",
        "after the jump",
        r"(?:^|(?<=[.!?\"”] ))[A-Z][^.!?]{0,150} after the jump(?:[.!]| …)",
    ),
    # A call to follow the site glued after a paragraph's last sentence: "... cravings for the
    # week. Follow us on Twitter for even more live coverage of this, ahem, momentous event."
    # (raw validation 28 by index; raw's eight other "Follow ... on Twitter" are lines of their
    # own, removed by the line rules). The site's own call only: "Follow us on" is found through
    # a page twice as fast as "Follow ".
    (
        "follow",
        "Follow us on ",
        r"(?<=[.!?\"”] )Follow us on (?:Twitter|Facebook|Instagram)\b[^.!?]{0,150}[.!]?",
    ),
    # A blog's item mark, a lone "*" or a run of three (a word or two of its own between two
    # runs: "*** UPDATE ***", "*** UPDATED x1 ***") opening a line or set between two
    # sentences: "... Oops on somebody’s part. * All of the most explosive allegations ..."
    # (raw validation 165 [1] by index, seven), 177 [0]'s list ("* Obama won women ...").
    # Items, never one sentence: left in, an open quotation ("... said “he was going to push
    # Blagojevich hard on this. * There is also ...") glued three of 165 [1]'s items into one.
    # A censored word's ("f***") follows no stop. A run of two is no item's: it brackets 144
    # [1]'s sponsor blocks ("** A message from the Investment Company Institute: ... **", the
    # only four), which the thirty-sixth pass left whole; its mark taken alone, the sponsor's
    # line headed the briefing.
    (
        "item mark",
        "*",
        r"(?:^|(?<=[.!?\"”…] ))\*(?:\*\*)?(?: [A-Z][A-Za-z0-9]*(?: [A-Za-z0-9]+)? \*{3})?"
        r"(?= +[A-Z\"“‘]| *$)",
    ),
    # A blog's mark of an item added to its post, one word set between ellipses between two
    # sentences: "... (Blagojevich Home Phone Call # 149). …Adding… Obama allegedly shot down
    # ..." (raw validation 165 [1], the only one of raw and DUC).
    ("item mark", "…", r"(?<=[.!?\"”)] )…[A-Z][a-z]+…(?= [A-Z])"),
    # Wikipedia's footnote marks after a sentence's stop: "... postconcussion syndrome.[10] The
    # research ...", "... Duke of Närke.[6][5]" (raw validation 118 and 158 by index). After a
    # comma or a word ("historicity,[59] emphasizing") a mark is inside its sentence and stays.
    ("footnote mark", "[", r"\[\d{1,3}\](?:\[\d{1,3}\])*"),
    # Live Science's link to a related story closing a paragraph's line after its last stop,
    # a title in brackets with no pointer word: "... "the field of the assembly." [Fierce
    # Fighters: 7 Secrets of Viking Culture]" (raw validation 2 [1] by index, 33 [4]). Left in,
    # it opened the next paragraph's sentence. Only at the line's end: between sentences a
    # bracket is as often an editor's insertion ("... re-election. [Labor union official]
    # advised Obama", 165), and one opening in lower case ("[...]") is never a title. A
    # pointer to pictures ("[Photos: …]") is `IN_LINE_POINTER`'s.
    (
        "related link",
        "[",
        rf"\[(?<=[.!?\"”] \[)(?!{_POINTER_WORDS}\s*:)[A-Z][^\[\].!?\n]{{2,120}}\]\s*$",
    ),
    *_UPDATE_LABELS,
)
