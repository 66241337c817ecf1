"""Cleaning, twenty-fourth pass: what the last passes left (raw validation by 0-based index).
16 [1], a station's index of other stories (each teaser its headline told twice), and 89 [1],
ScienceDaily's page of teasers cut at "...", go whole; 197 [1]'s table headings, under a
table's row and over a paragraph, go; 18 [2]'s and 154 [1]'s fragments of the line above
glued before a line's own text go, the text staying. (153 [2]'s "UPDATE:" label and 202
[1]'s two link labels stay: removed, they moved render's judged headlines to worse ones.)"""

from chorus.api import as_articles
from chorus.clean import clean
from chorus.clean_glue import GLUE_REASON
from chorus.clean_indexes import INDEX_REASON

from .raw_pages import cleaned, exact_sentences, removals, removals_everywhere

_STATION, _WEDDINGS, _SCIENCE, _CARCINOGENS, _POVERTY, _POLITICO = (
    "multi_news-val-2486",
    "multi_news-val-2095",
    "multi_news-val-4919",
    "multi_news-val-3658",
    "multi_news-val-2168",
    "multi_news-val-555",
)


def test_an_index_of_other_stories_goes_whole_and_a_story_with_cut_quotations_stays():
    for cluster in (_STATION, _SCIENCE):
        document = cleaned(cluster, 1)
        assert document.kept == ()
        ((reason, text),) = removals(document)
        assert reason == INDEX_REASON
        assert text == document.article.text.strip()
    # Pasted into one text with the cluster's other pages, the station's index is no page.
    pasted = "\n\n".join(cleaned(_STATION, n).article.text for n in range(3))
    (article,) = as_articles([pasted])
    assert not any(r.reason == INDEX_REASON for r in clean(article).removed)
    # 144 [1] closes five of its 48 lines on "..." (a politics newsletter's quotations).
    newsletter = exact_sentences(cleaned(_POLITICO, 1))
    assert len(newsletter) > 40
    assert all(reason != INDEX_REASON for reason, _ in removals(cleaned(_POLITICO, 1)))


def test_table_headings_under_a_row_go_and_the_paragraphs_stay():
    poverty = cleaned(_POVERTY, 1)
    found = removals(poverty)
    assert ("title-case line", "2017 Federal Poverty Guidelines") in found
    assert ("title-case line", "2016 Federal Poverty Guidelines") in found
    # A heading right above a row stays the table's own.
    assert ("table", "2017 Alaska Poverty Guidelines") in found
    kept = exact_sentences(poverty)
    assert not any("Poverty Guidelines" in s for s in kept)
    assert (
        "Federally facilitated marketplaces will use the 2016 guidelines to determine "
        "eligibility for premium tax credits."
    ) in kept


def test_a_fragment_of_the_line_above_glued_before_a_line_goes_and_its_own_text_stays():
    weddings = cleaned(_WEDDINGS, 2)
    glued = [text for reason, text in removals(weddings) if reason == GLUE_REASON]
    assert glued == ["(excludes honeymoon)", ", average spend", ", average spend"]
    sentences = exact_sentences(weddings)
    assert "Average Wedding Cost: $31,213 (excludes honeymoon)" in sentences
    assert "Most Expensive Place to Get Married: Manhattan , $76,328 average spend" in sentences
    assert "Least Expensive Place to Get Married: Utah , $15,257 average spend" in sentences
    assert "Average Spent on a Wedding Dress: $1,357" in sentences
    assert not any(s.startswith(("(excludes", ", average spend")) for s in sentences)
    # The copies of a paragraph whose linked names the scrape lost, "(Manhattan) and Long
    # Island have the highest average wedding spend ( and , respectively), ...", left here,
    # go as de-linked copies since cleaning51 (`test_clean_cleaning51.py`).
    assert sum(s.startswith(("(Manhattan)", ", and still")) for s in sentences) == 0
    carcinogens = exact_sentences(cleaned(_CARCINOGENS, 1))
    for item in ("Hepatitis B virus (chronic infection with)", "Semustine (methyl-CCNU)"):
        assert item in carcinogens
    assert any(s.startswith("Coal, indoor emissions from household") for s in carcinogens)
    assert "Clonorchis sinensis (infection with), also known as the Chinese liver fluke" in (
        carcinogens
    )


def test_over_raw_and_duc_the_new_removals_are_these():
    found = removals_everywhere()

    def where(reason: str, text: str | None = None) -> list[tuple[str, int, int]]:
        return [
            (r.corpus, r.cluster, r.document)
            for r in found
            if r.reason == reason and (text is None or r.text == text)
        ]

    assert where(INDEX_REASON) == [("raw", 16, 1), ("raw", 89, 1)]
    assert where(GLUE_REASON) == [("raw", 18, 2)] * 3 + [("raw", 154, 1)] * 5
    # Headings: main's 133 raw and 7 DUC, and four more under a table's row, each read:
    # 197's two, 18 [2]'s "2014 Average Wedding Budget Breakdown" and 211 [3]'s "Design and
    # features" (under a priced row); five more set in pairs since the twenty-fifth pass
    # (test_clean_reader29); twelve of seven to ten words since the thirty-second pass
    # (test_clean_pass32); two under a short paragraph closing on a stop since the fifty-second
    # pass (test_clean_clean68).
    headings = where("subheading") + where("title-case line")
    assert sum(corpus == "raw" for corpus, _, _ in headings) == 156
    assert sum(corpus == "duc" for corpus, _, _ in headings) == 7
