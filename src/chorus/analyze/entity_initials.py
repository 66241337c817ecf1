"""Names written short and the names they stand for, found on the recognizer's labels: a
country's initials with full stops or none ("U.S. Navy", "US Navy"), an organisation's or an
airport's initials ("KCC", "JFK"; "LAPD" read as no name), a mountain without its "Mount", a
run no window read spelling out read initials ("Korean Central News Agency" of "KCNA"), and
a body read with and without its country's or owner's initials, and a company's stock
symbol."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping

from chorus.analyze.entity_lists import DOTTED_SPELLINGS
from chorus.analyze.entity_mention_windows import next_mention
from chorus.analyze.model import EntityLabel

_OTHER_INITIALS = {
    **{dotted: dotted.replace(".", "") for dotted in DOTTED_SPELLINGS},
    **{dotted.replace(".", ""): dotted for dotted in DOTTED_SPELLINGS},
}
"""A country's or body's initials with their full stops and without them, either way:
"U.S." and "US"."""


def dotted_spellings(labels: Mapping[str, EntityLabel], text: str) -> dict[str, str]:
    """A name opening on a country's or body's initials (`SPELLINGS`) the cluster also
    writes with their other spelling, full stops or none, mapped from that spelling: one
    outlet's "U.S. 7th Fleet" is another's "US 7th Fleet", "US Navy" another's "U.S. Navy"
    (each listed in one outlet). A candidate run may stop short of it ("U.S. Navy
    personnel"): `text`, the sentences joined by newlines, is asked for it."""
    found = {}
    for name in labels:
        first, space, rest = name.partition(" ")
        if space and first in _OTHER_INITIALS:
            # a body of two words or more is also written without its country: "the Fish
            # and Wildlife Service" of "The U.S. Fish and Wildlife Service"
            alone = (rest,) if " " in rest and labels[name] == "organisation" else ()
            for spelled in (f"{_OTHER_INITIALS[first]} {rest}", *alone):
                if (
                    spelled not in labels
                    and spelled in text
                    and next_mention(text, spelled, 0) >= 0
                ):
                    found[spelled] = name
    return found


_MINOR_WORDS = frozenset(("of", "the", "and", "for", "&"))
_AIRPORT = " Airport"
"""An airport's initials are its namesake's: "JFK" of "John F. Kennedy Airport"."""
_PEAK = re.compile(r"(?:Mount|Mt\.?) (?P<peak>[A-Z][\w'’-]+)")


def spelled_short(labels: Mapping[str, EntityLabel], runs: Collection[str]) -> dict[str, str]:
    """Short forms of a listed name the cluster writes, mapped to the name: an
    organisation's initials read as a name of that kind ("KCC" of the "Khumbu Climbing
    Center", each listed in one outlet; an airport's of its namesake, "JFK" of "John F.
    Kennedy Airport"; a government's with its "of", "DOB" of the "Department of Buildings";
    an organisation's of three letters or more where a window read them as no name, "LAPD"
    of the "Los Angeles Police Department", raw 161),
    and a mountain without its "Mount" ("Shishapangma"
    of "Mount Shishapangma"), where no other listed name of that form or kind claims it.
    `recognize` keeps a dateline's agency apart: "(AP)" is no "Anaheim Police"."""
    found = {}
    initials: dict[str, list[str]] = defaultdict(list)
    for name, label in labels.items():
        if (peak := _PEAK.fullmatch(name)) and label == "place":
            if labels.get(peak["peak"], "place") == "place" and peak["peak"] in runs:
                found[peak["peak"]] = name
        # words run together by a comma are a motto's or a list's, no body's name whose
        # initials the text writes: "Fidelity, Bravery and Integrity" is the FBI's motto
        elif (label == "organisation" and " " in name and ", " not in name) or name.endswith(
            _AIRPORT
        ):
            words = [w for w in name.removesuffix(_AIRPORT).split() if w not in _MINOR_WORDS]
            # "FWS" of the "U.S. Fish and Wildlife Service": a country's initials opening a
            # body are no part of its own
            if (
                words[0] in _OTHER_INITIALS
                and len(words) > 2
                and name.partition(" ")[2] not in labels
            ):
                del words[0]
            initials["".join(w[0] for w in words)].append(name)
            # "DOB" of the "Department of Buildings", "DOJ" of the Department of Justice: a
            # government's initials keep its "of"
            if (head := name.split())[1] == "of" and "of" not in head[2:]:
                initials[f"{head[0][0]}O{''.join(w[0] for w in words[1:])}"].append(name)
    found |= {
        short: named[0]
        for short, named in initials.items()
        if len(short) > 1
        and len(named) == 1
        and (
            # the recognizer reads an airport's initials as its namesake as often as a place
            labels[short] == labels[named[0]] or named[0].endswith(_AIRPORT)
            if short in labels
            # initials a window read as no name ("said William Scott, LAPD deputy chief")
            else len(short) > 2 and short in runs and labels[named[0]] == "organisation"
        )
    }
    return found


def initials_spelled_out(labels: Mapping[str, EntityLabel], runs: Collection[str]) -> list[str]:
    """Candidate runs no window read that spell out an organisation's initials, each the one
    run that does: "Korean Central News Agency" of "KCNA" (in another outlet; the budget
    of names read left it), an organisation too, and `spelled_short`'s to join."""
    groups = [name for name, label in labels.items() if label == "organisation"]
    initials = {name for name in groups if name.isalpha() and name.isupper() and len(name) > 2}
    if not initials:
        return []  # most clusters
    # initials a read name spells out are its: "CAPA" of "College Athletes Players Association"
    initials -= {_initials(name) for name in groups if " " in name}
    firsts = {name[0] for name in initials}
    spelled: dict[str, list[str]] = defaultdict(list)
    for run in runs:
        # a run may close on a full stop ("Peace Winds Japan."): no name does
        if (
            run[0] in firsts
            and " " in run
            and run[-1].isalpha()
            and run not in labels
            and (short := _initials(run)) in initials
        ):
            spelled[short].append(run)
    return [named[0] for named in spelled.values() if len(named) == 1]


def bodies_of_a_country(labels: Mapping[str, EntityLabel], runs: Collection[str]) -> dict[str, str]:
    """A body read with its country's initials and without them, mapped to the name
        without: "U.S. National Aeronautics and Space Administration" of the "National
        Aeronautics and Space Administration" (each listed, 1 and 2 outlets); and so is a
        name read with its owner's initials and without them ("DAR Constitution Hall",
        "Constitution Hall", each listed in one outlet), where the text writes it without them
    as a candidate run (`runs`, `Reading.names`)."""
    found = {}
    for name, label in labels.items():
        first, space, rest = name.partition(" ")
        if (
            space
            and (
                first in _OTHER_INITIALS
                # a campus's "UC Berkeley Haas School of Business" is never written short
                or (first.isupper() and first.isalpha() and rest in runs)
            )
            and " " in rest
            and labels.get(rest) == label
        ):
            found[name] = rest
    return found


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w not in _MINOR_WORDS)


