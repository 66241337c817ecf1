"""Surnames a summary shows before, or without, the sentence naming their person in full.

- A sentence opening on a surname the summary shows before the sentence naming its person
  in full ("Browne-Louis has pleaded not guilty ..." before "... Dorene Browne-Louis, faces
  ...", raw 58) is moved after it. Holding such a sentence back until its article's naming
  sentence was chosen cost raw R-1/R-2 0.04 (docs/journal/summary.md, "Summary a reader sees,
  sixth pass"); moving it costs none. So is one opening on a surname and an age ("Hayes, 28,
  then drew a handgun ...", raw 32, three lines above "Cardell Hayes"; hundred-and-twelfth
  pass), and one below a line writing the name with its particle in lower case stays ("...
  Zainab al-Khawaja ..." / "Al-Khawaja, 32, is the daughter ...", raw 127). Once the
  summary is made, so is a quotation credited to such a surname ("“...,” says Page.", raw
  20; hundred-and-twenty-second pass).
- A sentence opening on a surname no summary sentence writes in full, right after its
  article's sentence naming the person in full ("Laidre observed the Colchester mandrills
  ..." after "..., notes Mark E. Laidre, an evolutionary biologist ...", raw 41), is taken
  again only with that sentence ("fourteenth pass"). Made to wait for it instead, it lost
  more than it fixed (160's "Reid"/"Boehner" out for an unattributed quotation, "tenth pass").
- A line whose speaker, or whose subject, is a surname no line shown writes in full is
  taken again only with its article's line naming the person (`surname_introductions`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from chorus.dangling import opens_with_pronoun
from chorus.language.words import is_word_character as _is_word
from chorus.language.words import word_places as _places
from chorus.shown_alone import OPENERS
from chorus.summarize.credit_lines import quotation_alone
from chorus.summarize.read_again import READ_AGAIN

_NOT_NAMES = (
    "The|A|An|In|On|At|As|For|But|And|This|That|It|He|She|They|We|I|If|When|After|Before|"
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    "May|June|July|August|September|October|November|December"
)
"""Capitalised words that open or date a sentence rather than name someone."""
NAME = rf"(?!(?:{_NOT_NAMES})\b)[A-Z][a-z][\w’'-]+"
FIRST_NAME = rf"(?!(?:{_NOT_NAMES})\b)[A-Z][a-z][\w’'-]*"

SURNAME = re.compile(rf"[\s(\[]*({NAME})\s+[a-z]")
"""A capitalised word opening a sentence before a lower-case one ("Browne-Louis has pleaded
..."): a surname when a sentence names the person in full ("Dorene Browne-Louis")."""
_AGED = re.compile(rf"[\s(\[]*({NAME}),\s+(?:then\s+|now\s+)?\d{{1,3}},(?!\d)")
"""A surname opening a sentence with its person's age between commas ("Hayes, 28, then drew a
handgun and shot Smith several times, police said.", raw 32, shown three lines before
"Cardell Hayes"), an age then or now too ("Bridges, then 29, was an accomplished ...", raw
7, six lines above "Alex Lowe and David Bridges were swept away in 1999 ..."): a subject as
`SURNAME`'s, which wants a lower-case word right after it.
No figure running on ("Hayes, 2,800 feet up, ...")."""


@lru_cache(maxsize=READ_AGAIN)
def opening_surname(text: str) -> str | None:
    """The capitalised word opening `text` as its subject (`SURNAME`, or `_AGED`'s "Surname,
    NN,"), or None: read by the rules placing a surname below the line naming its person in
    full (`named_in_full_first`, `named_just_before`). Not `_subject`'s: "Reischl, 67, a
    retired cartographer, ..." (raw 155), the only line naming the veteran of four "he"
    lines, was left out for its weaker introduction and a "He returned home ..." came in
    second (raw R-1 -0.004); nor `people_unmet`'s, whose naming sentence opens on a name and
    a verb. Kept for the next reading order (`read_again`)."""
    found = SURNAME.match(text) or _AGED.match(text)
    return None if found is None else found.group(1)


_TITLES = ("Mr ", "Mr. ", "Mrs ", "Mrs. ", "Ms ", "Ms. ", "Miss ", "Dr ", "Dr. ", "Prof ", "Prof. ")
"""A courtesy title before a surname ("Mr Rawlins said", raw 185): it names no one in full."""
# the titles as words, read from `_TITLES` so the two lists cannot drift apart
_TITLE_WORDS = "|".join(dict.fromkeys(title.strip(" .") for title in _TITLES))
GIVEN_NAME = rf"(?!(?:{_NOT_NAMES}|{OPENERS}|{_TITLE_WORDS})\b){FIRST_NAME}"
"""A first name before a surname: no word that opens a sentence ("While Rihanna ...") and
no title ("Mr Rawlins")."""
GIVEN_BEFORE = re.compile(rf"\b{GIVEN_NAME}\s+(?:[A-Z]\.\s+)?\Z")
"""A first name (and a middle initial) right before the end of a text: read before each
place a surname stands, as one pattern compiled once (a pattern per surname, with the
openers' alternation, cost ~3 ms to compile)."""


_PAIRS_READ_AGAIN = 256
"""How many (text, surname) answers `in_full` keeps: the summary's rules ask it again for
each reading order and each rule (over the 250 raw validation clusters, 22,459 asks of 8,747
pairs; every repeat comes within the last 256 asked)."""


@lru_cache(maxsize=_PAIRS_READ_AGAIN)
def in_full(text: str, surname: str) -> bool:
    """Whether `text` writes `surname` after a first name ("Dorene Browne-Louis"); most
    texts asked do not write the surname at all (17,637 of the 22,459 asks)."""
    return surname in text and any(
        GIVEN_BEFORE.search(text, 0, at) for at in _places(text, surname)
    )


_SAYING = (
    *(" said", " says", " told", " tells", " added", " explained", " described"),
    *(" noted", " notes", " wrote", " announced"),
)
"""A verb of saying after its speaker ("“...,” Lanier told ...")."""
_CREDITING = (" said ", " says ", "according to ")
"""Words before a speaker closing a line ("..., said Pasztor.")."""
_WORD_NAME = re.compile(NAME)


def unowned(name: str) -> str:
    """A name with its possessive "’s" taken off."""
    return name.removesuffix("’s").removesuffix("'s")


_INSTITUTIONS = (" University", " College", " Institute", " School")


def no_surname(name: str, cluster: Sequence[str], joined: list[str]) -> bool:
    """Whether the cluster's sentences write `name` in lower case too ("Police say",
    "Surveillance video"), or before "University", "College", ... ("Northwestern
    University", raw 65, whose "Outgoing Northwestern quarterback Kain Colter" reads as a
    full name): then it is no surname. `joined` holds the cluster's text once read (over
    every sentence it cost ~0.8 ms a cluster; most summaries never need it)."""
    if not joined:
        joined.append("\n".join(cluster))
    text = joined[0]
    return bool(_places(text, name.lower())) or any(name + kind in text for kind in _INSTITUTIONS)


def written(text: str, name: str) -> bool:
    """Whether `text` writes `name`, or it with a lower-case first letter: a particle opening
    a sentence is capitalised ("Al-Khawaja, 32, is the daughter ...", raw 127, below "...
    the conviction of Zainab al-Khawaja ...")."""
    return name in text or name[:1].lower() + name[1:] in text


def named_in_full_first(
    texts: Sequence[str], cluster: Sequence[str], speakers: bool = False
) -> list[int]:
    """Positions of `texts` (a summary in reading order) reordered so that a sentence opening
    with a surname the summary has not yet written ("Browne-Louis has pleaded not guilty
    ...") comes right after the first later sentence naming that person in full ("... the
    other, Dorene Browne-Louis, faces ..."), with the sentences after it that open with a
    pronoun: shown before it, the surname names no one. A possessive is read as its surname
    ("Ohr's decision is “revolutionary ...”" after "... regional director Peter Ohr ...",
    raw 65: a professor's verdict opened the summary, the ruling third). A word the
    `cluster`'s sentences also write in lower case, or before "University", is no surname
    (`no_surname`).

    With `speakers`, so is a line whose speaker is such a surname (`bare_speakers`: "“...,” says
    Page.", raw 20, five lines above "Jimmy Page has spent ..."; "..., Beatty said
    backstage.", 205), with the quotations alone after it, its words going on ("“This is
    surprising,” Tschopp said." / "“Many other sauropod dinosaurs ...”", 33). summarize()
    reads it so on the summary made, after its rules: moved while they read it, a quotation
    left its line before behind and was left out as leaning apart (raw 44's "“These will be
    the last shows ...,” Weir tells Billboard.", R-1 -3.88; hundred-and-twenty-second
    pass)."""
    order = list(range(len(texts)))
    last: dict[int, int] = {}
    joined: list[str] = []
    for row in range(len(texts)):
        surname = opening_surname(texts[row])
        speaker = surname is None and speakers
        if speaker:
            surname = next(iter(bare_speakers(texts[row])), None)
        if surname is None:
            continue
        name = unowned(surname)
        at = order.index(row)
        if any(written(texts[before], name) for before in order[:at]):
            continue
        named = (order[n] for n in range(at + 1, len(order)) if in_full(texts[order[n]], name))
        anchor = next(named, None)
        if anchor is None or in_full(texts[row], name) or no_surname(name, cluster, joined):
            continue
        # the "He ..." after it goes along, and a speaker's words going on after the line
        # crediting them, after the sentences moved there already
        end = at + 1
        while order[end] != anchor and (
            opens_with_pronoun(texts[order[end]])
            or (speaker and quotation_alone(texts[order[end]]))
        ):
            end += 1
        block = order[at:end]
        del order[at:end]
        place = order.index(last.get(anchor, anchor)) + 1
        order[place:place] = block
        last[anchor] = block[-1]
    return order


def named_just_before(
    texts: Sequence[str], ordered: Sequence[int], first_rows: Sequence[int]
) -> list[int]:
    """The rows of `ordered` (a summary in reading order, rows of the cluster's `texts`)
    opening on a surname no row of the summary writes before them nor in full anywhere,
    whose article's sentence right before names the person in full ("Laidre observed ..."
    after "..., notes Mark E. Laidre, ..."): read once the summary is chosen, for each to
    be chosen again only with that sentence. `first_rows` are the articles' first rows,
    which have no sentence before them."""
    found: list[int] = []
    joined: list[str] = []
    for at, row in enumerate(ordered):
        name = opening_surname(texts[row])
        if name is None or row in first_rows:
            continue
        if any(name in texts[other] for other in ordered[:at]):
            continue
        if not in_full(texts[row - 1], name) or any(in_full(texts[n], name) for n in ordered):
            continue
        if not no_surname(name, texts, joined):
            found.append(row)
    return found


def _quoted_at(text: str, at: int) -> bool:
    """Whether `at` falls inside a quotation mark's words ("“You know, Kirsten, ...”")."""
    before = text[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _is_name(word: str) -> bool:
    return _WORD_NAME.fullmatch(word) is not None


def _without_title(before: str) -> str:
    """`before` without a title closing it as a word of its own ("“...,” Mr "; not "ATMs ")."""
    if not before.endswith(_TITLES):
        return before
    for title in _TITLES:
        if before.endswith(title) and not _is_word(before[-len(title) - 1 : -len(title)] or " "):
            return before[: -len(title)]
    return before


def _speaker_before(text: str, at: int) -> int:
    """Where the word before `at` starts, when it is a name (`NAME`) opening the line, or a
    clause after a comma ("On Wednesday, ..., Crump described ..."), or after a closing
    quotation mark ("“...,” Lanier told ..."), a title between ("“...,” Mr Rawlins said"): a
    speaker no other capitalised word comes before; else -1."""
    start = text.rfind(" ", 0, at) + 1
    before = text[:start]
    # a title stands with its surname: "“...,” Mr Rawlins said." credits a bare surname too
    before = _without_title(before)
    opening = not before.strip(" ([")
    after_clause = before.endswith((", ", "” ", '" '))
    if (opening or after_clause) and _is_name(text[start:at].lstrip("([")):
        return start + len(text[start:at]) - len(text[start:at].lstrip("(["))
    return -1


def _speaker_after(text: str, end: int) -> int:
    """Where a name closing a credit starts, right after `end` (and a title) and before a comma
    or a period ("..., said Pasztor.", "..., said Mr. Luu, 41."); else -1."""
    if text.startswith(_TITLES, end):
        end += len(next(title for title in _TITLES if text.startswith(title, end)))
    stop = text.find(" ", end)
    word = text[end:] if stop < 0 else text[end:stop]
    return end if word[-1:] in ",." and _is_name(word[:-1]) else -1


def _bare_names(text: str) -> list[str]:
    """The surnames (possessives read as theirs) `text` gives as speaker outside quotation
    marks, not written in full there: before a verb of saying (`_speaker_before`) or after
    "said", "says" or "according to" (`_speaker_after`). Found by the verbs' own searches: a
    pattern for the places cost ~55 µs a line."""
    places = []
    for verb in _SAYING:
        at = text.find(verb)
        while at >= 0:
            end = at + len(verb)
            if end == len(text) or not _is_word(text[end]):
                places.append(_speaker_before(text, at))
            at = text.find(verb, end)
    for credit in _CREDITING:
        at = text.find(credit)
        while at >= 0:
            places.append(_speaker_after(text, at + len(credit)))
            at = text.find(credit, at + 1)
    found = []
    for at in sorted(at for at in places if at >= 0):
        name = unowned(_WORD_NAME.match(text, at).group(0))
        if name not in found and not _quoted_at(text, at) and not in_full(text, name):
            found.append(name)
    return found


_SPEAKERS_READ_AGAIN = 1024
"""How many texts' speakers `bare_speakers` keeps for `surname_introductions`: the summary is
chosen again up to a few times, and 39% of the rows each selection reads were read by one
before it (over raw validation, 1,831 of 4,671 reads); a cluster has ~70 rows, so it holds a
few clusters'."""


@lru_cache(maxsize=_SPEAKERS_READ_AGAIN)
def bare_speakers(text: str) -> tuple[str, ...]:
    """`_bare_names`, kept for the next selection (`_SPEAKERS_READ_AGAIN`)."""
    return tuple(_bare_names(text))
