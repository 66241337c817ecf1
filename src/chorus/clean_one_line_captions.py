"""The captions inside a single-line Multi-News+ page, as patterns `chorus.clean_inline` finds
between its sentences where no line break marks them: AP's and Reuters' credits closing a
caption and the signs its first sentence shows, credits glued before the next sentence
("<name>/getty images"), and BBC's caption markers and its player's notice. Written as
Multi-News+ lowers its text; the caption rules for whole lines are in `chorus.clean_captions`.
"""

from __future__ import annotations

# AP's pictures inside a single-line Multi-News+ page, each caption cut short and credited:
# "... afghan officials said. Afghanistan's security forces walk in front of the main gate ...
# in kabul, afghanistan, thursday, dec. 11, 2014. A teenage suicide bomber... ( associated press
# ) afghans wait outside of a hospital ... ( associated press ) the h..." (838 of the 15,317
# validation documents). `chorus.clean` finds where each caption starts.
AP_CAPTION_CREDIT = r"(?:\.\.\.|\)|\.) \( associated press \)"
# Multi-News+ cuts a page short inside its last credit, "... friday, june 3, 2016, in
# redding, calif. ( ap photo/rich pedroncelli ) ( associated press" (59 train pages end so):
# there the page's end closes it.
AP_CUT_CREDIT = "( associated press"
AP_CAPTION_CREDIT_TO_THE_CUT = AP_CAPTION_CREDIT.removesuffix(r" \)") + r"(?: \)|\s*$)"
# A caption's first sentence names its picture's day or calls it a photo: "..., thursday, dec.
# 11, 2014.", "File - in this oct. 6, 2018 file photo, ...", "This undated photo provided by".
# The credit "( ap photo/... )" closing a caption is no such sign.
# Capitalised after an initial's stop: "... nebraska, u.s. May 7, 2017. Reuters/rick wilking"
# (not after a sentence's: "... on friday. Mar. 3, 2017. The owner says ..." is the caption's
# second sentence).
_MONTH = (
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|(?<=\b[a-z]\.[a-z]\. )(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))[a-z]*\.?"
)
AP_CAPTION_SIGN = rf"\b{_MONTH} \d{{1,2}}, (?:19|20)\d\d\b|(?<!\( ap )\b(?:photo|file|image)\b"
# The wires' own datelines, "washington ( ap ) —", "seoul ( reuters ) -", open a story, never
# a caption (Multi-News+'s lower case and spaced brackets: not `language.datelines`').
CAPTION_DATELINES = ("( ap ) —", "( reuters ) -")

# Reuters' pictures inside a single-line Multi-News+ page: "<caption>, in sydney, september
# 15, 2009. Reuters/tim wimborne san francisco the latest novel ..." (81 credits in
# validation). Nothing ends the photographer's name: the credit takes two words (a middle
# initial or "jr." besides), one for the credits that are no person's ("stringer", "kcna"),
# and a slashed tail ("/file photo", "/pool/lucas jackson") and a picture's code ("- rtsaf6q").
# A name followed by a slash, or by "via" within two words, is longer ("sophia juliane
# lydolph/scanpix denmark", "bahrain state tv via reuters tv") and stays.
# Longer names: a particle before the surname ("rupak de chowdhuri", "morris mac matzen"),
# and the three-word names Multi-News+ train credits (nothing else tells where they end).
_SURNAME_PARTICLE = r"(?:de|da|del|della|van|von|mac|abd el|el|al|di|dos|du|le|la) "
_THREE_WORD_PHOTOGRAPHERS = "carlos garcia rawlins|jose miguel gomez|amr abdallah dalsh"
_PHOTOGRAPHER = (
    rf"(?:stringer|kcna|handout|{_THREE_WORD_PHOTOGRAPHERS}"
    rf"|[A-Za-z][\w'’-]*(?: [a-z]\.)? (?:{_SURNAME_PARTICLE})?(?!via\b|of\b)[A-Za-z][\w'’-]*"
    r"(?: jr\.)?)"
)
_CREDIT_TAIL = (
    rf"(?:/(?:file photos?|files?|pool|handout|illustration|tt news agency|{_PHOTOGRAPHER}))"
)
REUTERS_CAPTION_CREDIT = (
    # Written from the literal, the sentence's end checked behind it, so `re` skips ahead to it.
    rf"Reuters(?<=[.!?\"] Reuters) ?/ ?{_PHOTOGRAPHER}{_CREDIT_TAIL}*"
    r"(?: - r[a-z]{1,2}[a-z0-9]{4,12})?(?!(?: [\w.'’-]+){0,2} via\b| ?[\w.'’-]* ?/)(?= )"
)

