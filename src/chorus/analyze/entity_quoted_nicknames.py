"""A person's nickname in quotation marks between the first name and the surname: one
outlet's 'Liberty "Libby" German' is the Liberty German of the others (raw 153, her row
counted in two outlets of three)."""

from __future__ import annotations

from collections.abc import Mapping

from chorus.analyze.model import EntityLabel

_QUOTES = {"“": "”", '"': '"'}


def nicknames_between(labels: Mapping[str, EntityLabel], text: str) -> dict[str, str]:
    """Each read person's full name of two words that `text`, the sentences joined, writes
    with one capitalised word in quotation marks between them, that spelling mapped to the
    name: 'Abigail “Abby” Williams' of Abigail Williams. Found by `find` on the first name
    and a quotation mark, no pattern per name."""
    found = {}
    for name, label in labels.items():
        first, space, last = name.partition(" ")
        if label != "person" or not space or " " in last:
            continue
        for opening, closing in _QUOTES.items():
            lead = f"{first} {opening}"
            at = text.find(lead)
            while at >= 0:
                start = at + len(lead)
                shut = text.find(closing, start, start + 20)
                nickname = text[start:shut]
                tail = f"{closing} {last}"
                if (
                    shut > start
                    and nickname.isalpha()
                    and nickname[0].isupper()
                    and text.startswith(tail, shut)
                    and not text[shut + len(tail) : shut + len(tail) + 1].isalnum()
                    and (at == 0 or not text[at - 1].isalnum())
                ):
                    found[text[at : shut + len(tail)]] = name
                at = text.find(lead, at + 1)
    return found
