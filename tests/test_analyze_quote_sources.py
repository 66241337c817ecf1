"""Quote attribution on text the rules were not first written for: newswire's ``...''
marks (DUC 2003), groups that "say", papers and agencies after what they said, titles in
lower case after an inverted verb, a speech verb inside a quotation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus import brief
from chorus.analyze.model import Quote
from chorus.analyze.quotes import quotes
from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from tests.analysis_gold import DUC_QUOTES, precision_recall
from tests.conftest import DATA, RAW_VALIDATION, read_clusters

RAW = {
    "multi_news-val-5041": "“I think Barack Obama said ...” / White House officials ..., saying",
    "multi_news-val-315": "Scientists say they have developed ... / Critics say ...",
    "multi_news-val-1094": "Sollecito, 29, said he “questioned” ...",
    "multi_news-val-1867": "At one point ..., according to two sources, Oppenheim had asked ...",
    "multi_news-val-3044": "\"I think we're socially enabled, actually,'' Heath said",
    "multi_news-val-5170": "..., said study author Sabine Seehagen",
    "multi_news-val-324": "..., the statement said.",
    "multi_news-val-501": "“...,” the Russian Foreign Ministry said. “...,” it said.",
    "multi_news-val-79": "Eichmann says ... (Vera Eichmann, his wife, speaks elsewhere)",
    "multi_news-val-1703": "Authorities say the device contained ... that would later leak",
    "multi_news-val-2094": "a trigger, which several Senators and aides said was ...",
    "multi_news-val-4411": "“Man, you really killed it,” someone yells out ...",
    "multi_news-val-5207": "..., the team suggests. / ..., according to NASA program scientist ...",
    "multi_news-val-325": "..., the group of law enforcement, ... and other experts concluded.",
    "multi_news-val-4361": "From the beginning, says French demographer Hervé Le Bras, ...",
    "multi_news-val-4606": "“...,” according to the U.S. Department of Agriculture ...",
    "multi_news-val-1334": "While U.S. magazine Life & Style alleges that ...",
    "multi_news-val-5488": "“Oh really?” Ida asks. ... “Thank you,” he says (Ida is “she”)",
    "multi_news-val-1090": "The contractor, officials said, was working on a water heater.",
    "multi_news-val-2476": "“...,” the leader of the ... opposition, Pierluigi Bersani, said",
}
"""Raw validation clusters with the shapes of "Quote attribution on text it was not
written against", as they read."""


def _quotes_of(documents: list[str]) -> tuple[Quote, ...]:
    return quotes([split(clean(a)) for a in as_articles(documents)])


@pytest.fixture(scope="module")
def raw() -> dict[str, tuple[Quote, ...]]:
    clusters = [c for c in read_clusters(RAW_VALIDATION, 250) if c["id"] in RAW]
    assert len(clusters) == len(RAW)
    return {c["id"]: _quotes_of(c["documents"]) for c in clusters}


DUC = DATA / "duc2003-task2.jsonl.gz"
DUC_SHAPES = ("d30010t", "d31028t", "d31022t", "d31002t")
"""DUC clusters with the shapes of "Who said what: it said, saying" beyond the gold's."""


@pytest.fixture(scope="module")
def duc_shapes() -> dict[str, tuple[Quote, ...]]:
    clusters = read_clusters(DUC, 30)
    return {c["id"]: _quotes_of(c["documents"]) for c in clusters if c["id"] in DUC_SHAPES}


@pytest.fixture(scope="module")
def duc() -> dict[str, tuple[Quote, ...]]:
    clusters = [c for c in read_clusters(DUC, 30) if c["id"] in DUC_QUOTES]
    assert len(clusters) == len(DUC_QUOTES)
    # the gold covers each cluster's first two articles
    found = {}
    for cluster in clusters:
        ids = {a.id for a in as_articles(cluster["documents"])[:2]}
        found[cluster["id"]] = tuple(
            q for q in _quotes_of(cluster["documents"]) if q.sentence.article.id in ids
        )
    return found


def _said(found: tuple[Quote, ...], speaker: str) -> list[str]:
    return [q.text.text for q in found if q.speaker == speaker]


