"""Summary sentences whose subject or speaker the sentence before them names, and a live
blog's older updates (surnames shown before their person's full name: `surnames`; sentences
that tell of something other than the sentence before, read from themselves alone:
`refers_before`).

Read for the summary alone (journal/summary.md, "Summary a reader sees, fourth pass"):

- an opening "He" or "She" right after a sentence that names someone ("..., Castaneda
  said." / "He said the counter-protesters were ..."): shown without that sentence, the
  pronoun stands for a person the summary may never name. After a sentence that names no
  one ("He has always maintained his innocence ..."), the pronoun goes on from further
  back and is left alone: holding every such opening back cost more ROUGE and changed
  twice as many summaries (the stop 30 passes). One speaking of a "he" or "she" outside its
  quotations, opening on no pronoun itself ("With that, Keurig’s CEO did what he had to
  do.", raw 61), is the one the "He" goes on about (twentieth pass); so is one bringing in
  "a woman" ("Paula saw a woman." / "She was a stranger, ...", raw 55:
  `pronouns_apart.brings_in_one`, hundred-and-sixth pass);
- a quotation credited to "the" and what someone is rather than who ("“It's just stunningly,
  breathtakingly naive,” the former House speaker and Republican presidential contender said
  ...", raw 86, after "Newt Gingrich says ..."; "..., the statement said."), right after a
  sentence that names someone: shown without it, the speaker is never named (journal/summary.md,
  "Summary a reader sees, seventh pass"). Without that condition a credit to "the" and a role
  took out sentences whose role tells who ("the Facebook founder said", sixth pass);
- an opening "The" and a noun the sentence before introduced with "a" or "an" ("The hitch
  punctured ..." after "... after striking a metal towing hitch ...", raw 143; eighth pass),
  or "the" and a noun, anywhere, that it picked from several ("There was no doubting the
  plane's age, ..." after "... on one of the smaller planes in the Polish government VIP
  fleet, ...", 224: alone it reads as the plane that crashed; forty-second pass);
- an opening "It's a ..." that calls something the sentence before tells ("It's a
  strawman argument, one of Conway's favorite tactics."); an impersonal "It" ("It's a
  good idea to ...") is not marked (`dangling.opens_with_pronoun`);
- a sentence that is one quotation and nothing else, right after a sentence crediting a
  quotation to "a ..." ('"...," a friend of Kendra tells me.' / '"She has made millions ...
  off her sex tape."', raw 203): shown without it, its "She" reads as whoever the summary
  named last. After a credit to a name the rule cost too much ROUGE (ninth pass); after a
  few quoted words and their credit, the quotation is taken with them instead
  (`credit_lines.credited_before`, twelfth pass);
- a live blog's older updates: the lines under its second time mark ("2:44 p.m." ...
  "1:26 p.m."), which an update above them has overtaken ("One person is in custody"
  under 1:26 p.m., "13 people are in custody" under 2:44 p.m.);
- a "But it ..." after a thing of a named place, a deed done "there", "The" and a noun a
  quotation before wrote (thirteenth pass), a line with no subject ("Charged with ...")
  and a report closing on "she said" after a sentence naming someone (fourteenth pass),
  an opening "They ... also" or "They said", a quoted answer and a close on "than that"
  (eighteenth pass): `told_before`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import numpy as np

from chorus.dangling import introduced_before, opens_with_pronoun, picked_before
from chorus.language.quotations import QUOTED
from chorus.summarize.credit_lines import BARE_QUOTE
from chorus.summarize.pronouns_apart import brings_in_one, he_or_she_opening
from chorus.summarize.surnames import FIRST_NAME, NAME
from chorus.summarize.told_before import but_it_after_a_place, credits_a_pronoun, quoted_before

_HE_SHE = he_or_she_opening()
_THE_CREDIT = re.compile(
    r"the(?:(?<=[”\"’'] the)|(?<=[”\"’'], the))\s+(?:[\w’.-]+\s+){1,8}?"
    r"(?:said|says|told|added|wrote|explained)\b"
)
"""Words credited, after their closing mark, to "the" and up to eight words ("...,” the
attorney allegedly told the husband", "...," the statement said"). Opening on the literal
"the", looked back from, the search skips to each "the": a third of the time of one
scanning for the marks (the same marks over raw, DUC and 600 Multi-News+ clusters)."""
_CREDITED = re.compile(
    r"[”\"],?\s+(?:an?\s+(?:[\w’'.-]+\s+){1,6}?(?:said|says|tells|told|added|asked)"
    r"|(?:said|says|told|added|asked)\s+an?\s+[\w’'.-]+)\b[^“”\"]*\Z"
)
"""A sentence closing on a quotation's credit ('"Kendra is no dumb blonde ...," a friend of
Kendra tells me.'): a bare quotation after it goes on in that speaker's words."""
_IT_IS_A = re.compile(r"[\s(\[]*It(?:’s|'s|\s+is|\s+was)\s+(?:a|an|the|one|something|someone)\b")
"""An "It's a ..." calling what the sentence before tells; "It's something the other carriers
have done, ..." (raw 207, over data caps) too."""
_TITLES = (
    r"(?:Mr|Mrs|Ms|Dr|Sgt|Sen|Rep|Gov|Lt|Capt|Col|Gen|Prof|Det|Officer|President|Judge|"
    r"Justice|Chief|Minister|Prime Minister|Premier|Pope|Prince|Princess|King|Queen)\.?"
)
SPEECH = r"(?:said|says|told|added|wrote|recalled|explained)"
"""A verb of speech after a name ("..., Castaneda said.") or before one ("said Vecchio"), and
around a speaker named by a state and a party (refers_before: "the Kentucky Republican
said")."""
_SOMEONE = re.compile(
    # Every form opens a word on a capital or on "said", "says", "told", "added" or
    # "according": looked ahead for, the search passes other words by at once (the same
    # matches over raw's sentences, in under half the time).
    r"\b(?=[A-Zsta])(?:"
    rf"\b{_TITLES}\s+[A-Z][\w’'-]+"  # "Sgt. Daron Wyatt", "Mr. Berlusconi"
    rf"|\b{FIRST_NAME}\s+(?:[A-Z]\.\s+)?{NAME}"  # "Karen Vecchio", "Matthew G. Whitaker"
    rf"|\b{NAME},?\s+{SPEECH}\b"  # "..., Castaneda said."
    rf"|\b(?:said|says|told|added|according to)\s+{NAME}"  # "said Vecchio"
    ")"
)
"""A name as news writes a person's: after a title, as a first and last name, or as the
one who speaks. Places and bodies of two words ("Anaheim Police") read so too; the
measured rule holds back a few more openings for them."""

