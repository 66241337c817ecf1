"""Quote attribution, fortieth pass: what two readers found on raw validation clusters
(multi_news-val-1745, 5124, 5202, 1557, 4387, 2531, 4901, 3949). A teacher introduced in a
long apposition is followed to her "she said"; an air force's rank is a title, so "ACM
Houston" is Angus Houston; "emphasizes," opens a quotation; a time and its comma before a
quotation are no part of the words; "the study’s lead author, Mason Silveira," speaks;
"their lawyer" is the family's lawyer named; "this technology" is no time; a role is read
from a word's start, after an owner, before where it was said; the writer's clause after
a dash ends reported words. `fixtures/quote_reader40.json` holds the readers' sentences
(design) and every attribution of two clusters no quote test names (blind)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, only_quote, quote_items
from tests.test_analyze_quote_reader24 import reader_totals

_ITEMS = quote_items("quote_reader40")
_STANDARDS, _FURIOUS, _VEGETATIVE, _MH370, _RATS, _THOR, _KELLERS, _WALMART = (
    "multi_news-val-1745",
    "multi_news-val-5124",
    "multi_news-val-5202",
    "multi_news-val-1557",
    "multi_news-val-4387",
    "multi_news-val-2531",
    "multi_news-val-4901",
    "multi_news-val-3949",
)


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({item["cluster"] for item in _ITEMS})


def test_analyze_reader40_gold(briefed):
    # main (89549cf): design 6 of 21 right, 14 made, 6 right; blind 52 of 59, 14 made, 13
    # right. This pass: design 17 of 21, 19 made, 17 right (missed: Krehbeil's and
    # Niepold's words across hard line breaks; wrong: the writer's "For those keeping track
    # at home," opening Variety's words); blind as main. Since clean22 removed raw 56's
    # caption ("... the scientists say"), whose gold also allows no quote, one right item is
    # made by no quote: 17 right, 16 of them made.
    right, predicted, right_predicted, _ = reader_totals(briefed, "design", _ITEMS)
    assert right >= 17 and right_predicted >= 16 and predicted - right_predicted <= 2
    # Blind: since cleaning's thirty-third pass removed 212 [0]'s sidebar ("Reliving History:
    # ... As Dr. Alexander says, it’s unlikely ...", a magazine's pitch for its own covers),
    # its item, right at main, has no sentence left to quote: 51 right, 12 of 13 made.
    right, predicted, right_predicted, _ = reader_totals(briefed, "blind", _ITEMS)
    assert right >= 51 and right_predicted >= 12 and predicted - right_predicted <= 1


def test_analyze_a_teacher_in_a_long_apposition_is_she(briefed):
    # "Judith Luber-Narod, a high-school science teacher at the Abby Kelley Foster Charter
    # Public School in Worcester, Mass., has incorporated ... ¶ “I hesitated ...,” she said."
    standards = briefed[_STANDARDS]
    for words in ("I hesitated a little bit", "I say to them,"):
        assert only_quote(standards, words).speaker == "Judith Luber-Narod"


def test_analyze_one_air_chief_marshal(briefed):
    speakers = {q.speaker for q in briefed[_MH370] if "Houston" in q.speaker}
    assert speakers == {"Angus Houston"}


def test_analyze_emphasizes_and_a_time_before_a_quotation(briefed):
    thor = briefed[_THOR]
    aaron = only_quote(thor, "Series writer Jason Aaron emphasizes")
    assert aaron.speaker == "Jason Aaron" and aaron.text.text.startswith("This is not She-Thor")
    whoopi = only_quote(thor, "as Whoopi Goldberg said this morning")
    assert whoopi.text.text.startswith("It’s a huge day") and whoopi.kind == "quote"


def test_analyze_the_lead_author_and_the_familys_lawyer(briefed):
    rats = briefed[_RATS]
    assert only_quote(rats, "just lazier, said the study’s lead author").speaker == "Mason Silveira"
    # "... Mason Silveira, a PhD candidate ... ¶ Facebook Twitter Pinterest ... ¶ “When rats
    # were given THC ...,” he said."
    assert only_quote(rats, "When rats were given THC").speaker == "Mason Silveira"
    # "..., their lawyer says." ¶ ... "The Kellers’ lawyer, Keith Hampton, said ..."
    assert only_quote(briefed[_KELLERS], "their lawyer says").speaker == "Keith Hampton"


def test_analyze_words_keep_their_subject_and_lose_the_writers_clause(briefed):
    young = only_quote(briefed[_VEGETATIVE], "He says this technology has the potential")
    assert young.text.text.startswith("this technology has the potential")
    robinson = only_quote(briefed[_WALMART], "she had to do it for her family")
    assert robinson.text.text == "she had to do it for her family"


def test_analyze_roles_from_a_words_start_an_owner_and_before_a_note(briefed):
    owen = only_quote(briefed[_VEGETATIVE], "the British neuroscientist Prof Adrian Owen")
    assert (owen.speaker, owen.role) == ("Adrian Owen", "the British neuroscientist")
    furious = briefed[_FURIOUS]
    carpou = only_quote(furious, "said Nick Carpou, U’s head of domestic distribution")
    assert carpou.role == "U’s head of domestic distribution"
    meyer = only_quote(furious, "said Ron Meyer, vice chairman of studio parent NBCUniversal")
    assert meyer.role == "vice chairman of studio parent NBCUniversal"
