"""What one sentence tells of the people it names, for `pronouns.py`, which follows the
person "he" or "she" stands for: someone described but not named, an apposition saying
what the subject is, a speaker introduced as the subject's kin, a pronoun subject's person
named again after it, the name after an opening quotation, a subject described and then
named. Split from `pronouns.py`."""

from __future__ import annotations

import re

from chorus.analyze.subject_names import LEAD, person_named, subject_run
from chorus.language.found_speakers import bare_name
from chorus.language.quote_alternation import by_first_letter
from chorus.language.quote_marks import inside_quotation
from chorus.language.speakers import OWNED, ROLE_NOUNS

PERSON_NOUNS = (
    *("man", "woman", "boy", "girl", "mother", "father", "son", "daughter", "brother"),
    *("sister", "friend", "neighbor", "neighbour", "teacher", "student", "victim"),
    *("suspect", "driver", "owner", "resident", "actor", "actress", "singer", "user"),
    *("doctor", "teen", "teenager", "guy", "person", "worker", "employee", "customer"),
    *OWNED,
    *(noun for noun in ROLE_NOUNS if noun not in ("court", "agency", "police", "head")),
)
"""Heads of descriptions of someone not named ("A woman who was at the bridge ...")."""
DESCRIBED = re.compile(
    rf"{LEAD}(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+(?:['’]s)?\s+){{0,3}}?"
    rf"(?i:{by_first_letter(PERSON_NOUNS)})s?\b(?!['’])"
)
"""A sentence about someone described, whose description may own its head ("The baby’s
anguished father, climbing into a car ..., writhed": multi_news-val-1397's next "he"
is his, no one's the briefing can name)."""
PERSON_AFTER = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){{0,2}}?(?:{by_first_letter(PERSON_NOUNS)})\b"
)
"""Someone else described after the subject: "Host Chris Wallace asked the senator ..."."""
_OWN_KIN = rf"\b(?:[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+){{0,2}}?(?:{by_first_letter(OWNED)})\b"
_KIN_DESCRIBED = re.compile(_OWN_KIN)
_OWN_KIN_BEFORE = re.compile(rf"{_OWN_KIN},?\s+$")


def someone_else_after(text: str, start: int, end: int) -> bool:
    """Whether the sentence describes someone besides its subject between `start` and
    `end` (`PERSON_AFTER`): not the subject's own kin, whose "his"/"her" is the subject's
    ("Building resident Elaina Feliciano, 33, was gripping her toddler son Jaden a little
    tighter ... ¶ “...,” said the bus matron and mother of four.": raw 17 [2], hers)."""
    described = PERSON_AFTER.finditer(text, start, end)
    return any(_KIN_DESCRIBED.fullmatch(found[0]) is None for found in described)


def own_kin_named(text: str, name: str) -> bool:
    """Whether `name` first stands right after the subject's "his"/"her" and a word of kin
    ("her toddler son Jaden"): the subject's child or spouse, told of as the subject's."""
    at = text.find(name)
    return at > 0 and _OWN_KIN_BEFORE.search(text, max(0, at - 60), at) is not None


APPOSITION = re.compile(
    rf",\s+(?:the|an?)\s[^“”\"]{{1,160}}?\b(?:{by_first_letter(ROLE_NOUNS)}),(?=\s+[a-z]+ed\s)"
    r"|,\s+(?:the|an?)\s[^,“”\"]{1,120},|\s+of\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?[\s,]"
    r"|,\s+who\s[^,“”\"]{1,120},(?=\s+(?:also\s+|[a-z]+ly\s+)?[a-z]+(?:ed|s)\s)"
)
"""What the subject is, between commas ("Prince Jefri Bolkiah, the 55-year-old younger
brother of the Sultan, is seeking ...": multi_news-val-5184; a title of several commas up to
its role noun and a verb: "Lt. Gen. Thomas Bergeson, the Air Component Command, South
Korea/U.S. Combined Forces Command and 7th Air Force commander, explained ...": 4945), or
where they are from
("Allen Williams of Upper Darby was handing over ...": 4840; "Sheen’s tour promoter, Joey
Scoleri of Live Nation, had no answers.": raw 99 [1]), or what they did, a relative
clause before the verb ("Prodigy's old label boss, Steve Rifkind, who co-founded Loud
Records, also remembered the rapper ...": raw 21 [4]): the subject, no one else."""


_SUBJECT_PRONOUN = re.compile(
    r"\b(?:when|as|after|while|before|because|that|and|,)\s+(?:he|she)\s+[a-z]"
)
QUOTED_TITLE = re.compile(
    r"[“\"][^”\"]{1,40}[”\"]\s+(?:[a-z][\w-]*\s+){1,2}(?=[A-Z][\w’'-]+\s+[A-Z])"
)
"""A work's title opening a sentence, then what the subject named after it is in it:
'"Star Trek" star George Takei had everyone fooled ...' (multi_news-val-2484)."""


def subject_pronoun_at(text: str, start: int) -> int:
    """Where a clause whose subject is "he" or "she" opens after `start` ("... when he
    tweeted that he was running ..."), or the sentence's end: the names after it are told
    of after the writer called the subject so."""
    found = _SUBJECT_PRONOUN.search(text, start)
    return found.start() if found is not None else len(text)