def test_analyze_duc_quote_precision_and_recall(duc):
    totals = [0, 0, 0, 0]
    for cluster, gold in DUC_QUOTES.items():
        totals = [a + b for a, b in zip(totals, precision_recall(duc[cluster], gold), strict=True)]
    right, predicted, found, gold_pairs = totals
    # before ``...'' marks were read: 3 of 4 right, 3 of the 29 pairs found; with
    # d30016t and d30034t (blind) of "Who said what: it said, saying": 50 of 54, 41 of 61;
    # with d30056t (blind) of "Who said what: papers, agencies, titles, he and she": 76 of
    # 79, 68 of 93 (75 of 78, 66 of 93 when it was scored blind; the code before it: 67 of
    # 73, 58 of 93)
    assert right / predicted >= 0.85
    assert found / gold_pairs >= 0.6


def test_analyze_newswire_marks_are_quotation_marks(duc):
    games = duc["d30020t"]
    # ``Strong competitors ...,'' Chen was quoted as saying.
    chen = [q for q in games if q.text.text.startswith("Strong competitors")]
    # quotes39: "Head coach Chen Liren was quoted as saying ..." before it names him in full
    assert [(q.speaker, q.kind) for q in chen] == [("Chen Liren", "quote")]
    # ``We will wait ...,'' it quoted Warawut Sumon, ..., as saying. ``At the same time, ...''
    sumon = _said(games, "Warawut Sumon")
    assert sumon[0] == "We will wait for their final reply until Nov. 20"
    assert sumon[1].startswith("At the same time, we are taking")
    assert not any("``" in t or "''" in t for t in sumon)
    # ..., the statement said, adding that the eventual number is expected to be 10,000.
    assert "the eventual number is expected to be 10,000" in _said(games, "statement")


def test_analyze_raw_a_speech_verb_inside_a_quotation_is_its_words(raw):
    stocks = raw["multi_news-val-5041"]
    assert not _said(stocks, "Barack Obama")
    assert any(t.startswith("I think Barack Obama said") for t in _said(stocks, "Ed Yardeni"))
    # Trump sent a tweet quoting ... Stuart Varney who said "President Trump is not ..."
    assert any("not getting the credit" in t for t in _said(stocks, "Stuart Varney"))
    # "...,'' Heath said": two apostrophes close a straight mark (quotes39: the "Heath
    # Harding, 18," of the article's opening)
    heath = _said(raw["multi_news-val-3044"], "Heath Harding")
    assert "I think we're socially enabled, actually" in heath


def test_analyze_raw_groups_and_papers_say(raw):
    ethanol = raw["multi_news-val-315"]
    assert any(t.startswith("they have developed a new way") for t in _said(ethanol, "scientists"))
    assert any(t.startswith("growing crops for biofuels") for t in _said(ethanol, "Critics"))
    # "..., the statement said." of the statement "The U.S. 7th Fleet said in a statement"
    # before it: the Fleet's (twenty-third pass), named in full since the twenty-fifth
    assert any(
        t.startswith("Water was being pumped")
        for t in _said(raw["multi_news-val-324"], "US 7th Fleet")
    )
    # "At one point during their meeting, according to two sources, Oppenheim had asked
    # ...": what follows a group's comma is no title, and what precedes it no claim
    assert not any(q.text.text.startswith("At one point") for q in raw["multi_news-val-1867"])


def test_analyze_raw_ages_and_titles_around_a_name(raw):
    knox = [q for q in raw["multi_news-val-1094"] if "questioned" in q.text.text]
    assert {(q.speaker, q.role) for q in knox} == {("Raffaele Sollecito", None)}
    naps = {(q.speaker, q.role) for q in raw["multi_news-val-5170"]}
    assert ("Sabine Seehagen", "study author") in naps


def test_analyze_it_is_the_organisation_or_paper_that_spoke_just_before(duc, raw):
    games = duc["d30020t"]
    # ..., the statement said, adding that ... ¶ It said the Olympic Council of Asia ...
    assert any(t.startswith("the Olympic Council of Asia") for t in _said(games, "statement"))
    # Last week, Afghanistan said it would not send a team ... It added that ...
    assert any(t.startswith("its sports minister") for t in _said(games, "Afghanistan"))
    moscow = raw["multi_news-val-501"]
    assert any(
        t.startswith("Washington has been") for t in _said(moscow, "Russian Foreign Ministry")
    )
    # "It" never stands for a person: "“...,” it said." after Lavrov's words is no one's
    assert not any(q.speaker in ("it", "It") for found in raw.values() for q in found)
    assert not any(t.startswith("Washington has been") for t in _said(moscow, "Lavrov"))


