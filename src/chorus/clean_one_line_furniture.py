"""The furniture of a single-line Multi-News+ page, written as Multi-News+ lowers its text:
what the page opens with, glued before its story (`OPENINGS`, the first rules
`chorus.clean_match` tries), and what lies between its sentences (`ONE_LINE_FURNITURE`, found
by `chorus.clean_inline`). Same form as `chorus.clean_rules`: (reason, pattern) data, each
counted on Multi-News+ documents.
"""

from __future__ import annotations

from chorus.clean_gates import NEEDS_LITERAL

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
