"""Cleaning, thirty-second pass (raw validation by 0-based index): 188's Spider-Man ruling.
[1] (Slate) opens on "Harvard Law Record", its lead picture's credit left as a line, and sets
its writer's bio between its first paragraphs, "Mark Joseph Stern Mark Joseph Stern covers
courts and the law for Slate.": both go, and the bio names the page's outlet. Its citation
"Cf. S. Lee and S. Ditko, ..." is one sentence, not three. [0]'s subheading "In law, with
great power must come great responsibility" (nine words and a comma) goes."""

from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split

from .conftest import DATA, read_clusters
from .raw_pages import (
    cleaned,
    exact_sentences,
    outlet_read,
    raw_document,
    removals,
    removals_everywhere,
)

_SPIDER_MAN = "multi_news-val-3200"
_PLUS = DATA / "multinews-plus-validation.jsonl.gz"


def test_slates_bio_and_its_pictures_credit_go_and_its_citation_is_one_sentence():
    slate = cleaned(_SPIDER_MAN, 1)
    assert removals(slate) == [
        ("page label", "Harvard Law Record"),
        ("credit", "Mark Joseph Stern Mark Joseph Stern covers courts and the law for Slate."),
        ("advertisement", "Advertisement"),
    ]
    sentences = exact_sentences(slate)
    assert sentences[0] == (
        "On Monday, the Supreme Court handed down its decision in Kimble v. Marvel, also known "
        "as the Spider-Man case."
    )
    assert not any("Stern" in s or "Harvard" in s for s in sentences)
    # The first paragraph's last sentence, then the one under the bio.
    jokes = next(s for s in sentences if s.startswith("After noting that the toy"))
    assert sentences[sentences.index(jokes) + 1].startswith("The parties set no end date")
    assert sentences[-2:] == [
        "But stare decisis teaches that we should exercise that authority sparingly.",
        "Cf. S. Lee and S. Ditko, Amazing Fantasy No. 15: “Spider-Man,” p. 13 (1962) (“[I]n "
        "this world, with great power there must also come—great responsibility”).",
    ]


def test_the_bio_names_slate_as_the_pages_outlet():
    assert outlet_read(raw_document(188, 1)) == ("Slate", "writer's credit line")
    # Salon's bio goes on to its writer's address, which the name spells (sources21).
    assert outlet_read(raw_document(92, 0)) == ("Salon", "writer's credit line")


def test_a_subheading_of_nine_words_and_a_comma_goes():
    verge = cleaned(_SPIDER_MAN, 0)
    assert removals(verge) == [
        ("subheading", "In law, with great power must come great responsibility")
    ]
    sentences = exact_sentences(verge)
    decision = next(s for s in sentences if s.startswith("In a case pitting inventor"))
    assert sentences[sentences.index(decision) + 1].startswith(
        "Kimble v. Marvel Entertainment concerned Kimble's webshooter invention"
    )


def test_over_raw_and_duc_the_labels_and_bios_removed_are_these():
    found = removals_everywhere()
    labels = [(r.corpus, r.cluster, r.document, r.text) for r in found if r.reason == "page label"]
    # Sections' and blogs' names over the story, and Slate's credit; none told again below.
    assert labels == [
        ("raw", 10, 2, "Features"),
        ("raw", 120, 1, "Columnist"),
        ("raw", 150, 1, "Postrology"),
        ("raw", 188, 1, "Harvard Law Record"),
        ("raw", 230, 2, "Politics"),
    ]
    bios = [r.text for r in found if r.reason == "credit" and " covers " in r.text]
    assert bios == ["Mark Joseph Stern Mark Joseph Stern covers courts and the law for Slate."]
    # A headline's words are its story's: 62 [0]'s and 159 [2]'s first lines stay.
    for line, index, headline in ((62, 0, "Alexis Murphy Missing"), (159, 2, "Rocky Mountain")):
        (article,) = as_articles([raw_document(line, index)])
        assert split(clean(article))[0].text.startswith(headline)


def test_longer_subheadings_keep_dialogue_and_a_lists_items():
    found = {(r.cluster, r.document, r.text) for r in removals_everywhere()}
    # 210 [1]'s line of dialogue that lost its stop, and 201 [1]'s item under its number.
    assert (210, 1, 'Weiner nodded at me to introduce myself, "Hi, I\'m Olivia"') not in found
    assert (201, 1, "Hidden Message: WHEN I STOPPED CARING WHAT YOU THOUGHT") not in found
    assert (157, 1, "A mystery, and no answer in sight") in found


def _sentences(page: str) -> list[str]:
    (article,) = as_articles([page])
    return [s.text for s in split(clean(article))]


def test_an_initial_set_apart_from_its_surname_is_joined_to_it():
    clusters = read_clusters(_PLUS, 1516)
    assert _sentences(clusters[352]["documents"][1])[1].startswith(
        "H. Brandt ayers, 82, on thursday stepped down as chairman"
    )
    assert "M. Menino's anti-chick-fil-a crusade." in _sentences(clusters[1515]["documents"][2])
    # A capital closing a sentence after a word without a stop ends it still.
    zoo = _sentences(raw_document(139, 0))
    cold = next(s for s in zoo if s.endswith("when the temp falls below -25 C."))
    assert zoo[zoo.index(cold) + 1].startswith("According to CTVNews")
