"""Hand-written (speaker, words) pairs for the seeds, and quote precision/recall.

A predicted quote matches a gold pair when the gold speaker is part of the predicted
speaker's name ("Macron" in "Emmanuel Macron") and the gold words are part of the
attributed text. Read from the seed articles; one pair per attributed claim.
"""

from __future__ import annotations

from collections.abc import Sequence

from chorus.analyze.model import Quote

SEED_QUOTES: tuple[tuple[str, str], ...] = (
    ("Elysee", "exchanged views on the latest developments in Syria"),
    ("Macron", "proof"),
    ("White Helmets", "at least 78 civilians dead"),
    ("Macron", "regretted the latest Russian veto"),
    ("Macron", "his deep concern at the continued deterioration"),
    ("Elysee", "He recalled the priorities of France"),
    ("Elysee", "wished that consultation between France and Russia"),
    ("Macron", "The president of the republic called for dialogue"),
    ("Kremlin", "refrain from ill-considered"),
    ("Kremlin", "The two leaders had instructed"),
    ("Duclos", "may herald imminent military action"),
    ("Duclos", "It looks like a diplomatic call"),
    ("White House", "had spoken to Mr Macron and UK prime minister"),
    ("Sanders", "Mr Trump spoke again to Mr Macron"),
    ("Sanders", "ongoing meetings"),
    ("diplomat", "centred around the list of targets"),
    ("diplomat", "Paris was resisting US options"),
    ("Moscow", "any gas attack took place"),
    ("Macron", "France had proof the Syrian regime was behind the attacks"),
    ("Macron", "seek to avoid escalation in the region"),
    ("Mattis", "no decision to strike Syria"),
    ("Mattis", "innocent people did not die"),
    ("Mattis", "how do we keep this from escalating"),
    ("Guterres", "with a vengeance"),
    ("Guterres", "no longer seem to be present"),
    ("Guterres", "chaos"),
    ("Trump", "get ready"),
    ("Trump", "Never said when an attack on Syria would take place"),
    ("Peskov", "being used by both sides"),
    ("Peskov", "avoid any steps that could lead to increased tension"),
    ("Peskov", "We believe that this would have an extremely destructive effect"),
    ("Zasypkin", "would not only shoot down any missiles"),
    ("Ayrault", "France wants to maintain a resolution"),
    ("Ayrault", "Paris was determined to facilitate"),
    ("Ayrault", "the combat against terrorists remained one of the urgent needs"),
    ("Ayrault", "The goal of France is always the same"),
    ("Zakharova", "Moscow categorically rejected the draft resolution"),
    ("OPCW", "all chemical weapons in Syria had been destroyed"),
    ("State Department", "Syria continued to use chemical substances"),
    ("Kim Won-soo", "could not confirm the complete destruction"),
)


