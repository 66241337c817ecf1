"""Rough edges a user met (stop 38): a short article in another language gets its note, and
`chorus train` names a UTF-16 file as `chorus eval` and `chorus batch` do."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from chorus.cli import app
from chorus.ingest import read_inputs
from chorus.ingest.english import not_english
from tests.conftest import DATA, RAW_VALIDATION, SEEDS, read_clusters

runner = CliRunner()

# A one-paragraph Xinhua-style report: first-quarter GDP grew 6.8% (67 Chinese letters,
# under the 100 letters the note once needed).
XINHUA = (
    "新华社北京4月13日电 国家统计局13日发布数据显示，一季度国内生产总值同比增长6.8%，"
    "经济运行保持在合理区间，就业形势总体稳定，消费对经济增长的贡献率继续提高。"
)
SHORT_REPORTS = {
    # Russia blocked the UN draft on the Syrian chemical attack: one sentence each.
    "russian": "Россия во вторник заблокировала в Совете Безопасности ООН проект резолюции о "
    "расследовании химической атаки в Сирии.",
    "arabic": "استخدمت روسيا يوم الثلاثاء حق النقض في مجلس الأمن الدولي ضد مشروع قرار "
    "للتحقيق في الهجوم الكيميائي في سوريا.",
    "japanese": "ロシアは火曜日、国連安全保障理事会でシリアの化学兵器攻撃を調査する決議案に"
    "拒否権を行使した。",
    "german": "Russland hat im UN-Sicherheitsrat einen Resolutionsentwurf zur Untersuchung des "
    "mutmaßlichen Giftgasangriffs in Syrien blockiert. Frankreich und die USA kündigten eine "
    "Antwort an.",
    "spanish": "Rusia vetó el martes en el Consejo de Seguridad de la ONU un proyecto de "
    "resolución para investigar el presunto ataque químico en Siria.",
}
NOTE = ": does not read as English ("


def _notes(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if NOTE in line]


def test_a_short_chinese_report_beside_the_seeds_is_noted_and_they_are_not(tmp_path):
    """Cleaning takes its lines out as another script; the reader was told only "a page
    that is no news" holding "only page furniture", never that chorus reads English."""
    report = tmp_path / "xinhua.txt"
    report.write_text(XINHUA, encoding="utf-8")
    result = runner.invoke(app, ["brief", str(SEEDS), str(report)])
    assert result.exit_code == 0
    assert _notes(result) == [
        f"note {report}: does not read as English (written mostly in a "
        "non-Latin alphabet); chorus's summary and analysis are made for English news"
    ]
    assert "Russia" in result.stdout.split("## Summary", 1)[1]
    lines = result.stdout.splitlines()
    said = "- [4] not in English: no English text, every line in Chinese script (other script)"
    assert said in lines
    assert lines[-1] == (
        "4. file `xinhua.txt`, outlet unknown, date unknown, set aside as not in English (see "
        "Background)"
    )


def test_a_short_chinese_report_alone_is_noted_before_the_error(tmp_path):
    report = tmp_path / "xinhua.txt"
    report.write_text(XINHUA, encoding="utf-8")
    result = runner.invoke(app, ["brief", str(report)])
    assert result.exit_code == 1
    note, error = result.stderr.splitlines()
    assert note.startswith(f"note {report}: does not read as English (written mostly in")
    assert error.startswith("chorus: error: no sentences to summarize")


@pytest.mark.parametrize("language", SHORT_REPORTS)
def test_a_one_sentence_report_in_another_language_is_noted(tmp_path, language):
    path = tmp_path / f"{language}.txt"
    path.write_text(SHORT_REPORTS[language], encoding="utf-8")
    (note,) = [note for note in read_inputs([str(path)]).notes if NOTE in note]
    assert note.startswith(f"{path}: does not read as English (")


def test_a_short_english_report_naming_french_names_is_not_noted(tmp_path):
    """Three of French's commonest words, in names, beside seven of English's."""
    path = tmp_path / "english.txt"
    path.write_text(
        "The mayor of Le Havre met the heirs of Jean de la Fontaine and the family of "
        "Charles de Gaulle at the museum on Monday.",
        encoding="utf-8",
    )
    assert not [note for note in read_inputs([str(path)]).notes if NOTE in note]


