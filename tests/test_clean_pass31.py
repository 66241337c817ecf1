"""Cleaning, thirty-first pass (raw validation by 0-based index): furniture left in the story
and a sentence end missed. 164 [4]'s related story's teaser, its headline glued to its
standfirst and closed by "More", goes whole; 155 [2]'s "... called FatherFounded.org. Dozens
have reached out ..." is two sentences. (133 [0]'s caption glued before a paragraph, "...
Stephanie Kercher (L) and brother Lyle Kercher speak during a press conference in Florence,
2014 As well as posting ...", is left: removed, it moved 133's summary past the guard.)"""

import gzip
import json
import re

from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split

from .conftest import DATA, RAW_VALIDATION, read_clusters
from .raw_pages import cleaned, exact_sentences, removals, removals_everywhere

_SWIMMER, _FATHERS = "multi_news-val-4313", "multi_news-val-2447"
_DUC = DATA / "duc2003-task2.jsonl.gz"
_PLUS = DATA / "multinews-plus-validation.jsonl.gz"


def test_a_related_storys_teaser_closed_by_more_goes_whole():
    swimmer = cleaned(_SWIMMER, 4)
    assert removals(swimmer) == [
        (
            "related link",
            "Missing swimmer found alive, rescued off Ipswich coast A man who went missing after "
            "swimming off an Ipswich beach Tuesday evening with his son-in-law has been rescued. "
            "More",
        )
    ]
    sentences = exact_sentences(swimmer)
    # The page's own first two paragraphs, now next to each other.
    assert sentences[:2] == [
        "Thick fog and rip currents first disoriented year-round swimmer and triathlete Randy "
        "Hackett of Argilla Road and then pulled him out to sea Tuesday evening off Crane Beach, "
        "leaving Hackett clinging to a green buoy for a time.",
        '"The fog was so thick you couldn\'t even see your hand," said Hackett, who completely '
        "lost his bearings.",
    ]
    assert "More" not in sentences
    assert not any("Missing swimmer" in s for s in sentences)


def test_over_raw_and_duc_the_teaser_is_the_only_one_of_its_shape():
    # A stop then "More" closing what was removed ("Read More" alone is a share button's).
    teaser = re.compile(r"[.!?] More$")
    more = [
        (r.corpus, r.cluster, r.document) for r in removals_everywhere() if teaser.search(r.text)
    ]
    assert more == [("raw", 164, 4)]


def test_a_sites_address_closing_a_sentence_ends_it():
    sentences = exact_sentences(cleaned(_FATHERS, 2))
    called = next(s for s in sentences if s.startswith("Reischl, 67, a retired cartographer"))
    assert called.endswith("— and their children — called FatherFounded.org.")
    assert sentences[sentences.index(called) + 1] == (
        "Dozens have reached out to Hjort for help just in the past few years as their time has "
        "begun to wane."
    )


def _sentences(page: str) -> list[str]:
    (article,) = as_articles([page])
    return [s.text for s in split(clean(article))]


def test_multi_news_plus_addresses_end_their_sentences_before_a_capital_or_a_quotation():
    clusters = read_clusters(_PLUS, 1062)
    mail = _sentences(clusters[1061]["documents"][1])
    assert "For assistance, please send e-mail to: mmwrq@cdc.gov." in mail
    assert (
        "Type 508 accommodation and the title of the report in the subject line of e-mail." in mail
    )
    tickets = _sentences(clusters[40]["documents"][0])
    said = next(s for s in tickets if s.endswith("consumer analyst for insurance.com."))
    assert tickets[tickets.index(said) + 1].startswith('"but it is interesting to see what vehicle')


# An address's stop inside a sentence, before the next one's capital.
_ADDRESS_INSIDE = re.compile(r"\.(?:com|org|net|gov|edu|uk)\.[\"”’')\]]* +[A-Z]")


def test_over_raw_and_duc_no_sentence_runs_on_past_an_address():
    runs = []
    for path in (RAW_VALIDATION, _DUC):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                for page in json.loads(line)["documents"]:
                    if _ADDRESS_INSIDE.search(page):
                        runs += [s for s in _sentences(page) if _ADDRESS_INSIDE.search(s)]
    assert runs == []
