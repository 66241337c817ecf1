"""The clauses around an attribution: whether a speech verb's "that" opens what was said
or a relative clause (`relative_that`), where the writer's own clause ends the attributed
words (`narration_cut`), the main clause after an opening subordinate one (`main_clause`)
and the title before a speaker after its verb (a name for a thing and the writer's framing
of a quotation: `quote_framing.py`). Split from `quote_patterns.py`, whose patterns
`quotes.py` applies with these tests.
"""

from __future__ import annotations

import re

from chorus.analyze.quote_asides import aside_end, dashed_cut, has_dash, opens_quotation
from chorus.analyze.quote_coordinated import writers_clause
from chorus.language.counts import MONTHS
from chorus.language.found_speakers import bare_name
from chorus.language.quote_cues import cues
from chorus.language.quote_marks import CLOSE, OPEN, inside_quotation
from chorus.language.quote_participles import CLAUSE_VERBS
from chorus.language.quote_settings import SETTING_LAST
from chorus.language.quote_verbs import AUX, SPEAKS, VERB
from chorus.language.speakers import HONORIFIC, PRONOUNS, ROLE_NOUN, WORD

_CLAUSE_VERB = re.compile(rf"(?:{CLAUSE_VERBS}|should)\b")
_ADVERBIAL = re.compile(
    rf"(?:[,(]|(?:[MTWFS][a-z]{{2,5}}day|{'|'.join(MONTHS)})\b"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|[a-z]+ly\b|(?:on|in|at|during|after|before|last|this|earlier|later|today|yesterday"
    r"|tonight|also|however|then|again|through|via|to|from|by|with|of|for|as|since|when|while"
    r"|only|once|now|there|here|late|early|afterwards?)\b)"
)
"""What may stand after "said" before its "that": a time, a place, an adverb, a comma. Not
a name ("Investigators say Johnson made up a claim in September that a gunman fired at his
cruiser ...": raw validation 0-based 246, whose words are the claim they say he made up,
not the gunman's shots as theirs; nor "Janet", "Kelly": a month is whole or dotted, an
adverb in lower case), nor a time's possessive ("He said last week's Gaza car
bomb that narrowly missed a school bus ... was in response to ...": DUC d30010t): the
subject of a clause whose "that" is no opening of the words, which are all after "said"."""
_OWNED = re.compile(r"\s+(?:(?:last|this|next)\s+)?[\w-]+[’']s\s")
"""A possessive opening the words after a verb: the subject's ("said last week's bomb",
"said Monday's vote"), never a time's."""
_NO_OBJECT = frozenset(("said", "says", "say", "added", "adds", "noted", "notes"))
"""Speech verbs with no object before their words, unlike "told" or "warned lawmakers"."""
_REQUESTS = frozenset(("asked", "asks", "urged", "urges"))
"""Asking someone "to" act: a "that" after it hangs on the act ("Oscar asked me to help
him with an exhibit that Hillary Clinton organized": multi_news-val-2313)."""


def relative_that(match: re.Match[str]) -> bool:
    """Whether the "that" of a `_VERB_THAT` match is a relative one, after an object and
    before a verb ("Authorities say the device contained the images and video that would
    later leak online": the words are all after "say"); right after the verb it opens what
    was said ("said that would be wrong"). Tested on a match, as a lookahead in the
    pattern made every failing search dearer."""
    between = match.string[match.end("verb") : match.start("text")].split()
    if (
        between[0] != "that"
        and match["verb"] in _NO_OBJECT
        and (not _ADVERBIAL.match(between[0]) or _OWNED.match(match.string, match.end("verb")))
    ):
        # "said two pistols that the victims ... were missing": "said" takes no object
        # but its words; only where or when ("said on Tuesday that") stands before "that"
        return True
    if match["verb"] in _REQUESTS and "to" in between[1:-1]:
        return True
    return between != ["that"] and _CLAUSE_VERB.match(match.string, match.start("text")) is not None


_TIME_AFTER_VERB = re.compile(
    r"\s+(?:(?:last|this)\s+(?:week|month|year)\s+|(?:on\s+)?[MTWFS][a-z]{2,5}day\s+)?"
)


def first_of_two_thats(match: re.Match[str]) -> int | None:
    """Where the words start when a speech verb's "that" is the second of two clauses it
    takes, the first with no "that" of its own: "Police said Tuesday he lived in east London
    and that his family has been notified" (multi_news-val-2851) is all said, from "he"."""
    text, verb_end = match.string, match.end("verb")
    if not text[verb_end : match.start("text")].rstrip().endswith(" and that"):
        return None
    return _TIME_AFTER_VERB.match(text, verb_end).end()


_CLAUSE_AFTER = (
    rf"\s+(?P<conj>but|and|while|though|although|yet)\s+"
    rf"(?:(?:on|earlier|later|last|this)\s+\w+\s+|instead\s+of\s+[^,{OPEN}{CLOSE}]{{2,80}},\s+)?"
    rf"(?:(?P<other>an?\s+(?:[\w-]+\s+)?(?:{ROLE_NOUN})(?:\s+(?:for|of|to)\s+{WORD})?\s+)"
    rf"|(?P<subject>{HONORIFIC}?{WORD}|[Tt]he\s+(?:[\w-]+\s+)?(?:{ROLE_NOUN}|team)|he|she)\s+)?"
    rf"(?:also\s+|later\s+|then\s+)?(?P<verb>[a-z][\w’'-]*)"
)
_COORDINATED = re.compile(rf",[{CLOSE}]?{_CLAUSE_AFTER}")
"""A clause joined to the attributed words, with its subject, if it names one, and verb;
or someone else by a role ("..., while a spokesman for Heller declared them ..."); maybe after
what the subject did not do ("The Rockies said they discovered the misspelling ..., but
instead of disappointing those ..., the team said in a statement that ...": 1255)."""
_COORDINATED_AFTER_QUOTATION = re.compile(rf"(?:,[{CLOSE}]?|[{CLOSE}]){_CLAUSE_AFTER}")
"""So too after the close of the quotation the words open with ("called the incident
"devastating" and said he went to the site ...": multi_news-val-1090): only there, as the
pattern without its literal comma first costs a try at every character."""


def after_the_verb(role: str | None) -> str | None:
    """A title before a speaker without the verb before it ("said study author Sabine
    Seehagen" → "study author", "according to foreign minister Jean-Yves Le Drian",
    "KXAS-TV reports Houston police spokesman Kese Smith")."""
    words = role.split() if role is not None else []
    if words[:2] == ["according", "to"]:
        words = words[2:]
    # the title starts past the last speech verb: "KXAS-TV reports Houston police spokesman
    # Kese Smith says ..." (multi_news-val-4100) is the outlet reporting, no part of his title
    verbs = [n for n, word in enumerate(words) if word in SPEAKS]
    return " ".join(words[verbs[-1] + 1 :] if verbs else words) or None


_SAYS_WHAT = frozenset(("said", "says", "added", "adds", "noted", "notes", "warned", "warns"))
"""Verbs whose words follow them at once ("but said it is likely ..."), unlike "told
the officers that ..."."""
_THAT = re.compile(  # what a second speech verb said, past "in a statement" and "that"
    r"(?:\s+in\s+a\s+statement)?(?:\s+that\b)?[,:]?"
)
_RUN_ON = re.compile(r"[.!?][”\"](?=[A-Z])")
"""A closing mark with the next sentence right after it ("get out."Anne keeps ..."): a
sentence end the splitter did not see."""


def narration_cut(
    text: str, start: int, end: int, who: str, speaker_after: bool = False
) -> tuple[int, tuple[int, int] | None]:
    """Where the words attributed to `who` end before a clause of the writer's, and where
    the words of a second speech verb in that clause start and end, if it has one.

    The writer's clause is a coordinated one whose subject is the speaker again, by name
    or as "the <role>" (", but on Thursday the president refused to be drawn"), or that
    goes on with a speech verb (", and said ...", ", but he added that ..."), or that is the
    writer's own (`writers_clause`: a stance, what the speaker withheld, the facts set
    against a position held). Not where
    the speaker stands `speaker_after` the words: there the clause's subject is the words'
    own ("The Klansman admitted to stabbing the man, but told the officers that it was
    self-defense, Wyatt said.": multi_news-val-4684)."""
    run_on = _RUN_ON.search(text, start, end)
    if run_on is not None:
        end = run_on.end()
    quoted = opens_quotation(text, start)
    end = aside_end(text, start, end)
    if not quoted and has_dash(text):
        end = dashed_cut(text, start, end)
    for clause in (_COORDINATED_AFTER_QUOTATION if quoted else _COORDINATED).finditer(
        text, start, end
    ):
        subject, verb = clause["subject"], clause["verb"]
        if clause["other"] is not None:
            # another speaker's words: none of them are `who`'s ("Paul said the remarks
            # were “offensive,” while a spokesman for Heller declared them ...": 4378)
            if verb in SPEAKS and not inside_quotation(text, clause.start("conj")):
                return clause.start(), None
            continue
        if speaker_after:
            continue
        if writers_clause(text, start, clause) and not inside_quotation(text, clause.start()):
            return clause.start(), None
        if subject is None and verb.endswith("ing") and _after_the_close(text, clause):
            # the writer's telling what the speaker did meanwhile ("“we continue to be
            # saddened ...,” while thanking investigators": multi_news-val-1703)
            return clause.start(), None
        if subject is None or subject in PRONOUNS:
            writers = verb in SPEAKS
        else:
            writers = subject[:4].lower() == "the " or bare_name(subject) in who.split()
        if writers and not inside_quotation(text, clause.start("conj")):
            if verb not in _SAYS_WHAT:
                return clause.start(), None
            then = _THAT.match(text, clause.end()).end()
            return clause.start(), (then, aside_end(text, then, end))
    return end, None


def _after_the_close(text: str, clause: re.Match[str]) -> bool:
    """Whether a coordinated clause comes right after a closing quotation mark."""
    return any(mark in text[clause.start() : clause.start("conj")] for mark in CLOSE)


_SETTING_LAST = re.compile(SETTING_LAST)
_GLOSS = re.compile(
    r",\s+(?:an?\s+(?:[\w-]+\s+){0,2}?(?:measure|move|decision|step|law|bill|policy|plan"
    r"|proposal|claim|allegation|assertion|report|suggestion|rumou?r)\s+(?:that|which)\s"
    r"|the\s+(?:latest|newest|most\s+recent)\s+[a-z]"
    r"|another\s+(?:[a-z-]+\s+){0,2}?(?:point|source|sign|example|instance|case|reason|twist"
    r"|blow|setback|reminder|indication)\s+(?:of|that|in|to)\s)"
)
"""The writer's description of what the words are about: "... a bill making it illegal to
accuse ..., a measure that has roiled relations with Israel ..." (multi_news-val-765), "...
had suggested that Gaddafi had fled to Venezuela, a report that the government of that
country denied" (5397); or the writer setting them in a series: "Michael Kors Holdings said
it had agreed to buy the shoe company Jimmy Choo for ... about $1.2 billion, the latest push
by an American high-end fashion house to find new sources of growth and what its chief
executive characterized as ..." (raw 15 [0]; so too Multi-News+'s "..., the latest salvo in
an escalating trade war"); or what else it is to the story, "another" and a noun naming a
part of a dispute or a turn in it ("Sanders said that Trump had been unaware of the payment
and that he denied the relationship took place, another point of contention of the lawsuit
itself—the suit argues ...": raw 34 [3])."""


_RESULT = re.compile(
    rf"(?:,[{CLOSE}]|[{CLOSE}],)\s+(?:increasing|heightening|fuell?ing|sparking|raising)\s"
    r"|,\s+(?:leading|prompting)\s+(?:many\s+|some\s+)?(?:analysts|observers|investors|experts"
    r"|critics|commentators)\s+to\s"
)
"""What the words led to, in the writer's words: after their quotation ("... by "a future
product transition that we are not going to talk about today," increasing anticipation.":
multi_news-val-15), or what the people who watch concluded ("Apple said in June that ...
would be available this fall, leading many analysts to conclude ...": 15); not the
speaker's own "..., leading one of the officers to shoot" (4280), nor "..., sparking
demands to "withdraw" ..." (5592)."""


def gloss_cut(text: str, start: int, end: int, who: str) -> int:
    """Where reported words end before the writer's gloss on them: a description of what
    they are about (`_GLOSS`) or what they led to (`_RESULT`), or a clause naming their
    speaker by name, as no one speaks of himself ("Dunn told fiancée Rhonda Roue that he
    felt “attacked” when he fired 10 shots at a car of black teenagers, unarmed young people
    whom Dunn, a middle-aged white man, continued to shoot at ...": 1212), cut at the comma
    before it; or where they were said, after their last quotation (`SETTING_LAST`)."""
    if text[start - 1 : start] in OPEN:
        return end  # a quotation's words are the speaker's own, glosses stand outside it
    closed = max(text.rfind("”", start, end), text.rfind('"', start, end))
    if closed >= 0 and (setting := _SETTING_LAST.match(text, closed + 1, end)) is not None:
        return setting.start()
    for result in _RESULT.finditer(text, start, end):
        if not inside_quotation(text, result.end()):
            return result.start()
    if text.find(", ", start, end) < 0:
        return end
    # finds in C before the pattern: few words hold ", a" or ", the" at all
    glossed = text.find(", a", start, end) >= 0 or text.find(", the ", start, end) >= 0
    for gloss in _GLOSS.finditer(text, start, end) if glossed else ():
        if not inside_quotation(text, gloss.start()):
            return gloss.start()
    surname = bare_name(who).rsplit(" ", 1)[-1]
    if len(surname) < 2 or not surname[:1].isupper() or surname in PRONOUNS:
        return end
    at = text.find(surname, start, end)
    while at >= 0:
        comma = text.rfind(", ", start, at)
        spaces = text.count(" ", start, comma) if comma > start else 0
        if spaces >= _CLAUSE_SPACES and _subject_at(text, at, surname, end):
            return comma
        at = text.find(surname, at + 1, end)
    return end


_CLAUSE_SPACES = 5
"""The least the words before a gloss naming their speaker hold, to be words of their own:
"Last year, Keyes reviewed the file ..." (multi_news-val-2570) is the writer's from its
start, and a cut would leave "Last year"; such words stay as they were."""


_VERB_AFTER = re.compile(r"(?:,\s|\s+(?P<verb>[a-z]+)\b)")


def _subject_at(text: str, at: int, surname: str, end: int) -> bool:
    """Whether `surname` at `at` is a whole word that stands as a clause's subject, before
    its verb or its apposition, outside a quotation, and not as the speaker's own aside
    ("One limitation of the current study, Lee said, is ...": multi_news-val-5067)."""
    if text[at - 1].isalnum() or text[at - 1] in "-’'":
        return False
    after = _VERB_AFTER.match(text, at + len(surname), end)
    if after is None or after["verb"] in SPEAKS:
        return False
    return not inside_quotation(text, at)


_SEMICOLON_SPEAKER = re.compile(
    rf";\s+(?:{HONORIFIC}?{WORD}(?:\s+{WORD})?|[Tt]he\s+(?:[\w-]+\s+)?(?:{ROLE_NOUN}|judge|company)"
    r"|he|she|they)\s+(?:also\s+|later\s+|then\s+)?(?P<verb>[a-z]+)"
)


def semicolon_cut(text: str, start: int, end: int) -> int:
    """Where the attributed words end before a clause after a semicolon in which someone
    speaks: "Davis said he was unemployed; the judge said an attorney would be appointed"
    (multi_news-val-3544) gives the judge's words to no one rather than to Davis. Read
    after the words' own speakers (`quote_hits._inner`): "Mallaby ... describes his
    temperament as ...; Mercer told him that ..." is Mercer's (227)."""
    for clause in _SEMICOLON_SPEAKER.finditer(text, start, end):
        if clause["verb"] in SPEAKS and not inside_quotation(text, clause.start()):
            return clause.start()
    return end


_SUBORDINATE = tuple(
    f"{word} "
    for word in (
        *("When", "After", "Before", "While", "Although", "Though", "Because", "If", "Since"),
        *("Once", "Until", "Unless"),
    )
)
"""The conjunctions that open a subordinate clause, tested with one `str.startswith`."""
_RELATIVE = (" which ", " who ", " whom ")
_MAIN_CLAUSE = re.compile(
    rf",\s+(?P<who>(?:[Tt]he\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)\s+{AUX}(?:{VERB})\b"
)
"""The main clause after an opening subordinate one: ", Santavicca said", ", the couple
said" (a subject of one to three words, then a speech verb)."""


def main_clause(text: str, who_start: int) -> re.Match[str] | None:
    """The main clause's speaker and verb when the speaker at `who_start` is the subject
    of a subordinate clause that opens the sentence ("When Mercer insisted that ..."), or
    of a relative clause inside the question an opening "Asked" puts ("Asked about the op-ed
    ..., in which he argued that ..., she said: “...”": multi_news-val-1720)."""
    opening = text.startswith(_SUBORDINATE) and "," not in text[:who_start]
    if not opening and not (text.startswith("Asked ") and text.endswith(_RELATIVE, 0, who_start)):
        return None
    main = _MAIN_CLAUSE.search(text, who_start)
    return None if main is None or inside_quotation(text, main.start()) else main


_CLAUSE_COMMA = re.compile(r",(?P<close>[”\"])?\s")


_CONJUNCTION_BEFORE = re.compile(r"\s(?:after|before|when|since|until|once)\s+$")
"""A subordinate clause the speaker opens inside an opening phrase: "In the two centuries
after Malthus declared that population couldn’t continue to soar, that’s exactly what it
did." (multi_news-val-4361: the main clause is the writer's)."""


def subordinate_end(text: str, who_start: int, words: tuple[int, int]) -> int | None:
    """Where the words of a speaker who is the subject of a subordinate clause opening the
    sentence end, when the sentence goes on with a main clause that is the writer's: at the
    comma that closes a quotation ("Before Benedict announced his decision to be known as
    "emeritus pope," one of the Vatican's leading canon lawyers ... penned an article ...":
    multi_news-val-1412), else at the one comma outside a quotation ("While Taliban
    officials have said they would consider ..., Arab officials familiar with ...": DUC
    d30005t); None with none, or with two (one may be the words': "... alleges that on a
    recent trip to Toronto, Humphries contacted his ex-girlfriend, Bianka Kamber": 1334)."""
    opening = text.startswith(_SUBORDINATE) or _CONJUNCTION_BEFORE.search(
        text, max(0, who_start - 9), who_start
    )
    if not opening or "," in text[:who_start]:
        return None
    outside = []
    for comma in _CLAUSE_COMMA.finditer(text, words[0], words[1]):
        if comma["close"]:
            return comma.start()
        if not inside_quotation(text, comma.start()):
            outside.append(comma.start())
    return outside[0] if len(outside) == 1 else None


def speaks_inside(text: str, speaker_at: int | None) -> bool:
    """Whether the speaker found at `speaker_at` in a sentence that opens a quotation, if
    any, and every speech verb of it stand inside the quotation."""
    if speaker_at is not None and not inside_quotation(text, speaker_at):
        return False  # "“...,” he said": the common case, one test
    # the last verb is the likeliest outside ("“...,” Smith said"): tested first
    return all(inside_quotation(text, cue.start()) for cue in reversed(list(cues(text))))


_CLAUSE_AFTER_COMMA = re.compile(r",\s+(?=[A-Z]|(?:it|its|the)\b)")


def words_after_aside(match: re.Match[str], opening: int) -> int:
    """Where the words start when the speech verb is an aside before a clause of its own
    ("Nonetheless, she said, the misplacement of the documents was “a really stupid
    thing.”", "As Nicole Flatlow ... notes, Dunn later complained that ...": 1212): the
    whole clause after the comma, not only its quotation or what follows its "that"; so
    too a clause after the verb's object (`_CLAUSE_BEFORE_QUOTATION`)."""
    text, verb_end = match.string, match.end("verb")
    # a find of the comma in C first: most verbs have none before their words
    if text.find(",", verb_end, opening) < 0:
        clause = _CLAUSE_BEFORE_QUOTATION.search(text, verb_end, opening)
        return opening if clause is None else clause.start()
    aside = _CLAUSE_AFTER_COMMA.search(text, verb_end, opening)
    return opening if aside is None else aside.end()


_CLAUSE_BEFORE_QUOTATION = re.compile(
    r"(?<=\s)(?:there|it|he|she|they|we)\s+(?:is|was|were|are|has|had|have|would|will|could)\b"
)
"""A clause of the speaker's between the verb's object and the quotation: "Andrew Mitchell
told the BBC there was evidence of people on the ground "infiltrating the Syrian Red
Crescent"" (multi_news-val-2534) said all of it, not only the quoted words."""
