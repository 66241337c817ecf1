"""A headline or a tab title cut to fit: what is left out first (an apposition, an opening
phrase, a dashed aside, the end of a finding's subject) so that the cut keeps the verb (not
an opening phrase or a subject's end holding every name shown: `render/name_cuts.py`), a
subject's second noun kept before a plural verb, or a phrase telling when so that it
keeps the clause after it, then a cut at a phrase's end
(`render/phrase_cuts.py`), marked with "…". The cuts inside a long subject, and whether a
cut keeps its verb, are `render/subject_cuts.py`'s; whether a cut stops before the words it
introduces is `render/cut_unfinished.py`'s."""

from __future__ import annotations

import re

from chorus.language.counts import MONTHS, WEEKDAYS
from chorus.render.name_cuts import loses_every_name
from chorus.render.phrase_cuts import CUT_MARK, cut, shut
from chorus.render.phrase_ends import PHRASE_OPENERS
from chorus.render.subject_cuts import (
    DASH_IN,
    keeps_verb,
    without_claimed_subject,
    without_modifier,
)
from chorus.summarize.lexical import STOPWORDS

_SUBJECT_WORDS = 8
_APPOSITION_CHARS = 30
# A subject, its apposition between commas, then its verb ("Mark Lane, the defense lawyer,
# ... who concluded ..., died on Tuesday ..."): one a news lead's subject takes.
_LEAD_VERBS = (
    r"(?:[a-z]{2,}ed|died|dies|is|was|were|are|has|have|had|will|would|said|says|won"
    r"|lost|left|took|made|became|went|came|told|wrote|gave|got|ran|fell|met|led|flew|fled"
    r"|sent|held|found|began|brought|struck|shot|(?:is|was|are|were|has|have|had)n[’']t)\b"
)
_VERB_AFTER_COMMA = re.compile(rf", (?={_LEAD_VERBS})")
_VERB_IN = re.compile(rf"\b{_LEAD_VERBS}")
_NO_SUBJECT = PHRASE_OPENERS | {"around"}
# A quotation opening a clause after a comma (a title: ", "Evil Dead" has a gleeful
# exuberance ...", raw validation cluster 70) is a subject of its own: the verb found past
# it is another's ("... Fede Alvarez … has become wildly influential…" told the original's).
_NEW_SUBJECT = re.compile(r", [\"“]")


def _without_apposition(text: str, limit: int, reach: int) -> str | None:
    """`text` with the apposition after its opening subject left out and marked ("Mark
    Lane … died on Tuesday at his home in Charlottesville, Va."), when a cut at `limit`
    would end before the subject's verb or keep fewer than three words from it on (raw 96
    and 229 lost "died", 192 "... Hillary Clinton, flew…" where it flew to), or only the
    relative clause closing it (`_without_relative`); None when the sentence opens on no
    short subject (a phrase: "In a fitting finale ..."), the cut keeps its verb and the
    words after it, or a quotation or bracket would be cut."""
    subject, comma, rest = text.partition(", ")
    words = subject.split()
    # Past a dateline's dash ("PLEASANT HILL -- City Clerk Kim Lehmkuhl"), a time is no
    # subject ("WASHINGTON — Around 8 p.m. Thursday").
    opening = DASH_IN.split(subject)[-1].split()[:1] or words[:1]
    # A line opening on its comma (a caption's tail, ", u.n. Forces from rwanda patrol ...",
    # Multi-News+ validation 558) has no subject: read by the headline inside `brief` since
    # summary81, it raised there.
    if not comma or not opening or len(words) > _SUBJECT_WORDS:
        return None
    if opening[0].casefold() in _NO_SUBJECT:
        return None
    named = any(w[:1].isupper() and w.casefold() not in STOPWORDS for w in words)
    if not named or subject.isupper() or not shut(subject):
        return None  # no name, or a dateline's place ("FLORENCE, Italy, Feb. 25 (UPI) --")
    verb = _VERB_AFTER_COMMA.search(rest)
    if verb is None:
        return None
    apposition = rest[: verb.start()]
    if len(apposition) < _APPOSITION_CHARS or not shut(apposition) or "“" in apposition:
        return None
    if _NEW_SUBJECT.search(apposition):
        return None
    if keeps_verb(text, len(subject) + 2 + verb.end(), limit, reach):
        return None
    told = f"{CUT_MARK} {rest[verb.end() :]}"
    return _without_relative(subject, apposition, told, reach) or f"{subject} {told}"


# A relative clause closing an apposition ("a co-founder of Jefferson Airplane ..., whose
# high and soulful voice defined many of both groups’ songs"): what the apposition's noun
# did, where the noun says who the subject is.
_RELATIVE_IN = re.compile(r", (?:who|whose|which|where) ")


