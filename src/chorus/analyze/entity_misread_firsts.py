"""A person's given name the recognizer read as a place or a body: "Natalia" of "Russian
lawyer Natalia Veselnitskaya" (raw 137), read a place in the window of another name, while
the surname after it was read a person of its own. Names listed "Veselnitskaya" alone."""

from __future__ import annotations

from collections.abc import Mapping

from chorus.analyze.entity_mention_windows import every_mention
from chorus.analyze.entity_surnames import surnames_alone
from chorus.analyze.model import EntityLabel


def first_names_read_otherwise(
    labels: Mapping[str, EntityLabel], text: str
) -> dict[str, tuple[str, str]]:
    """Each surname read alone (`surnames_alone`) mapped to the word before it and the full
    name, where that word (a capital, then lower case) is read as no person and the text
    writes it nowhere but right before that surname: the two words are one person's name."""
    found = {}
    for surname in surnames_alone(labels):
        for at in every_mention(text, surname):
            if text[at - 1 : at] != " ":
                continue
            word = text[max(text.rfind(" ", 0, at - 1), text.rfind("\n", 0, at - 1)) + 1 : at - 1]
            if (
                labels.get(word, "person") != "person"
                and word.isalpha()
                and word[:1].isupper()
                and word[1:].islower()
                and all(
                    text.startswith(f" {surname}", other + len(word))
                    for other in every_mention(text, word)
                )
            ):
                found[surname] = (word, f"{word} {surname}")
                break
    return found
