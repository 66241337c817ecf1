"""Other spellings of a read name that the text's capitalised runs write: with or without
accents ("Pathé", "Pathe"), with other capitals ("MedStar", "Medstar"), and an
organisation's name without the words that open it ("Haas School of Business" of "UC
Berkeley Haas School of Business"), a person's name with middle names ("Khuram Shazad
Butt" of Khuram Butt), a company's without its trade word ("Etihad" of "Etihad Airways")
a first name of two words ("Mona Lisa" of "Mona Lisa Harding"), a person's initials ("JFK"
of "John F. Kennedy") and a firm of partners read without its first ("Pomerantz" of
"Pomerantz Grossman Hufford Dahlstrom & Gross"). Split from
entity_recognize.py, which maps them to the name (`Recognized.spellings`)."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence

from chorus.analyze.entity_lists import KNOWN, PEOPLES
from chorus.analyze.entity_shapes import INVERTED
from chorus.analyze.model import EntityLabel
from chorus.model import Sentence

_ACCENTED = re.compile(r"[À-ÖØ-öø-ɏ]")
"""A Latin letter with an accent (curly quotes and dashes, also not ASCII, are left out)."""
_MARKS = ".,;:!?'’\"“”()[]"


def accented_spellings(labels: Mapping[str, EntityLabel], runs: Collection[str]) -> dict[str, str]:
    """A name the candidate runs (`Reading.names`, every capitalised run of the text) also
    write with accents, or without them, mapped from that other spelling: one outlet's
    "Pathé" is another's "Pathe" (one name, listed twice or not found where the recognizer
    read the other). The runs, not the text: a scan of every sentence for accented letters
    cost ~35 µs a cluster."""
    accented = {
        _plain(word): word
        for run in runs
        if not run.isascii()
        for word in map(_unmarked, run.split())
        if _ACCENTED.search(word)
    }
    found = {}
    for name in labels:
        if not name.isascii():
            if _ACCENTED.search(name) and (plain := _plain(name)) in runs:
                found[plain] = name
        elif accented:
            spelled = " ".join(accented.get(word, word) for word in name.split())
            if spelled != name:
                found[spelled] = name
    return found


def _unmarked(word: str) -> str:
    return word.strip(_MARKS)


def _plain(word: str) -> str:
    """`word` without its accents ("Pathé" → "Pathe")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def other_capitals(labels: Mapping[str, EntityLabel], runs: Collection[str]) -> dict[str, str]:
    """A read name of several words the candidate runs (`Reading.names`) also write with
    other capitals, mapped from that spelling: one outlet's "MedStar Washington Hospital
    Center" is another's "Medstar ..." (raw 64, one name listed in one outlet). Not a run
    in capitals throughout, a headline's or a dateline's."""
    folded = {run.casefold(): run for run in runs if " " in run and not run.isupper()}
    return {
        other: name
        for name in labels
        if " " in name and (other := folded.get(name.casefold(), name)) != name
    }


def bodies_without_their_openers(
    labels: Mapping[str, EntityLabel], runs: Collection[str], text: str
) -> dict[str, str]:
    """The last three words or more of one read organisation's name, opening with a capital
    and written alone (not after the words they follow in the name), mapped to the
    organisation: "the Haas School of Business" of "UC Berkeley Haas School of Business"
    (raw 189: one outlet writes the campus, the other not), and a city's body after the
    read place opening it ("the City Council" of the "Los Angeles City Council"). A tail two
    organisations end with is neither's. Its capitalised words up to the first in lower case
    must be a candidate run (`runs`) before `text`, the sentences joined by newlines, is
    searched."""
    tails: dict[str, set[str]] = defaultdict(set)
    for name, label in labels.items():
        words = name.split(" ")
        if label != "organisation" or len(words) < 3:
            continue
        for cut in range(1, len(words) - 1):
            # a tail of two words only as a city's body after its read place: "the City
            # Council" of the "Los Angeles City Council" (raw 161, three outlets to its one);
            # not a state's ("State Patrol" of "Iowa State Patrol" was Wisconsin's, raw 234)
            if cut == len(words) - 2 and (
                words[cut] != "City" or labels.get(" ".join(words[:cut])) != "place"
            ):
                continue
            lead = next((at for at in range(cut, len(words)) if not words[at][:1].isupper()), None)
            tail = " ".join(words[cut:])
            if (
                words[cut][:1].isupper()
                and " ".join(words[cut:lead]) in runs
                and tail not in labels
            ):
                tails[tail].add(name)
    if not tails:
        return {}
    return {
        tail: names.pop() for tail, names in tails.items() if len(names) == 1 and _alone(text, tail)
    }