def _without_relative(subject: str, apposition: str, told: str, reach: int) -> str | None:
    """The subject with its apposition's noun, the relative clause closing the apposition
    left out and marked before `told` (the mark and the verb's clause: "Marty Balin, a
    co-founder of Jefferson Airplane and a member of its later incarnation Jefferson
    Starship, … died Thursday, his rep confirmed.", raw validation cluster 229, where the
    whole apposition left out kept the credit and dropped who he was), when it shows the
    verb's clause as far as the whole apposition left out would; None when the apposition
    closes on no relative clause or the noun kept would cut the clause shorter ("Others,
    including ... Sen. Lindsey Graham, … had said earlier in the day…", raw 193, for what
    they said)."""
    relative = _RELATIVE_IN.search(apposition) if ", " in apposition else None
    if relative is None:
        return None
    elided = f"{subject}, {apposition[: relative.start() + 1]} {told}"
    whole = _clause_shown(f"{subject} {told}", reach)
    return elided if _clause_shown(elided, reach).startswith(whole) else None


def _clause_shown(elided: str, reach: int) -> str:
    """What a text with a part left out shows past the mark once `shortened` cuts it within
    the reach."""
    shown = shortened(elided, reach)
    return shown.partition(f" {CUT_MARK} ")[2].removesuffix(CUT_MARK)


# A sentence opening on a past participle's phrase ("Excavated in 1998 by an expedition
# ..."), whose main clause follows a later comma: a subject of up to four words (a name,
# maybe quoted, or "the ...") and its verb.
_PARTICIPLE_OPENING = re.compile(r"[A-Z][a-z]+ed (?:in|by|at|on|from|near|after|during)\b")
_MAIN_CLAUSE = re.compile(
    r", (?=(?:[\"“]?[A-Z][\w’'-]*[\"”]?|the [a-z]+)(?: [\w’'-]+){0,3}"
    r" (?:was|were|is|are|has|have|had|will)\b)"
)


def _without_opening(text: str, limit: int, reach: int) -> str | None:
    """`text` with the later parts of its opening participle's phrase left out and marked
    ("Excavated in 1998 by an expedition from the University of Kansas … “Bigfoot” was
    discovered in the Black Hills area of Wyoming.", raw validation cluster 33, whose cut
    ended inside the phrase), when a cut would end before its main clause's verb and the
    words after it; None when the sentence opens otherwise, or its main clause follows
    the phrase's first comma."""
    if not _PARTICIPLE_OPENING.match(text):
        return None
    first = text.find(", ")
    main = _MAIN_CLAUSE.search(text, first + 1)
    if main is None or not shut(text[: main.start()]):
        return None
    verb_at = main.end() + len(" ".join(text[main.end() :].split(" ")[:1]))
    if keeps_verb(text, verb_at, limit, reach):
        return None
    return f"{text[:first]} {CUT_MARK} {text[main.end() :]}"


# A source credited first with a relative clause of its own, then the clause it is credited
# with ("According to University of Leicester archaeologist Simon James, who published his
# findings back in 2009, poison gas was used in Syria more than 1,700 years ago ...", raw
# validation cluster 194): the relative clause says who the source is, the rest the news.
_CREDIT_ASIDE = re.compile(
    r"(According to [^,;:“”\"()]{3,80}), (?:who|whose|which) [^,;:“”\"()—–]{3,100}, "
)


def _without_credit_aside(text: str, limit: int, reach: int) -> str | None:
    """`text` with the relative clause after its opening credit left out and marked
    ("According to University of Leicester archaeologist Simon James … poison gas was used in
    Syria ...", raw validation cluster 194, whose cut ended on "back in 2009"), when a cut
    would end before the credited clause's verb and the words after it; None when the text
    opens otherwise or no verb follows the clause's first few words."""
    if not text.startswith("According to "):
        return None
    credit = _CREDIT_ASIDE.match(text)
    verb = credit and _MAIN_VERB.match(text, credit.end())
    if not verb or keeps_verb(text, verb.start(1), limit, reach):
        return None
    return f"{credit.group(1)} {CUT_MARK} {text[credit.end() :]}"