# Credits glued between two sentences of a single-line Multi-News+ page, after the caption
# they close and before the story's next sentence, which Multi-News+ leaves in lower case:
# "... in cannes on aug. 5. Dan kitwood / getty images security has been stepped up ..." (179
# train documents), "... may 29, 2018. Christophe simon/afp/getty images serena williams ...",
# "... his stay. " chip somodevilla/getty images atlanta ...", in brackets "( the image
# bank/getty images )", "... in monroeville, ala. ( reuters/verna gates ) monroeville, ala., is
# ..." (16). Both ends are marked (the sentence's start, the closing word or bracket), so
# the credit goes even where no sign shows where its caption starts. A name after an initial
# ("karen m. Romanko/getty images", NPR's) started before the capital and is left whole, and
# NPR's "... election. Toggle caption brendan smialowski/afp/getty images" is no name.
# A name's word ends in a stop only as an initial or "jr.": "she wrote. Michael kovac/getty
# images" holds a sentence's end.
_NAME_WORD = r"(?:[\w'’-]+(?:\.[\w'’-]+)*|[a-z]{1,2}\.)"
_GETTY_NAME = rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}(?: ?/ ?{_NAME_WORD})*"
GLUED_CREDITS = (
    r"(?<=[.!?\"”] )(?<!\b[a-z]\. )(?!Toggle caption )(?:(?:[A-Z]|(?<=[\"”] ))"
    rf"{_GETTY_NAME} ?/ ?getty images|\( (?:[^()]{{1,80}}getty images|reuters ?/)[^()]{{0,60}}\))"
    r"(?= |$)"
)
# A glued credit's caption names its picture's day or calls it a photo ("image" is NPR's
# "enlarge this image" before a page's title).
GLUED_CAPTION_SIGN = rf"\b{_MONTH} \d{{1,2}}, (?:19|20)\d\d\b|\b(?:photo|file)\b"

# BBC's caption markers inside a single-line Multi-News+ page: "image copyright afp image
# caption <caption>", "media playback is unsupported on your device media caption <caption>".
# The phrases are never the story's, so a marker is found anywhere, but "Image caption" alone
# only where a sentence ends before it; the player's notice also where the page ends, cut
# short ("... nuclear weapons programme. Media playback is unsupported on your device media").
_BBC_MARKER_WORDS = (
    r"[Ii]mage copyright (?:[\w&.'’-]+ ){1,4}image caption"
    r"|[Mm]edia playback is unsupported on your device media caption"
)
BBC_CAPTION_MARKER = rf"(?<= )(?:{_BBC_MARKER_WORDS}|(?<=[.!?\"”'] )Image caption) "
# The page's opening marker, which its caption may follow as the others' do.
BBC_OPENING_MARKER = rf"(?:{_BBC_MARKER_WORDS}) "
# Searched apart, on a page ending so: as one more branch of the markers' pattern, it made
# their search 3× slower.
BBC_CUT_NOTICE = r"(?<= )[Mm]edia playback is unsupported on your device(?: media)?$"
BBC_CUT_NOTICE_ENDINGS = ("on your device", "on your device media")
