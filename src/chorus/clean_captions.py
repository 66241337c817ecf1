"""The cleaning rules for pictures' captions and credits: (reason, pattern) data, each
written against text seen in the seeds or in raw Multi-News articles. `chorus.clean` tries
them after the Multi-News+ openings and before the other furniture of `chorus.clean_rules`;
its costly rules wait behind gates (`chorus.clean_gates`). The captions a page of several
lines opens with are in `chorus.clean_opening_captions`, those inside a single-line
Multi-News+ page in `chorus.clean_one_line_captions`.
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
