"""Which words of a sentence are its article's own: the stems its article writes once, which
agreement.py reads as the word that carries a fact two articles share ("regretted" /
"regrets"), and which of those only name someone or somewhere.

Neither a function word ("over", "between", "added") nor a dateline ("BANGKOK, Thailand
(AP) _") is an own word, whatever the count: they tell how a sentence is built or where it
was filed, not what it reports. A section's heading inside an article ("Ads, Mobile & Tablet
Formats", raw 171) is not counted: it names what the sentences below it tell, and a word it
repeats is still written once by them.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import lru_cache
from itertools import compress, filterfalse

import numpy as np

from chorus.analyze.quote_statements import heading_line
from chorus.analyze.similarity import STEM_LENGTH, Similarity, stem_counts, stems
from chorus.language.datelines import ANY_DASH, PLACE_WORD, WIRE_TAG
from chorus.language.quotations import QUOTED_WITH_SINGLES
from chorus.language.speakers import OWNED, ROLE_NOUNS
from chorus.language.words import ascii_words
from chorus.model import Sentence

_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z0-9]*")
"""A capitalised word: the sign of a name the stems (lower-cased) no longer carry."""
_WORD = re.compile(r"[A-Za-z0-9]+")
"""A run of ASCII letters and digits, as `ascii_words` reads words."""
_NAME_OPENING = re.compile(r"[A-Z][a-z]+ [A-Z]")
"""A sentence that opens with two capitalised words ("Bill Cosby says ..."): its first
word is part of a name, not only capitalised because it comes first."""
FUNCTION_WORDS = (
    *("over", "do", "does", "did", "no", "via", "what", "whatever", "any", "can", "cannot"),
    *("each", "every", "other", "others", "very", "these", "those", "some", "such", "just"),
    *("only", "even", "still", "again", "against", "so", "if", "when", "where", "how", "why"),
    *("whether", "all", "both", "one", "up", "out", "down", "off", "then", "now", "may"),
    *("might", "must", "should", "being", "while", "during", "through", "because", "between"),
    *("without", "within", "around", "across", "per", "like", "until"),
    *("among", "though", "although", "added", "adding", "adds", "noted", "explained"),
    *("acknowledged", "according", "saying", "telling", "tells"),
    *("someone", "somebody", "anyone", "anybody"),
    *("ago", "before", "later", "since", "once", "never", "however", "regarding"),
    *("including", "many", "much", "seem", "seems", "seemed", "us"),
    # particles inside a name written in lower case ("Juan de Fuca", "bin Laden"): the name
    # is the words around them, which names_in_common sees as capitalised
    *("de", "del", "della", "da", "di", "du", "der", "von", "la", "le", "el", "bin", "ibn"),
)
"""Words that carry no fact of their own beyond the similarity's stop words: the links of
a clause ("over", "between", "what", "while") and the verbs that attribute one ("added",
"noted"). Written once by two articles, they are no sign of one fact: of the 31 pairs
main linked below OPEN_THRESHOLD by such words alone (the 250 raw validation, 30 DUC and
40 Multi-News+ clusters), 24 told two facts, 4 one, 3 were too close to call ("Islamic
Jihad ... receives money ... from bin Laden ..., the officials added" / "He added that his
government would be willing to try bin Laden in Islamic court"). Not "yet", "using",
"help" nor "asked": "has yet to appear in court" / "has not yet appeared in court".
Nor the links the ninth pass added ("ago", "before", "later", "since", "once", "never",
"however", "regarding", "including", "many", "much"): of the 555 pairs the raw validation
and DUC clusters showed before below OPEN_THRESHOLD with one own word that is no name, the
13 held by one of these read 9 two facts, 1 one, 3 unclear ("Bundy insisted ... regarding
slavery" / "Regarding the attention his initial comments have since received"). Tried and
left out: "here", "whose", "less", "most", "own", each all that linked a fact ("I'm the
... victim here", "with his own gun"). Nor a name's particle: "... the wedging of the Juan
de Fuca tectonic plate beneath ..." / "... Cascadia is a relatively warm arc due to the
young age of the subducting Juan de Fuca plate" (2723, 0.39) shared "de" beside the name
and nothing else of their own. Not "van" nor "den", English words ("drove a van into
pedestrians"), nor "al", whose "al-Qaeda" in lower case linked 167's one fact. Nor
"according", a credit's link (the twelfth pass): it alone linked raw 932's "$3 million in
sales ..., according to the Nevada Dispensary Association" and "... running out of pot
..., according to the state Department of Taxation", and DUC 26's government's account of
Microsoft's offer and Rosen's memo of its executives' words (0.40 each; two facts each,
the only pairs it held over the raw and DUC clusters). Nor "seem", a hedge (the
twenty-seventh pass): it alone linked raw 33's Tschopp "Many other sauropod dinosaurs seem
to have inhabited smaller areas ..." and Mannion's "The metatarsals do seem to be longer
...", the only shown pair it changed over the raw clusters; nor "us", the writer's and
reader's, not the story's (raw 57: "The McRibster reminds us of ..." / "... for the
novelty-seekers among us, ...", the only shown pair it changed: the second now supports
"The McRibster is part of an LTO menu in Austria ...", one fact). Nor "saying", "telling",
"tells", verbs that attribute as "said" and "told" (stop words) do (the thirty-second pass):
"saying" alone beside a name linked raw 58's two statements of Plaskett, the only shown
pair they changed over the raw clusters; over the first 1,000 Multi-News+ validation lines
it was the one own word of one right pair, which goes (line 592's Buhari "saying his wife
belonged in his kitchen", 0.40). Nor "someone", "somebody", "anyone", "anybody", who is not
said (the thirty-fourth pass): "someone" alone linked raw 171's Knowledge Graph showing a
searched person's Google+ profile and a publisher's fear of "someone at Wikipedia", the
only shown pair they changed over the raw, DUC and first 1,000 Multi-News+ clusters."""
FUNCTION_STEMS = frozenset(word[:STEM_LENGTH] for word in FUNCTION_WORDS)
DATELINE_REACH = 3
"""A dateline opens one of an article's first three sentences: over the sentences that
reach `agreed` in the raw validation, DUC and Multi-News+ clusters, 328 open with one at the
first, 12 at the second, 6 at the third (after a title or a byline), and the 41 further on
are a newsletter's section heads ("INDUSTRY REACTS - The remarks ...") or a station's name."""
_DATELINE = re.compile(
    rf"(?:{PLACE_WORD} )*{PLACE_WORD}(?:, [A-Z][\w.'’]*(?: [A-Z][\w.'’]*)*)?\s*"
    rf"(?:\([\w ]+\)\s*)?{ANY_DASH}\s*|{WIRE_TAG}\s*{ANY_DASH}?\s*"
)
"""A dateline or an agency's tag that opens a story ("BANGKOK, Thailand (AP) _", "DENVER
–", "(CNN)"): where the report was filed, not what it reports. Two leads from one place
share its words and nothing else: "BANGKOK, Thailand (AP) _ Star striker Chen Yang scored
a hat trick" / "BANGKOK, Thailand (AP) _ China's women divers expect to clinch ..."."""


def own_words(similarity: Similarity, rows: set[int]) -> dict[int, set[str]]:
    """For each of `rows`, its stems that its article writes once, but for function words
    and those of an opening dateline."""
    if not rows:
        return {}
    per_row = similarity.stems
    counts = stem_counts(per_row)
    once, ends = _written_once(similarity, counts), np.cumsum(counts).tolist()
    sentences = similarity.sentences
    own = {}
    for row in rows:
        written_once = compress(per_row[row], once[ends[row] - len(per_row[row]) : ends[row]])
        # filtered as read: `difference_update` would walk every function word for each row
        words = set(filterfalse(FUNCTION_STEMS.__contains__, written_once))
        # A dateline opens a story, after a title or a byline at most: reading every
        # sentence's text (sliced from its article) for one cost ~0.1 ms a cluster.
        if sentences[row].index < DATELINE_REACH:
            words.difference_update(_dateline_stems(sentences[row].text))
        own[row] = words
    return own


def _dateline_stems(text: str) -> list[str]:
    """The stems of the dateline a sentence opens with (`_DATELINE`), none without one."""
    dateline = _DATELINE.match(text)
    return stems(dateline.group()) if dateline else []


def only_who(text_a: str, text_b: str, stems_a: Iterable[str], stems_b: Iterable[str]) -> bool:
    """Whether every stem two sentences (their stems `stems_a`, `stems_b`) have in common is
    one both write capitalised outside quotation marks: names, which tell who, not what
    was done ("You know, when Trayvon Martin was first shot I said that this could have
    been my son." / a columnist's own "And I could have been Trayvon Martin.", raw 102).
    Written capitalised by one alone, a word is as often the fact ("Best Actress" / "best
    actress", raw 205), but not as the one word besides names both capitalise: with them it
    most often names one thing twice ("the Apple Support Forum" / "the Apple Support
    forums", raw 80; "King Kong" / "one king of Kong", raw 46; "First Presidency and Council
    of Twelve Apostles" / "the president", raw 106). A word one writes only in a title it quotes is
    the title's, not one the two share: "... poring over the Harry Ransom Center's Selznick
    archive ..." / "... an exhaustive exhibit at the Harry Ransom Center ... and several
    books including Life's "Gone With the Wind: The Great American Movie 75 Years Later.""
    (raw 39)."""
    common = set(stems_a).intersection(stems_b)
    # a substring test spares most pairs the titles' reading
    if '"' in text_a or "“" in text_a or '"' in text_b or "“" in text_b:
        common -= _only_in_titles(text_a) | _only_in_titles(text_b)
    if not common:
        return False
    # a set lookup spares most pairs the roles' reading
    if not _ROLE_STEMS.isdisjoint(common) and _named_with_role(text_a, text_b, common):
        return True
    # finds (~1 µs) before the names are read (~9 µs): most pairs share a word written in
    # lower case only, or two one writes in lower case
    lower_a = _never_capitalised(text_a, common)
    if len(lower_a) > 1:
        return False
    lower_b = _never_capitalised(text_b, common)
    if len(lower_a | lower_b) > 1 or lower_a & lower_b:
        return False
    (every_a, _), (every_b, _) = _capitalised(text_a), _capitalised(text_b)
    names = common & every_a & every_b
    rest = common - names
    return bool(names) and (not rest or (len(rest) == 1 and rest <= every_a | every_b))


def one_word_alone(stems_a: Iterable[str], stems_b: Iterable[str]) -> bool:
    """Whether two sentences have one stem in common, or none: linked by score alone, two
    short sentences tell two things ("It gets stranger still." / Terence McKenna's "Here is
    the realm of that which is stranger than we can suppose.", raw 212)."""
    return len(set(stems_a).intersection(stems_b)) < 2


_ROLE_NAMES = tuple(role for role in (*ROLE_NOUNS, *OWNED) if role not in ("actor", "actress"))
"""The roles someone is named by (speakers.py) but those an award names: "who had won Best
Actress" / "Emma Stone, who claimed best actress" (raw 205) tell the award, a fact."""
_ROLE_STEMS = frozenset(stem for role in _ROLE_NAMES for stem in stems(role))
_ROLE_FORMS = frozenset(form for role in _ROLE_NAMES for form in (role.lower(), f"{role.lower()}s"))
"""Each role as written, singular or plural: "ambassador", "diplomats"."""
_TEXT_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _named_with_role(text_a: str, text_b: str, common: set[str]) -> bool:
    """Whether the stems two sentences have in common (`common`) are names both capitalise
    (in a quotation or not: "Libyan") and the words of a role both give, each role with the
    word right before it ("Deputy Ambassador", "the Libyan deputy ambassador"), capitalised
    or not: who someone is, said twice, beside two things they did ("Deputy Ambassador
    Ibrahim Dabbashi said Monday that if Gadhafi does not relinquish power, "the Libyan
    people will get rid of him."" / "... the meeting ... had been requested by Ibrahim
    Dabbashi, the Libyan deputy ambassador, ...", raw 176)."""
    names = common & _capitalised_anywhere(text_a) & _capitalised_anywhere(text_b)
    rest = common - names
    return bool(names and rest) and rest <= _role_stems(text_a) & _role_stems(text_b)


@lru_cache(maxsize=1024)
def _capitalised_anywhere(text: str) -> frozenset[str]:
    """The stems of a text's capitalised words, in quotation marks or not."""
    return frozenset(
        word[:STEM_LENGTH] for word in ascii_words(" ".join(_CAPITALISED.findall(text)))
    )


@lru_cache(maxsize=1024)
def _role_stems(text: str) -> frozenset[str]:
    """The stems of the roles a text gives someone (`_ROLE_FORMS`) and of the word right
    before each."""
    words = _TEXT_WORD.findall(text)
    return frozenset(
        stem
        for at, word in enumerate(words)
        if word.lower() in _ROLE_FORMS
        for stem in stems(" ".join(words[max(at - 1, 0) : at + 1]))
    )


_TITLE_WORD = re.compile(r"[A-Z][\w'’]*|[a-z]{1,3}|\d+")
"""A word of a title: capitalised, a short link ("the", "of", "with") or a figure."""


@lru_cache(maxsize=1024)
def _only_in_titles(text: str) -> frozenset[str]:
    """The stems a text writes only inside quotation marks holding a title: two words or
    more, each capitalised but for short links ("Gone With the Wind: The Great American
    Movie 75 Years Later")."""
    titles = [
        words
        for quoted in QUOTED_WITH_SINGLES.findall(text)
        if len(words := _WORD.findall(quoted)) > 1 and all(map(_TITLE_WORD.fullmatch, words))
    ]
    if not titles:
        return frozenset()
    outside = set(stems(QUOTED_WITH_SINGLES.sub(" ", text)))
    return frozenset(
        stem for words in titles for stem in stems(" ".join(words)) if stem not in outside
    )


def _never_capitalised(text: str, wanted: Collection[str]) -> set[str]:
    """The stems of `wanted` nowhere written in `text` after a capital A-Z, as each stem
    `_capitalised` reads is, up to two (`only_who` reads no more); none for a text whose
    lower case changes its length."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return set()
    never = set()
    for stem in wanted:
        at = lowered.find(stem)
        while at >= 0 and not "A" <= text[at] <= "Z":
            at = lowered.find(stem, at + 1)
        if at < 0:
            never.add(stem)
            if len(never) > 1:
                break
    return never


def _written_once(similarity: Similarity, counts: np.ndarray) -> bytes:
    """For each stem of each sentence (one sentence after another, as `stem_columns`; each
    sentence's `counts` of them), whether its article writes it once, a byte each (its
    bytes sliced per row cost less than a list of every stem's): counted by numpy over
    (article, column) keys (a `Counter` of each article's stems made `own_words` cost ~0.2
    ms a cluster, this ~0.05). Articles are numbered 0, 1, ... first, where a row's article
    is not the row before's (their rows are one run each, article by article): `article_of`
    names each by its first sentence's row, and keys over rows × columns made the count
    53 MB for the 10 longest raw articles (`bench/brief_memory.py`'s peak +16 MiB); over
    articles × columns it is 0.3 MB there."""
    columns, article_of = similarity.stem_columns, similarity.article_of
    if not len(columns):
        return b""
    article_number = np.zeros(len(article_of), dtype=np.int64)
    np.cumsum(article_of[1:] != article_of[:-1], out=article_number[1:])
    keys = np.repeat(article_number, counts) * (int(columns.max()) + 1) + columns
    once = np.bincount(keys)[keys] == 1
    # a word its article writes again only in a section's heading ("Ads, Mobile & Tablet
    # Formats", raw 171) is still written once by its story's sentences: the heading names
    # what the paragraphs below it tell
    lines = np.fromiter(map(section_heading, similarity.sentences), bool, len(counts))
    if lines.any():
        told = np.repeat(~lines, counts)
        once |= told & (np.bincount(keys, weights=told)[keys] == 1)
    return once.tobytes()


_STOPS = frozenset(".!?:;\"”’')")
"""A sentence's or a quotation's last character: no heading closes on one."""
_HEADING_WORDS = 6
"""Words of a section's heading at most: "Notable Regional Differences" (raw 18)."""
_HEADING_WORD = re.compile(r"[A-Z&][\w'’-]*|[a-z]{1,3}")
"""A word of a heading in title case: capitalised, an ampersand, or a short link word
("of", "and", "the")."""


def section_heading(sentence: Sentence) -> bool:
    """Whether a sentence is a heading inside its article: a line of its own closing on no
    stop (quote_statements.heading_line), past the article's first lines (a page's title,
    which a story's lead retells, is no section's), of at most _HEADING_WORDS words in title
    case (its first word capitalised: a wire's "nn" closes DUC stories), with no figure nor
    quotation mark (a list's entries, "Average Number of Guests: 136", raw 18; a song's
    title)."""
    text = sentence.text
    if sentence.index < DATELINE_REACH or not text[:1].isupper() or text[-1:] in _STOPS:
        return False
    words = text.replace(",", " ").split()
    return (
        len(words) <= _HEADING_WORDS
        and all(map(_HEADING_WORD.fullmatch, words))
        and heading_line(sentence)
    )


def names_in_common(text_a: str, text_b: str) -> frozenset[str]:
    """Stems both sentences write capitalised outside quotation marks, one of them past
    its first word: a name ("Barbara Morgan, an officer ..." and "said Humane Officer
    Barbara Morgan"). A title in quotation marks ("White Rabbit") is what a sentence
    reports, not whom it names."""
    (all_a, inner_a), (all_b, inner_b) = _capitalised(text_a), _capitalised(text_b)
    return all_a & all_b & (inner_a | inner_b)


@lru_cache(maxsize=4096)
def _capitalised(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of a text's capitalised words outside quotation marks: all of them, and
    those past its first word (which any sentence capitalises) unless the second is
    capitalised too: "Bill Cosby is responding ..." opens with a name. Read once a text:
    one sentence in five read is read again, for another pair or by quoted_remarks.py or
    agreement_actors.py."""
    # One `ascii_words` over the capitalised words joined, not one a word: this runs for
    # every linked pair below OPEN_THRESHOLD that shares an own word (~4 a cluster).
    words = ascii_words(" ".join(_CAPITALISED.findall(QUOTED_WITH_SINGLES.sub(" ", text))))
    every = frozenset(w[:STEM_LENGTH] for w in words)
    first = None if _NAME_OPENING.match(text) else _WORD.search(text)
    return every, every - {first[0].lower()[:STEM_LENGTH]} if first else every


_AS_WELL_AS = re.compile(r"\bas well as\b", re.IGNORECASE)
_WELL_WORD = re.compile(r"\bwell\b", re.IGNORECASE)
_WELL = frozenset(("well",))


def joined_as_well(a: str, b: str, shared: set[str]) -> frozenset[str]:
    """ "well" when it is among `shared` (own words two sentences have in common) and each of
    the two writes it only in "as well as", a conjunction joining two things of its own: "...
    more weapons were found as well as evidence of ties to Islamic extremism" / "Police found
    weapons and bullet-proof vests ..., as well as printed material on Al-Qaeda ..." (raw 110,
    0.341, linked by it alone). Written on its own ("Well, you are a hypocrite.", raw 172) it
    is kept."""
    # most pairs share no "well": nothing is read
    if "well" not in shared:
        return frozenset()
    for text in (a, b):
        if len(_WELL_WORD.findall(text)) != len(_AS_WELL_AS.findall(text)):
            return frozenset()
    return _WELL
