"""The "Only in one outlet" section against hand-checked items (unique_gold.py): the seeds
and raw Multi-News validation clusters."""

from __future__ import annotations

import math
from itertools import pairwise

import pytest

from chorus import brief
from chorus.analyze.lead_in_carries import leans_on_someone, names_no_one
from chorus.analyze.lead_in_pointers import points_to_before
from chorus.analyze.lead_ins import goes_on_from, lead_in, person_after_phrase, refers_before
from chorus.analyze.model import Analysis
from chorus.analyze.similarity import similarity
from chorus.analyze.statements import states_a_fact
from chorus.analyze.unique import unique
from chorus.analyze.unnamed_people import unnamed_inside
from chorus.clean import clean
from chorus.dangling import names_again, opens_with_pronoun
from chorus.ingest import make_article
from chorus.represent import embed
from chorus.sentences import split
from chorus.shown_alone import leans_back, unnamed_person
from tests.gold import inputs, places
from tests.unique_gold import GOLD, Judged, judge

EMPTIED = "multi_news-val-1255"
"""Raw 1: every sentence of each outlet scores 0.22 or more with another's, and none quotes
someone only one outlet names."""

# (raw validation cluster, how a sentence opens, whether it opens with a pronoun that
# stands for something said before)
PRONOUN_OPENINGS = [
    ("multi_news-val-80", "He said Thorfinn’s rise to power", True),
    ("multi_news-val-4513", "It’s a kind of “biological hacking”", True),
    ("multi_news-val-2851", 'It had been set at "critical"', True),
    ("multi_news-val-393", "Its location appears in books", True),
    ("multi_news-val-2273", "They're on tour now", True),
    ("multi_news-val-5500", "It seems that something is definitely wrong", False),
    ("multi_news-val-2654", "It’s unclear how much has been donated", False),
    ("multi_news-val-1513", "It took about 20 years for the song", False),
    ("multi_news-val-5309", "It has been claimed the captain", False),
    ("multi_news-val-4896", "It's worth noting that he has", False),
]


# (raw validation cluster, how a sentence opens, whether it opens with a definite
# description of what the sentence before it names or tells)
DEFINITE_OPENINGS = [
    ("multi_news-val-3493", "The dogs were brought to the humane society", True),
    ("multi_news-val-4826", "The move comes two months after", True),
    ("multi_news-val-5261", "The document release is part of", True),
    ("multi_news-val-4713", "The control room will be staffed", True),
    ("multi_news-val-1186", "The president wrote on Twitter", True),
    ("multi_news-val-4328", "The first Model S fire", False),
    ("multi_news-val-5196", "The last two winners of the Iowa GOP", False),
    ("multi_news-val-3563", "The Los Angeles Times reported", False),
    ("multi_news-val-2642", "The presence of helicopters", False),
    ("multi_news-val-2031", "The property is not considered", False),
    ("multi_news-val-1557", "The time is ripe", False),
]
# (raw validation cluster, how a sentence opens, whether it states something a lone item can
# hold): a question quoted before its speaker, a teaser cut off with an ellipsis and the
# writer speaking ("I asked", "I said") do not; a quotation whose speaker is named does.
STATEMENTS = [
    ("multi_news-val-2313", "“You want to know who my customer is?”", False),
    ("multi_news-val-1212", '"In a good way or a bad way?"', False),
    # (A teaser of 4919's ScienceDaily page before cleaning's twenty-fourth pass removed the
    # page whole; this one is 2168's.)
    ("multi_news-val-2168", "She plans to use another federal program", False),
    ("multi_news-val-4679", "Nonetheless, given the strong attachment", False),
    ("multi_news-val-4321", "I opened the stall door", False),
    ("multi_news-val-907", '"I got a really heart-warming letter', True),
    ("multi_news-val-1212", '"Something happened inside of me', True),
]
MOVE, BALIN = "multi_news-val-4826", "multi_news-val-1643"
"""An item opening "The move comes ..."; one opening "His wife, Susan Joy Balin, ..." after
"He was 76; ...", which follows the sentence naming Marty Balin."""


