import datetime as dt
import errno
import gzip
import io
import json
import os
from pathlib import Path

import pytest

from chorus import brief
from chorus.errors import ChorusError
from chorus.ingest import read_inputs, split_multinews
from tests.conftest import DATA, RAW_VALIDATION, read_clusters

HTML_PAGE = """<html><head><title>Macron calls Putin | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2018-04-13T10:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Macron calls Putin</h1>
<p>{0}</p><p>{1}</p></article><footer>Newsletter sign-up</footer></body></html>"""


def test_ingest_directory_reads_files_in_sorted_order(seeds_dir):
    ingested = read_inputs([str(seeds_dir)])
    assert [a.outlet for a in ingested.articles] == [
        "000_e70a219f8e194b37",
        "The Financial Times",  # its copyright line names it (test_ingest_outlets.py)
        "002_d1c345cafae71714",
    ]
    assert len({a.id for a in ingested.articles}) == 3
    assert ingested.skipped == []


def test_ingest_ids_are_stable_across_reads(seeds_dir):
    first = [a.id for a in read_inputs([str(seeds_dir)]).articles]
    assert first == [a.id for a in read_inputs([str(seeds_dir)]).articles]


def test_ingest_html_page_gives_text_and_metadata(tmp_path, seed_texts):
    lines = seed_texts["000_e70a219f8e194b37.txt"].split("\n")
    page = tmp_path / "elysee.html"
    page.write_text(HTML_PAGE.format(lines[0], lines[1]), encoding="utf-8")
    (article,) = read_inputs([str(page)]).articles
    assert article.title == "Macron calls Putin"
    assert article.outlet == "Example News"
    assert article.published == dt.date(2018, 4, 13)
    assert lines[0] in article.text and "Newsletter" not in article.text


def test_ingest_json_record_and_jsonl_cluster(tmp_path, seed_texts, validation_clusters):
    record = {
        "title": "Macron and Putin",
        "source": "Anadolu",
        "date": "2018-04-13",
        "text": seed_texts["000_e70a219f8e194b37.txt"],
    }
    single = tmp_path / "one.json"
    single.write_text(json.dumps(record), encoding="utf-8")
    (article,) = read_inputs([str(single)]).articles
    assert (article.outlet, article.published) == ("Anadolu", dt.date(2018, 4, 13))

    cluster = validation_clusters[0]
    lines = tmp_path / "cluster.jsonl"
    lines.write_text(json.dumps(cluster) + "\n", encoding="utf-8")
    ingested = read_inputs([str(lines)])
    assert [a.text for a in ingested.articles] == cluster["documents"]


def test_ingest_articles_of_one_file_that_name_no_outlet_are_sources_of_their_own(
    tmp_path, seed_texts
):
    listed = tmp_path / "story.json"
    listed.write_text(json.dumps([{"text": t} for t in seed_texts.values()]), encoding="utf-8")
    articles = read_inputs([str(listed)]).articles
    assert [a.outlet for a in articles] == ["story #1", "The Financial Times", "story #3"]
    # Once they all stood for the outlet "story": no fact had two outlets behind it.
    analysis = brief(articles, words=100).analysis
    assert analysis is not None and analysis.agreed
    assert all(len(fact.outlets) >= 2 for fact in analysis.agreed)
    macron = next(e for e in analysis.entities if e.name == "Emmanuel Macron")
    assert macron.outlets >= 2

    single = tmp_path / "one.json"
    single.write_text(json.dumps({"text": seed_texts["000_e70a219f8e194b37.txt"]}), "utf-8")
    assert [a.outlet for a in read_inputs([str(single)]).articles] == ["one"]


def test_ingest_raw_multinews_line_from_stdin(validation_clusters):
    cluster = validation_clusters[1]
    raw = " ||||| ".join(d.replace("\n", " NEWLINE_CHAR ") for d in cluster["documents"])
    ingested = read_inputs(["-"], stdin=io.StringIO(raw + "\n"))
    assert [a.text for a in ingested.articles] == split_multinews(raw)
    assert len(ingested.articles) == len(cluster["documents"])
    assert "\n" in ingested.articles[0].text and "NEWLINE_CHAR" not in ingested.articles[0].text