TIME_MARK = re.compile(r"\s*\d{1,2}:\d{2}\s*[ap]\.?m\.?\s*$", re.IGNORECASE)
"""A live blog's line giving an update's time alone ("2:44 p.m."), newest first."""


def _has_mark(text: str) -> bool:
    """Whether a text holds a mark a credit to "the" follows (`_THE_CREDIT`'s first
    character): 43% of raw validation's sentences do, and the search costs a third of
    `leans_on_before` read over every one (0.034 → 0.022 ms a cluster)."""
    return "”" in text or '"' in text or "’" in text or "'" in text


def names_someone(text: str) -> bool:
    """Whether a text names a person outside its quotations ("Castaneda said", "Sgt. Daron
    Wyatt")."""
    # a name inside a quotation is the speaker's subject, not who the sentence is about
    return _SOMEONE.search(QUOTED.sub(" ", text)) is not None


_ONE_PERSON = re.compile(r"\b(?:he|she|him|his|her)\b")


def speaks_of_one(text: str) -> bool:
    """Whether a text speaks of a "he" or "she" outside its quotations ("With that, Keurig’s
    CEO did what he had to do.", raw 61): an opening "He" after it goes on about that one."""
    return _ONE_PERSON.search(QUOTED.sub(" ", text)) is not None


def leans_on_before(texts: Sequence[str]) -> np.ndarray:
    """Per text: whether it opens with "He" or "She", credits its quotation to "the" and
    a description, or closes on ", she said." (`told_before.credits_a_pronoun`),
    right after a text that names someone, opens with "The" and a noun the
    text before introduced ("The hitch ..." after "... a metal towing hitch ...":
    `dangling.introduced_before`) or writes "the" and a noun it picked from several ("the
    plane's age" after "one of the smaller planes": `dangling.picked_before`), opens with an
    "It's a ..." that calls what the text
    before tells, or is a bare quotation after a text crediting a quotation to "a ..." ("a
    friend of Kendra tells me"; see the module docstring), or goes on about what the text
    before names (`told_before`: "But it" after "The river in Minot ...", "The proposal"
    after a quotation writing "the proposal"). The first text has nothing before it."""
    marked = np.zeros(len(texts), dtype=bool)
    # each row's answer kept in a local: numpy's scalar reads and writes cost a third of
    # the loop
    for row, (before, text) in enumerate(itertools.pairwise(texts), start=1):
        mark = False
        if opening := _HE_SHE.match(text):
            mark = names_someone(before) or (
                # one opening "He" itself names no one either: both go back further (raw 78)
                not _HE_SHE.match(before) and speaks_of_one(before)
            )
            # ... nor after one bringing in "a woman" it stands for (raw 55's "Paula saw a
            # woman." / "She was a stranger, ...")
            mark = mark or brings_in_one(before, opening.group(1).lower())
        elif _has_mark(text) and _THE_CREDIT.search(text):
            mark = names_someone(before)
        elif text.startswith("The "):
            mark = introduced_before(text, before) or quoted_before(text, before)
        elif _IT_IS_A.match(text):
            mark = opens_with_pronoun(text)
        elif text[:1] in '“"' and BARE_QUOTE.match(text):
            mark = _CREDITED.search(before) is not None
        elif text.startswith("But it"):
            mark = but_it_after_a_place(text, before)
        # a closing "she said" after any opening: one on "The" or "But it" was read by its
        # branch alone ("But it was too little, too late, she added.", raw 85, after "And,
        # said Malkan, ...", shown below another woman's words)
        if not mark and credits_a_pronoun(text):
            mark = names_someone(before)
        if mark or picked_before(text, before):
            marked[row] = True
    return marked


def older_updates(texts: Sequence[str], article_starts: Sequence[int]) -> np.ndarray:
    """Per text: whether it is under the second or a later time mark of its article, a
    live blog's update that a newer one above it has overtaken."""
    older = np.zeros(len(texts), dtype=bool)
    bounds = [*article_starts, len(texts)]
    for start, end in itertools.pairwise(bounds):
        marks = [row for row in range(start, end) if TIME_MARK.match(texts[row])]
        if len(marks) >= 2:
            older[marks[1] : end] = True
    return older
