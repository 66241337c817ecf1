"""The report and the web app in headless Chromium (Debian's, never a downloaded one).

Screenshots go to test-artifacts/. Skipped when /usr/bin/chromium is missing, except
where CHORUS_REQUIRE_BROWSER=1 (set by .ci/run, which installs Chromium): there a missing
browser fails the run instead of skipping it quietly.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from chorus import brief
from chorus.ingest import make_article
from chorus.render import to_html
from tests.conftest import RAW_VALIDATION, REPO, read_clusters

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts"

if os.environ.get("CHORUS_REQUIRE_BROWSER") == "1":
    assert CHROMIUM.exists(), "CHORUS_REQUIRE_BROWSER=1 but /usr/bin/chromium is missing"
    from playwright import sync_api
else:
    pytestmark = pytest.mark.skipif(
        not CHROMIUM.exists(), reason="no /usr/bin/chromium (apt-get install chromium)"
    )
    sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield chromium
        chromium.close()


def _unexpected(message) -> bool:
    """A console error other than the browser's note that a page came with a 4xx status."""
    return message.type == "error" and not message.text.startswith("Failed to load resource")


@pytest.fixture
def page(browser) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if _unexpected(m) else None)
    yield page
    context.close()
    assert errors == []


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name))


def highlighted(page) -> list[str]:
    return page.eval_on_selector_all(".s.hl", "els => els.map(e => e.id)")


@pytest.fixture(scope="module")
def report_file(seed_texts, tmp_path_factory) -> Path:
    articles = [make_article(t, name, origin=name) for name, t in seed_texts.items()]
    path = tmp_path_factory.mktemp("report") / "seeds.html"
    path.write_text(to_html(brief(articles, words=250)), encoding="utf-8")
    return path


def expected_ids(page, selector: str) -> list[str]:
    keys = page.get_attribute(selector, "data-sources").split()
    return ["s-" + key.replace(":", "-") for key in keys]


def test_browser_report_click_highlights_the_source_sentence(page, report_file):
    page.goto(report_file.as_uri())
    second = "#sum-2 [data-sources]"
    page.click(second)
    expected = expected_ids(page, second)
    assert highlighted(page) == expected
    source = page.locator(f"#{expected[0]}")
    assert source.inner_text() == page.inner_text(second)
    assert source.is_visible()
    assert "Highlighted in [" in page.inner_text("#hl-status")
    shot(page, "report-seeds.png")
    page.keyboard.press("Escape")
    assert highlighted(page) == []


BROKEN_WORDS = """els => els.flatMap((heading) => [...heading.childNodes]
  .filter((node) => node.nodeType === Node.TEXT_NODE).filter((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    return range.getClientRects().length > 1;
  }).map((node) => node.textContent))"""


def test_browser_report_column_headings_break_a_file_name_between_its_parts(page, report_file):
    # At 1400 px the seeds' three columns are 15 rem wide: "000_e70a219f8e194b37.txt"
    # broke after "...b37.tx", its "t" alone on the next line.
    page.goto(report_file.as_uri())
    assert page.locator(".col h3").count() == 3
    assert page.eval_on_selector_all(".col h3", BROKEN_WORDS) == []


IN_VIEW = """el => {
  const r = el.getBoundingClientRect();
  const strip = el.closest('.columns').getBoundingClientRect();
  const box = el.closest('.body').getBoundingClientRect();
  return r.left >= strip.left && r.right <= strip.right && r.top >= box.top && r.top < box.bottom;
}"""


def test_browser_report_scrolls_a_far_source_into_view(page, validation_clusters, tmp_path):
    cluster = next(c for c in validation_clusters if len(c["documents"]) >= 6)
    briefing = brief(cluster["documents"], words=250)
    number, last = max(
        (briefing.citation_number(s.shown.article.id), n)
        for n, s in enumerate(briefing.summary, start=1)
    )
    assert number >= 4, "the test needs a cited source beyond the first columns"
    path = tmp_path / "cluster.html"
    path.write_text(to_html(briefing), encoding="utf-8")
    page.goto(path.as_uri())
    selector = f"#sum-{last} [data-sources]"
    target = page.locator("#" + expected_ids(page, selector)[0])
    assert not target.evaluate(IN_VIEW)
    page.click(selector)
    assert target.evaluate(IN_VIEW)
    shot(page, "report-far-source.png")