_SAINTS = {"Saint": "St.", "St.": "Saint"}


def saints_written_short(
    labels: Mapping[str, EntityLabel], runs: Collection[str]
) -> dict[str, str]:
    """A read name opening on "Saint" that the candidate runs (`Reading.names`) also write
    with "St.", or the other way round, mapped from that spelling: [1]'s "Saint Petersburg"
    is [2]'s "St. Petersburg" (raw 137, its place counted in one outlet of two)."""
    found = {}
    for name in labels:
        first, space, rest = name.partition(" ")
        if space and (other := _SAINTS.get(first)) and (spelled := f"{other} {rest}") in runs:
            found[spelled] = name
    return found


_COUNTRY_INITIALS = frozenset(("U.S.", "US", "UK", "U.K."))


def bodies_written_with_of(labels: Mapping[str, EntityLabel], text: str) -> dict[str, str]:
    """A read organisation of a field and a head word ("State Department") that `text`, the
    sentences joined, also writes head first with "of" ("Department of State", raw 128: its
    [1] counted apart), mapped from that spelling. Only where every time it is written no
    capitalised word follows it ("Department of State Health Services", another body), nor
    one but a country's initials opens it ("Florida Department of State", a state's)."""
    found = {}
    for name, label in labels.items():
        field, _, head = name.partition(" ")
        if label == "organisation" and head in INVERTED and field.isalpha():
            spelled = f"{head} of {field}"
            if spelled not in labels and _written_alone(text, spelled):
                found[spelled] = name
    return found


def _written_alone(text: str, name: str) -> bool:
    at = text.find(name)
    if at < 0:
        return False
    while at >= 0:
        end = at + len(name)
        after = text[end : end + 2]
        before = text[max(0, at - 12) : at].split()
        if after[:1].isalnum() or (after[:1] == " " and after[1:].isupper()):
            return False
        if before and before[-1][:1].isupper() and before[-1] not in _COUNTRY_INITIALS:
            return False
        at = text.find(name, end)
    return True


def _alone(text: str, tail: str) -> bool:
    """Whether `text` writes `tail`, the end of a name, as whole words after no capitalised
    word, minor words passed: not in the name, nor in another name ("Custer County
    Sheriff's Office" is not the Lemhi County one's, "the Convention on the Prohibition of
    Chemical Weapons" not the Organisation's, seeds)."""
    at = text.find(tail)
    while at >= 0:
        end = at + len(tail)
        before = text[max(0, at - 30) : at]
        if (
            (not before or before[-1] == " ")
            and not text[end : end + 1].isalnum()
            and not _word_before(before)[:1].isupper()
        ):
            return True
        at = text.find(tail, end)
    return False


_PASSED = frozenset(("the", "of", "on", "for"))


def _word_before(before: str) -> str:
    """The last word of `before` (text closing on a space) that is no minor word
    (`_PASSED`): "Convention" of "the Convention on the "."""
    words = before.split(" ")[:-1]
    while words and words[-1] in _PASSED:
        words.pop()
    return words[-1] if words else ""


def middle_names_written(labels: Mapping[str, EntityLabel]) -> dict[str, str]:
    """A read person's full name with middle names or a nickname, mapped to the one read
    person of its first and last words: "Khuram Shazad Butt" (one outlet) is the "Khuram
    Butt" of the other (raw 27), "Richard B. Spencer" Richard Spencer. Listed apart, the
    two also made "Butt" a shared surname, so neither took its mentions alone. The shorter
    name is shown: on the 280 raw and DUC clusters the five pairs of listed people so
    written are each one person, the longer name each time written by one outlet."""
    people = [name for name, label in labels.items() if label == "person" and " " in name]
    short: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name in people:
        first, *middle, last = name.split(" ")
        if not middle:
            short[first, last].append(name)
    if not short:
        return {}
    found = {}
    for name in people:
        first, *middle, last = name.split(" ")
        if middle and len(shorter := short.get((first, last), ())) == 1:
            found[name] = shorter[0]
    return found


