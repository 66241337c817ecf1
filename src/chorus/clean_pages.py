"""Cleaning rules for what is not a line of furniture: the notices that stand for a whole
page that is no article (`chorus.clean` then removes the whole document), the one notice
that may open a page's own text on a single line, and the pointer to pictures it removes
inside a line. Same form as `chorus.clean_rules`: (reason, pattern)
data, each written against text seen in raw Multi-News or Multi-News+.
"""

from __future__ import annotations

from chorus.clean_gates import NEEDS_LITERAL

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

# Furniture a single-line Multi-News+ page opens with, glued before its story, written as
# Multi-News+ lowers it (all but a sentence's first letter), so that no raw line matches: on
# a single-line document a rule's match is what goes, here the whole of the furniture. Each
# opens hundreds of Multi-News+ train documents (counts there).
# Searched only on a line holding its literal (`chorus.clean_gates.NEEDS_LITERAL`): tried on
# every line, its optional words before the slash made cleaning 10-25% slower.
_GETTY_CREDIT = (
    r"^(?!Image copyright)(?:Photo by )?"
    r"(?:[A-Za-z][\w.'-]*(?: [\w.'-]+){0,3} ?/ ?)?[Gg]etty images\b"
)
NEEDS_LITERAL[_GETTY_CREDIT] = ("etty images",)
_NBC_TIME = r"[A-Za-z]{3,9}\.? \d{1,2}, \d{4}, \d{1,2}: \d\d [ap]m gmt"
OPENINGS: tuple[tuple[str, str], ...] = (
    # The New York Times (195): "Photo advertisement continue reading the main story <story>",
    # and where the page opens with it (100): "Advertisement continue reading ...".
    ("advertisement", r"^(?:Photo a|A|a)dvertisement continue reading the main story\b"),
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
    # photo: darron cummings, ap ) <story>", Gannett's papers' with "buy photo" after it; its
    # player's other openings (70, 30): "Skip ad ad loading... X embed x share <teaser> ...",
    # "Skip in skip x embed x share <teaser> ...".
    (
        "photo caption",
        r"^(?:Close\b|Skip ad ad loading\.\.\. X embed x share\b|Skip in skip x embed x share\b)"
        r".{0,620}?\( photo: [^()]{1,80}\)(?: buy photo\b)?",
    ),
    # Gannett's (113): "Buy photo <caption> ( photo: the enquirer/cameron knight ) buy photo".
    ("photo caption", r"^Buy photo\b(?:[^()]{0,300}\( photo: [^()]{1,80}\) buy photo\b)?"),
    # The Star Tribune's (28): "Video ( 01: 24 ): <story>"; NBC's player (247): "Play facebook
    # twitter embed <video's title> 1: 01 <story>", "Embed more news videos <story>" (45).
    (
        "video teaser",
        r"^(?:Video \( \d+: \d\d \):|Embed more news videos\b"
        r"|Play facebook twitter (?:google plus )?embed\b.{0,150}? \d{1,2}: \d\d\b)",
    ),
    # Players that would not play: "Please enable javascript to watch this video" (423),
    # Twitter's "We've detected that javascript is disabled in your browser. ..." (96), YouTube's
    # "Watch queue queue watch queue queue remove all disconnect" (41).
    (
        "media notice",
        r"^(?:Please enable javascript to watch this video\b"
        r"|We've detected that javascript is disabled in your browser\. Would you like to proceed"
        r" to legacy twitter\? yes\b|Watch queue queue watch queue queue remove all disconnect\b)",
    ),
    # Twitter's and Facebook's pages, each a page of its own: "Tweet with a location you can add
    # location information to your tweets, ... Learn more" (1,490), "Add a location to your
    # tweets when ..." (320), "See more of mark zuckerberg on facebook" (141).
    (
        "social widget",
        r"^(?:(?:Tweet with a location you can add location information to your tweets\b"
        r"|Add a location to your tweets when you tweet with a location\b)[^.]{0,200}\."
        r"[^.]{0,200}\bhistory\. Learn more\b|See more of .{1,80} on facebook$)",
    ),
    # Newser's comment box (304): "This will appear next to all of your comments this will not
    # appear anywhere on newser".
    (
        "comments",
        r"^This will appear next to all of your comments this will not appear anywhere on newser\b",
    ),
    # Dow Jones' reprint notice (204), whole: "Dow jones reprints: this copy is for your personal,
    # non-commercial use only. To order ... or visit www.djreprints.com".
    (
        "reuse",
        r"^Dow jones reprints: this copy is for your personal\b[^.]{0,40}\."
        r"[^.]{0,200}\bwww\.djreprints\.com",
    ),
    # The Guardian's (160): "This article is over 7 years old <dek> <story>".
    ("timestamp", r"^This article is over \d+ (?:years?|months?|days?) old\b"),
    # Newsletter boxes: "Looking for news you can trust? subscribe to our free newsletters." (62),
    # "Get the latest from today sign up for our newsletter" (57), "Get daily updates directly to
    # your inbox + subscribe ... invalid email" (95), "Close get email notifications on <name>
    # daily! ... only if there are new matching items." (133), "Sign up for one of our email
    # newsletters." (23).
    (
        "newsletter",
        r"^(?:Looking for news you can trust\? subscribe to our free newsletters\."
        r"|Get the latest from today sign up for our newsletter\b"
        r"|Get daily updates directly to your inbox \+ subscribe\b.{0,80}?\binvalid email\b"
        r"|Close get email notifications on .{1,320}?\bonly if there are new matching items\."
        r"|Sign up for one of our email newsletters\.)",
    ),
    # Account boxes: "Just one more thing... We have sent you a verification email. ... Close"
    # (150), "Notice you must log in to continue." (56).
    (
        "account notice",
        # A dot inside a site's name ("your ajc.com profile") is no full stop.
        r"^(?:Just one more thing\.\.\. We have sent you a verification email\."
        r"(?:[^.]|\.(?=\w)){0,100}\.(?: If you do not receive the verification message\b"
        r"(?:[^.]|\.(?=\w)){0,160}\.)?(?: Close\b)?"
        r"|Notice you must log in to continue\.)",
    ),
    # A station's sign-in box that is the whole page (36 train and validation pages, 469-669
    # characters): "Sign in using your kiro profile by submitting your registration information,
    # ... Click here to return to the page you were visiting." Whole only to the page's end.
    ("account notice", r"^Sign in using (?:you account with|your \w+ profile)\b.{0,640}$"),
    # YouTube's description (608): "Published on nov 6, 2017 <description>".
    ("video description", r"^Published on [a-z]{3} \d{1,2}, \d{4}\b"),
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

# Business Insider's picture caption and credit glued before the story's first paragraph, on
# the article's first line: "The cabin of a Qatar Airways plane. AP American Airlines on
# Thursday said ...", or its photographer's credit alone, "William Wei, Business Insider
# Facebook is buying Oculus VR, ..." (raw validation 169 [2]). Only the caption and its credit
# go. The credit must be one that is never a story's subject ("Reuters reported", "Bloomberg
# News said" would be); a name and the site's after a comma only before a sentence, its
# capitalised words then a lower-case one (not a title: "..., Business Insider Deputy Editor,").
GLUED_CAPTION: tuple[str, str] = (
    "photo caption",
    r"^(?:[A-Z][^.!?\n]{0,100}\. (?:AP|Getty Images|Shutterstock) (?=[A-Z][a-z])"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}, Business Insider (?=(?:[A-Z][a-z]+ )+[a-z]))",
)

