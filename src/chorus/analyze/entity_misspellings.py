"""People listed twice under two spellings of one name, one slip apart ("Jonathon Magwood"
beside "Jonathan Magwood", "Kira Grunberg" beside "Kira Grünberg"): each mapped to the
spelling the text writes more often; a run no window read that writes a read person's name
with a slip ("Rhonda Roue" beside Rhonda Rouer), mapped to the read name; a run that writes
a read person's name with two letters swapped ("Tolkien" beside "Tolkein"), one spelling
mapped to the other; and a name the text corrects ("Jack Magee, not McGee"), mapped to the
person."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence

from chorus.analyze.model import EntityLabel
from chorus.model import Sentence


def names_misspelled(
    labels: Mapping[str, EntityLabel], sentences: Sequence[Sentence]
) -> dict[str, str]:
    """People whose full names differ by one slip in one word (`_one_slip`), each mapped to
    the spelling more articles write (then the accented, then the first article's, then the
    more often written, then the longer): "Carl Conyer's mother" beside Carl Conyers,
    "Jonathon Magwood" (one article, twice) beside Jonathan (the first article, once), "Kira
    Grunberg" and "Mark O’Mara" beside their other spellings (on the 280 raw and DUC
    clusters, five pairs, each one person listed twice). A surname so slipped, written
    alone, goes too ("Belanger"). A given name spelled with an "h" or a doubled letter more
    or less, and one slip besides, is one too where no article writes both
    (`_given_names_alike`: "Johnathon Stoffel" beside Jonathan, raw 156)."""
    # a slip is in one word, so its two spellings share their first word or their last:
    # names are set only against those sharing one (most clusters have none)
    sharing: dict[str, list[str]] = defaultdict(list)
    for name, label in labels.items():
        if label == "person" and " " in name:
            sharing[name.partition(" ")[0]].append(name)
            sharing[" " + name.rpartition(" ")[2]].append(name)
    pairs, given = [], []
    for names in sharing.values():
        for at, one in enumerate(names):
            for other in names[at + 1 :]:
                words, others = one.split(" "), other.split(" ")
                slips = [i for i, (a, b) in enumerate(zip(words, others, strict=False)) if a != b]
                if len(others) != len(words) or len(slips) != 1:
                    continue
                slip = slips[0]
                if _one_slip(words[slip], others[slip], slip == len(words) - 1):
                    pairs.append((one, other))
                elif slip == 0 and _given_names_alike(words[0], others[0]):
                    given.append((one, other))
    if not pairs and not given:
        return {}  # nearly every cluster: the text is joined only for a slip
    texts: dict[str, list[str]] = defaultdict(list)
    for sentence in sentences:
        texts[sentence.article.id].append(sentence.text)
    articles = ["\n".join(lines) for lines in texts.values()]
    # a given name spelled two looser ways is one person's only if no article writes both:
    # one that does may name two ("Jon and John Smith")
    pairs += [
        pair
        for pair in given
        if not any(_written(pair[0], text) and _written(pair[1], text) for text in articles)
    ]
    found = {}
    for pair in pairs:
        # the outlets that write a spelling outweigh one outlet writing it twice; a tie goes
        # to the first outlet's spelling (one unwritten, as the text cuts it, loses)
        less, more = sorted(pair, key=lambda n: _weight(n, articles))
        found[less] = more
        if (last := less.rpartition(" ")[2]) != more.rpartition(" ")[2]:
            found[last] = more
    return found


def _weight(name: str, articles: Sequence[str]) -> tuple[int, int, int, int, int]:
    """A spelling's weight: the articles writing it, its accented letters (an outlet writing
    "Grunberg" folds "Grünberg"'s, none adds one), how early an article writes it (articles
    in order), how often they do, and its length."""
    counts = [_written(name, text) for text in articles]
    first = next((at for at, count in enumerate(counts) if count), len(counts))
    accents = sum(not c.isascii() and c.isalpha() for c in name)
    return sum(map(bool, counts)), accents, -first, sum(counts), len(name)


def _written(name: str, text: str) -> int:
    """How often `name` stands alone in `text`, as `(?<![\\w'’])name(?![\\w’])` would
    count: no pattern compiled for each name (~100 µs each, the names new each cluster)."""
    count, at = 0, text.find(name)
    while at >= 0:
        end = at + len(name)
        alone = not (at and _joins(text[at - 1], "'’")) and not (
            end < len(text) and _joins(text[end], "’")
        )
        count += alone
        at = text.find(name, end if alone else at + 1)
    return count


def _joins(character: str, marks: str) -> bool:
    """Whether a character runs on into a name: a word character as `\\w` has it, or a mark."""
    return character.isalnum() or character == "_" or character in marks


def _one_slip(word: str, other: str, last: bool) -> bool:
    """Whether two spellings of a word differ by one letter inside it, not its first or last
    (an accent, a curly apostrophe, "Peder"/"Peter"; "Mark"/"Mary" are two names), or, for
    a surname, by a closing "s"."""
    if len(word) == len(other) >= 4:
        inside = [at for at, (a, b) in enumerate(zip(word, other, strict=True)) if a != b]
        return len(inside) == 1 and 0 < inside[0] < len(word) - 1
    return last and len(word) >= 4 and (other == f"{word}s" or word == f"{other}s")


def _given_names_alike(word: str, other: str) -> bool:
    """Whether two spellings of a given name are one name but for a silent "h" or a doubled
    letter, and at most one slip besides (`_one_slip`): "Jonathan" and "Johnathon" (raw
    156, two outlets' spellings of one victim), "Siavaash" and "Siavash" (DUC 23)."""
    plain, other_plain = _without_h_or_doubles(word), _without_h_or_doubles(other)
    return len(plain) >= 4 and (plain == other_plain or _one_slip(plain, other_plain, False))


def _without_h_or_doubles(word: str) -> str:
    """A given name without the "h"s after its first letter and with each doubled letter
    written once: "Johnathon" → "Jonaton", "Siavaash" → "Siavas"."""
    plain = word[:1] + word[1:].replace("h", "")
    return "".join(c for at, c in enumerate(plain) if not at or c != plain[at - 1])


def runs_misspelled(labels: Mapping[str, EntityLabel], runs: Collection[str]) -> dict[str, str]:
    """Capitalised runs no window read (`Reading.names`) that write a read person's full
    name with one slip in the surname, mapped to it: one letter inside it ("Rachid Radouane"
    beside Rachid Redouane, raw 27) or its last left out ("Rhonda Roue" beside Rhonda Rouer,
    raw 121; "Valerie Jarret", raw 165). Not one more closing it: "thousands of Haroun
    Fazils" (DUC d31038t) are no one. The read name is kept, however few write it."""
    people = {
        name.rpartition(" ")[0]: name
        for name, label in labels.items()
        if label == "person" and " " in name
    }
    found = {}
    for run in runs:
        head, _, last = run.rpartition(" ")
        if head in people and run not in labels:
            surname = people[head].rpartition(" ")[2]
            if _one_slip(last, surname, False) or (len(last) >= 4 and surname[:-1] == last):
                found[run] = people[head]
    return found


def runs_transposed(
    labels: Mapping[str, EntityLabel], runs: Collection[str], text: str
) -> dict[str, str]:
    """Read people and the candidate runs (`Reading.names`) no window read that write their
    name with two letters inside a word swapped, the spelling `text` (the sentences
    joined) writes less often, a possessive's too, mapped to the other, the read one on a
    tie: raw 40's writer
    spells "Tolkein" three times, the lawyer he quotes "Tolkien" four (never read), one
    man. Each run's other spellings are looked up in `runs`, no text searched for them."""
    found = {}
    for name, label in labels.items():
        if label != "person":
            continue
        words = name.split(" ")
        for at, word in enumerate(words):
            for swapped in _swaps(word):
                run = " ".join((*words[:at], swapped, *words[at + 1 :]))
                if run in runs and run not in labels:
                    pair = sorted((run, name), key=lambda n: (text.count(n), n == name))
                    found[pair[0]] = pair[1]
    return found


def _swaps(word: str) -> list[str]:
    """`word` with two letters beside each other swapped, neither its first nor its last:
    "Tolkien" of "Tolkein". A word of five letters or more: "Bain" and "Bian" are two."""
    if len(word) < 5:
        return []
    return [
        f"{word[:at]}{word[at + 1]}{word[at]}{word[at + 2 :]}"
        for at in range(1, len(word) - 2)
        if word[at] != word[at + 1]
    ]


def spellings_corrected(labels: Mapping[str, EntityLabel], text: str) -> dict[str, str]:
    """A one-word name the text writes only as a correction of a read person's name, one
    slip from its surname but for its capitals ("it was Jack Magee, not McGee", raw 155: the
    name the son had searched, an organisation by the recognizer), mapped to that person.
    Without the correction a slip is no cue: "Paris" is one letter from Bernard Parks."""
    surnames = {
        name.rpartition(" ")[2].lower(): name
        for name, label in labels.items()
        if label == "person" and " " in name
    }
    pairs = [
        (word, surnames[surname])
        for word, label in labels.items()
        if label != "person" and " " not in word
        for surname in surnames
        if word[0] == surname[0].upper() and _one_slip(word.lower(), surname, False)
    ]
    if not pairs:
        return {}  # nearly every cluster: no slip
    return {
        word: person
        for word, person in pairs
        if f"{person}, not {word}" in text and text.count(word) == text.count(f", not {word}")
    }