_TRADE_WORDS = frozenset(
    (
        *("Airways", "Airlines", "Airline", "Systems", "Inc", "Inc.", "Corp", "Corp."),
        *("Corporation", "Ltd", "Ltd.", "LLC", "Holdings", "Technologies", "Industries"),
        *("Pharmaceuticals", "Motors"),
    )
)
"""A company's last word, which the text drops once it has named it: "SynCardia" of
"SynCardia Systems", "Etihad" of "Etihad Airways"."""


def companies_written_short(
    labels: Mapping[str, EntityLabel], runs: Collection[str]
) -> dict[str, str]:
    """A read company's name of two words, the second its trade word (_TRADE_WORDS), and
    its first word alone as one name: raw 179's "SynCardia" (listed apart from "SynCardia
    Systems"), raw 217's "Etihad" (in all three outlets, "Etihad Airways" in one). The
    first word read as an organisation is the name shown, the full name mapped to it; not
    read but written as a run of its own (`runs`), it is mapped to the full name. Not a
    word read as a place or a person ("Qatar" of "Qatar Airways" is the country too), nor
    a people's adjective ("American" of "American Airlines"), nor one two companies open.
    A longer name's words are left: "Netscape Communications" of "Netscape
    Communications Corp." is counted as Netscape's (duc 26)."""
    heads: dict[str, list[str]] = defaultdict(list)
    for name, label in labels.items():
        head, space, last = name.partition(" ")
        if space and last in _TRADE_WORDS and label == "organisation":
            heads[head.rstrip(",")].append(name)
    found = {}
    for head, names in heads.items():
        if len(names) > 1 or head in PEOPLES or head in KNOWN:
            continue
        if labels.get(head) == "organisation":
            found[names[0]] = head
        elif head not in labels and head in runs:
            found[head] = names[0]
    return found


def first_names_of_one_person(labels: Mapping[str, EntityLabel], text: str) -> dict[str, str]:
    """A read person's name of two words that opens one other read person's name of three,
    mapped to it, where the text writes its second word only after its first (no surname
    of its own): raw 3's "Mona Lisa" (a first name of two words, 9 mentions) is "Mona Lisa
    Harding" (listed apart, 4). Not "Stephen Colbert" of a headline's "Stephen Colbert
    Kicks" ("Colbert" written alone), nor a name before a number ("Led Zeppelin III", an
    album), nor one opening two names ("Kim Jong" of "Kim Jong Un" and "Kim Jong Il")."""
    people = [name for name, label in labels.items() if label == "person" and " " in name]
    longer: dict[str, list[str]] = defaultdict(list)
    for name in people:
        first, second, *rest = name.split(" ")
        if len(rest) == 1 and rest[0][1:].islower():
            longer[f"{first} {second}"].append(name)
    found = {}
    for name in people:
        if len(names := longer.get(name, ())) == 1:
            second = name.partition(" ")[2]
            if text.count(second) == text.count(name):
                found[name] = names[0]
    return found


_GENERATIONS = frozenset(("Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"))


def initials_of_people(labels: Mapping[str, EntityLabel]) -> dict[str, str]:
    """A person read in capitals (two to four letters) that spells out the initials of one
    read person's full name, mapped to it: raw 96's "JFK" of John F. Kennedy, listed apart
    (a generation's "Jr." spells none: "MLK" of Martin Luther King Jr.)."""
    people = [name for name, label in labels.items() if label == "person"]
    initials = {n for n in people if 1 < len(n) < 5 and n.isalpha() and n.isupper()}
    if not initials:
        return {}  # most clusters
    spelled: dict[str, list[str]] = defaultdict(list)
    for name in people:
        words = [w for w in name.split() if w not in _GENERATIONS]
        if len(words) > 1 and (short := "".join(w[0] for w in words)) in initials:
            spelled[short].append(name)
    return {short: names[0] for short, names in spelled.items() if len(names) == 1}