def test_ingest_jsonl_articles_on_stdin_with_malformed_line(seed_texts):
    good = [{"source": name, "text": text} for name, text in seed_texts.items()]
    stream = "\n".join([json.dumps(good[0]), "{not json", json.dumps(good[1])]) + "\n"
    ingested = read_inputs(["-"], stdin=io.StringIO(stream))
    assert len(ingested.articles) == 2
    assert [s.origin for s in ingested.skipped] == ["stdin line 2"]
    assert "invalid JSON" in ingested.skipped[0].reason


def test_ingest_names_inputs_as_the_user_gave_them_not_by_the_path_on_this_machine(
    seeds_dir, tmp_path, monkeypatch
):
    names = [p.name for p in sorted(seeds_dir.iterdir())]
    # A directory given by its full path: its files are named by the directory's own name.
    ingested = read_inputs([str(seeds_dir)])
    assert [a.origin for a in ingested.articles] == [f"seeds/{name}" for name in names]
    # The same directory given relative to where chorus runs, and "." inside it.
    monkeypatch.chdir(seeds_dir.parent)
    assert [a.origin for a in read_inputs(["./seeds/"]).articles] == [f"seeds/{n}" for n in names]
    monkeypatch.chdir(seeds_dir)
    assert [a.origin for a in read_inputs(["."]).articles] == [f"seeds/{n}" for n in names]
    # A file given by itself keeps the name it was given by.
    assert read_inputs([names[0]]).articles[0].origin == names[0]
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert read_inputs([str(tmp_path)]).skipped[0].origin == f"{tmp_path.name}/empty.txt"


def test_ingest_date_option_sets_every_article(seeds_dir):
    ingested = read_inputs([str(seeds_dir)], date=dt.date(2018, 4, 13))
    assert {a.published for a in ingested.articles} == {dt.date(2018, 4, 13)}