def test_analyze_a_subject_says_what_it_said_as_it_acted(raw):
    # White House officials are downplaying the recent chaos ..., saying it's a short-term
    # wobble and insisting the US economy remains resilient.
    stocks = _said(raw["multi_news-val-5041"], "White House officials")
    assert any(t.startswith("it's a short-term wobble") for t in stocks)
    # ""Man, you really killed it," someone yells out as ...": no one going on
    oscars = raw["multi_news-val-4411"]
    assert not any(q.text.text.startswith("Man, you really") for q in oscars)


def test_analyze_relative_clauses_and_their_speakers(raw):
    # "Authorities say the device contained the images and video that would later leak
    # online": the relative "that" opens none of the words
    leak = raw["multi_news-val-1703"]
    assert any(t.startswith("the device contained") for t in _said(leak, "authorities"))
    assert "would later leak online" not in {q.text.text for q in leak}
    # "nude pictures ... that authorities said were stolen from the delegate’s cell phone",
    # "a trigger, which several Senators and aides said was still being tweaked Sunday":
    # words a relative clause reports have no subject of their own, no row (quotes81)
    assert not any(t.startswith("were stolen from") for t in _said(leak, "authorities"))
    assert _said(raw["multi_news-val-2094"], "several Senators and aides") == []


def test_analyze_a_name_its_own_article_gives_someone_else(raw, duc_shapes):
    letter = [q for q in raw["multi_news-val-79"] if "overstated his role" in q.text.text]
    assert letter and {q.speaker for q in letter} == {"Eichmann"}
    # "Ms. Davila" of the article on Tanya Davila is not another article's Jorge Davila:
    # she is the Tanya Davila her article writes (the sixty-fifth quotes pass)
    storm = [q for q in duc_shapes["d31028t"] if "homeowner's insurance" in q.text.text]
    assert storm and {q.speaker for q in storm} == {"Tanya Davila"}


def test_analyze_a_speaker_in_a_condition_says_nothing_yet(duc_shapes):
    # ... suspend their vote ... until Arafat declared ``all-out war'' on terrorism,
    # according to Cabinet Secretary Danny Naveh.
    vote = {q.speaker for q in duc_shapes["d30010t"] if "all-out war" in q.text.text}
    assert "Danny Naveh" in vote and "Arafat" not in vote


def test_analyze_papers_and_agencies_named_after_the_words(duc):
    timor = duc["d30034t"]
    # ..., Indonesia's official Antara news agency reported Sunday.
    assert any("Assailants killed three soldiers" in t for t in _said(timor, "Antara"))
    # ..., the report said. (after "..., the official newspaper China Sports Daily said")
    games = [q for q in duc["d30020t"] if q.text.text.startswith("The team of six women")]
    assert [(q.speaker, q.role) for q in games] == [("China Sports Daily", "the report")]


def test_analyze_a_described_speaker_named_in_apposition(duc):
    # The head of East Timor's military, Col. Suhartono Suratman, said two pistols that the
    # victims in Weberek had been carrying were missing: "said" takes no object, so the
    # words start at "two pistols"
    pistols = [q for q in duc["d30034t"] if "pistols" in q.sentence.text]
    assert [(q.speaker, q.role) for q in pistols] == [
        ("Suhartono Suratman", "head of East Timor's military")
    ]
    assert pistols[0].text.text.startswith("two pistols that the victims")


def test_analyze_findings_after_their_speaker_and_titles_after_according_to(raw):
    europa = raw["multi_news-val-5207"]
    team = _said(europa, "team")
    assert any(t.startswith("But neither camp can adequately explain") for t in team)
    assert any("planetary dumb-waiter system" in t for t in team)
    niebur = [q for q in europa if "huge ocean on Europa" in q.text.text]
    assert [(q.speaker, q.role) for q in niebur] == [("Curt Niebur", "NASA program scientist")]
    # "'...,' " according to Britney Schmidt, a postdoctoral fellow at ...
    assert any(
        t.startswith("One opinion in the scientific") for t in _said(europa, "Britney Schmidt")
    )
    assert any(
        t.startswith("on a recent trip to Toronto")
        for t in _said(raw["multi_news-val-1334"], "Life & Style")
    )


def test_analyze_no_speaker_from_a_conjunction_a_clause_or_a_cut_name(raw):
    assert not any(q.speaker.startswith("and ") for q in raw["multi_news-val-325"])
    # "..., says French demographer Hervé Le Bras, demography has been ...": no role, no quote
    demography = [q for q in raw["multi_news-val-4361"] if q.text.text == "From the beginning"]
    assert not demography
    # "according to the U.S. Department of Agriculture ...": not "the U.S"
    assert not any(q.speaker in ("U.S", "US") for q in raw["multi_news-val-4606"])