_PARTNERS_BEFORE = re.compile(r"((?:[A-Z][a-z][\w'’-]* )+)$")
"""Capitalised words right before a firm's read name: its partners the window cut off."""


def firms_cut_at_their_head(
    labels: Mapping[str, EntityLabel], sentences: Sequence[Sentence]
) -> dict[str, str]:
    """A read organisation of partners' names ("&" before the last) that the text writes
    after more capitalised words, always the same, mapped to the whole name, and its first
    word (the first partner's, written alone) too: raw 143's "Pomerantz Grossman Hufford
    Dahlstrom & Gross" (its window opened on "Pomerantz", which the recognizer left out)
    and "Pomerantz seeks to represent shareholders". Not from a sentence's first word ("From
    Asia & Japan Watch": raw 245's heading)."""
    firms = [n for n, label in labels.items() if label == "organisation" and " & " in n]
    found: dict[str, str] = {}
    for firm in firms:
        heads = set()
        for sentence in sentences:
            at = sentence.text.find(firm)
            if at > 0 and (head := _PARTNERS_BEFORE.search(sentence.text, 0, at)):
                # words opening the sentence may be no name ("From Asia & Japan Watch")
                heads.add(head[1] if head.start() > 0 else "")
        if len(heads) == 1 and (head := heads.pop()):
            whole = f"{head}{firm}"
            found[firm] = whole
            if (first := head.partition(" ")[0]) not in labels:
                found[first] = whole
    return found


_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLED = re.compile(r"(.)\1+")


def sounded(word: str) -> str:
    """`word` as a transliteration may spell it: without accents, an "h" after a letter, a
    doubled letter or the choice of vowels ("Gadhafi", "Gaddafi" → "gVdVfV"; "Moammar",
    "Muammar" → "mVmVr")."""
    plain = _folded(word)
    return _VOWELS.sub("V", _DOUBLED.sub(r"\1", plain[:1] + plain[1:].replace("h", "")))


def _folded(word: str) -> str:
    """`word` in lower case without its accents."""
    return (word if word.isascii() else _plain(word)).lower()


def transliterated_people(labels: Mapping[str, EntityLabel]) -> dict[str, str]:
    """A read person's name of several words that another read person's name writes with
    other letters for the same sounds, word for word, its surname spelt otherwise, mapped to
    that name: raw 176's "Muammar Gaddafi" (Al Jazeera) is "Moammar Gadhafi" (msnbc.com),
    one man whose name each outlet spells its own way, so each was listed in one outlet and
    below Malta. Two people of one surname stay two ("Dan Smith", "Don Smith"): only
    surnames spelt otherwise are joined. The name sorting first is kept, one for all."""
    people = sorted(n for n, label in labels.items() if label == "person" and " " in n)
    # surnames first: most clusters have no two spelt alike, and no name is sounded out
    surnames: dict[str, set[str]] = defaultdict(set)
    for name in people:
        last = name.rpartition(" ")[2]
        surnames[sounded(last)].add(_folded(last))
    alike = {key for key, spelt in surnames.items() if len(spelt) > 1}
    if not alike:
        return {}
    by_sound: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name in people:
        if sounded(name.rpartition(" ")[2]) in alike:
            by_sound[tuple(map(sounded, name.split(" ")))].append(name)
    found = {}
    for names in by_sound.values():
        kept = names[0]
        for name in names[1:]:
            surname = name.rpartition(" ")[2]
            # accents and capitals are other rules' ("Grünberg", "Jong-Un")
            if _folded(surname) != _folded(kept.rpartition(" ")[2]):
                found[name] = kept
                # "Gaddafi" alone too, the surname of no name now; read as a person of its
                # own once cleaning took the caption its first mention stood in (raw 176)
                if surname not in labels or (
                    labels[surname] == "person" and _surname_of_one(people, surname)
                ):
                    found[surname] = kept
    return found


def _surname_of_one(people: list[str], surname: str) -> bool:
    return sum(name.rpartition(" ")[2] == surname for name in people) == 1
