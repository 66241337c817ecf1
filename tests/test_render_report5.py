"""The report and the app's pages, fifth look, in headless Chromium: a run of text with no
break (a page's address in an article, its removed lines or its title, a long file name in
a refusal) wraps instead of pushing a column or the page wider than the window; an item's
citation marks stay on one line; the status line names each highlighted outlet once."""

from __future__ import annotations

import re

import pytest

from chorus import brief
from chorus.render import to_html
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.test_browser import (  # noqa: F401 (fixtures)
    PHONE,
    browser,
    page,
    report_file,
    served,
    shot,
)

# An element whose text runs past its own box, in a column or anywhere on the page.
OVERFLOWING = """() => [...document.querySelectorAll('body *')]
  .filter((e) => !(e instanceof SVGElement) && e.clientWidth > 0
    && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'auto')
  .map((e) => e.tagName + ': ' + e.textContent.slice(0, 60))"""


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 219)


def _fits(page, width: int) -> None:  # noqa: F811 (the fixture's name)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.evaluate(OVERFLOWING) == []


@pytest.mark.parametrize(
    ("number", "address"),
    [
        # An article's own paragraph naming a page: 303 px wide in a 216-px column.
        (142, "http://www.wthr.com/story/31285468/"),
        # What cleaning removed, listed under the column: 794 px in 341, and 197 on a phone.
        (203, "http://xml.channel.aol.com/xmlpublisher/"),
    ],
)
def test_browser_report_an_address_wraps_inside_its_column(
    page,  # noqa: F811
    clusters,
    tmp_path,
    number,
    address,
):
    briefing = brief(clusters[number]["documents"], words=250)
    path = tmp_path / f"cluster{number}.html"
    path.write_text(to_html(briefing), encoding="utf-8")
    page.goto(path.as_uri())
    assert address in page.text_content(".columns")
    _fits(page, 1400)
    page.set_viewport_size(PHONE)
    _fits(page, PHONE["width"])
    shot(page, f"report5-address-{number}-phone.png")


def test_browser_app_a_title_that_is_an_address_fits_the_report_and_the_list(
    page,  # noqa: F811
    served,  # noqa: F811
    clusters,
):
    # A page whose title is its own address: the headline ran 1,516 px wide on a phone,
    # the list of past briefings 1,035.
    document = clusters[203]["documents"][0]
    title = re.search(r"http://xml\.channel\.aol\.com\S+", document).group(0)
    page.set_viewport_size(PHONE)
    response = page.request.post(
        served + "/api/briefings", data={"articles": [{"title": title, "text": document}]}
    )
    assert response.status == 201
    page.goto(served + response.json()["url"])
    assert page.inner_text("h1").startswith("http://xml.channel.aol.com/")
    _fits(page, PHONE["width"])
    page.goto(served + "/briefings")
    assert page.locator("table.list tbody tr").count() == 1
    _fits(page, PHONE["width"])
    shot(page, "report5-address-title-list-phone.png")


def test_browser_app_a_refused_file_with_a_long_name_fits_a_phone(
    page,  # noqa: F811
    served,  # noqa: F811
    clusters,
):
    # A video's poster image as cluster 146 names it, chosen by mistake: the refusal ran
    # wider than the window.
    name = re.search(r"\d+_\d+_\d+-vs\.jpg", clusters[146]["documents"][0]).group(0)
    page.set_viewport_size(PHONE)
    page.goto(served + "/")
    photo = {"name": name, "mimeType": "image/jpeg", "buffer": bytes(range(256)) * 8}
    page.set_input_files("#files", files=[photo])
    page.click("button[type=submit]")
    assert f"{name}: binary file, not text" in page.inner_text("[role=alert]")
    _fits(page, PHONE["width"])
    shot(page, "report5-refused-long-name-phone.png")


# Two marks of one item's group standing on two lines.
SPLIT_MARKS = """() => [...document.querySelectorAll('.reading .cite')]
  .filter((a) => a.nextElementSibling && a.nextElementSibling.matches('.cite'))
  .filter((a) => a.getBoundingClientRect().top !== a.nextElementSibling.getBoundingClientRect().top)
  .map((a) => a.parentElement.textContent.slice(0, 60))"""


def test_browser_report_keeps_an_items_citation_marks_on_one_line(
    page,  # noqa: F811
    clusters,
    tmp_path,
):
    # Cluster 218 on a phone: "Air Chief Marshal Houston ... it was time to…[1][2]", and
    # "[3]" alone on the line below, in the coverage chart's list of facts.
    path = tmp_path / "cluster218.html"
    path.write_text(to_html(brief(clusters[218]["documents"], words=250)), encoding="utf-8")
    page.set_viewport_size(PHONE)
    page.goto(path.as_uri())
    assert page.locator(".reading .cite").count() > 100
    assert page.evaluate(SPLIT_MARKS) == []
    page.set_viewport_size({"width": 1400, "height": 900})
    assert page.evaluate(SPLIT_MARKS) == []


def test_browser_report_status_names_each_highlighted_outlet_once(
    page,  # noqa: F811
    report_file,  # noqa: F811
):
    # Selecting "Syria" among the seeds' names lights its every mention: the status line,
    # read out by screen readers, named an outlet once per sentence lit ("[1]
    # 000_e70a219f8e194b37.txt, [1] 000_e70a219f8e194b37.txt, ...").
    page.goto(report_file.as_uri())
    names = page.locator("section[aria-labelledby=h-entities] [data-sources]")
    names.filter(has_text="Syria").first.click()
    lit = page.eval_on_selector_all(".s.hl", "els => els.map(e => e.closest('.col').dataset.label)")
    outlets = list(dict.fromkeys(lit))
    assert len(outlets) == 3 and len(lit) > 6
    assert page.inner_text("#hl-status") == f"Highlighted in {', '.join(outlets)}."


def test_browser_app_files_asked_again_under_a_long_name_fit_a_phone(
    page,  # noqa: F811
    served,  # noqa: F811
    seeds_dir,
):
    # A seed saved under a long name, refused for its date (which a browser's date field
    # lets no one type): "Choose the files again (...)" ran 619 px wide on a 390-px phone.
    name = "Syria_Macron_Putin_phone_call_statement_from_the_Elysee_palace_2018_04_13.txt"
    seed = sorted(seeds_dir.iterdir())[0]
    upload = {"name": name, "mimeType": "text/plain", "buffer": seed.read_bytes()}
    form = {"files": upload, "date": "2018-02-30"}
    response = page.request.post(served + "/briefings", multipart=form)
    assert response.status == 400
    page.set_viewport_size(PHONE)
    page.set_content(response.text())
    assert f"Choose the files again ({name})" in page.inner_text("main")
    _fits(page, PHONE["width"])
