"""Agreed facts and unique items on the ninth pass's new text (fixtures/
agreement_new_text9.json: Multi-News+ validation and train clusters and raw validation
clusters no earlier agreement or unique fixture named, judged one by one before any rule
changed), and the words and lines that pass found linking or listing what it should not."""

from __future__ import annotations

from collections import Counter

import pytest

from chorus.analyze.model import Analysis
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.test_analyze_agreement_new_text import (
    PLUS_FILES,
    _analysis,
    _gold,
    _plus_documents,
    _tally,
    _together,
)


@pytest.fixture(scope="module")
def judged_new_text9() -> dict[str, Counter]:
    return _tally(_gold("agreement_new_text9"))


def test_ninth_new_text_shows_fewer_wrong_pairs_and_less_noise(judged_new_text9):
    # Main (534090b): design pairs 80 right / 14 wrong, unique 69 right / 3 elsewhere / 11
    # noise; blind pairs 59 / 17, unique 56 / 9 / 8. A name's particle and words such as
    # "regarding" no longer link two facts; a reader's instruction ("click", "Please")
    # and a first person written "i" are no unique items.
    # Cleaning's fifth pass (3850, 3991, 39484 named by their story words now): 3760's right
    # pair shared "canadian ... delegation ... tweeted ... map" only through doc 1's AP
    # caption ("this combination image shows a map tweeted by the canadian joint delegation
    # to nato ..."), now removed, and doc 4's two right unique items drop out with it as docs
    # 0 and 3 (Twitter's location widget, nothing else) go empty; 38083's wrong pair was a
    # caption (blind, 17 → 16), 39484's photo credits no longer a unique item.
    # The thirteenth pass (an aside on someone, ", who ... ,", links no pair): 1212's two
    # wrong pairs and its unclear one go (design 13 → 11 wrong); the blind half's 2851 pair
    # joined the programme's arrest scene to the only fact both tell, in the aside "who
    # worked for London Underground ...,": 59 → 58 right.
    # The fourteenth pass: a passage set off as someone else's words links no pair. 4361's
    # three lines of Ehrlich's book, which the magazine closes with "—Paul Ehrlich" and the
    # blog excerpts after "... whom Kunzig quotes:", were judged right here; a reader judged
    # them a copied quotation, not two outlets agreeing, and so does this pass: 79 → 76.
    # The fifteenth pass: 297's three lines of American Airlines' statement, which the blog
    # quotes whole after "American Airlines posted a statement to Facebook:" from the
    # airline's page, were judged right here; a reader judged them one source counted twice
    # and so does this pass; 5077's Legionnaires' outbreak pair is shown as a conflict
    # (its spans of months), so not agreed too: blind 58 → 54.
    # summary127 (stop 56) takes a document link's label out as the text is read: 4361's
    # judged unique item "As the 2010 World Population fact sheet shows (download a PDF
    # here), in Japan ..." is written without it, so the fixture names it by its words as
    # written now (the same sentence and verdict; the lead's edit of the key only).
    design, blind = judged_new_text9["design"], judged_new_text9["blind"]
    # nineteenth pass: statements that go on state nothing: 2526's "Thus, ..." and
    # "However, ..." have no linked sentence that stands alone, and go; 5077's "But the
    # possibility ..." is a support of the sentence that states its fact: 74 and 53.
    # Twenty-third pass: of a remark's supports from one article, only those quoting it when
    # one does: 1212's unquoted copy of the remark ("I was the one that was being preyed
    # upon and I fought back.") goes beside its article's quoted one, the item cited as
    # before: 73
    assert design["pair", "right"] >= 73 and design["pair", "wrong"] <= 11, design
    # Twenty-sixth pass: a sentence of a passage the article quotes is no lone item; 4361's
    # (raw 45) "Lester Brown, founder of Worldwatch Institute ..." stands in Kunzig's
    # paragraph TIME quotes after "as Kunzig wonders:", judged right here: 66. Summary103
    # (stop 51): plus 3567's summary no longer shows the shoe charity's own "we" page ("We
    # distribute our life-changing shoes ...") but the report's lines, which the unique list
    # then leaves to it (two right items and an unclear one): 56
    assert design["unique", "right"] >= 56 and design["unique", "noise"] <= 8, design
    # summary36's opening count standing for people ("The three, who were wearing fake
    # suicide vests, ...") leans back, as "All three ..." did: 2851's right pair with "All
    # three men were shot dead ..." is no longer shown: 52
    assert blind["pair", "right"] >= 52 and blind["pair", "wrong"] <= 16, blind
    # Stop 50 (unique45): a row the summary shows is passed over for the outlet's next; the
    # right rows now summary lines (100 words) are read there, not counted here: 58 and 46.
    assert blind["unique", "right"] >= 46 and blind["unique", "noise"] <= 6, blind


@pytest.fixture(scope="module")
def raw_analyses() -> dict[str, Analysis]:
    """The analyses of the raw validation clusters the tests below read, by number."""
    wanted = {f"multi_news-val-{n}" for n in (297, 2094, 2484, 2723, 4022, 4378)}
    clusters = [c for c in read_clusters(RAW_VALIDATION, 250) if c["id"] in wanted]
    return {c["id"].rsplit("-", 1)[1]: _analysis(c["documents"]) for c in clusters}


@pytest.mark.parametrize(
    ("cluster", "one", "other"),
    [
        # "de" of "Juan de Fuca", the name the two write, was all else they shared (0.39)
        ("2723", "Most major volcanoes of the Cascade Arc", "From a global perspective"),
        # "regarding" slavery / "Regarding the attention his initial comments have since
        # received": two of Bundy's answers
        ("4378", "Bundy insisted in several media appearances", "Regarding the attention"),
        # "how many of their colleagues" / "an idea many Republicans have scoffed at"
        ("4022", "Some House Republicans said yesterday", "Instead, the White House wants"),
        # "dating back to before the 2010 election" / Pelosi before a vote
        ("2094", "There’s also some history", "House Minority Leader Nancy Pelosi"),
    ],
)
def test_a_particle_or_a_link_word_joins_no_two_facts(raw_analyses, cluster, one, other):
    assert raw_analyses[cluster].agreed, cluster
    assert not _together(raw_analyses[cluster].agreed, one, other)


@pytest.mark.parametrize(
    ("cluster", "opening"),
    [
        ("2484", "Click on the banner introducing the service"),
        ("297", "Please continue showing your support"),
    ],
)
def test_an_instruction_to_the_reader_is_no_unique_item(raw_analyses, cluster, opening):
    unique = raw_analyses[cluster].unique
    assert unique, cluster
    assert not any(f.statement.text.startswith(opening) for f in unique)


@pytest.fixture(scope="module")
def plus_analyses9() -> dict[str, Analysis]:
    """Analyses of the ninth pass's design clusters (Multi-News+ validation lines)."""
    found = _plus_documents(PLUS_FILES["plus"], {3567, 3786})
    return {line: _analysis(documents) for line, documents in found.items()}


@pytest.mark.parametrize(
    ("line", "words"),
    [
        # the charity's page: "Ready to help fill a duffle?start by clicking a world region"
        ("3567", "by clicking a world region"),
        ("3567", "Or click to see a full list"),
        # a book's page in lower case: "... rare letters and photographs, i have pieced
        # together what happened ..." names no speaker
        ("3786", "i have pieced together"),
    ],
)
def test_a_click_or_a_lower_case_first_person_is_no_unique_item(plus_analyses9, line, words):
    unique = plus_analyses9[line].unique
    assert unique, line
    assert not any(words in f.statement.text for f in unique)