# Furniture inside a single-line Multi-News+ page, between its sentences, written in its casing
# (a sentence's first letter only in capitals), each with a literal every match holds. NYT's
# "... for accuracy. Advertisement the first review revealed ..." (189 validation documents),
# and the Guardian's link "... until 2020. Japan's princess mako postpones wedding until 2020
# read more the couple said ..." (56; not "... to read more").
ONE_LINE_FURNITURE: tuple[tuple[str, str, str], ...] = (
    # The San Francisco Chronicle's film listing between a review's title and its first
    # sentence: "Pacific rim action. Starring charlie hunnam, ... Directed by guillermo del
    # toro. ( pg-13. 131 minutes. ) " pacific rim, " an action movie ..." (1 validation, 8
    # train documents; the raw page has it on a line of its own).
    (
        "film listing",
        " minutes.",
        r"(?<=[.!?] )(?:Starring|Directed by) [^()]{1,200}?\. \( (?:g|pg|pg-13|r|nc-17)\."
        r" \d{2,3} minutes\.[^()]{0,120}\)(?= |$)",
    ),
    (
        "advertisement",
        "Advertisement",
        r"(?:^|(?<=[.!?\"] ))Advertisement(?: continue reading the main story)?"
        r"(?: advertisement)*(?= [a-z]|$)",
    ),
    # Politico's marker between paragraphs (822 train documents): "... first published the
    # footage. Story continued below asked if he was supporting ...", in lower case after a
    # quotation's close ("... his conscience. " story continued below ...").
    (
        "advertisement",
        "tory continued below",
        r"(?:(?<=[.!?\"”] )S|(?<=[.!?,] [\"”] )s)tory continued below(?= |$)",
    ),
    # NPR's picture, its credit written twice: "... in that pool? enlarge this image toggle
    # caption lexylovesart/getty images/istockphoto lexylovesart/getty images/istockphoto you
    # know ...". The repeat closes it.
    (
        "photo caption",
        "toggle caption",
        r"(?<=[.!?\"”] )[Ee]nlarge this image toggle caption (\S+(?: \S+){0,5}?) \1(?= |$)",
    ),
    # A call to action between sentences, to its sentence's end: "... highest paying
    # companies. Click here to see america's highest paying companies. While jobs ..." (20
    # validation documents). The next paragraph's first sentence may have joined it where
    # the call had no stop ("Click here to see map of sightings they say there are different
    # descriptions of the clowns.", train): one naming a person by a pronoun, running into
    # a quotation or brackets, or over 100 characters, stays.
    (
        "share buttons",
        "Click here ",
        r"(?<=[.!?\"”] )Click here (?:to|for)\b"
        r"(?![^.!?]*\b(?:he|she|they|their|his|her|him|them)\b)[^.!?\"“”()]{1,100}[.!?]"
        r"(?= [A-Z\"“]|$)",
    ),
    (
        "related link",
        " read more ",
        r"(?<=[.!?\"] )[A-Z][^.!?]{5,150}?(?<!\bto) read more(?= [a-z])",
    ),
)
