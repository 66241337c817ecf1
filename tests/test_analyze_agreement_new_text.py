"""Agreed facts on text no earlier pass had read (fixtures/agreement_new_text7.json and
agreement_new_text8.json): raw validation, DUC 2003 and Multi-News+ clusters whose agreed
pairs and unique items were judged one by one before the seventh and eighth passes changed a
rule; and the pairs those passes found wrong."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

from chorus import brief
from chorus.analyze.model import Analysis, Fact
from chorus.analyze.statements import cut_at_abbreviation
from tests.conftest import DATA, RAW_VALIDATION, read_clusters
from tests.gold import inputs, names, places


def _gold(name: str) -> list[dict]:
    path = Path(__file__).parent / "fixtures" / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))["clusters"]


NEW_TEXT = _gold("agreement_new_text7")
NEW_TEXT8 = _gold("agreement_new_text8")
DUC = DATA / "duc2003-task2.jsonl.gz"
PLUS_FILES = {
    "plus": DATA / "multinews-plus-validation.jsonl.gz",
    "train": DATA / "multinews-plus-train.jsonl.gz",
}


def _plus_documents(path: Path, lines: set[int]) -> dict[str, list[str]]:
    """The documents of Multi-News+ clusters by line number (as a string)."""
    found = {}
    with gzip.open(path, "rt", encoding="utf-8") as records:
        for number, line in enumerate(records):
            if number in lines:
                found[str(number)] = json.loads(line)["documents"]
            if number >= max(lines):
                break
    return found


def _documents(source: str, ids: Sequence[str]) -> dict[str, list]:
    if source == "raw":
        return inputs(ids)
    if source == "duc":
        duc = read_clusters(DUC, 30)
        return {i: duc[int(i)]["documents"] for i in ids}
    return _plus_documents(PLUS_FILES[source], {int(i) for i in ids})


def _analysis(documents: list) -> Analysis:
    analysis = brief(documents, words=100).analysis
    assert analysis is not None
    return analysis


def _tally(gold: list[dict]) -> dict[str, Counter]:
    """Per half (design, blind), the verdicts of the judged pairs (statement, support) and
    unique items shown, by kind: ("pair", "wrong"), ("unique", "noise") ..."""
    tally: dict[str, Counter] = {"design": Counter(), "blind": Counter()}
    for source in ("raw", "duc", "plus", "train"):
        cases = [c for c in gold if c["source"] == source]
        if not cases:
            continue
        documents = _documents(source, [c["id"] for c in cases])
        for case in cases:
            analysis = _analysis(documents[case["id"]])
            place = places(documents[case["id"]])
            pairs = [(f.statement, s) for f in analysis.agreed for s in f.support]
            lone = [f.statement for f in analysis.unique]
            for item in case["items"]:
                doc_a, words_a = item["a"]
                if item["kind"] == "pair":
                    doc_b, words_b = item["b"]
                    shown = any(
                        (names(x, place, doc_a, words_a) and names(y, place, doc_b, words_b))
                        or (names(y, place, doc_a, words_a) and names(x, place, doc_b, words_b))
                        for x, y in pairs
                    )
                else:
                    shown = any(names(x, place, doc_a, words_a) for x in lone)
                verdict = item["verdict"] if shown else "not shown"
                tally[case["half"]][(item["kind"], verdict)] += 1
    return tally


@pytest.fixture(scope="module")
def judged_new_text() -> dict[str, Counter]:
    return _tally(NEW_TEXT)


@pytest.fixture(scope="module")
def judged_new_text8() -> dict[str, Counter]:
    return _tally(NEW_TEXT8)


def test_new_text_agreed_pairs_judged_wrong_are_fewer(judged_new_text):
    # Of the design half's 91 sampled pairs main showed, 26 were judged two facts, 58 one,
    # 7 unclear; a function word or a dateline no longer links 3 of the 26 (and one right
    # pair, 5488's "via": 0.37). The blind half: 13 wrong of 60 on main and on the branch.
    # The eighth pass: a support cut at a title ("Kimble v."), of two words or giving
    # another toll in words ("Seventeen others" / "Thirty other people") is none: 21 wrong
    # of the design half, 11 of the blind one (now design too). Cleaning's fourth pass
    # removes USA Today's opening furniture, one side of 4 right pairs (3843's caption
    # "... gestures during a speech at liberty university ...", 5033's video teaser "Close
    # amazon will create 100,000 full-time jobs ..."): 57 → 53 shown. Its fifth pass removes
    # Multi-News+'s AP captions: 5311's right pair joined two captions (a gallery's "1 of 28
    # ... that empty feeling at oriole park" and AP's "brendan hurson ... holds a sign ...
    # ( associated press )"), 52 shown; 4406's wrong and unclear pairs were captions too.
    # 4856's support read past its caption and is named by its story words now. Its sixth
    # pass removes raw related-link lists: 5196's right pair was supported by "Walker
    # announces: 'I'm running for president'" under "Read more from The Hill:", 51 shown.
    # (5494's support is named without Politico's "Story continued below", removed since.)
    # The thirteenth pass: an aside on someone (", who ... ,") links no pair. 4901's right
    # pair goes (the Kellers' "will receive $3.4 million" now supports the AP lead "Texas
    # will pay $3.4 million to a couple ...", unjudged, instead of stating), 50 right; the
    # blind half's 5555 pair (Bosh, "who left the Toronto Raptors ... to join James and
    # Dwyane Wade,") goes: 9 wrong. Cleaning's ninth pass removes film reviews' listing
    # lines: the blind half's right pair of 4531 joined two of them ("In English and in
    # French with English subtitles." / "In English and some French ..."): 42 right.
    # The thirteenth sentences pass cuts 5041's White House statement where its mixed
    # quotation marks close: its judged pair ("The President's focus ..." with the same
    # statement's "... tax cuts ..." sentence) is now two agreed items, each right: 49.
    # A statement that goes on from the sentence before states nothing (nineteenth pass):
    # 4623's "But the service said ..." and DUC 6's "But political analysts said ..." give
    # way to a sentence they link that stands alone (each judged pair is now that
    # statement's two supports); 5196's "Still, Walker's record ..." and Multi-News+
    # 5352's "But if any man can defy ..." have none, and go: 46 and 41. An item opening
    # with "He" is stated by a support naming him (twenty-fifth pass): 5484's "He died at
    # California Hospital ..." now supports "Price, ... died at a hospital.", beside "He was
    # transported ...", a pair the gold does not name (right): 45. The thirty-seventh pass:
    # 4986's (raw 122) quotation of two of the GoFundMe page's sentences relays the page, one
    # report (copies.Relays), and its pair goes: 44. Cleaning's thirty-fourth pass removes
    # 4890's (raw 227) pull quote "Bob has always been very good at leveraging his money.
    # . . . …", the judged pair's [1] side; the story's telling, "“Bob (Mercer) has always
    # been …” …, said Nick Patterson …", is agreed now with [2]'s "In 1993, Patterson …
    # recruited Mercer from I.B.M.", a pair the gold does not name (right): 43.
    design, blind = judged_new_text["design"], judged_new_text["blind"]
    assert design["pair", "wrong"] <= 20, design
    assert design["pair", "right"] >= 43, design
    # The thirtieth agreement pass: 5592's Zuckerberg post and 5124's studio memo, quoted by
    # another outlet word for word, are one report (copies.relayed; both pairs judged right
    # as wording): 39; 5202's "FMRI SCANNING ..." box supports nothing: 6 wrong.
    assert blind["pair", "wrong"] <= 6 and blind["pair", "right"] >= 39, blind


def test_eighth_new_text_shows_fewer_wrong_pairs_and_noise(judged_new_text8):
    # Main (08de0c2): design pairs 59 right / 5 wrong, unique 61 right / 7 elsewhere / 17
    # noise; blind pairs 42 / 11, unique 70 / 6 / 18. Sentences cut at a title or an
    # initial ("... since mr.", "one of the t.") and file photos' captions no longer state
    # nor support a fact.
    # The ninth pass: "de" of "Juan de Fuca" links no pair (2723's, design), and a
    # reader's instruction or a first person written "i" is no unique item.
    # Cleaning's fifth pass removes AP captions, "Published on <date>", NBC's "Play facebook
    # ... embed" and "Advertisement continue reading the main story" before story sentences
    # (4636, 4699, 4705, 4966, 33173, 33837 are named by their story words now). Right items
    # it costs, the cleaned text read each time: 33837's statement shared "restrictions on
    # use of personal electronic devices" with its support only through its AP caption;
    # 32062 (two captions gone from doc 0) cites another sentence of doc 1 ("Video: casey
    # kasem found ...") for the Kitsap fact; 4636's "All five people went to the mall" gives
    # its place to "The three teens left empty-handed" and 4735's doc-1 item drops out as
    # the cluster's centroid moves. 33173's and 4705's wrong pairs go (blind, 9 → 7).
    # Its seventh pass removes 33173's doc-2 caption ("The u.s. Diplomatic compound in
    # benghazi, libya, was attacked sept. 11, 2012. ( afp/getty images )"), and with the
    # cluster's text changed the wrong pair of doc 0's "trey gowdy grilled ..." and doc 1's
    # "few new details" is shown again (8).
    design, blind = judged_new_text8["design"], judged_new_text8["blind"]
    # nineteenth pass: statements that go on state nothing; 2723's "But instead of finding
    # ..." gives way to a sentence that stands alone (the judged pair is now its two
    # supports), Multi-News+ 4522's "However, the legality ..." and train 32928's "But after
    # assisting ..." state nothing and their judged pairs are not shown: 55 and 41.
    # Twenty-third pass: of a remark's supports from one article, only those quoting it when
    # one does; raw 3386's (217) Parker letter / "Qatar is purchasing the shares on the open
    # market ..." (judged right here, a loose support by reader 18) goes, its article cited
    # by its sentence quoting the letter: 40
    assert design["pair", "right"] >= 55 and design["pair", "wrong"] <= 4, design
    # Stop 36 (unique38): a newsroom's step is no lone item, so 4522's "Oak view group did
    # not immediately respond to a request ..." (judged right here) is not shown: 59.
    # Summary103 (stop 51): plus 4858's right "A vaginal mesh implant made by johnson ..." is
    # a summary line now (100 words), read there, not counted here: 49.
    assert design["unique", "right"] >= 49 and design["unique", "noise"] <= 8, design
    # The forty-fourth pass: train 32820's "Chelsea clinton announced thursday ..." is
    # supported by "At a clinton foundation event, chelsea clinton announced she's expecting
    # her first child." (unjudged) over a caption run into the lead (one own word): 39.
    # Stop 48 (offtopic21): raw 134's DHS BioWatch page is set aside as not news, so CNN is
    # its one on-story article and no section compares it: its right pair (the page's
    # "Established in 2003 ...") and its three right unique items are not shown: 38 and 66.
    assert blind["pair", "right"] >= 38 and blind["pair", "wrong"] <= 8, blind
    # Stop 50 (unique45): a row the summary shows is passed over for the outlet's next; the
    # right rows now summary lines (100 words) are read there, not counted here: 50 and 56.
    # Stop 51 (clean60): raw 154's BMJ Open paragraphs split where their reference numerals
    # stand, so its paper's Only-in-one choice moves: "All models controlled for ..."
    # (right) comes in, "Fifteen per cent (n=12 ads) ..." and "Conversely, 92% of
    # top-ranked ads ..." (right) go: 55, no noise added.
    assert blind["unique", "right"] >= 55 and blind["unique", "noise"] <= 12, blind


def _together(facts: Sequence[Fact], a: str, b: str) -> bool:
    return any(
        any(a in s.text for s in fact.sentences) and any(b in s.text for s in fact.sentences)
        for fact in facts
    )


@pytest.fixture(scope="module")
def duc_agreed() -> dict[int, tuple[Fact, ...]]:
    """The agreed facts of the DUC 2003 clusters the tests below read."""
    duc = read_clusters(DUC, 30)
    return {n: _analysis(duc[n]["documents"]).agreed for n in (5, 9, 20, 22, 25, 27)}


@pytest.mark.parametrize(
    ("cluster", "one", "other"),
    [
        # "added" is all the two share of their own (0.38)
        (27, "Islamic Jihad, in turn, receives money", "He added that his government"),
        # "over" (0.36): control over routes, disputes over security
        (9, "Also, the Israelis will retain considerable", "Disputes between Israel and"),
    ],
)
def test_a_function_word_links_no_pair_below_the_open_threshold(duc_agreed, cluster, one, other):
    assert not _together(duc_agreed[cluster], one, other)


def test_a_shared_dateline_links_no_pair(duc_agreed):
    # "BANGKOK, Thailand (AP) _" opens both; "bangkok" was their only word of their own
    # that is no name (0.35): a hat trick and the divers' hopes
    facts = duc_agreed[5]
    assert not _together(facts, "Star striker Chen Yang", "China's women divers expect")


def test_a_support_gives_no_other_toll_of_one_verb(duc_agreed):
    # "killing 60 people" and "a fire that killed 67 of them": two tolls of one fire, tied
    # to one verb in two forms
    facts = duc_agreed[22]
    assert not _together(facts, "killing 60 people", "a fire that killed 67 of them")


def test_a_support_gives_no_other_toll_in_tens_written_out(duc_agreed):
    # "Seventeen others" and "Thirty other people" died in one province's landslides: the
    # tens were not read as figures
    facts = duc_agreed[20]
    assert not _together(facts, "Seventeen others died in landslides", "Thirty other people")


def test_a_sentence_cut_at_a_title_supports_nothing(duc_agreed):
    # "... because they didn't want Sen." ends at a line break, the name on the next line
    assert not any(
        s.text.endswith("didn't want Sen.") for fact in duc_agreed[25] for s in fact.sentences
    )


@pytest.fixture(scope="module")
def raw_agreed() -> dict[str, Analysis]:
    """The analyses of the raw validation clusters the tests below read."""
    wanted = {f"multi_news-val-{n}" for n in (3200, 3617, 3761, 5309)}
    clusters = [c for c in read_clusters(RAW_VALIDATION, 250) if c["id"] in wanted]
    return {c["id"].rsplit("-", 1)[1]: _analysis(c["documents"]) for c in clusters}


@pytest.mark.parametrize(
    ("cluster", "support"),
    [
        ("3200", "Kimble v."),  # cut where the case's name goes on
        ("3617", "Tax cuts."),  # a heading under "how effective the tax cuts would be"
    ],
)
def test_a_support_of_two_words_supports_nothing(raw_agreed, cluster, support):
    assert not any(s.text == support for f in raw_agreed[cluster].agreed for s in f.support)


def test_a_sentence_of_another_matter_agrees_with_no_one(raw_agreed):
    facts = raw_agreed["3761"].agreed
    assert not _together(facts, "In unrelated cases, Denver prosecutors", "A 33-year-old woman")


def test_a_unit_glued_to_a_figure_is_read(raw_agreed):
    # "from 2m to 15m" and "between 2 meters (6.5 ft) and 16 meters (52 ft)": two sizes
    facts = raw_agreed["5309"].agreed
    assert not _together(facts, "ranged from 2m to 15m", "between 2 meters")


@pytest.fixture(scope="module")
def plus_analyses() -> dict[str, Analysis]:
    """Analyses of the eighth pass's design clusters the tests below read."""
    found = _plus_documents(PLUS_FILES["plus"], {4732})
    found |= _plus_documents(PLUS_FILES["train"], {32062, 33837})
    return {line: _analysis(documents) for line, documents in found.items()}


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        # cut where "mr. Morsi" goes on, in text written in lower case
        ("4732", "Although the authorities have detained dozens"),
        ("4732", "The scheduling of the trial will most likely"),
        # a file photo's caption
        ("32062", "File - casey kasem accepts a radio icon award"),
        ("33837", "File - in this june 18, 2013 file photo"),
    ],
)
def test_a_cut_sentence_or_a_caption_is_no_unique_item(plus_analyses, line, opening):
    unique = plus_analyses[line].unique
    assert unique, line
    assert not any(f.statement.text.startswith(opening) for f in unique)


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("By the end of the 1990s, the news media was identifying mrs.", True),
        ("On Monday, the Supreme Court handed down its decision in Kimble v.", True),
        ("... on Nostrand Avenue, between Avenues J and K.", False),
        ("... said Jordan Isenstadt, a spokesman for the owner HP Bay Park I.", False),
        ("It was something else.", False),
    ],
)
def test_cut_at_abbreviation_reads_the_last_word(text, cut):
    assert cut_at_abbreviation(text) is cut