_EXCHANGES = ("(NASDAQ:", "(Nasdaq:", "(NYSE:", "(NYSE MKT:", "(AMEX:")


def tickers_of_companies(labels: Mapping[str, EntityLabel], text: str) -> dict[str, str]:
    """A stock symbol in parentheses after its exchange, mapped to the read name opening
    the capitalised run the parenthesis follows, the company: "GMCR" of "Keurig Green
    Mountain (NASDAQ:GMCR)", listed apart from Keurig (raw 61). `text` is the sentences
    joined by newlines."""
    found = {}
    for exchange in _EXCHANGES:
        at = text.find(exchange)
        while at >= 0:
            symbol = text[at + len(exchange) : text.find(")", at)].strip()
            run = _run_before(text[max(0, at - 80) : at])
            name = next(
                (n for size in range(len(run), 0, -1) if (n := " ".join(run[:size])) in labels),
                None,
            )
            if name and symbol.isalpha() and symbol.isupper() and symbol != name:
                found[symbol] = name
            at = text.find(exchange, at + 1)
    return found


def _run_before(text: str) -> list[str]:
    """The capitalised words closing `text`, in order."""
    words = text.split()
    start = len(words)
    while start and words[start - 1][:1].isupper():
        start -= 1
    return words[start:]


_DOCUMENTS = frozenset(
    (
        *("Report", "Act", "Agreement", "Treaty", "Survey", "Study", "Index", "Convention"),
        *("Protocol", "Accord", "Directive", "Plan"),
    )
)
"""A document's first or last word: "Report on Carcinogens", "Affordable Care Act", "Paris
Agreement", "National Health Interview Survey"."""
_SPELLED_WORDS = 6
"""Words before a parenthesis that may spell out its initials."""


def initials_of_documents(listed: Collection[str], text: str) -> set[str]:
    """Initials written in parentheses right after the words they spell, where those open
    or close on a document's word (_DOCUMENTS): a report's or a law's, no person, body
    or place ("The NTP updates its Report on Carcinogens (RoC) every few years", raw 154's
    "RoC", read as a place). `text` is the sentences joined by newlines; the words are
    spelled with their minor ones or without ("RoC", "ACA")."""
    found = set()
    for name in listed:
        if not (1 < len(name) <= _SPELLED_WORDS and name[0].isupper() and name.isalpha()):
            continue
        at = text.find(f"({name})")
        if at < 0:
            continue
        words = text[max(0, at - 100) : at].split()[-_SPELLED_WORDS:]
        short = name.lower()
        for size in range(2, len(words) + 1):
            run = words[-size:]
            if not run[0][:1].isupper():
                continue
            spelled = {
                "".join(w[0] for w in run).lower(),
                "".join(w[0] for w in run if w not in _MINOR_WORDS).lower(),
            }
            if short in spelled:
                if run[0] in _DOCUMENTS or run[-1] in _DOCUMENTS:
                    found.add(name)
                break
    return found