def test_no_seed_raw_or_duc_article_is_noted_and_only_foreign_paragraphs_are():
    """Every article of the seeds, raw validation and DUC 2003 is English; of raw
    validation's paragraphs, as short articles, the four noted are read to be German
    (the "Weizenbrötchen mit Maisgrieß" list of a sandwich, 57 [1]), Chinese (People's
    Daily's headline, 71 [2]) and Russian (two posts, 184 [0])."""
    seeds = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.iterdir())]
    raw = read_clusters(RAW_VALIDATION, 250)
    clusters = raw + read_clusters(DATA / "duc2003-task2.jsonl.gz", 30)
    articles = seeds + [text for cluster in clusters for text in cluster["documents"]]
    assert len(articles) == 3 + 690 + 298
    assert [text[:40] for text in articles if not_english(text)] == []
    noted = [
        (number, document, paragraph[:12])
        for number, cluster in enumerate(raw)
        for document, text in enumerate(cluster["documents"])
        for paragraph in text.split("\n")
        if not_english(paragraph)
    ]
    assert noted == [
        (57, 1, "The company "),
        (71, 2, "中文：金正恩被美网站评为"),
        (184, 0, "Доку Умаров "),
        (184, 0, "40 тысяч пол"),
    ]


@pytest.mark.parametrize(
    ("bom", "encoding"), [(b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]
)
def test_train_names_a_utf16_file_as_eval_and_batch_do(tmp_path, bom, encoding):
    """Raw 0 saved as UTF-16 (with its byte order mark) was "line 1: not UTF-8 (byte 1)"."""
    cluster = read_clusters(RAW_VALIDATION, 1)[0]
    path = tmp_path / "raw0.jsonl"
    path.write_bytes(bom + (json.dumps(cluster) + "\n").encode(encoding))
    out = tmp_path / "scorer.npz"
    trained = runner.invoke(app, ["train", str(path), "--out", str(out)])
    assert trained.exit_code == 1
    assert trained.output.splitlines() == [
        f"chorus: error: {path}: UTF-16 text (convert it to UTF-8: iconv -f UTF-16 -t UTF-8), "
        'not JSON Lines: chorus train reads one {"documents": [...], "summary": "..."} per '
        "line or a .csv with document and summary columns"
    ]
    assert not out.exists()
    evaluated = runner.invoke(app, ["eval", str(path)])
    assert evaluated.output.splitlines()[0].startswith(
        f"chorus: error: {path}: UTF-16 text (convert it to UTF-8: iconv -f UTF-16 -t UTF-8), "
        "not JSON Lines: chorus eval"
    )


def test_train_refuses_an_article_in_one_line_naming_it(tmp_path):
    """A seed article given to train was "line 1: invalid JSON (Expecting value at column
    1)"; now the line eval gives, with what train reads."""
    seed = SEEDS / "000_e70a219f8e194b37.txt"
    result = runner.invoke(app, ["train", str(seed), "--out", str(tmp_path / "m.npz")])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"chorus: error: {seed}: text starting 'French President Emmanuel Macron and his', "
        'not JSON Lines: chorus train reads one {"documents": [...], "summary": "..."} per '
        "line or a .csv with document and summary columns"
    ]


def test_a_two_sentence_korean_report_is_briefed_with_its_note(tmp_path):
    """Two sentences with no ASCII word left the summarizer one token, the mark between
    them, and `chorus brief` printed a numpy traceback (main too, before the note)."""
    path = tmp_path / "korean.txt"
    path.write_text(
        "러시아는 화요일 유엔 안전보장이사회에서 시리아 화학무기 공격을 조사하는 결의안에 "
        "거부권을 행사했다. 프랑스와 미국은 대응을 예고했다.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["brief", str(path), "--no-analysis"])
    assert result.exit_code == 0, result.output
    assert f"note {path}: does not read as English (written mostly in" in result.stderr
    assert result.stdout.startswith("# 러시아는 화요일 유엔 안전보장이사회에서")