DUC_QUOTES: dict[str, tuple[tuple[str, str], ...]] = {
    "d30020t": (
        ("China Sports Daily", "China hopes to win its first Asian Games gold medal"),
        ("report", "The team of six women and three men will be China's first"),
        ("newspaper", "China only began developing taekwondo in 1995"),
        ("report", "China picked up one silver and one bronze medal"),
        ("China Sports Daily", "the Chinese team's goal is to go all out"),
        ("Chen", "a recent decision by the sport's international federation"),
        ("Chen", "The team would not be dominant at any weight"),
        ("Chen", "Strong competitors at the Asian Games will be as numerous as trees"),
        ("Xinhua", "world record holder Wu Yanyan has been swimming an average 11 kilometers"),
        ("Wu", "it would be difficult for her to reach her peak"),
        ("organizers", "Thailand expects 39 countries"),
        ("committee", "Only Afghanistan is certain not to participate"),
        ("statement", "8,804 athletes and officials"),
        ("statement", "the eventual number is expected to be 10,000"),
        ("statement", "had been in close contact with Tajikistan"),
        ("Sumon", "We will wait for their final reply until Nov. 20"),
        ("Sumon", "At the same time, we are taking into consideration"),
        ("Afghanistan", "it would not send a team to the games"),
        ("Afghanistan", "its sports minister and a second representative might show up"),
        ("organizers", "International Olympic Committee are both withholding"),
        ("Ahmad", "All programs, participation and budgetary allocations"),
        ("Bhumibol", "Even though the country has faced financial trouble"),
    ),
    "d30028t": (
        ("diplomats", "The talks will focus on the Middle East peace process"),
        ("diplomats", "The two leaders also will discuss the U.N. air embargo on Libya"),
        ("official", "President Hosni Mubarak of Egypt will go to Syria and Turkey"),
        ("Moussa", "will head within the next few hours to Syria and Turkey"),
        ("Syria", "its keenness for good neighborly relations"),
        ("Syria", "sheltering the rebels"),
        ("Sezgin", "his forces would soon carry out an exercise"),
    ),
    "d30016t": (
        ("spokesman", "Swissair lawyers are looking at procedures"),
        ("Kaspar", "The compensation payments correspond to Swissair's liability"),
        ("Kaspar", "No date could be given for payments"),
        ("Kaspar", "More than 130 families have taken up that offer"),
        ("lawsuit", "the companies should have known about wiring problems"),
        ("investigators", "Hundreds of thousands of pieces"),
        ("Bouchard", "it would take longer than the normal 12 months"),
        ("Bouchard", "It's a very complicated and complex investigation"),
        ("Bouchard", "But I remain optimistic"),
        ("Gerden", "the operation was a success"),
        ("Gerden", "We're really just now at the stage"),
        ("Gerden", "investigators still don't know at what angle"),
        ("Butt", "remains of 134 people have now been identified"),
        ("Butt", "228 distinct DNA patterns"),
        ("Gerden", "the heavy-lifting barge, the Sea Sorceress, has completed its work"),
        ("Bouchard", "the safety board would issue provisional recommendations"),
        ("Bouchard", "We will do everything we can to reduce risks"),
    ),
    "d30034t": (
        ("Antara", "Assailants killed three soldiers and a civilian"),
        ("military", "masked men shot and killed a soldier"),
        ("Suratman", "two pistols that the victims in Weberek had been carrying were missing"),
        ("Suratman", "Another soldier who was with them was believed killed"),
        ("Suratman", "they were killed by demonstrators"),
        ("Antara", "had just returned home from a service"),
        ("Witnesses", "two men shot him in the shoulder"),
        ("Antara", "A total of 10 assailants had surrounded the house"),
        ("military", "there are 15,000 soldiers in East Timor"),
        ("envoy", "he was making progress in his efforts"),
        ("Marker", "Progress has been made and we'll pursue"),
        ("Marker", "he was skeptical about recent reports"),
        ("Marker", "From what I know from the talks"),
        ("opponents", "some 2,000 Indonesian troops supported by helicopters"),
        ("officials", "they could undermine confidence-building measures"),
    ),
    "d30056t": (
        ("official", "Unknown gunmen abducted three Britons"),
        ("Bargishev", "were taken hostage Saturday after 20 men in camouflage"),
        ("Foreign Office", "the four were seized early Sunday morning"),
        ("Foreign Office", "the kidnapping had taken place at 4 a.m. Saturday"),
        ("Foreign Office", "for their cooperation for the safe and early return"),
        ("Interfax", "One bodyguard and an unknown number of attackers were wounded"),
        ("spokesman", "They were working for Granger Telecom"),
        ("spokesman", "The kidnappers have not set conditions"),
        ("Interfax", "The kidnapping took place only 500 meters"),
        ("Interfax", "Policemen heard the shots"),
        ("Bargishev", "Despite the fact that the government of Britain"),
        ("Foreign Office", "Britons have been advised not to go to Chechnya"),
        ("Wascinski", "will seriously slow down the plan"),
        ("Wascinski", "whoever they are, are acting in defiance"),
        ("Moscow", "Chechnya remains part of Russia"),
        ("minister", "was specifically warned to withdraw"),
        ("Fatchett", "The advice could not have been clearer"),
        ("Fatchett", "The fact that they ignored that advice"),
        ("Granger", "it knew Chechnya was probably the world's most dangerous place"),
        ("Granger", "the fourth hostage, Briton Peter Kennedy, may have been employed"),
        ("Verth", "We had a general advice from the Foreign Office"),
        ("Verth", "the company had considered the contract"),
        ("Verth", "Hickey had been in the region since early August"),
        ("Verth", "None of our employees were forced to go"),
        ("Verth", "We understood and believed they were well catered for"),
        ("Fatchett", "Britain would do all it could"),
        ("Hickey", "his family is devastated"),
        ("Hickey", "He was just out there doing a job"),
        ("Hickey", "he thought there was no danger at all"),
        ("Hickey", "Darren is old enough to make his own decision"),
        ("Magomadov", "one of the kidnappers was wounded"),
        ("Guardian", "cast fresh doubt on Foreign Office claims"),
    ),
}
"""(speaker, words) pairs of the first two articles of two DUC 2003 clusters (AP newswire,
whose quotations are ``...''), written from the articles before chorus was run on them:
the two clusters under 20,000 characters with 20 or more quotations; then the next two in
file order under 25,000 characters with 20 or more, d30016t to write rules from and
d30034t blind (docs/journal/quotes.md, "Who said what: it said, saying"); then the next one
by the same rule, d30056t, blind (docs/journal/quotes.md, "Who said what: papers, agencies, titles,
he and she")."""


def matches(quote: Quote, speaker: str, words: str) -> bool:
    said_by = (quote.speaker, quote.role or "")
    return any(speaker.lower() in who.lower() for who in said_by) and words in quote.text.text


def precision_recall(
    predicted: Sequence[Quote], gold: Sequence[tuple[str, str]]
) -> tuple[int, int, int, int]:
    """(predictions matching a gold pair, predictions, gold pairs found, gold pairs)."""
    right = sum(any(matches(q, s, w) for s, w in gold) for q in predicted)
    found = sum(any(matches(q, s, w) for q in predicted) for s, w in gold)
    return right, len(predicted), found, len(gold)
