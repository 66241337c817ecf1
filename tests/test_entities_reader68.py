"""The entities section's sixty-eighth pass (journal/entities.md, "Entities, sixty-eighth
pass (stop 40)"): readers 54's and 55's names. A plane is no person, body or place, as a
ship is not: a Soviet maker's model ("Tu-154", "a Soviet-built Yak 40") and a call sign
("Air Force One") are not listed. A full name right after "Speaker", a pilot's or an
officer's post is listed ("Speaker Nancy Pelosi", "his co-pilot, Fariq Abdul Hamid", "the
first officer, Fariq Abdul Hamid"), as after "President". "America" is the United States'
other spelling, and a college's name written without "College" is the college's. The
expectations are read in the articles."""

from __future__ import annotations

import pytest

from tests.entity_gold import listed_on_clusters, spelled

(SEARCH, OIL_SLICK, OBAMA_LEGACY, SMOLENSK, CRIMEA, AREA_51, CHANNEL_4, ADDERALL, OXY) = (
    "multi_news-val-5309",
    "multi_news-val-1557",
    "multi_news-val-4896",
    "multi_news-val-4679",
    "multi_news-val-501",
    "multi_news-val-393",
    "multi_news-val-2851",
    "multi_news-val-4962",
    "multi_news-val-3536",
)
"""Raw 209 and 218 (the search for MH370: "whether Captain Shah or his co-pilot, Fariq Abdul
Hamid, had deliberately crashed the jet"; "no evidence the first officer, Fariq Abdul Hamid,
had tried to make a call"), raw 221 (Obama's health care law: "Speaker Nancy Pelosi made it
happen", "Air Force One trips for undecided lawmakers"), raw 224 (the Polish president's
Tu-154: "a Soviet-built Yak 40", "a Tupolev Tu-154"), raw 249 (sanctions over Crimea: "House
Speaker John A. Boehner (R-Ohio)", "speaker of the U.S. House of Representatives John
Boehner"), raw 138 (Area 51), raw 27 (Channel 4's report), raw 215 (a teacher jailed in
Japan: A1's "U.S. doctors", A2's "the most prescribed drugs in America") and raw 206
(Occidental's sit-in: "the dean of students at Claremont McKenna", "reached Claremont
McKenna College")."""


@pytest.fixture(scope="module")
def listed():
    every = (SEARCH, OIL_SLICK, OBAMA_LEGACY, SMOLENSK, CRIMEA, AREA_51, CHANNEL_4, ADDERALL, OXY)
    return listed_on_clusters(set(every), speakers=True)


def test_entities_aircraft_models_are_not_listed(listed):
    """Raw 224 listed "Tu-154" (an organisation) and "Yak 40" (a person): planes. Their
    maker, Tupolev, and the crash's places stay."""
    smolensk = listed[SMOLENSK]
    assert not {"Tu-154", "Yak 40", "Tupolev 154", "TU-154"} & smolensk.keys()
    kept = {name: smolensk[name].label for name in ("Tupolev", "Smolensk", "Poland")}
    assert kept == {"Tupolev": "organisation", "Smolensk": "place", "Poland": "place"}


def test_entities_a_planes_call_sign_is_not_listed(listed):
    """Raw 221 listed Air Force One as an organisation; Congress, the House and the Senate
    stay."""
    legacy = listed[OBAMA_LEGACY]
    assert "Air Force One" not in legacy
    assert legacy["Congress"].label == "organisation"
    assert legacy["Senate"].label == "organisation"


def test_entities_a_numbered_place_or_channel_stays(listed):
    """A name closing on a number is tested as a model now: Area 51 (19 mentions in two
    articles) and Channel 4 are no plane's."""
    area = listed[AREA_51]["Area 51"]
    assert area.label == "place"
    assert area.outlets == 2
    assert listed[CHANNEL_4]["Channel 4"].label == "organisation"


def test_entities_a_full_name_after_speaker_is_a_person(listed):
    """Raw 221's Nancy Pelosi, whom no window read; raw 249's John A. Boehner, in both
    articles that name him."""
    assert spelled(listed[OBAMA_LEGACY]["Nancy Pelosi"]) == {"Nancy Pelosi"}
    assert listed[OBAMA_LEGACY]["Nancy Pelosi"].label == "person"
    boehner = listed[CRIMEA]["John A. Boehner"]
    assert boehner.label == "person"
    assert boehner.outlets == 2


def test_entities_a_full_name_after_a_pilots_post_is_a_person(listed):
    """The co-pilot of MH370, named once in each cluster after his post."""
    for cluster in (SEARCH, OIL_SLICK):
        hamid = listed[cluster]["Fariq Abdul Hamid"]
        assert hamid.label == "person"
        assert spelled(hamid) == {"Fariq Abdul Hamid"}


@pytest.mark.parametrize(
    ("cluster", "short", "row", "label"),
    [
        (ADDERALL, "America", "U.S.", "place"),
        (OXY, "Claremont McKenna", "Claremont McKenna College", "organisation"),
    ],
)
def test_entities_a_name_written_short_is_one_row_with_its_whole(
    listed, cluster, short, row, label
):
    """Raw 215 listed "U.S." (A1) and "America" (A2) as two places, one outlet each; raw
    206 "Claremont McKenna" as a person (two outlets) beside the college (one)."""
    found = listed[cluster]
    assert short not in found
    whole = found[row]
    assert whole.label == label
    assert whole.outlets == 2
    assert {short, row} <= spelled(whole)
