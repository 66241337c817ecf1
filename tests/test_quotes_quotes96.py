"""Who said what, ninety-sixth pass: someone's kin, given as a description ("Demoski's
mother", "Dunn's father"), is the new full name bearing the owner's surname that opens the
very next sentence as its subject, whatever its verb (raw validation 196), or the full name
the next sentence's speaker bears, the owner's surname allowed for kin (raw 121); a name of
another family, a name the article gave before, or a description of no kin is named by no
such sentence."""

from __future__ import annotations

from chorus.analyze.quotes import quotes
from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from tests.gold import quoted

_IDITAROD = "multi_news-val-3613"  # raw 196
_DUNN = "multi_news-val-1212"  # raw 121


def _rows(text: str) -> list[tuple[str, str | None]]:
    (article,) = as_articles([text])
    return [(q.speaker, q.role) for q in quotes([split(clean(article))])]


def _speaker_of(found: dict, cluster: str, opening: str) -> set[tuple[str, str | None]]:
    return {(q.speaker, q.role) for q in found[cluster] if q.text.text.startswith(opening)}


def test_the_mother_and_the_father_are_named_by_the_next_sentence():
    found = quoted(_IDITAROD, _DUNN)
    # "Demoski's mother said troopers ... took her son to jail ... ¶ Janice Demoski was told
    # her son was to be arraigned in Fairbanks on Sunday."
    assert _speaker_of(found, _IDITAROD, "troopers and a Nulato village") == {
        ("Janice Demoski", "Demoski's mother")
    }
    # "In another telephone call, Dunn's father told him of the shooting, "This thing is
    # viral. ..." ¶ A short while later, Phillip Dunn said again, "It's gone viral.""
    assert _speaker_of(found, _DUNN, "This thing is viral") == {("Phillip Dunn", "Dunn's father")}


def test_the_owners_own_name_is_not_his_kin():
    # "In a good way or a bad way?" Michael Dunn asked. ¶ "A bad way, bad way," his father
    # responded.: the son who spoke before is not his father
    speakers = _speaker_of(quoted(_DUNN), _DUNN, "A bad way")
    assert speakers and all(speaker != "Michael Dunn" for speaker, _ in speakers)


def test_another_family_a_name_given_before_or_no_kin_is_not_named():
    said = "Smith's mother said her son was taken to jail on Saturday.\n\n"
    assert _rows(said + "Janice Brown was told the hearing is on Sunday.") == [
        ("Smith's mother", None)
    ]
    assert _rows(said + "Janice Smith was told her son would be arraigned on Sunday.") == [
        ("Janice Smith", "Smith's mother")
    ]
    before = "Janice Smith drove to the jail.\n\n"
    assert _rows(before + said + "Janice Smith was told the hearing is on Sunday.") == [
        ("Smith's mother", None)
    ]
    lawyer = "Smith's lawyer said her client was taken to jail on Saturday.\n\n"
    assert _rows(lawyer + "Janice Smith was told the hearing is on Sunday.") == [
        ("Smith's lawyer", None)
    ]