@pytest.fixture(scope="module")
def analysed() -> dict[str, tuple[Analysis, dict[str, int]]]:
    """Each gold cluster's (and EMPTIED's, MOVE's and BALIN's) analysis, and the documents'
    places by id."""
    result = {}
    for name, documents in inputs({c["id"] for c in GOLD} | {EMPTIED, MOVE, BALIN}).items():
        briefing = brief(documents, words=100)
        assert briefing.analysis is not None
        result[name] = (briefing.analysis, places(documents))
    return result


def _texts(analysed, cluster: str) -> list[str]:
    return [fact.statement.text for fact in analysed[cluster][0].unique]


def test_unique_items_are_mostly_facts_no_other_outlet_reports(analysed):
    total = sum(
        (judge(analysed[c["id"]][0].unique, analysed[c["id"]][1], c["items"]) for c in GOLD),
        Judged(0, 0, 0, 0),
    )
    # An item no gold line names counts as wrong: label it in unique_gold.json. Before
    # questions and speakerless quotations or first-person sentences were left out: 30 right
    # of 61 shown (0.49); before sentences nearer another outlet than their own article
    # were: 30 of 55 (0.55), 8 reported elsewhere. Since then 31 of 47 (0.66), 4 elsewhere;
    # with four clusters judged before chorus ran on them (2669, 3655; 3211 and 3680 blind),
    # 37 of 63 (0.59), 7 elsewhere: the new clusters' 16 items hold 6 right. With 2669's
    # lead kept whole ("UNION CITY, Ga. - One minute, ..."; it was split after "Ga."), the
    # cluster's sentence weights shift and its park fundraiser, which the other outlet
    # tells as "His close friends are fundraising", is listed too: 37 of 64, 8 elsewhere.
    # With 2313, 2277 (design) and 3995, 3240, 5184, 3949 (blind) judged before chorus ran
    # on them: 56 of 88 (0.636); with a question quoted before its speaker left out (2313's
    # “You want to know who my customer is?” he asked.), 56 of 87 (0.644). With 4830, 3044,
    # 2114 and 1721 (blind) judged before chorus ran on them: 67 of 100, 9 elsewhere (3044's
    # "The next one now in college (age 11) is already considering the field of law!").
    # With 4826, 4412, 1907 and 4100 (blind) judged before chorus ran on them: 81 of 120, 10
    # elsewhere (4826's lead "Michael Kors has picked out some new shoes to go with its
    # handbags.", the other outlet's purchase of Jimmy Choo).
    assert total.shown >= 80
    assert total.right / total.shown >= 0.64, total
    assert total.elsewhere <= 10, total


def test_a_paraphrase_of_another_outlet_is_not_listed(analysed):
    # Macron stressed "his deep concern at the continued deterioration of the situation on
    # the ground", and the FT: "Macron expressed his “profound” concern about the war in
    # Syria and his “regrets” over ...". The sentence scores more with the FT's sentences on
    # Macron's words (0.19, 0.17) than with any other of its own article (0.15).
    texts = _texts(analysed, "seeds")
    assert texts
    assert not any("his deep concern" in t for t in texts)
    assert any("Paris was resisting US options" in t for t in texts)


def test_questions_are_not_listed(analysed):
    assert not any(t.endswith("?") for t in _texts(analysed, "multi_news-val-2531"))
    # A question quoted before its speaker: “You want to know who my customer is?” he asked.
    texts = _texts(analysed, "multi_news-val-2313")
    assert texts
    assert not any(t.startswith("“You want to know") for t in texts)


def test_questions_cut_off_sentences_and_the_writer_speaking_state_nothing():
    documents = inputs({cluster for cluster, _, _ in STATEMENTS})
    for cluster, opening, stating in STATEMENTS:
        text, _ = _opening(documents[cluster], opening)
        assert states_a_fact(text) is stating, text


