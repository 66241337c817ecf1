import pytest

from chorus.clean import clean
from chorus.ingest import make_article
from chorus.sentences import split


def _visible(text: str) -> str:
    """Text without zero-width characters, which the splitter may leave between sentences."""
    return text.translate({0x200B: " ", 0xFEFF: " ", 0x200C: " ", 0x200D: " "})


def _sentences(text: str) -> list[str]:
    return [s.text for s in split(clean(make_article(text, "test", origin="test")))]


def _seed_sentences(seed_texts, name: str) -> list[str]:
    return _sentences(seed_texts[name])


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # "U.S." inside a sentence does not end it.
        (
            "000_e70a219f8e194b37.txt",
            "The U.S. draft resolution had the overwhelming support of the council with 12 "
            "members of the 15-member council voting in favor, and only two -- Russia and "
            "Bolivia -- voting against.",
        ),
        # "Mr" and a quote with ". . ." (thin spaces, as the FT prints it) stay one sentence.
        (
            "001_f34298cc83c0a39a.txt",
            "The Kremlin said Mr Putin urged France and its allies to “refrain from "
            "ill-considered and dangerous actions which would\u2009.\u2009.\u2009.\u2009have "
            "unpredictable consequences”.",
        ),
        # A quotation of two sentences followed by its attribution is one sentence.
        (
            "001_f34298cc83c0a39a.txt",
            "“Never said when an attack on Syria would take place. Could be very soon or not "
            "so soon at all!” he said in a tweet.",
        ),
        # A quote that ends a sentence closes it.
        (
            "001_f34298cc83c0a39a.txt",
            "Michel Duclos, a former French ambassador to Damascus, said the phone "
            "conversation may herald imminent military action against Syria.",
        ),
    ],
)
def test_sentences_on_seed_probes(seed_texts, name, expected):
    assert expected in _seed_sentences(seed_texts, name)


def test_sentences_headline_without_full_stop_is_its_own_sentence():
    text = "Macron Calls Putin Over Syria\nThe French president spoke to Mr. Putin on Friday."
    assert _sentences(text) == [
        "Macron Calls Putin Over Syria",
        "The French president spoke to Mr. Putin on Friday.",
    ]


def test_sentences_titles_do_not_end_sentences():
    text = "Dr. Smith met Sen. John McCain in Washington. They spoke for an hour."
    assert _sentences(text) == [
        "Dr. Smith met Sen. John McCain in Washington.",
        "They spoke for an hour.",
    ]


def test_sentences_spans_are_exact_and_lose_no_text(validation_clusters):
    for cluster in validation_clusters:
        for text in cluster["documents"]:
            document = clean(make_article(text, "test", origin="test"))
            sentences = split(document)
            for index, sentence in enumerate(sentences):
                assert sentence.index == index
                assert sentence.text == text[sentence.start : sentence.end]
                assert sentence.text == sentence.text.strip() and sentence.text
            kept_words = [
                w for span in document.kept for w in _visible(text[span.start : span.end]).split()
            ]
            assert [w for s in sentences for w in _visible(s.text).split()] == kept_words


def test_sentences_quotation_keeps_its_attribution_in_lower_case():
    # Raw Multi-News validation (multi_news-val-1255 and -5207): blingfire ends a sentence
    # after '?"', leaving "fan Jordan Deuschleman asked." as a sentence of its own.
    text = (
        '"Is there something wrong with it?" fan Jordan Deuschleman asked. "I didn\'t '
        'notice with the name being so long."\n"Why are these two features so similar but '
        'so different?" says Britney Schmidt, a planetary scientist. "Yes!" The team agreed.'
    )
    assert _sentences(text) == [
        '"Is there something wrong with it?" fan Jordan Deuschleman asked.',
        '"I didn\'t notice with the name being so long."',
        '"Why are these two features so similar but so different?" says Britney Schmidt, '
        "a planetary scientist.",
        '"Yes!"',
        "The team agreed.",
    ]
