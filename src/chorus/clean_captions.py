"""The cleaning rules for pictures' captions and credits: (reason, pattern) data, each
written against text seen in the seeds or in raw Multi-News articles. `chorus.clean` tries
them after the Multi-News+ openings and before the other furniture of `chorus.clean_rules`;
its costly rules wait behind gates (`chorus.clean_gates`).
"""

from __future__ import annotations

from chorus.clean_gates import ending, holding
from chorus.clean_rules import NAME

_AGENCY = (
    r"(?:REUTERS|Reuters|AFP|AP Photo|AP|EPA|Getty Images|Bloomberg|Xinhua|Anadolu|TASS|Sputnik)"
)
# What a picture is called opening its caption, and the finite verbs that make a line about
# a picture a story's sentence instead ("A photo of the suspect was released Monday").
_PICTURE = r"(?:sketch|photo|photograph|image|picture|handout|still|screenshot|rendering)"
_FINITE = (
    r"(?:(?:is|are|was|were|has|have|had|will|would|can|could|may|might|shall|should|must"
    r"|does|did|shows?|showed|depicts|appears?|appeared|provides|gives|captures|reveals|sits"
    r"|hangs|stands|went|came|became|made|took|drew|won)"
    # A past in "-ed" after a word of the picture's noun phrase: "... of the policeman leaning
    # on the sacred cube triggered a heated debate". Not after a comma, an article or "being"
    # and not before "by" (a participle: "..., modified with", "an unidentified woman",
    # "obtained by").
    r"|(?<!, )(?<!\ba )(?<!\ban )(?<!\bthe )(?<!being )[a-z]+ed(?! by\b))"
)
# A line of at most 300 characters opening on "A/An (two words)? <picture> (participle)?
# of/from", the picture singular as its article is ("A witness snapped photos of ..." is a
# sentence), read to its first sentence's end (a stop before a capital or the line's end:
# "3:25 a.m. by" is none) or to a relative word with no finite verb on the way; a relative
# clause set off by a comma and followed by one ("..., who fled, was released") is the story's.
VERBLESS_PICTURE = (
    rf"^An? (?=.{{0,297}}$)(?:[\w'’-]+ ){{0,2}}?{_PICTURE} "
    r"(?:(?:released|taken|provided|obtained|shown) )?(?:of|from)\b"
    rf"(?:(?!\b{_FINITE}\b)[^.!?])*?"
    rf"(?:\b(?:who|whom|whose|which|that|when|where)\b(?![^.!?]*, {_FINITE}\b)"
    r"|[.!?](?=['’\"”]?(?:\s+[A-Z\"“(]|$))).*$"
)
CAPTION_RULES: tuple[tuple[str, str], ...] = (
    # "... U.S., April 13, 2018. REUTERS/Eduardo Munoz" (seed 001, first line); "... the
    # correct spelling. AP Photo/David Zalubowski" (a caption, though it reads as story).
    ("photo credit", holding(rf"\b{_AGENCY}\s*/\s*{NAME}\s*$", "/")),
    # The credit the other way round, after the caption's last sentence or alone:
    # "... on September 20, 2005. Michael Nagle/Getty Images", "... Shamil Zhumatov/Reuters",
    # "... does not use corn or other crops. JASON REED / Reuters" (raw validation 56 by index),
    # "... India, December 8, 2018. Reliance Industries/Handout via REUTERS" (192).
    # Gated on its ending: searched on every line holding "/", it was a third of the cost of
    # cleaning Multi-News+ (its lines are whole pages).
    (
        "photo credit",
        ending(
            rf"(?:^|(?<=[.!?\"”] )){NAME} ?/ ?(?:Handout via )?"
            r"(?:Getty Images|Reuters|REUTERS|AP|AFP|EPA)$",
            *("Getty Images", "Reuters", "REUTERS", "AP", "AFP", "EPA"),
        ),
    ),
    # ThinkProgress: "<section> <headline> CREDIT: AP Photo/Brennan Linsley <caption>".
    ("photo caption", holding(rf"\bCREDIT: {_AGENCY}\s*/\s*{NAME}", "/")),
    # USA Today: "<caption>. (Photo: Brennan Linsley AP) Story Highlights <highlight>" and its
    # galleries "1 of 26 Full Screen Autoplay Close Skip Ad × ... Wait 1 second to continue."
    ("photo caption", holding(r"\(Photo: [^()]{1,80}\) Story Highlights\b", "(")),
    ("photo gallery", r"^\d+ of \d+ Full Screen Autoplay Close\b"),
    # TIME's galleries: "<title> <credit> <credit> ... 1 of 10 Advertisement".
    ("photo gallery", ending(r"\b\d+ of \d+ Advertisement$", "Advertisement")),
    # A page's own notice before the credit below takes it: "Copyright © 2012 HealthDay. All
    # rights reserved.", "© 2018 Cable News Network" (alone, or closing a single-line text).
    ("copyright", holding(r"(?:^|\b[Cc]opyright\s*)©\s*[\w .&/'’-]{1,40}$", "©")),
    # "... before a Security Council meeting on the Syria crisis © Reuters" (seed 001)
    ("photo credit", holding(r"©\s*[\w .&/'’-]{1,40}$", "©")),
    ("photo credit", ending(r"\((?:AP|AFP|Reuters)\s+Photo\b[^)]*\)\s*$", ")")),
    # Politico's teaser line: "<caption>. | Saul Loeb/AFP/Getty Images <headline> <dek>"
    (
        "photo caption",
        holding(rf" \| (?:AP Photo\b|{NAME}(?:/{NAME})*/(?:AP Photo\b|{_AGENCY}))", "|"),
    ),
    ("photo credit", r"^(?:Photo|Photograph|Picture|Image|Illustration)(?: credit)?\s*:"),
    # Lazy: on a single-line document the match is what gets removed.
    ("photo caption", r"^(?:FILE\s*[-–—]\s*)?In this \w.*?\bphoto\b"),
    # "Image copyright afp image caption ..." (BBC, in Multi-News+)
    ("photo caption", r"^Image (?:caption\b|copyright\b(?:.{0,60}?\b[Ii]mage caption\b)?)"),
    ("photo caption", r"^Media caption\b"),
    ("media notice", r"^Media playback is unsupported(?: on your device(?: [Mm]edia caption\b)?)?"),
    ("media notice", r"^Please enable Javascript"),
    ("media notice", r"^Play (?:Facebook|Twitter|Email|Video)$"),
    ("social widget", r"^Tweet with a location$"),
    ("social widget", r"^You can add location information to your Tweets"),
    # Credits closing a caption line, seen across raw Multi-News: "(Photo: Provided)",
    # "(Image: UpperCut Images/Getty)", "(Joe Raedle/Getty Images)", "(Courtesy photo)",
    # "(Kerry Burke/New York Daily News)", "Photo: Bax Lindhardt/Scanpix".
    (
        "photo credit",
        holding(r"\((?:Photo|Image|Credit|Photograph)s?(?: by)?\b[^()]{0,80}\)?\s*$", "("),
    ),
    (
        "photo credit",
        ending(
            r"\([^()]{0,60}\b(?:[Pp]hoto|Getty(?: Images)?|Images|Shutterstock|via AP)\.?\)\s*$",
            ")",
        ),
    ),
    # "(Kerry Burke/New York Daily News)", "(U.S. Navy / Getty Images / )", and a paper's
    # picture passed on by its agency: "(Jason Doiy/The Recorder via Associated Press)" (raw
    # validation 103 [3], closing its caption on the page's first line).
    (
        "photo credit",
        ending(rf"\({NAME}(?:\s*/\s*{NAME}(?: via {NAME})?)+(?:\s*/\s*)?\)\s*$", ")"),
    ),
    # Written from the colon: a rule that starts with a literal is searched ~7× faster. The
    # Journal's video blurb closes so too: "... WSJ's Sumathi Reddy discusses with Tanya
    # Rivero. Photo: iStock" (raw validation 29 [0]; the stock library's name opens in lower case).
    (
        "photo credit",
        holding(
            r":(?:(?<=\bPhoto:)|(?<=\bImage:)|(?<=\bCredit:)|(?<=\bPhotograph:)"
            r"|(?<=\bPhotographer:)|(?<=\bPhoto by:))\s*(?:[A-Z]|iStock)[^:]{0,60}$",
            ":",
        ),
    ),
    ("photo credit", r"^(?:Photo(?:graph)?s?|Photo illustration|Illustration|Image)(?: \w+)? by\b"),
    # A line that is only a credit: "Getty", "NFL via Getty Images", "Karl Gehring/Getty",
    # "Graylock/Abaca Press/MCT/Newscom".
    (
        "photo credit",
        ending(
            r"^(?=.{0,60}$)(?!.*\b(?!via\b)[a-z])[^.]*\b"
            r"(?:Getty(?: Images)?|Shutterstock|Photofest|Newscom|/Flickr)\.?$",
            *("Getty", "Getty Images", "Shutterstock", "Photofest", "Newscom", "/Flickr"),
            *("Getty.", "Getty Images.", "Shutterstock.", "Photofest.", "Newscom.", "/Flickr."),
        ),
    ),
    # A credit glued before its caption: "AFP/Getty Images NBA Finals MVP LeBron James ...",
    # "Eric Gay / AP Senator Wendy Davis listens ...", NPR's "toggle caption".
    ("photo caption", holding(rf"^{NAME}\s*/\s*(?:AP|AFP|Getty Images|Reuters)\s+[A-Z]", "/")),
    ("photo caption", holding(rf"^(?:{NAME} - Getty|Getty - Contributor)\s", "Getty")),
    ("photo caption", r"^(?:Enlarge (?:this )?[Ii]mage|i?toggle caption)\b"),
    # The Guardian's share buttons glued before a caption.
    ("photo caption", r"^Facebook Twitter Pinterest\b"),
    # A caption line closed by its giver or its agency: "The real U.S. Embassy in Ghana.
    # (Courtesy of the State Department)", "... embody the spirit of America. (AP)".
    (
        "photo credit",
        ending(
            r"(?<=[.!?\"”] )\((?:Courtesy\b[^()]{1,80}|AP|AFP|Reuters)\)$",
            *(")",),
        ),
    ),
    # The Wall Street Journal's video caption on its line: "Sprint will begin selling the
    # iPhone 5 in mid-October, ... Spencer Ante has details on The News Hub." (raw validation
    # 207 by index; 226's "... has details on Lunch Break. Photo: Getty Images." is a credit's),
    # and MarketWatch's, its title and running time before it: "Wedding costs soar to new
    # highs (3:40) As Americans feel better ... Quentin Fottrell joins Lunch Break." (18 [0]),
    # gated by the Journal's shows (Multi-News+ writes these): a literal looked for through
    # each page cost 1.5% of cleaning raw validation.
    (
        "video caption",
        ending(
            rf"\b{NAME} (?:has details on|joins)"
            r" (?:The News Hub|Lunch Break|Markets Hub|MoneyBeat)\.$",
            "News Hub.",
            "Lunch Break.",
            "Markets Hub.",
            "MoneyBeat.",
        ),
    ),
    # A video's blurb closed by its running time: ESPN's "ESPN legal analyst Ryan Smith details
    # the surveillance video ... before Smith was fatally shot. (3:31)" (raw validation 32 [2],
    # the only line of raw and DUC so closed).
    ("video caption", ending(r"(?<=[.!?\"”] )\(\d{1,2}:\d\d\)$", ")")),
    # A line that is only a station's call letters, crediting the picture above it: "WCVB"
    # (raw val-4313, twice between the story's paragraphs).
    ("photo credit", r"^[KW](?!WII)[A-Z]{3}(?:-TV)?$"),
    # A station's video glued after its call letters: "KARE-TV A video shows what happens the
    # moment shots were fired ..." (raw val-319, twice).
    ("photo caption", r"^[KW][A-Z]{2,3}-TV (?:A|An|This) (?:video|photo|image)\b"),
    # A line that is only a credit to its giver: "Courtesy Maria Feng".
    ("photo credit", r"^Courtesy(?: of)? [A-Z][\w.'’-]*(?: [A-Z][\w.'’&-]*){0,4}$"),
    # A line that is only a name in parentheses: "(Orange County Sheriff's Department)".
    (
        "photo credit",
        r"^\((?=[^)]*[a-z])\s*(?:Courtesy(?: of)? )?[A-Z][\w.'’&-]*"
        r"(?:\s+(?:[A-Z][\w.'’&-]*|of|the|and|via|/))*\s*\)$",
    ),
    # NYT: "Image <caption> Credit Doug Mills/The New York Times".
    ("photo caption", r"^Image\b.*\bCredit [A-Z][^.]{0,60}$"),
    ("photo caption", holding(r"\bHide Caption \d+ of \d+$", "Hide Caption")),
    ("photo caption", r"^FILE(?: PHOTO)?\s*[-–—:]"),
    # CNN's captions set their source apart with a comma and may call the photo a shot: "This
    # shot, released by Allen's company, Vulcan, shows ..." (raw 163 [1], the only ones of raw).
    (
        "photo caption",
        r"^(?:In )?[Tt]his (?:\w+ ){0,5}(?:photo|image|picture|shot)s?,? "
        r"(?:shows?|released|provided)\b",
    ),
    (
        "photo caption",
        r"^An? (?:file )?(?:photo|image) (?:from|taken|released|provided)\b[^.]{0,80}\bshows?\b",
    ),
    # A picture told without a finite verb: "A <picture> (released|taken|...)? of/from <what
    # it shows>" with no verb of its own before its first sentence ends or a relative clause
    # opens ("A sketch released of an unidentified woman who was hit and killed by two cars
    # in Huntington Beach on April 1, 1990. She was later identified as ...", raw 157 [0];
    # "A photo from the 1998 excavation, with the brachiosaur foot bones below ...", raw 33).
    # The line goes whole (a short caption's paragraph); a story's sentence about a picture
    # has its verb ("A photo released by school officials showed the boy ...", raw 75).
    ("photo caption", VERBLESS_PICTURE),
    ("photo caption", r"^\[(?:Featured )?[Ii]mage\b[^\]]*\]$"),
    ("photo caption", r"^\[h/t\b"),
    # A gallery's caption closed by its picture's source and the gallery's link: "The older
    # brother, who reportedly suffers from schizophrenia, told officers he led the child onto
    # the roof then pushed him off. Source: 4NBC More" (raw validation 240 [2], twice, each
    # telling again a sentence of the story; the only lines of raw, DUC and the seeds closed
    # by a "Source:" and "More"). "Photo: <name> More" goes by the credit rule above.
    (
        "photo caption",
        ending(r"(?<=[.!?\"”] )Source: [A-Z0-9][\w.&'’-]*(?: [\w.&'’-]+){0,5} More$", " More"),
    ),
    # AP captions in raw Multi-News end "... (Associated Press)", often cut with "...".
    ("photo credit", ending(r"\(Associated Press\)\s*$", "(Associated Press)")),
    # A caption whose credit closes its line in brackets after its last sentence: its source's
    # name or site ("Brock Turner as he appeared on the night of his arrest on Jan. 18, 2015.
    # (Stanford Department of Public Safety)", "... the lyrics of O Canada. (parl.gc.ca)"; 11
    # lines in raw validation, all captions), or the network its picture was taken from: "The
    # baby and stroller landed on top of the elevator car, which was six stories below. (via
    # Facebook)" (raw 17 [2], the Daily News' caption; its story tells the fall as eight
    # stories; the only line of raw and DUC closed by a "(via ...)"). A bracket holding a stop
    # or another lower-case word ("(It really is.)") is not read as a credit.
    (
        "photo caption",
        ending(
            r"(?:(?<=[.!?] )|(?<=[.!?][\"”] ))\((?:[A-Z][\w'’&-]*"
            r"(?:\s+(?:[A-Z][\w'’&-]*|of|the|and))*|[a-z0-9-]+(?:\.[a-z0-9-]+)+"
            r"|via (?:Facebook|Twitter|Instagram|YouTube))\)$",
            ")",
        ),
    ),
)

