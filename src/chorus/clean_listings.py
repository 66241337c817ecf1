"""The cleaning rules for lines that list rather than tell: a film review's listing, a page's
highlights, links to documents, a picture the page embedded, a breadcrumb, a headline in
another script. (reason, pattern) data as in `chorus.clean_rules`, each pattern written
against raw Multi-News validation text; `chorus.clean` tries them after that module's.
"""

from __future__ import annotations

from chorus.clean_rules import ending, holding

_RATING = r"(?:G|PG|PG-13|R|NC-17)"

# A page's highlights heading: alone, opening CNN's first highlight, or closing USA Today's
# caption line ("... (Photo: Brennan Linsley AP) Story Highlights <the first one>", raw
# val-168). The highlight lines after it go too (`chorus.clean`).
HIGHLIGHTS_HEADING = r"\bStory [Hh]ighlights\b"

LISTING_RULES: tuple[tuple[str, str], ...] = (
    # A film review's listing and advisory lines: "Drama. Starring ... (PG-13. 129 minutes. In
    # English and in French with English subtitles. At Bay Area theaters.)", "-- Advisory: This
    # film contains sexual situations." (raw val-4531), "MPAA rating: R for ...", "Running
    # time: 1 hour, 30 minutes", the Washington Post's "Contains ... brief crude language ...".
    # A rating then a running time, in one line: a story names one of them at most.
    (
        "film listing",
        holding(
            rf"(?:\({_RATING}\.|\bRated {_RATING}\b|\bMPAA [Rr]ating: {_RATING}\b).{{0,200}}?"
            r"(?:\b\d{2,3} (?:minutes|MIN)\.|\bRunning time:)",
            "minutes.",
            "MIN.",
            "Running time:",
        ),
    ),
    ("film listing", r"^(?:MPAA [Rr]ating|Running time):|^(?:-+ ?)?Advisory: This film\b"),
    (
        "film listing",
        r"^Contains [a-z][^.]{0,150}\b(?:language|violence|nudity|sexual\w*|drug\w*|gore)\b",
    ),
    # Variety's credits and the Los Angeles Times' listing (raw val-1616): "A Sony Pictures
    # Entertainment release of a TriStar Pictures presentation ...", "Directed by Fede Alvarez.
    # Screenplay, ...", "With: Jane Levy, Shiloh Fernandez, ...", "Playing: In general release".
    (
        "film listing",
        r"^(?:An? [A-Z][^.]{0,80} release of an? [A-Z]|Directed by [^.]{1,60}\. Screenplay\b"
        r"|(?:With|Playing): [A-Z])",
    ),
    # CNN's "Story highlights <the first one>": a highlight has no stop.
    ("highlights", rf"^{HIGHLIGHTS_HEADING}(?=.{{0,250}}$)(?:.*(?<![.!?:;,]))?$"),
    # A link to a document, named by its file: "Read Gov. Bentley's letter.pdf" (raw val-5192),
    # "Rocky Mountain Spotted Fever Fact Sheet (91k.pdf)", "... Data (1000kb.pdf)(CDC)".
    (
        "link",
        ending(
            r"^.{1,150}?(?:\.pdf|\((?:[\d.]+ ?[kKmM][bB]?\.? ?)?(?:pdf|PDF)\))\)?"
            r"(?: ?\([A-Z]{2,6}\))?$",
            *("pdf", "PDF)", ")"),
        ),
    ),
    # A link to a document by its name, no stop or "here." closing it: "Read the temporary
    # restraining order against Stormy Daniels", "Read Hockley's letter to herself here."
    (
        "link",
        r"^Read (?:the |[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}['’]s )(?:full |entire )?(?:[\w-]+ ){0,3}"
        r"(?:letter|report|document|complaint|lawsuit|indictment|statement|ruling|memo|filing"
        r"|transcript|order|opinion|affidavit)s?\b[^.!?]{0,60}(?: here\.)?$",
    ),
    # A pointer to a picture the page embedded, with its caption: "Here’s a photo of the
    # Warren’s with Jordan. This was his first birthday." (raw val-2067).
    (
        "picture pointer",
        r"^(?:Here(?:’|')s|Here (?:is|are)) (?:an? |the |some )?(?:\w+ )?(?:photos?|pictures?"
        r"|images?) of\b[^.!?]{0,80}[.!:]?(?: [^.!?]{1,80}[.!])?$",
    ),
    # A pointer to pictures or a video below or above, alone in brackets on its line: "(Below,
    # see the penguins roaming outside during the summer months at the zoo.)" (raw validation
    # 139 by index; Multi-News+ train's one-line pages hold "( see video above )", "( watch my
    # interview below. )").
    (
        "picture pointer",
        r"^\((?:(?:Below|Above),? (?:see|watch|view|check out|take a look)\b"
        r"|(?:See|Watch|View|Check out)\b[^()]{0,120}\b(?:below|above)\b)[^()]{0,150}\)$",
    ),
    # A breadcrumb of the site's sections: "English >> World" (People's Daily, raw val-3680).
    ("navigation", r"^[A-Z][\w ]{0,25}(?: ?(?:>>|»|›) ?[A-Z][\w ]{0,25})+$"),
    # A line in Chinese script with no Latin letter, in an English page: People's Daily's
    # headline in Chinese, "中文：金正恩被美网站评为最性感男人 ..." (val-3680).
    ("other script", r"^[^A-Za-z]*[\u3400-\u9fff][^A-Za-z]*$"),
)
