"""News pages as they are saved from a browser: a raw validation article wrapped in a site's
furniture (cookie banner, menu, share links, related stories, copyright footer)."""

import datetime as dt
import html
import io

from chorus.ingest import read_inputs

_FURNITURE = ("cookies", "Share on Facebook", "Related stories", "All rights reserved")


def _news_page(article: str, *, title: str, outlet: str, head: str = "", footer: str) -> str:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in article.splitlines() if p.strip())
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} | {outlet}</title><meta property="og:site_name" content="{outlet}">{head}</head>
<body><div class="cookie-banner">We use cookies to improve your experience.
<button>Accept all cookies</button></div>
<header><a href="/">{outlet}</a><nav><a href="/">Home</a> <a href="/news">News</a>
<a href="/sport">Sport</a> <a href="/subscribe">Subscribe</a></nav></header>
<main><article><h1>{title}</h1><p class="byline">By Staff Reporter</p>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<div class="body">{paragraphs}</div></article>
<aside><h2>Related stories</h2><a href="/a">Five things to know this weekend</a></aside></main>
<footer><p>{footer}</p><a href="/privacy">Privacy Policy</a></footer></body></html>"""


def test_ingest_page_dated_only_by_its_copyright_line_has_no_date(tmp_path, validation_clusters):
    """trafilatura dated a page without a date by its footer: "© 2020" gave 2020-01-01, wrong
    with confidence (then a note, "only the year 2020"). Its search of the page's text is now
    off: no date, and nothing to note. A page that names January 1 keeps it."""
    article, other = validation_clusters[7]["documents"][0], validation_clusters[8]["documents"][0]
    undated = tmp_path / "undated.html"
    undated.write_text(
        _news_page(other, title="Plans unveiled", outlet="Morning Star", footer="&copy; 2020"),
        encoding="utf-8",
    )
    new_year = tmp_path / "new-year.html"
    new_year.write_text(
        _news_page(
            article,
            title="Climber found",
            outlet="Herald",
            head='<meta property="article:published_time" content="2019-01-01T09:30:00Z">',
            footer="(c) 2012-2021 Herald Media",
        ),
        encoding="utf-8",
    )
    ingested = read_inputs([str(undated), str(new_year)])
    read = {a.outlet: a for a in ingested.articles}
    assert read["Morning Star"].published is None
    assert ingested.notes == []
    assert read["Herald"].published == dt.date(2019, 1, 1)
    assert read["Herald"].title == "Climber found"
    paragraphs = [p for p in article.splitlines() if p.strip()]
    assert paragraphs[0] in read["Herald"].text and paragraphs[-1] in read["Herald"].text
    assert not any(words in read["Herald"].text for words in _FURNITURE)


def test_ingest_page_dated_only_by_a_month_has_no_day(tmp_path, validation_clusters):
    """Metadata that names a month and no day ("2019-01") was read as today's day of that
    month: a wrong date, given with confidence. Now the page has no date, with a note; a
    day written as RFC 822 metadata or as a byline keeps its date."""
    article, other = validation_clusters[7]["documents"][0], validation_clusters[8]["documents"][0]
    month = tmp_path / "month.html"
    month.write_text(
        _news_page(
            other,
            title="Plans unveiled",
            outlet="Morning Star",
            head='<meta property="article:published_time" content="2019-01">',
            footer="Morning Star",
        ),
        encoding="utf-8",
    )
    dated = tmp_path / "dated.html"
    dated.write_text(
        _news_page(
            article,
            title="Climber found",
            outlet="Herald",
            head='<meta name="date" content="Thu, 07 Mar 2019 10:00:00 GMT">',
            footer="Herald Media",
        ),
        encoding="utf-8",
    )
    ingested = read_inputs([str(month), str(dated)])
    read = {a.outlet: a for a in ingested.articles}
    assert read["Morning Star"].published is None
    assert ingested.notes == [
        f"{month}: the page names no publication day, only the month January 2019; date unknown"
    ]
    assert read["Herald"].published == dt.date(2019, 3, 7)


def test_ingest_a_page_saved_as_text_is_read_as_a_page(tmp_path, validation_clusters):
    """A .txt (or standard input) holding HTML was briefed as text: tags and all, the
    headline "<!DOCTYPE html><html><head>..."."""
    article = validation_clusters[4]["documents"][0]
    page = _news_page(
        article,
        title="Former teacher in custody",
        outlet="KDKA",
        head='<meta property="article:published_time" content="2015-07-01T09:30:00Z">',
        footer="&copy; 2015 KDKA",
    )
    saved = tmp_path / "story.txt"
    saved.write_text(page, encoding="utf-8")
    from_file = read_inputs([str(saved)]).articles
    from_stdin = read_inputs(["-"], stdin=io.TextIOWrapper(io.BytesIO(page.encode()))).articles
    for read in (from_file, from_stdin):
        assert [(a.title, a.outlet, a.published) for a in read] == [
            ("Former teacher in custody", "KDKA", dt.date(2015, 7, 1))
        ]
        assert "<" not in read[0].text and not any(w in read[0].text for w in _FURNITURE)


def test_a_piece_of_a_page_on_standard_input_is_read_as_html(seed_texts):
    """What a browser's "Copy outerHTML" gives, `<div class="story"><p>...`, and a page
    saved without its doctype were read as text: "# <meta property=..." as the headline."""
    text = next(iter(seed_texts.values()))
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.splitlines() if p.strip())
    for piece in (
        f'<div class="story">{paragraphs}</div>',
        f"<head><title>Macron and Putin</title></head><body><article>{paragraphs}</article>",
    ):
        article = read_inputs(["-"], stdin=io.StringIO(piece)).articles[0]
        assert "<" not in article.text and "</p>" not in article.text
        assert article.text.split() == text.split()