_EXAMPLES_OF = re.compile(r"\b(?P<kind>[a-z]+s)\s+(?:like|such\s+as|including)\s+$")
_EXAMPLE_REACH = 40


def thing_named(text: str, name: str) -> bool:
    """Whether `name` stands in `text` as an example of things ("explained the significance
    of exercises like Key Resolve and ...": multi_news-val-4945, whose next "he said" is
    the subject's), not of people ("lawmakers like ...")."""
    if " like " not in text and " such as " not in text and " including " not in text:
        return False
    at = text.find(name)
    example = _EXAMPLES_OF.search(text, max(0, at - _EXAMPLE_REACH), at) if at > 0 else None
    return example is not None and not plural(example["kind"])


def past_apposition(text: str, at: int) -> int:
    """Where the sentence goes on after an apposition at `at`, if one stands there."""
    apposition = APPOSITION.match(text, at)
    return apposition.end() if apposition is not None else at


def kin_owner(text: str, speaker: str) -> str | None:
    """The person a sentence opens with, where its speaker is introduced after the words as
    that person's kin ("..., his wife Anette de la Renta told ..."); not a speaker who is
    the subject ("In a telephone interview ..., his father, Qin Qinguo, 76, said that ...":
    DUC d31050t, whose "he said" next is the father's)."""
    at = text.find(speaker, 1)
    if at < 0 or KIN_BEFORE.search(text, max(0, at - 30), at) is None:
        return None
    run = subject_run(text)
    return person_named(run[0]) if run else None


KIN_BEFORE = re.compile(rf",\s+(?:his|her)\s+(?:{by_first_letter(OWNED)}),?\s+$")


def after_capital(text: str, at: int) -> bool:
    """Whether the word before the one at `at` is capitalised: a first name or a title."""
    before = text.rfind(" ", 0, at - 1) + 1
    return text[before : before + 1].isupper()


def named_after(text: str, start: int, person: str | None) -> bool:
    """Whether a sentence names `person` after its pronoun subject, outside quotations:
    then the pronoun is someone else ("She is due to appear in federal court, while
    McCullum’s first appearance ...": multi_news-val-1703; not "She startles when she hears
    “Coming up, Meryl Streep!”", 4411)."""
    if person is None:
        return False
    surname = person.rsplit(" ", 1)[-1]
    at = text.find(surname, start)
    while at >= 0:
        if not inside_quotation(text, at):
            return True
        at = text.find(surname, at + 1)
    return False


def plural(noun: str) -> bool:
    return noun[-1:] == "s" and noun not in PERSON_NOUNS and noun[:-1] in PERSON_NOUNS


ACCORDING = "According to "
AFTER_QUOTATION = re.compile(
    r"[“\"][^”\"]{8,}[,.!?]?[”\"],?\s+(?:(?P<quoted>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*"
    r"\s+quoted\s+(?:an?|the)\s)|(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z]\.)*(?:\s+[A-Z][\w’'-]+)+))"
)
"""The words after a sentence's opening quotation: whom it quotes ("Yonhap quoted a ...")
or the name that stands there."""


_NAMED_SUBJECT = re.compile(
    rf"{LEAD}(?:[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){{0,3}}[a-z][\w’'-]*,\s+"
    rf"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{1,4}})(?:\s+[—–-]\s|,\s)"
)
_NAMED_DESCRIBED = re.compile(
    rf"{LEAD}[Aa]n?\s+(?:[\w’'-]+\s+){{1,4}}?named\s+"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s+[a-z]+(?:s|ed)\b"
)
"""A subject described, then named: "Next door to the Caphe Da Lat 244 one recent night, a
Vietnam veteran named Jim Reischl watches ..." (raw multi_news-val-2447: the "he" of the
story after it is his)."""


def described_then_named(text: str, names: list[str]) -> str | None:
    """The person a sentence's subject describes and then names, where it names no one
    else: "The summer’s Democratic hero, Texas State Sen. Wendy Davis — whose ... — is set to
    be featured in ... Vogue." (multi_news-val-4960: her "..., she told Vogue" follows)."""
    subject = _NAMED_SUBJECT.match(text)
    if subject is None or (person := person_named(bare_name(subject["name"]))) is None:
        return None
    last = person.rsplit(" ", 1)[-1]
    return person if all(n.rsplit(" ", 1)[-1] == last for n in names) else None


def named_in_description(text: str) -> str | None:
    """The person a sentence's subject describes, then names after "named" (`_NAMED_DESCRIBED`)."""
    subject = _NAMED_DESCRIBED.match(text)
    return None if subject is None else person_named(subject["name"])


_OBJECT_NAMED = re.compile(
    r"\bthe\s+[a-z]+,\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+),\s[^.;“”\"]*?\b(?P<pronoun>he|she)\s"
)


def object_named_then(text: str, names: list[str]) -> tuple[str, str] | None:
    """The one person a sentence names, in apposition after "the <noun>," and then calls
    "he" or "she" in the same clause, with that pronoun: "... some social media commenters
    gave the driver, Jed Huie, flack for holding his nose as he jumped into the water." ¶
    "“Safety first,” he replied." (raw multi_news-val-4506) is Huie's."""
    if len(names) != 1:
        return None
    found = _OBJECT_NAMED.search(text)
    if found is None or person_named(found["name"]) != names[0]:
        return None
    return names[0], found["pronoun"]