def test_browser_report_keyboard_selects_a_sentence(page, report_file):
    page.goto(report_file.as_uri())
    page.focus("#sum-4 [data-sources]")
    page.keyboard.press("Enter")
    assert highlighted(page) == expected_ids(page, "#sum-4 [data-sources]")
    assert page.get_attribute("#sum-4 [data-sources]", "aria-pressed") == "true"


def test_browser_report_shows_removed_text_on_demand(page, report_file):
    page.goto(report_file.as_uri())
    removed = page.locator(".body .removed").first
    assert not removed.is_visible()
    page.check("#show-removed")
    assert removed.is_visible()


PHONE = {"width": 390, "height": 844}
IN_WINDOW = """el => {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
}"""


def test_browser_report_on_a_phone_fits_and_keeps_the_highlight_in_reach(page, seeds_dir, tmp_path):
    # Full paths as origins: the note about the background article names one, and a
    # path that could not wrap made the whole phone page scroll sideways.
    paths = sorted(seeds_dir.iterdir())
    articles = [make_article(p.read_text(encoding="utf-8"), p.name, origin=str(p)) for p in paths]
    path = tmp_path / "seeds.html"
    path.write_text(to_html(brief(articles, words=250)), encoding="utf-8")
    page.set_viewport_size(PHONE)
    page.goto(path.as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    selector = "#sum-3 [data-sources]"
    page.click(selector)
    # Stacked, the sources are a screen or more below: the bar saying what was
    # highlighted stays in sight, with a link that goes there.
    assert page.locator("#hl-bar").evaluate(IN_WINDOW)
    first = page.locator("#" + expected_ids(page, selector)[0])
    assert not first.evaluate(IN_WINDOW)
    page.click("#hl-jump")
    assert first.evaluate(IN_WINDOW)
    shot(page, "report-phone-jumped.png")
    # A phone has no Esc key: the bar's own button clears the highlight, and the bar
    # leaves the window (it stayed fixed over the page for good).
    page.click("#hl-clear")
    assert highlighted(page) == [] and page.inner_text("#hl-status") == ""
    assert page.get_attribute(selector, "aria-pressed") == "false"
    assert page.locator("#hl-clear").is_hidden()
    assert page.evaluate("getComputedStyle(document.getElementById('hl-bar')).position") != "fixed"


OUTSIDE_ITS_CHART = """els => els.filter((e) => {
  const r = e.getBoundingClientRect(), chart = e.closest('svg').getBoundingClientRect();
  return r.left < chart.left || r.right > chart.right;
}).map((e) => e.textContent)"""


def test_browser_report_charts_are_legible_on_a_phone(page, seed_texts, tmp_path):
    # The timeline was drawn 680 wide and shrunk to the phone's 342-px column: its
    # 12-px dates and 11-px marker numbers came out about 6 px tall.
    articles = [
        make_article(text, name, origin=name, published=dt.date(2018, 4, 13))
        for name, text in seed_texts.items()
    ]
    path = tmp_path / "seeds-dated.html"
    path.write_text(to_html(brief(articles, words=250)), encoding="utf-8")
    page.set_viewport_size(PHONE)
    page.goto(path.as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    heights = page.eval_on_selector_all(
        "figure svg text", "els => els.map((e) => e.getBoundingClientRect().height)"
    )
    assert len(heights) > 20 and min(heights) >= 11, heights
    # "13 Apr 2018": an axis label stays inside its chart
    outside = page.eval_on_selector_all("figure svg text", OUTSIDE_ITS_CHART)
    assert outside == []
    timeline = page.locator("svg[aria-labelledby='tl-t']")
    timeline.scroll_into_view_if_needed()
    assert timeline.evaluate(IN_WINDOW)
    shot(page, "report-phone-timeline.png")


LAID_OUT = "el => el.checkVisibility({contentVisibilityAuto: true})"


def test_browser_long_article_lays_out_only_what_is_near_and_reveals_any_sentence(
    page, validation_clusters, tmp_path
):
    # A 4.5 MB article's page spent 1.4 s laying out 12,000 paragraphs nobody had
    # scrolled to; now a long article's paragraphs out of sight wait. One of 1.2 MB (raw
    # validation's first 150 documents as one text), the seventh column beside a cluster's
    # six articles, must still bring its sentences into view: its 9th, measured in view
    # while the paragraphs above it stood at their estimated height, ended out of it.
    cluster = next(c for c in validation_clusters if len(c["documents"]) >= 6)
    documents = [d for c in read_clusters(RAW_VALIDATION, 60) for d in c["documents"]][:150]
    articles = [*cluster["documents"][:6], "\n\n".join(documents)]
    path = tmp_path / "long.html"
    path.write_text(to_html(brief(articles, words=250, analyze=False)), encoding="utf-8")
    page.goto(path.as_uri())
    assert page.locator(".body.long").count() == 1
    assert page.locator("#src-7 .body.long > p").count() > 2000
    sentences = page.locator("#src-7 .s")
    # the column stands right of the window: none of it is laid out yet
    assert not sentences.first.evaluate(LAID_OUT) and not sentences.last.evaluate(LAID_OUT)
    article = sentences.first.get_attribute("data-article")
    selector = "#sum-1 [data-sources]"
    missed = []
    for index in range(4, 16):
        page.goto(path.as_uri())
        page.eval_on_selector(selector, f"el => {{ el.dataset.sources = '{article}:{index}'; }}")
        target = page.locator(f"#s-{article}-{index}")
        page.click(selector)
        shown = f"el => ({IN_VIEW})(el) && ({LAID_OUT})(el)"
        try:
            page.wait_for_function(shown, arg=target.element_handle(), timeout=2000)
        except sync_api.TimeoutError:
            missed.append(index)
    assert missed == []
    shot(page, "report-long-article.png")
    page.emulate_media(media="print")
    assert sentences.last.evaluate(LAID_OUT)


def test_browser_report_source_links_bring_a_far_column_into_view(
    page, validation_clusters, tmp_path
):
    cluster = next(c for c in validation_clusters if len(c["documents"]) >= 6)
    path = tmp_path / "cluster.html"
    path.write_text(to_html(brief(cluster["documents"], words=250)), encoding="utf-8")
    page.goto(path.as_uri())
    last = len(cluster["documents"])
    column = page.locator(f"#src-{last} .body p").first
    assert not column.evaluate(IN_VIEW)
    page.click(f"nav.source-links a[href='#src-{last}']")
    assert column.evaluate(IN_VIEW)


def test_browser_hostile_article_runs_nothing(page, tmp_path):
    text = (
        'Officials said <script>window.pwned = 1</script> the vote failed on Monday. "'
        ' onmouseover="window.pwned = 2" x=" The council meets again next week to vote.\n'
        '<img src=x onerror="window.pwned = 3"> A second line of the article is here.\n'
    )
    path = tmp_path / "hostile.html"
    path.write_text(to_html(brief([text, "The council vote failed on Monday."], words=80)))
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(path.as_uri())
    for sentence in page.locator(".s").all():
        sentence.hover()
    assert page.evaluate("window.pwned") is None
    assert dialogs == []
    assert "<script>window.pwned = 1</script>" in page.inner_text(".columns")


@pytest.fixture
def served(tmp_path) -> Iterator[str]:
    uvicorn = pytest.importorskip("uvicorn")
    from chorus.serve.app import create_app
    from chorus.serve.settings import ServeSettings

    app = create_app(ServeSettings(db=str(tmp_path / "briefings.sqlite")))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


def test_browser_app_upload_form_shows_the_briefing(page, served, seeds_dir):
    page.goto(served + "/")
    shot(page, "app-form.png")
    page.set_input_files("#files", [str(p) for p in sorted(seeds_dir.iterdir())])
    page.fill("#words", "150")
    page.click("button[type=submit]")
    page.wait_for_url(f"{served}/briefings/*")
    assert page.locator("ol.summary li").count() > 0
    assert page.locator(".col").count() == 3
    first = "#sum-1 [data-sources]"
    page.click(first)
    assert highlighted(page) == expected_ids(page, first)
    shot(page, "app-briefing.png")
    page.click("text=Past briefings")
    assert page.locator("table.list tbody tr").count() == 1
    shot(page, "app-list.png")


def test_browser_app_empty_form_says_what_is_wrong(page, served):
    page.goto(served + "/")
    page.click("button[type=submit]")
    assert "nothing to brief" in page.inner_text("[role=alert]")
    shot(page, "app-error.png")


def test_browser_app_published_on_dates_the_timeline(page, served, seed_texts):
    page.goto(served + "/")
    page.fill("#text", "\n---\n".join(seed_texts.values()))
    page.fill("#date", "2018-04-13")
    page.click("button[type=submit]")
    page.wait_for_url(f"{served}/briefings/*")
    assert page.locator(".col").count() == 3
    legend = page.inner_text("section[aria-labelledby=h-timeline] ol.legend")
    assert "10 April 2018 (Tuesday): Russia on Tuesday vetoed" in legend
    assert "13 April 2018 (Friday): Mr Trump spoke again to Mr Macron earlier on Friday" in legend
    shot(page, "app-dated-timeline.png")


def test_browser_app_refused_form_comes_back_filled_in(page, served):
    link = "https://www.example.com/news/2018/04/13/syria-strikes"
    page.goto(served + "/")
    page.fill("#text", link)
    page.fill("#date", "2018-04-13")
    page.fill("#words", "120")
    page.click("button[type=submit]")
    assert "is a link, not an article" in page.inner_text("[role=alert]")
    assert page.input_value("#text") == link
    assert page.input_value("#date") == "2018-04-13"
    assert page.input_value("#words") == "120"
    shot(page, "app-refused-filled-in.png")


def test_browser_app_list_fits_a_phone(page, served, seed_texts):
    page.goto(served + "/")
    page.fill("#text", "\n---\n".join(seed_texts.values()))
    page.click("button[type=submit]")
    page.wait_for_url(f"{served}/briefings/*")
    page.set_viewport_size(PHONE)
    page.goto(served + "/briefings")
    assert page.locator("table.list tbody tr").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shot(page, "app-list-phone.png")


def test_browser_app_says_it_is_briefing_until_the_report_opens(page, served, seed_texts):
    """The post is answered when the briefing is made (70 s for a 2.6 MB article at stop
    37) and the form said nothing meanwhile; a second click briefed the story twice.
    Playwright reads no page while its navigation is pending, so the answer is held off
    in the page: the form's own handler runs, the post is not sent."""
    page.goto(served + "/")
    assert not page.is_visible("#working")
    page.fill("#text", "\n---\n".join(seed_texts.values()))
    page.evaluate(
        "document.getElementById('brief-form').addEventListener('submit', (e) => "
        "e.preventDefault())"
    )
    page.click("button[type=submit]")
    # The seconds tick on the button: the page is at work, not stuck.
    ticking = "button => /^Briefing… [1-9][0-9]* s$/.test(button.textContent)"
    page.wait_for_function(ticking, arg=page.query_selector("button[type=submit]"))
    assert page.is_visible("#working")
    assert page.inner_text("#working") == (
        "Briefing the articles… The report opens here when it is ready; a large story "
        "takes a minute or more."
    )
    assert page.is_disabled("button[type=submit]")
    assert page.get_attribute("#brief-form", "aria-busy") == "true"
    shot(page, "app-working.png")
    # Back from the report, a browser may restore the page as it was left (its cache).
    page.evaluate("window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}))")
    assert page.is_enabled("button[type=submit]")
    assert page.inner_text("button[type=submit]") == "Brief these articles"
    assert not page.is_visible("#working")
    assert page.get_attribute("#brief-form", "aria-busy") is None