def test_analyze_he_after_someone_else_named_after_an_opening_word(duc_shapes):
    # ``...,'' said Caroline Ericsson, ... ¶ For Lasse Gustavsson, having the right words
    # wasn't as important ... ¶ By showing up, he said, ...: not Caroline Ericsson
    fire = {q.speaker for q in duc_shapes["d31022t"] if "pull through despair" in q.text.text}
    assert "Caroline Ericsson" not in fire


def test_analyze_he_is_not_a_person_the_article_calls_she(raw):
    # Ida will tell you ... She might tell you more than once. ... “I made this sock ...,”
    # Shinozuka says ... “Oh really?” Ida asks. “That's pretty clever.” ¶ “Thank you,” he
    # says, ...
    sock = raw["multi_news-val-5488"]
    thanks = [q for q in sock if q.text.text == "Thank you"]
    assert [q.speaker for q in thanks] == ["Kenneth Shinozuka"]
    assert any(
        t.startswith("So we're going to put the sock") for t in _said(sock, "Kenneth Shinozuka")
    )
    assert not any(t.startswith("So we're going") for t in _said(sock, "Ida"))


def test_analyze_an_office_that_spoke_is_no_he_or_she(raw):
    # ..., according to the U.S. attorney’s office. ... “The theft and distribution ...,”
    # she said at the time (Plaskett's words: the office is no "she")
    leak = raw["multi_news-val-1703"]
    theft = [q for q in leak if q.text.text.startswith("The theft and distribution")]
    assert not any("attorney" in q.speaker for q in theft)


def test_analyze_a_speaker_set_inside_the_claim(raw):
    # But another requirement for life, he adds, is a source of energy, a.k.a. food: the
    # aside left out of the words shown (the seventy-seventh pass)
    energy = [q.words for q in raw["multi_news-val-5207"] if q.speaker == "Tori Hoehler"]
    assert "But another requirement for life is a source of energy, a.k.a. food" in energy
    contractor = [q.words for q in raw["multi_news-val-1090"] if q.speaker == "officials"]
    assert "The contractor was working on a water heater" in contractor


def test_analyze_a_quotation_an_agency_reports_is_its_speakers(duc):
    chechnya = duc["d30056t"]
    # The incident ``will seriously slow down the plan for Chechnya's revival,'' said Leon
    # Wascinski, head of ..., according to Interfax. The kidnappers ``whoever they are,
    # ...,'' he said.
    revival = [q for q in chechnya if "will seriously slow down" in q.text.text]
    assert [q.speaker for q in revival] == ["Leon Wascinski"]
    assert "according to Interfax" not in revival[0].text.text
    assert any("whoever they are" in t for t in _said(chechnya, "Leon Wascinski"))


def test_analyze_a_description_named_in_apposition_without_a_role_noun(duc, raw):
    # The company, Granger Telecom, said it knew Chechnya was probably ...
    company = [q for q in duc["d30056t"] if q.text.text.startswith("it knew Chechnya")]
    assert [(q.speaker, q.role) for q in company] == [("Granger Telecom", "company")]
    confidence = [q for q in raw["multi_news-val-2476"] if "die from confidence" in q.text.text]
    assert [q.speaker for q in confidence] == ["Pierluigi Bersani"]


def test_analyze_newswire_quotation_after_a_sentence_end_the_splitter_missed(duc_shapes):
    # He described the cardinal's record as mixed. ``He tried to correct ...,'' Goldstein
    # said.: the quotation alone is Goldstein's
    record = [q for q in duc_shapes["d31002t"] if "worst aspects" in q.text.text]
    assert record and all(q.text.text.startswith("He tried to correct") for q in record)
    assert {q.speaker for q in record} == {"Slavko Goldstein"}
    # Olin said there were indications ... ``The fact that it spread so fast ...,'' he said.
    fire = [q for q in duc_shapes["d31022t"] if q.text.text.startswith("The fact that it spread")]
    assert [q.speaker for q in fire] == ["Lennart Olin"]


QUOTE_GOLD = json.loads((Path(__file__).parent / "fixtures" / "quote_gold.json").read_text("utf-8"))