# An opening phrase before the subject ("In what will be a bittersweet announcement for
# Deadheads, the four surviving ... members of the Grateful Dead revealed that ...", raw
# validation cluster 44; a bare plural too: "With President Fernando Henrique Cardoso's
# economic austerity plan at a critical point for Brazil, voters went ...", DUC 2003
# cluster 6; "By the time the gunman shot himself, Jonathan Stoffel, 33, of Neenah, and his
# 11-year-old daughter, Olivia Stoffel, were dead ...", raw 156), maybe with a "which" clause
# or a dashed aside of its own ("In what's a rare proper music video from Wilco, which is in
# the midst of a three-night stand ..., the band's ...", 213; "In writing about the box
# office juggernaut — a film that is smashing records ... — headline writers are using
# ...", 247; "After a year of controversy over Facebook Inc.’s role in ..., Chief Executive
# Mark Zuckerberg now is positioning ...", 26), then the subject's verb within its first
# twelve words, no clause of its own ("that ...") before it. Not a pronoun subject: "… I
# couldn't help but wonder: ..." for "As I stared at the news that ... is for sale" (48).
# A span of time counted from an event opens one too ("Sixteen months after it was
# identified as a likely source of a deadly Legionnaires’ outbreak, Flint’s water supply
# still hasn’t been tested ...", raw 241; "A day after Russia effectively absorbed Crimea,
# Russian-backed forces on Wednesday broke into ...", 249; "Just weeks after ...", DUC 1):
# a count or a word before it maybe ("Nearly two months"), none before a plural ("Hours").
_PHRASE_SUBJECT_WORDS = 12
_TIME_SPAN = (
    r"(?!The )(?:(?:[A-Z][a-z]*|\d+) (?:[a-z]+ )?)?"
    r"(?i:second|minute|hour|day|night|week|month|year|decade)s? (?:after|before|since)"
)
_OPENING_PHRASE = re.compile(
    r"(?:In|At|On|For|With|As|Amid|After|Despite|During|Under|By the time"
    rf"|{_TIME_SPAN}) [^,;:“”\"()—–]{{8,120}}"
    r"(?:, (?:which|who) [^,;:“”\"()—–]{3,100}, | — [^—–]{3,160} — |, )"
    r"(?=the |an? |(?!(?:I|It|He|She|We|They|You)\b)[A-Z]|(?:[a-z]+ )?[a-z]{3,}s )"
)
_MAIN_VERB = re.compile(
    rf"(?:(?!(?:that|which|who) )\S+ ){{1,{_PHRASE_SUBJECT_WORDS}}}?({_LEAD_VERBS})"
)


def _without_phrase(text: str, limit: int, reach: int) -> str | None:
    """`text` without its opening phrase, marked ("… the four surviving and original
    members of the Grateful Dead revealed that they will reunite to celebrate their 50th
    anniversary…" for "In what will be a bittersweet announcement for Deadheads, ...
    revealed…", raw validation cluster 44), when a cut would end before the subject's verb
    and the words after it; `text` cut at the reach, its phrase kept, when that phrase holds
    every name the cut would show (`render/name_cuts.py`, raw 143); None when the sentence
    opens otherwise or no verb follows its subject's first few words."""
    phrase = _OPENING_PHRASE.match(text)
    verb = phrase and _MAIN_VERB.match(text, phrase.end())
    if not verb or not shut(text[phrase.end() : verb.start(1)]):
        return None
    if keeps_verb(text, verb.start(1), limit, reach):
        return None
    elided = f"{CUT_MARK} {text[phrase.end() :]}"
    if not loses_every_name(text, cut(elided, reach, reach)):
        return elided
    # A phrase holding every name the cut would show ("In a fitting finale to a week Tesla
    # Motors executives would rather forget, a law firm announced Friday that it had filed
    # ...", raw validation 143, whose cut named no one) stays, the text cut at the reach,
    # when that cut keeps the verb and a name (not 247's "In writing about the box office
    # juggernaut — a film that is smashing records ..., beating Harry Potter …").
    whole = cut(text, reach, reach)
    named = not loses_every_name(text, whole)
    return whole if named and keeps_verb(text, verb.start(1), reach, reach) else elided


# An aside between dashes (or two hyphens), up to 160 characters: "Some time late in
# 2011—at least according to the people-crunchers at the U.N. Population Reference
# Bureau—humanity will reach ...", raw validation cluster 45.
_ASIDE = re.compile(r" ?(?:[—–]|--) ?([^—–]{3,160}?) ?(?:[—–]|--) ?")


def _without_aside(text: str, limit: int, reach: int) -> str | None:
    """`text` with its first dashed aside left out and marked ("Some time late in 2011 …
    humanity will reach a new demographic milestone ...", raw validation cluster 45; "A
    former Millis police officer … was found dead in his home ...", 246), when a cut would
    end inside it; None when no aside follows two words of the text's own (a dateline's
    dash: "OTTAWA -- ", "(CNN) -- "), a quotation or bracket would be cut, or too little
    follows the aside to tell anything ("… effort ……")."""
    # The pattern read only when a dash is in: searching every long sentence cost
    # `headline` 2%.
    aside = _ASIDE.search(text) if "—" in text or "–" in text or "--" in text else None
    if aside is None or not shut(aside.group(1)):
        return None
    head = text[: aside.start()]
    if len(head.split()) < 2 or head.isupper() or head.startswith("(") or not shut(head):
        return None
    shown = len(cut(text, limit, reach)) - len(CUT_MARK)
    if not aside.start() < shown < aside.end():
        return None
    elided = f"{head} {CUT_MARK} {text[aside.end() :]}"
    fits = len(elided) <= reach
    return elided if fits or keeps_verb(elided, len(head) + 3, reach, reach) else None