# Reuters' pages open with their pictures' captions, a line each, closed by the picture's date
# and followed by the story's dateline line: "The U.S. Capitol building is seen before ... in
# Washington, January 20, 2015." then "WASHINGTON The Senate passed ..." (raw val-2617, 132,
# 584). A caption shows its picture in the present ("is seen", "kneels", "(L)"), which a
# story's opening sentence dated so seldom does.
_FULL_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
# A caption's verbs in the present, which shows its picture.
_SHOWN_AS = r"(?:is|are) (?:seen|pictured|greeted|shown)"
_SHOWING = (
    r"(?:poses?|arrives?|attends?|gestures?|speaks?|walks?|kneels?|holds?|stands?|waves?"
    r"|reacts?|looks on)"
)
# A line closed by its picture's date, as each caption is; the first must also show its
# picture in the present, and those after it before the dateline line need not: "French
# soldiers patrol outside ...", "General view of the Emergency entrance ... in Paris April 22,
# 2015." (raw validation 110 [2], its fourth and fifth of five).
_CAPTION_LENGTH = r"^(?=.{0,400}$)[A-Z]"
_PICTURE_S_DATE = rf".*\b{_FULL_MONTH} \d{{1,2}}, (?:19|20)\d\d\.$"
OPENING_CAPTION_LINE = (
    rf"{_CAPTION_LENGTH}(?=.*(?:\b{_SHOWN_AS}\b"
    r"|\((?:L|R|C|left|right|centre|center)\)"
    rf"|\b{_SHOWING}\b)){_PICTURE_S_DATE}"
)
DATED_CAPTION_LINE = _CAPTION_LENGTH + _PICTURE_S_DATE
# A caption glued before a paragraph of the story on its line, in a caption's present and
# closed by its picture's place and day: "Russian President Vladimir Putin takes part in a
# friendly hockey match at The Bolshoy Ice Dome in Sochi, Russia, on Saturday. With the
# Olympics Games just a month away, Mr. Putin faces ..." (raw validation 184 by index, the
# Christian Science Monitor's). A story's sentence so written tells what is to come ("... plays
# Chelsea in London, England, on Saturday."): never before more text on its line in raw
# validation, the one such line there being 184's. `chorus.clean` looks for it only on a
# page's first lines holding ", on ".
CAPTION_BEFORE_A_PARAGRAPH = (
    rf"^[A-Z][^.!?]{{5,120}}? (?:takes? part|{_SHOWN_AS}|{_SHOWING})\b[^.!?]{{0,200}}"
    r"\bin [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}, [A-Z][a-z]+\.?(?: [A-Z][a-z]+)?, on "
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{_FULL_MONTH} \d{{1,2}}(?:, \d{{4}})?)"
    r"\. (?=[A-Z])"
)
# Al Jazeera's lead picture: its caption, no stop, closed by its agency's credit in brackets,
# glued before the lead on one of the page's first lines: "There have been widespread reports
# that Libyan soldiers have used live ammunition on protesters [Reuters] Libyan leader Muammar
# Gaddafi has appeared ..." (raw validation 176 by index, the only bracketed agency of raw and
# DUC; Multi-News+ writes them so too, "... since february [ reuters ] yemen's president ...",
# in lower case, where the caption's start is not told).
CAPTION_BEFORE_ITS_CREDIT = (
    r"^[A-Z][^.!?\[\]\n]{10,250} \[(?:Reuters|AFP|AP|EPA|Getty Images|GALLO/GETTY|Al Jazeera)\]"
    r" (?=[A-Z])"
)
# A picture's caption on a page's first line, closed by its credit, a person and the
# institution, then the story glued on: "Stanford scientists Matthew Kanan and Christina Li
# have created ... the scientists say. Credit: Matthew Kanan, Stanford University Stanford
# University scientists have found ..." (raw validation 56 [2], the only credit glued before
# text of raw and DUC).
CAPTION_BEFORE_ITS_NAMED_CREDIT = (
    r"^[A-Z][^\n]{20,500}?[.!?] Credit: [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}, "
    r"(?:[A-Z][\w'’-]* ){0,3}(?:University|Institute|College|Laboratory|Museum) (?=[A-Z][a-z])"
)
# "WASHINGTON The Senate ...", "NEWTOWN, Conn. Parents of ...", "DUBAI A Bahraini court ...".
# Not `language.datelines`' place: with no dash and no agency, the place alone must show
# it, so it is letters only, its first word three at least.
DATELINE_LINE = r"^[A-Z]{3,}(?: [A-Z]{2,})*(?:, [A-Z][a-z]*\.?(?: [A-Z][a-z]*\.?)?)? (?=[A-Z\"“])"

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