def test_quotations_cut_off_from_their_speaker_are_not_listed(analysed):
    # "Salute to Prodigy, ..." and "“There wouldn't be a Mobb Deep without you ...”" name
    # no speaker; a song title opening a sentence is no such quotation.
    texts = _texts(analysed, "multi_news-val-410")
    assert not any(t.startswith(('"Salute', '"There wouldn')) for t in texts)
    assert any(t.startswith('"Where" charted') for t in _texts(analysed, "multi_news-val-2771"))
    # Attributed, it stays: "... heart-warming letter from Phil ...," Anastasio tells Billboard.
    assert any("heart-warming letter" in t for t in _texts(analysed, "multi_news-val-907"))


def test_first_person_sentences_are_not_listed(analysed):
    texts = _texts(analysed, "multi_news-val-410")
    assert texts
    assert not any("we at Billboard Dance" in t for t in texts)


def test_an_emptied_section_keeps_its_reason(analysed):
    analysis, _ = analysed[EMPTIED]
    assert analysis.agreed and not analysis.unique
    assert analysis.reasons["unique"] == "every outlet's main points are reported elsewhere"


def test_a_sentence_alone_in_its_article_has_nothing_to_be_nearer_than(seed_texts):
    # An FT sentence as an article of its own beside the seeds' first article: it scores
    # 0.18 with that article at best, and, with no sentence of its own article to compare,
    # the margin leaves it listed.
    lone = "Jim Mattis, US defence secretary, made similar comments on Thursday"
    ft = next(text for text in seed_texts.values() if lone in text)
    first = next(iter(seed_texts.values()))
    assert ft != first
    sentence = ft[ft.index(lone) : ft.index(".", ft.index(lone)) + 1]
    documents = [
        clean(make_article(t, f"d{n}", origin=f"d{n}")) for n, t in enumerate((first, sentence))
    ]
    sentences = [s for d in documents for s in split(d)]
    scored = similarity(sentences, embed([s.text for s in sentences]))
    assert math.isinf(scored.best_at_home()[-1])
    listed = [
        f.statement.text for f in unique(scored) if f.statement.article is documents[1].article
    ]
    assert listed == [sentence]


def _opening(documents: list[str], opening: str) -> tuple[str, str]:
    """The sentence that opens so, and the sentence before it in its article."""
    for n, text in enumerate(documents):
        sentences = split(clean(make_article(text, f"d{n}", origin=f"d{n}")))
        for before, sentence in pairwise(sentences):
            if sentence.text.startswith(opening):
                return sentence.text, before.text
    raise AssertionError(f"no sentence opens with {opening!r}")


def test_pronoun_openings_are_told_from_an_impersonal_it():
    documents = inputs({cluster for cluster, _, _ in PRONOUN_OPENINGS})
    for cluster, opening, pointing in PRONOUN_OPENINGS:
        text, _ = _opening(documents[cluster], opening)
        assert opens_with_pronoun(text) is pointing, text


def test_definite_descriptions_of_what_the_sentence_before_names():
    # "The dogs" after "Officials said the dogs ...", "The move" after Michael Kors agreed to
    # buy Jimmy Choo; not a ranking ("The first Model S fire"), a name ("The Los Angeles
    # Times"), nor a verb or "of" the sentence before also writes ("The property is").
    documents = inputs({cluster for cluster, _, _ in DEFINITE_OPENINGS})
    for cluster, opening, pointing in DEFINITE_OPENINGS:
        text, before = _opening(documents[cluster], opening)
        assert names_again(text, before) is pointing, (text, before)