# A phrase telling when ("during a training exercise", "on Wednesday", "in 2012") before a
# clause "and" or "but" joins to the sentence's own, its verb right after or after a pronoun
# or a short subject ("landed on her head | during a training exercise | and was left
# paralysed", raw validation cluster 42): a cut before the phrase drops what happened next,
# where when it happened tells the least. Not before "when", "while", "until", "because":
# such a clause may tell of the phrase's own noun ("during a period when their country was
# occupied").
_DAY_WORDS = (
    rf"(?:{'|'.join(day.capitalize() for day in WEEKDAYS)}|{'|'.join(MONTHS)}"
    r"|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|\d{4})"
)
_WHEN_PHRASE = (
    rf"(?:during|amid|throughout) (?:(?!(?:and|or|but) )[^ ,;:“”\"()—–]+ ){{1,6}}?"
    rf"|(?:on|in) (?:(?:early|late|mid-?)? ?{_DAY_WORDS}[\w,.]* ){{1,3}}?"
)
_JOINED_CLAUSE = re.compile(
    rf" ({_WHEN_PHRASE})(?=(?:and|but) "
    rf"(?:(?:he|she|it|they|we|I) |(?:the|a|an|his|her|its|their) (?:[a-z][\w’'-]* ){{1,2}}?)?"
    rf"{_LEAD_VERBS})"
)
"""The phrase, from the space before its preposition to the conjunction's first letter."""
_WHEN_WORDS = ("during ", "amid ", "throughout ", "on ", "in ")


def _without_adjunct(text: str, limit: int, reach: int) -> str | None:
    """`text` with the phrase a cut would stop before left out and marked ("The parents of
    ... Kira Grunberg were watching when their daughter landed on her head … and was left
    paralysed.", raw validation cluster 42), when it tells when (`_WHEN_PHRASE`), a clause
    "and" or "but" joins follows it and the rest then fits in `reach`; None when the cut
    stops elsewhere, the phrase holds a verb of its own or the text still runs past the
    reach."""
    head = cut(text, limit, reach).removesuffix(CUT_MARK)
    # the pattern read only where one of its prepositions follows the cut
    at = len(head)
    opens = text.startswith(head) and text.startswith(_WHEN_WORDS, at + 1)
    adjunct = _JOINED_CLAUSE.match(text, at) if opens else None
    if adjunct is None or _VERB_IN.search(adjunct.group(1)):
        return None
    elided = f"{head} {CUT_MARK} {text[adjunct.end() :]}"
    return elided if len(elided) <= reach else None


def shortened(text: str, limit: int, reach: int | None = None) -> str:
    """`text` when it fits in `limit` characters, or in `reach` (a little more, when the
    caller allows it); else, when its subject's apposition keeps the cut from its verb, the
    text without it (`_without_apposition`); else its longest opening that ends a phrase
    (before "in", "who", ... or after a comma) and is at least half the limit, else the
    longest such opening within `reach`, else its longest opening that ends on a word a
    phrase can end with; never inside a quotation or brackets when it can be helped;
    marked with "…".

    A cut of the last few words saves little and may drop the point ("... on the brink of
    splitting, just two months…" for "... into their marriage.", raw validation cluster
    28), and a cut inside a phrase drops what it was about ("... denounced a CBS
    documentary theorizing…", 69, where "she was killed by her brother, Burke" follows):
    `reach` lets the text run on to its end or to a phrase's end instead."""
    reach = max(reach or limit, limit)
    if len(text) <= reach:
        return text
    # One part left out at most: a text cut twice reads as fragments.
    ways = () if CUT_MARK in text else _ELISIONS
    elided = next(filter(None, (way(text, limit, reach) for way in ways)), None)
    if elided:
        # A part left out to keep the verb makes room for what it tells: the rest runs on
        # to the longest phrase end within the reach ("… flew into a sleepy airport in
        # western India for the lavish pre-wedding festivities…", raw validation 192).
        return shortened(elided, reach, reach)
    return cut(text, limit, reach)


_ELISIONS = (
    _without_apposition,
    _without_credit_aside,
    _without_opening,
    without_modifier,
    without_claimed_subject,
    _without_phrase,
    _without_aside,
    _without_adjunct,
)