def _gold_totals(part: str) -> list[int]:
    """Right, predicted, found and gold pairs over a gold set: raw clusters as `brief()`
    gives their quotes, DUC clusters' first two articles."""
    gold = QUOTE_GOLD[part]
    totals = [0, 0, 0, 0]
    for cluster in (c for c in read_clusters(RAW_VALIDATION, 250) if c["id"] in gold):
        analysis = brief(cluster["documents"], words=100).analysis
        assert analysis is not None
        found = precision_recall(analysis.quotes, [tuple(p) for p in gold[cluster["id"]]])
        totals = [a + b for a, b in zip(totals, found, strict=True)]
    for cluster in (c for c in read_clusters(DUC, 30) if c["id"] in gold):
        articles = as_articles(cluster["documents"])
        first_two = {a.id for a in articles[:2]}
        said = quotes([split(clean(a)) for a in articles])
        mine = [q for q in said if q.sentence.article.id in first_two]
        found = precision_recall(mine, [tuple(p) for p in gold[cluster["id"]]])
        totals = [a + b for a, b in zip(totals, found, strict=True)]
    return totals


def test_analyze_quote_gold_of_the_seventh_pass():
    # design, 5488: 12 of 14 right and 16 of 23 found before (Ida's "Thank you", ...),
    # 14 of 14 and 18 of 23 after; blind, 4008, 5202, 2623, 3520: 40 of 43 right and 57
    # of 95 found, before and after (docs/journal/quotes.md, "Who said what: he and she of unknown
    # gender, asides, agencies, appositions")
    right, predicted, found, pairs = _gold_totals("design")
    assert right / predicted >= 0.95
    assert found / pairs >= 0.75
    right, predicted, found, pairs = _gold_totals("blind")
    assert right / predicted >= 0.9
    assert found / pairs >= 0.55


def test_analyze_quote_gold_of_the_eighth_pass():
    # design, 3053: 4 of 4 right and 5 of 7 found before (Saitou after "says stem cell
    # biologist", Clark's "who calls the work"), 5 of 5 and 6 of 7 after, counted as
    # `brief()` gives quotes; blind, 4022, 3822, 4531, 1942: 34 of 34 right and 44 of 63
    # found, before and after (docs/journal/quotes.md, "Who said what, eighth pass")
    right, predicted, found, pairs = _gold_totals("design8")
    assert right == predicted
    assert found / pairs >= 0.85
    right, predicted, found, pairs = _gold_totals("blind8")
    assert right / predicted >= 0.95
    assert found / pairs >= 0.65


@pytest.mark.parametrize(
    ("gold", "least_right", "least_found"),
    [
        # blind, 3200, 4280, 3536, 2559: 36 of 36 right and 39 of 57 found before, 38 of 38
        # and 41 of 57 with the rules frozen at b502b14, 40 of 40 and 43 of 57 after
        # "According to X, ..." (docs/journal/quotes.md, "Who said what, ninth pass")
        ("blind9", 1.0, 0.75),
        # design, 2067: 24 of 27 right and 24 of 43 found before ("She claimed that ..."
        # after "According to police, Stinson told them ...", "She said there was an
        # altercation" given to the police), 27 of 29 and 27 of 43 after (docs/journal/quotes.md,
        # "Who said what, tenth pass")
        ("design10", 0.9, 0.6),
        # blind, 5184, 3949, 2277, 3995: 32 of 33 right and 32 of 44 found on main and with
        # the rules frozen at e307a02; 34 of 34 and 34 of 44 after "so that" and titles of
        # three words after a quotation (docs/journal/quotes.md, "Who said what, eleventh pass")
        ("blind11", 1.0, 0.75),
        # blind, 4775, 4656, 4326: 13 of 14 right and 18 of 50 found on main and with the
        # rules frozen at 8af0ce1; 15 of 16 and 20 of 50 after "..., his family said." and
        # "according to court papers" (docs/journal/quotes.md, "Who said what, twelfth pass"); 16 of
        # 17 and 21 of 50 after "The company said ..." (thirteenth pass)
        ("blind12", 0.9, 0.4),
        # blind, 4387, 4945: 27 of 33 right and 31 of 65 found on main and with the rules
        # frozen at 4eeef7b; 29 of 33 and 34 of 65 after titles of rank ("said Capt. Abi
        # Oilar") (docs/journal/quotes.md, "Who said what, thirteenth pass")
        ("blind13", 0.85, 0.5),
    ],
)
def test_analyze_quote_gold_of_a_later_pass(gold, least_right, least_found):
    right, predicted, found, pairs = _gold_totals(gold)
    assert right / predicted >= least_right
    assert found / pairs >= least_found