def test_an_item_opening_with_a_pronoun_carries_the_sentence_before_it(analysed):
    # "It" is the song named just before; "She", the pole vaulter, whose record "that feat"
    # repeats.
    for cluster, item, before in (
        ("multi_news-val-2771", "It ties for the longest climb", '"Right Now," which features'),
        (
            "multi_news-val-4810",
            "She repeated that feat indoors",
            "Trained by her father, Grünberg",
        ),
    ):
        fact = next(f for f in analysed[cluster][0].unique if f.statement.text.startswith(item))
        assert len(fact.context) == 1
        assert fact.context[0].text.startswith(before)


def test_an_item_opening_with_a_definite_description_carries_the_sentence_before():
    # Read on the cluster's rows: since cleaning47 took Reuters' tickers out of its lead, "The
    # move comes ..." ranks below its article's three lone items shown.
    documents = inputs({MOVE})[MOVE]
    sentences = [
        sentence
        for n, text in enumerate(documents)
        for sentence in split(clean(make_article(text, f"d{n}", origin=f"d{n}")))
    ]
    scored = similarity(sentences, embed([s.text for s in sentences]))
    row = next(i for i, s in enumerate(sentences) if s.text.startswith("The move"))
    (before,) = lead_in(scored.sentences, row, scored.points_back)
    assert "Michael Kors agreed to buy luxury shoemaker Jimmy Choo for $1.2 billion" in before.text


def test_a_context_opening_with_a_pronoun_reaches_one_sentence_further(analysed):
    # "His wife ..." follows "He was 76; ...": the sentence before that names Marty Balin.
    fact = next(f for f in analysed[BALIN][0].unique if f.statement.text.startswith("His wife"))
    assert [s.text[:20] for s in fact.context] == ["Marty Balin, a co-fo", "He was 76; the cause"]


def test_only_items_that_point_back_carry_context(analysed):
    # The impersonal "It helped that Shapiro has an exclusive contract ..." (907) carries none.
    shown = [f for analysis, _ in analysed.values() for f in analysis.unique]
    with_context = [f for f in shown if f.context]
    assert 4 <= len(with_context) < len(shown)
    assert not any(f.statement.text.startswith("It helped that") and f.context for f in shown)
    # unless the sentence it leans on is the item shown right above it
    above = {(f.statement.article.id, f.statement.index + 1) for f in shown}
    for fact in shown:
        statement = fact.statement
        if not opens_with_pronoun(statement.text) or statement.index == 0:
            continue
        if fact.context or (statement.article.id, statement.index) in above:
            continue
        # a "he" goes without one only when its paragraph's text before names no one either
        # (lead_in_carries, context43: raw 25's "He is a coach ..." below "Now the
        # once-vibrant coach is possibly facing ...")
        before = statement.article.text[: statement.start].rstrip().rsplit("\n", 1)[-1]
        assert leans_on_someone(statement.text) and names_no_one(before), statement.text
    for fact in with_context:
        text, nearest = fact.statement.text, fact.context[-1]
        assert (
            opens_with_pronoun(text)
            or names_again(text, nearest.text)
            or leans_back(text, nearest.text)
            or unnamed_person(text)
            or refers_before(text)
            or person_after_phrase(text)
            or goes_on_from(text)
            or points_to_before(text, nearest.text)
            or unnamed_inside(text)
        ), text
        assert len(fact.context) <= 2
        # each the sentence right before the next, or one more back past an aside in
        # brackets ("(Burke Ramsey, now 29, appeared on Dr. Phil ...)", raw 69)
        places = [*(s.index for s in fact.context), fact.statement.index]
        assert all(s.article is fact.statement.article for s in fact.context)
        assert all(0 < b - a <= 2 for a, b in pairwise(places)), places
        if len(fact.context) == 2:
            further = fact.context[0].text
            # a nearest that names no one, or that goes on from the one before itself
            assert (
                opens_with_pronoun(nearest.text)
                or unnamed_person(nearest.text)
                or goes_on_from(nearest.text)
                or unnamed_inside(nearest.text)
            )
            assert not (opens_with_pronoun(further) or unnamed_person(further))