_DEFINED = ("({})", "known as {}")
"""How a text defines initials after the name they stand for: "the U.N. Population Fund
(UNFPA)", "The U.N. Population Fund, known as UNFPA"."""
_BEFORE = 8
"""Words before a definition that may be the name it defines."""
_LINKING = _MINOR_WORDS | {"on", "in", "to"}
"""Words a definition's run passes: "International Agency for Research on Cancer"."""


def initials_defined(labels: Mapping[str, EntityLabel], text: str) -> dict[str, str]:
    """An organisation's initials the text defines after a capitalised run
    (`_DEFINED`), and that run, mapped to the name shown: the run, or a read name
    spelling out its opening initials ("United Nations Population Fund" of "U.N.
    Population Fund (UNFPA)", raw 132: the three listed apart, the fund's five "U.N.
    Population Fund" counted as the U.N.'s). The run spells the initials
    (`_spelling`), minor words passed; "UNFPA" keeps the letters of the fund's older
    name, so a run whose letters are all the initials' but one, opening on its first, will
    do. Not a report's or a law's (`initials_of_documents`), nor a run read as a person
    or a place. `text` is the sentences joined by newlines."""
    found: dict[str, str] = {}
    for short, label in labels.items():
        if not (
            label == "organisation" and 2 < len(short) < 8 and short.isalpha() and short.isupper()
        ):
            continue
        runs = {
            run
            for shape in _DEFINED
            for run in _runs_defining(short, text, shape.format(short))
            if labels.get(run, "organisation") == "organisation"
        }
        if len(runs) != 1:
            continue  # none, or two bodies the cluster defines alike
        run = runs.pop()
        shown = _spelled_in_full(run, labels)
        found[short] = shown
        if run != shown:
            found[run] = shown
    return found


_INITIALS_BEFORE = re.compile(r"(?<=[a-z,] )([A-Z]{2,6}) $")
"""A word in capitals after a lower-case word or a comma, before a mention: "said AIDS
Healthcare Foundation President ..." (not a sentence's first word)."""


def bodies_after_initials(labels: Mapping[str, EntityLabel], text: str) -> dict[str, str]:
    """Organisations of two words or more every mention of which `text` (the sentences
    joined) writes after one word in capitals, mapped to the name with it: the recognizer
    cut the initials its name opens on ("Healthcare Foundation" of "AIDS Healthcare
    Foundation", raw 85). On the 280 raw and DUC listings the one organisation so written
    (after "The", a possessive or a sentence's first word are others, none in capitals)."""
    found = {}
    for name, label in labels.items():
        if label != "organisation" or " " not in name:
            continue
        words = set()
        at = next_mention(text, name, 0)
        while at >= 0 and len(words) < 2:
            before = _INITIALS_BEFORE.search(text, max(0, at - 9), at)
            words.add(before[1] if before else "")
            at = next_mention(text, name, at + 1)
        if len(words) == 1 and (initials := words.pop()):
            found[name] = f"{initials} {name}"
    return found


def _runs_defining(short: str, text: str, written: str) -> list[str]:
    """The runs `written` (a definition of `short`) follows in `text`."""
    found = []
    at = text.find(written)
    while at >= 0:
        before = text[max(0, at - 120) : at].rpartition("\n")[2].rstrip(" ,")
        words = before.split(" ")[-_BEFORE:]
        if (run := _spelling(short, words)) and not {run[0], run[-1]} & _DOCUMENTS:
            found.append(" ".join(run))
        at = text.find(written, at + 1)
    return found


def _spelling(short: str, words: list[str]) -> list[str] | None:
    """The words closing `words` that spell `short` (`_letters`), minor words passed, the
    fewest that do; else the most whose letters are all the initials' but one at most,
    opening on their first, none written more often than the initials write it."""
    loose = None
    for size in range(1, len(words) + 1):
        run = words[-size:]
        if run[0] in _LINKING or run[0] == "The":
            continue
        if not run[0][:1].isupper():
            break
        letters = "".join(map(_letters, run))
        if letters == short:
            return run
        if (
            size > 1
            and letters[:1] == short[0]
            and len(letters) >= len(short) - 1
            and not Counter(letters) - Counter(short)
        ):
            loose = run
    return loose


def _letters(word: str) -> str:
    """The initials a word gives a name's: none for a minor word, each of a dotted
    country's ("U.N." gives "UN"), else its first letter."""
    if word in _LINKING:
        return ""
    if word in _OTHER_INITIALS and "." in word:
        return word.replace(".", "")
    return word[0]


def _spelled_in_full(run: str, labels: Mapping[str, EntityLabel]) -> str:
    """A read organisation's name that writes out the initials opening `run` ("United
    Nations Population Fund" of "U.N. Population Fund"), else `run`."""
    first, space, rest = run.partition(" ")
    if not (space and first in _OTHER_INITIALS):
        return run
    letters = first.replace(".", "")
    for name, label in labels.items():
        head = name.removesuffix(f" {rest}")
        if (
            head != name
            and label == "organisation"
            and " " in head
            and "".join(w[0] for w in head.split()) == letters
        ):
            return name
    return run
