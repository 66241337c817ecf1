"""Who never speaks: capitalised words the name pattern takes that are no speaker ("Research
suggests that ...", "When asked ..."), words of a quotation ("What I have said ..."), people
in general ("Some experts warn"), a pronoun joined to a group, and rules ("State Laws").
`speakers.py` builds the speaker patterns; `never_speaks` turns away what they found.
"""

from __future__ import annotations

import re

NOT_SPEAKERS = frozenset(
    (
        *("It", "This", "That", "There", "Which", "What", "Who", "They", "We", "I", "You"),
        *("But", "And", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"),
        *("Sunday", "Today", "Yesterday", "Some", "Others", "Many", "Most", "Few", "Anyone"),
        *("Everyone", "Someone", "All"),
        # one of a group named before: "his old teachers say he never visited. Each said,
        # ``He has no friends I know of.''" (DUC d31038t) names none of them
        *("Each", "Both", "Either", "Neither", "Another"),
        *("When", "While", "After", "Before", "If", "Although", "Though", "Because", "Since"),
        *("As", "Once", "Until", "Unless", "However", "Similarly", "Meanwhile", "Instead", "Then"),
        *("Research", "Evidence", "History", "Data", "Science", "Analysis", "Modelling"),
        *("PST", "PDT", "EST", "EDT", "CST", "CDT", "GMT", "BST", "UTC"),  # "midnight PST": 4411
        # a month: "... in a stolen car in late September said she was ..." (5388); not
        # "May", a surname as often
        *("January", "February", "March", "April", "June", "July", "August", "September"),
        *("October", "November", "December"),
        # a people is no one who speaks: "Poles say they’re unfairly held complicit" (765)
        *("Poles", "Americans", "Britons", "Israelis", "Palestinians", "Russians", "Germans"),
        *("Ukrainians", "Syrians", "Iranians", "Iraqis", "Afghans", "Koreans", "Canadians"),
        *("Mexicans", "Australians", "Europeans", "Italians", "Greeks", "Turks", "Indians"),
        # nor anyone in general: "Skeptics say ...", "Statisticians have also weighed in,
        # noting that ..." (2366), "Reports on Tuesday said ..." (47; "Critics say" of
        # a named debate's side still speaks: 315)
        *("Skeptics", "Sceptics", "Statisticians", "Observers", "Reports"),
    )
)
"""Capitalised words that the name pattern takes but that never speak: "Research suggests
that ..." (multi_news-val-8) is no one's, nor "When asked about that later, ..." (DUC
d31038t, where "asked about that" read as "asked that")."""
_FIRST_PERSON = re.compile(r"(?:[Ww]hat|I|We|They|You)(?:['’]\w+)?\b(?!['’])")
"""A speaker that opens with these is words of a quotation ("What I have said ...", "as
I've said before"), not someone named; nor does "what administration officials say is
the clear evidence of ..." (DUC d30005t) say what follows."""
_FIRST_PERSON_ENDINGS = (" I", " We", " You")
_OPENER_AND_PRONOUN = re.compile(r"[A-Z][\w’'-]*\s+(?:I|We|You)")
"""A word opening the sentence and a first or second person after it, no name: "Like I
stated earlier, I was going to sit down, ..." (raw validation 0-based 225, McDowell's
statement) is no "Like I" speaking, nor "Then I told him ..." a "Then I". A ruler's
numeral goes after a title or a name of two words ("Queen Elizabeth I"), which stay."""


def never_speaks(who: str) -> bool:
    """Whether the name pattern's `who` is no speaker at all ("..., the group of law
    enforcement, forensic pathologists and other experts concluded": not "and other
    experts"; "According to State Laws, there is no statute of limitation ...": 5388)."""
    return (
        who in NOT_SPEAKERS
        or _FIRST_PERSON.match(who) is not None
        or (who.endswith(_FIRST_PERSON_ENDINGS) and _OPENER_AND_PRONOUN.fullmatch(who) is not None)
        or who[:4] in _JOINED
        or who.startswith(_NO_ONE_OPENINGS)
        or who.endswith(_RULE_ENDINGS)
        or (who.endswith(_EXPERTS_ENDING) and _EXPERTS.fullmatch(who) is not None)
    )


_EXPERTS_ENDING = "xperts"
_EXPERTS = re.compile(r"(?:(?:[Ss]ome|[Mm]any|[Mm]ost|[Oo]ther|[Ss]everal)\s+)?[Ee]xperts")
"""Experts in general, no one named nor a body: "..., is his greatest challenge, say
experts.", "Some experts warn that ..." (multi_news-val-1942)."""


_JOINED = frozenset(("and ", "or "))
_NO_ONE_OPENINGS = (
    *("He and ", "She and "),
    *("Theclan", "Thefamily", "Thecouple", "Thegroup", "Thepair"),
)
"""A pronoun joined to a group names no one the briefing can show ("She and other residents
said ...": multi_news-val-5397; "He and other officials said ...": 5261), nor does a source's
typo gluing "The" to a group ("Theclan says they were ...": 1334)."""
_RULES = frozenset(
    (
        *("law", "laws", "Laws", "rules", "Rules", "regulations", "Regulations", "statute"),
        *("statutes", "Statutes", "guidelines", "Guidelines"),
    )
)
"""Rules say what holds, not what someone claims ("Law" alone may be a surname)."""
_RULE_ENDINGS = tuple(f" {rule}" for rule in _RULES)