ASCII_PDF = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
4 0 obj << /Length 44 >> stream
BT /F1 12 Tf 72 712 Td (The minister resigned on Friday.) Tj ET
endstream endobj
%%EOF
"""


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00binary", "binary"),
        # No NUL byte: without its signature this PDF was briefed as text.
        (ASCII_PDF, "PDF document, not text (chorus reads text, HTML, JSON or CSV"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "Word .docx"),
        (b"{\\rtf1\\ansi The minister resigned on Friday.}", "RTF document"),
    ],
)
def test_ingest_unusable_files_are_skipped_with_a_reason(tmp_path, seeds_dir, content, reason):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    ingested = read_inputs([str(bad), str(seeds_dir)])
    assert len(ingested.articles) == 3
    assert [s.origin for s in ingested.skipped] == [str(bad)]
    assert reason in ingested.skipped[0].reason


def test_ingest_100_mb_file_is_skipped_as_too_large(tmp_path, seeds_dir):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as out:
        out.write(b"All work and no play makes Jack a dull boy. " * 2_400_000)
    ingested = read_inputs([str(huge), str(seeds_dir)])
    assert len(ingested.articles) == 3
    assert "too large" in ingested.skipped[0].reason


def test_ingest_standard_input_past_the_limit_is_skipped_unread(seed_texts):
    # Piped, a 100 MB file was read whole and briefed (a minute of CPU), where the same
    # file given by name is skipped: the limit is now the same, and the rest left unread.
    article = seed_texts["000_e70a219f8e194b37.txt"].encode("utf-8")
    data = article * (2_000_000 // len(article))
    piped = io.TextIOWrapper(io.BytesIO(data))
    ingested = read_inputs(["-"], stdin=piped, max_bytes=1_000_000)
    assert ingested.articles == []
    assert [(s.origin, s.reason) for s in ingested.skipped] == [
        ("stdin", "too large (over the limit of 1 MB for one input); not read")
    ]
    assert len(piped.buffer.read()) == len(data) - 1_000_001


def test_ingest_gzip_unpacking_past_the_limit_is_skipped(tmp_path, seeds_dir, seed_texts):
    # 0.6 MB of gzip held 100 MB of one raw article repeated: unpacked whole and briefed
    # in a minute, past the limit a file of those bytes is skipped at.
    article = seed_texts["000_e70a219f8e194b37.txt"].encode("utf-8")
    packed = tmp_path / "repeated.txt.gz"
    packed.write_bytes(gzip.compress(article * (2_000_000 // len(article))))
    assert packed.stat().st_size < 100_000
    ingested = read_inputs([str(packed), str(seeds_dir)], max_bytes=1_000_000)
    assert len(ingested.articles) == 3
    assert [(s.origin, s.reason) for s in ingested.skipped] == [
        (str(packed), "too large unpacked (over the limit of 1 MB for one input); not read")
    ]


def test_ingest_invalid_utf8_is_decoded_with_a_note(tmp_path, seed_texts):
    text = seed_texts["000_e70a219f8e194b37.txt"].encode("utf-8")
    bad = tmp_path / "latin.txt"
    bad.write_bytes(text.replace(b"Elysee", b"\xc9lys\xe9e"))
    ingested = read_inputs([str(bad)])
    assert len(ingested.articles) == 1
    assert "not UTF-8" in ingested.notes[0] and str(bad) in ingested.notes[0]
    assert "the Élysée has said" in ingested.articles[0].text


def test_ingest_same_article_twice_is_reported(seeds_dir, tmp_path, seed_texts):
    copy = tmp_path / "copy.txt"
    copy.write_text(seed_texts["000_e70a219f8e194b37.txt"], encoding="utf-8")
    ingested = read_inputs([str(seeds_dir), str(copy)])
    assert len(ingested.articles) == 3
    assert ingested.skipped[0].origin == str(copy)
    assert "same text as" in ingested.skipped[0].reason


def test_ingest_missing_path_and_empty_directory_are_errors(tmp_path):
    with pytest.raises(ChorusError, match="no such file"):
        read_inputs([str(tmp_path / "missing.txt")])
    with pytest.raises(ChorusError, match="empty directory"):
        read_inputs([str(tmp_path)])


def test_ingest_several_multinews_clusters_are_refused(tmp_path, validation_clusters):
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in validation_clusters[:2]), encoding="utf-8")
    with pytest.raises(ChorusError, match="2 Multi-News clusters"):
        read_inputs([str(path)])


def test_ingest_symbolic_links_that_loop_or_point_nowhere_are_named_as_such(tmp_path, seed_texts):
    name = "000_e70a219f8e194b37.txt"
    (tmp_path / name).write_text(seed_texts[name], encoding="utf-8")
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    ingested = read_inputs([str(tmp_path)])
    assert [a.outlet for a in ingested.articles] == ["000_e70a219f8e194b37"]
    reasons = {skipped.origin: skipped.reason for skipped in ingested.skipped}
    named = f"{tmp_path.name}/"
    assert reasons[named + "a"] == "a symbolic link that loops back on itself"
    assert reasons[named + "b"] == "a symbolic link that loops back on itself"
    assert "deleted.txt, which does not exist" in reasons[named + "gone.txt"]
    with pytest.raises(ChorusError, match="a: a symbolic link that loops back on itself"):
        read_inputs([str(tmp_path / "a")])


def test_ingest_a_directory_without_files_says_what_it_holds(tmp_path, seed_texts):
    name = "000_e70a219f8e194b37.txt"
    (tmp_path / "story").mkdir()
    (tmp_path / "story" / name).write_text(seed_texts[name], encoding="utf-8")
    with pytest.raises(ChorusError, match="only 'story': a sub-directory is read when given"):
        read_inputs([str(tmp_path)])
    assert len(read_inputs([str(tmp_path / "story")]).articles) == 1
    hidden = tmp_path / "hidden"
    hidden.mkdir()
    (hidden / f".{name}").write_text(seed_texts[name], encoding="utf-8")
    with pytest.raises(ChorusError, match=r"only hidden files \(names starting with '\.'\)"):
        read_inputs([str(hidden)])
    looped = tmp_path / "looped"
    looped.mkdir()
    (looped / "self").symlink_to(looped / "self")
    # Before: "only 'self': a sub-directory is read when given itself".
    with pytest.raises(ChorusError) as refused:
        read_inputs([str(looped)])
    assert str(refused.value) == (
        f"{looped}: no files to read in it, only 'self' (a symbolic link that loops back on itself)"
    )


def test_ingest_a_file_without_read_permission_stops_the_run_named_not_in_a_folder(
    tmp_path, seed_texts, monkeypatch
):
    locked = tmp_path / "locked.txt"
    locked.write_text(seed_texts["000_e70a219f8e194b37.txt"], encoding="utf-8")
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads it anyway (CAP_DAC_OVERRIDE): refuse as for a user
        read_bytes = Path.read_bytes

        def refuse_locked(path: Path) -> bytes:
            if path == locked:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
            return read_bytes(path)

        monkeypatch.setattr(Path, "read_bytes", refuse_locked)
    with pytest.raises(ChorusError, match=r"locked.txt: cannot read \(Permission denied\)"):
        read_inputs([str(locked)])
    # In a folder it is skipped: it stopped the run for the articles beside it.
    name = "001_f34298cc83c0a39a.txt"
    (tmp_path / name).write_text(seed_texts[name], encoding="utf-8")
    ingested = read_inputs([str(tmp_path)])
    assert [a.origin for a in ingested.articles] == [f"{tmp_path.name}/{name}"]
    assert [(s.origin, s.reason) for s in ingested.skipped] == [
        (f"{tmp_path.name}/locked.txt", "cannot read (Permission denied)")
    ]


def test_ingest_standard_input_named_twice_is_refused_not_read_as_empty(seed_texts):
    stdin = io.StringIO(seed_texts["000_e70a219f8e194b37.txt"])
    with pytest.raises(ChorusError, match="named more than once"):
        read_inputs(["-", "-"], stdin=stdin)
    (article,) = read_inputs(["-"], stdin=stdin).articles
    assert article.text.startswith("French President Emmanuel Macron")


def test_ingest_json_that_cannot_be_read_is_skipped_and_named_once(tmp_path, seeds_dir):
    unreadable = {
        # Deeper than Python's parser follows: a RecursionError and a traceback before.
        "deep.json": "[" * 100_000 + "]" * 100_000,
        "cut.json": '[{"text": "The minister resigned."}, ',
        "numbers.json": "[1, null]",
        "words.json": '"a string"',
        "documents.json": '{"documents": 5}',
        "count.json": '{"text": 12}',
    }
    for name, content in unreadable.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    ingested = read_inputs([str(tmp_path), str(seeds_dir)])
    assert len(ingested.articles) == 3, "a file of bad JSON is skipped, not the whole run"
    reasons = {skipped.origin: skipped.reason for skipped in ingested.skipped}
    named = f"{tmp_path.name}/"
    assert reasons[named + "deep.json"].startswith("JSON nested too deeply to read")
    assert reasons[named + "cut.json"].startswith("invalid JSON (Expecting value")
    # An item may be a text or an object: "expected a JSON object" named only one of them.
    either = "expected an article's text or a JSON object"
    assert reasons[named + "numbers.json item 1"] == f"{either}, not a number"
    assert reasons[named + "numbers.json item 2"] == f"{either}, not null"
    assert reasons[named + "words.json"] == "expected a JSON object, not a string"
    assert reasons[named + "documents.json"] == "'documents' must be a list"
    assert reasons[named + "count.json"] == "record's 'text' is a number, not text"


def test_ingest_standard_input_is_read_as_bytes_like_a_file(seed_texts):
    text = seed_texts["000_e70a219f8e194b37.txt"]
    latin = text.replace("Macron", "Macr\u00f3n").encode("latin-1")

    def piped(data: bytes) -> io.TextIOWrapper:
        return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")

    (article,) = (ingested := read_inputs(["-"], stdin=piped(latin))).articles
    # Read as text, the Latin-1 byte raised an error; read as UTF-8, it was "Macr\ufffdn".
    assert "Macr\u00f3n" in article.text
    assert ingested.notes[0].startswith("stdin: not UTF-8 (byte")
    binary = read_inputs(["-"], stdin=piped(bytes(range(256)) * 8))
    assert [(s.origin, s.reason) for s in binary.skipped] == [("stdin", "binary file, not text")]
    (unzipped,) = read_inputs(["-"], stdin=piped(gzip.compress(text.encode()))).articles
    assert unzipped.text == text and unzipped.origin == "stdin"


def test_ingest_utf16_text_is_read_not_called_binary(tmp_path, seed_texts):
    text = seed_texts["001_f34298cc83c0a39a.txt"]
    notepad = tmp_path / "notepad.txt"
    notepad.write_bytes(text.encode("utf-16"))  # with its byte order mark
    (article,) = read_inputs([str(notepad)]).articles
    assert article.text == text


def test_invisible_characters_are_taken_out_with_a_note(tmp_path):
    """Raw 12's CNN story writes "A\u200brwa Damon" and "EMT\u200b\u200bs": its zero-width
    spaces reached the headline, the summary and the recognizer, which lost Damon."""
    record = next(r for n, r in enumerate(read_clusters(RAW_VALIDATION, 13)) if n == 12)
    path = tmp_path / "raw12.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    ingested = read_inputs([str(path)])
    assert not any("\u200b" in a.text for a in ingested.articles)
    assert "Arwa Damon" in ingested.articles[0].text
    briefing = brief(ingested.articles, words=120)
    # The briefing says so, as spans count the text without them.
    assert (
        f"{path} document 1: 15 invisible characters taken out (zero-width spaces, "
        "soft hyphens, direction marks); spans count the text so read" in briefing.notes
    )
    assert "\u200b" not in "".join(s.text for s in briefing.summary)
    # A word's soft hyphen goes too; the joiners that shape emoji stay.
    article = brief(
        ["The mayor gave infor\u00admation on the 👨\u200d👩\u200d👧 family."]
    ).documents[0]
    assert article.article.text == "The mayor gave information on the 👨\u200d👩\u200d👧 family."


def test_ingest_text_with_a_stray_nul_is_read_with_a_note(tmp_path, seed_texts):
    text = seed_texts["001_f34298cc83c0a39a.txt"]
    cut = text.index(" ", len(text) // 2)
    pasted = tmp_path / "pasted.txt"
    pasted.write_bytes((text[:cut] + "\x00" + text[cut + 1 :]).encode())
    ingested = read_inputs([str(pasted)])
    (article,) = ingested.articles
    assert article.text == text and not ingested.skipped
    assert f"{pasted}: 1 NUL byte(s) read as spaces" in ingested.notes
    # Binary data inside the text (every byte value once) is still binary data.
    packed = tmp_path / "packed.txt"
    packed.write_bytes(text[:cut].encode() + bytes(range(256)) + text[cut:].encode())
    assert [s.reason for s in read_inputs([str(packed)]).skipped] == ["binary file, not text"]


def test_ingest_html_page_without_an_article_is_skipped_with_what_it_held(tmp_path, seed_texts):
    menu = tmp_path / "menu.html"
    menu.write_text(
        "<html><head><title>Example News</title></head><body><nav>Home | About</nav>"
        "<footer>(c) 2020</footer></body></html>",
        encoding="utf-8",
    )
    lines = seed_texts["000_e70a219f8e194b37.txt"].split("\n")
    page = tmp_path / "story.html"
    page.write_text(HTML_PAGE.format(lines[0], lines[1]), encoding="utf-8")
    ingested = read_inputs([str(menu), str(page)])
    assert [a.origin for a in ingested.articles] == [str(page)]
    (skipped,) = ingested.skipped
    assert (skipped.origin, skipped.reason) == (
        str(menu),
        "no article text found in the HTML, only 'Home | About'",
    )


def test_ingest_text_opening_with_a_bracket_is_an_article_not_json(tmp_path, seed_texts):
    text = "[Reuters] " + seed_texts["002_d1c345cafae71714.txt"]
    story = tmp_path / "story.txt"
    story.write_text(text, encoding="utf-8")
    (article,) = read_inputs([str(story)]).articles
    assert article.text == text


def test_ingest_a_file_named_twice_is_read_once_and_said_so(seeds_dir):
    seed = str(seeds_dir / "000_e70a219f8e194b37.txt")
    ingested = read_inputs([seed, seed])
    assert len(ingested.articles) == 1
    assert [(s.origin, s.reason) for s in ingested.skipped] == [(seed, "given twice; read once")]


def test_ingest_an_article_not_in_english_is_noted(tmp_path, seeds_dir):
    """Der Spiegel's German report in Multi-News+ validation (cluster 1845) and a Chinese
    article beside English ones were briefed without a word; the analysis called them
    "another event". Now each is noted, the English articles not."""
    with gzip.open(DATA / "multinews-plus-validation.jsonl.gz", "rt", encoding="utf-8") as lines:
        record = next(json.loads(line) for n, line in enumerate(lines) if n == 1845)
    (tmp_path / "spiegel.txt").write_text(record["documents"][0], encoding="utf-8")
    (tmp_path / "english.txt").write_text(record["documents"][1], encoding="utf-8")
    (tmp_path / "xinhua.txt").write_text(
        "俄罗斯周二在联合国安理会否决了一项决议草案，该草案本将设立一个新的机构来调查叙利亚"
        "使用化学武器的情况。法国总统马克龙与普京通了电话，表达了对局势的关切。"
        "美国、法国和英国正在考虑如何回应杜马镇的疑似化学袭击，救援人员说袭击造成数十人死亡。",
        encoding="utf-8",
    )
    ingested = read_inputs([str(tmp_path), str(seeds_dir)])
    folder = tmp_path.name
    assert len(ingested.articles) == 6
    notes = [note for note in ingested.notes if "does not read as English" in note]
    assert [note.split(": does not read as English (")[0] for note in notes] == [
        f"{folder}/spiegel.txt",
        f"{folder}/xinhua.txt",
    ]
    assert "written mostly in a non-Latin alphabet" in notes[1]
    # The article's own commonest words: before, always "'der', 'de' or 'les'".
    assert "such as 'der', 'die' or 'zu' to" in notes[0], notes[0]


def test_ingest_a_json_list_of_texts_is_a_list_of_articles(tmp_path, seed_texts):
    # The shape `chorus.brief` takes in Python; every item was skipped as "not a string".
    texts = list(seed_texts.values())
    listed = tmp_path / "texts.json"
    listed.write_text(json.dumps(texts), encoding="utf-8")
    lines = tmp_path / "texts.jsonl"
    lines.write_text("\n".join(json.dumps(text) for text in texts[:2]), encoding="utf-8")
    ingested = read_inputs([str(listed), str(lines)])
    assert [(a.origin, a.outlet) for a in ingested.articles] == [
        (f"{listed} item 1", "texts #1"),
        (f"{listed} item 2", "The Financial Times"),
        (f"{listed} item 3", "texts #3"),
    ]
    assert [a.text for a in ingested.articles] == texts
    reasons = [s.reason for s in ingested.skipped]
    assert reasons == [f"same text as {listed} item {n}" for n in (1, 2)]
