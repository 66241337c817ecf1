"""Outlets, stop 33 (cleaning's nineteenth pass): a twenty-second reader found raw 33 [4]
"Original article on Live Science." removed as the page's origin without its site read, and
147 [0]'s "Josh Funk Associated Press Writer" (an agency writer's byline glued before its
contributor's line) read as no outlet. A contributor's line names a helper, not who wrote the
page (147 [1]'s "ABC News' Gerard McNiff and the Associated Press contributed to this
report."): still no source, as an unknown outlet beats a wrong one."""

from __future__ import annotations

from chorus.ingest import read_inputs
from chorus.ingest.own_lines import own_outlet
from tests.conftest import RAW_VALIDATION, read_clusters


def _document(cluster: int, index: int) -> str:
    return read_clusters(RAW_VALIDATION, 250)[cluster]["documents"][index]


def test_original_article_on_names_the_site_that_wrote_it(tmp_path):
    text = _document(33, 4)
    assert "Original article on Live Science." in text
    found = own_outlet(text)
    assert (found.value, found.rule) == ("Live Science", "first publisher's line")
    path = tmp_path / "bigfoot.txt"
    path.write_text(text, encoding="utf-8")
    (article,) = read_inputs([str(path)]).articles
    assert article.outlet == "Live Science"


def test_original_article_closing_the_sites_follow_line():
    """Raw 2 [1]: "Follow Tia Ghose on Twitter and Google+. Follow LiveScience @livescience,
    Facebook & Google+. Original article on LiveScience."."""
    assert own_outlet(_document(2, 1)).value == "LiveScience"


def test_an_agency_writers_byline_names_the_agency():
    text = _document(147, 0)
    assert "Josh Funk Associated Press Writer Timberly Ross contributed" in text
    found = own_outlet(text)
    assert (found.value, found.rule) == ("The Associated Press", "agency writer's byline")


def test_a_contributor_from_another_outlet_names_no_source():
    text = _document(147, 1)
    assert "ABC News' Gerard McNiff and the Associated Press contributed to this report." in text
    # The credit alone names no source; beside the page's "told ABC News" it names ABC News'
    # own page (sources, twelfth pass: tests/test_sources_reader46.py).
    assert own_outlet(text.replace("told ABC News", "told reporters")) is None
    # An AP page's contributor line ("Associated Press writer Eric Tucker contributed to this
    # report.", raw 219 [4]) is no byline: its dateline names the agency.
    assert own_outlet(_document(219, 4)).rule == "dateline"
