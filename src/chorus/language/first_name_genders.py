"""Whether a person's first name tells "he" or "she": common first names that are almost
only a man's or only a woman's in English-language news, for the pronoun stage to refuse a
"she" to "Democratic Sen. Tom Carper" (raw multi_news-val-182). A name given to both
(Jordan, Leslie, Kim, Jean, Robin, Andrea, Nicola) is in neither list: such a name tells
nothing, as an unknown one does, and the person's pronoun is read from the article alone.
"""

from __future__ import annotations

_MEN = frozenset(
    (
        *("Aaron", "Adam", "Alan", "Albert", "Alfred", "Andrew", "Anthony", "Antonio"),
        *("Arthur", "Barack", "Barry", "Ben", "Benjamin", "Bernard", "Bill", "Bob", "Bobby"),
        *("Brad", "Bradley", "Brandon", "Brett", "Brian", "Bruce", "Bryan", "Carl", "Carlos"),
        *("Charles", "Charlie", "Chuck", "Clarence", "Craig", "Dan", "Daniel", "Darren"),
        *("Dave", "David", "Dennis", "Derek", "Dick", "Don", "Donald", "Doug", "Douglas"),
        *("Ed", "Eddie", "Edward", "Eric", "Ernest", "Eugene", "Frank", "Fred", "Frederick"),
        *("Gary", "George", "Gerald", "Gilbert", "Glenn", "Gordon", "Greg", "Gregory"),
        *("Harold", "Harry", "Henry", "Howard", "Hugh", "Ian", "Isaac", "Jack", "Jacob"),
        *("Jake", "James", "Jason", "Jeff", "Jeffrey", "Jeremy", "Jerry", "Jim", "Jimmy"),
        *("Joe", "John", "Johnny", "Jon", "Jonathan", "Jose", "Joseph", "Josh", "Joshua"),
        *("Juan", "Justin", "Keith", "Ken", "Kenneth", "Kevin", "Larry", "Lawrence", "Leo"),
        *("Louis", "Luis", "Mark", "Martin", "Matt", "Matthew", "Michael", "Mike"),
        *("Mitch", "Mohammed", "Muhammad", "Nathan", "Neil", "Nicholas", "Nick", "Oscar"),
        *("Patrick", "Paul", "Peter", "Phil", "Philip", "Phillip", "Ralph", "Randy", "Raymond"),
        *("Richard", "Rick", "Rob", "Robert", "Roger", "Ron", "Ronald", "Roy", "Russell"),
        *("Ryan", "Scott", "Sean", "Stephen", "Steve", "Steven", "Stuart", "Ted"),
        *("Thomas", "Tim", "Timothy", "Todd", "Tom", "Tony", "Vincent", "Walter", "Wayne"),
        *("William", "Willie"),
    )
)
_WOMEN = frozenset(
    (
        *("Abigail", "Alice", "Alison", "Amanda", "Amy", "Angela", "Ann", "Anna", "Anne"),
        *("Barbara", "Betty", "Beverly", "Brenda", "Carol", "Carolyn", "Catherine", "Cheryl"),
        *("Christina", "Christine", "Cynthia", "Deborah", "Debra", "Denise", "Diana", "Diane"),
        *("Donna", "Doris", "Dorothy", "Elizabeth", "Ellen", "Emily", "Emma", "Evelyn"),
        *("Frances", "Gloria", "Hannah", "Heather", "Helen", "Hillary", "Irene", "Janet"),
        *("Janice", "Jennifer", "Jessica", "Joan", "Joyce", "Judith", "Judy", "Julia"),
        *("Julie", "Karen", "Katherine", "Kathleen", "Kathryn", "Kathy", "Kirsten", "Laura"),
        *("Lauren",),
        *("Linda", "Lisa", "Lois", "Louise", "Margaret", "Maria", "Marie", "Marilyn"),
        *("Martha", "Mary", "Megan", "Melissa", "Michelle", "Nancy", "Nicole", "Olivia"),
        *("Pamela", "Patricia", "Rachel", "Rebecca", "Rose", "Ruth", "Sandra", "Sara"),
        *("Sarah", "Sharon", "Shirley", "Sophia", "Stephanie", "Susan", "Teresa", "Theresa"),
        *("Victoria", "Virginia", "Wendy"),
    )
)
FIRST_NAMES = _MEN | _WOMEN
"""Both lists: a word that opens a person's name and seldom anything else's."""


def first_name_gender(person: str) -> str | None:
    """ "he" or "she" as the first of a person's two or more names tells, else None."""
    first, _, rest = person.partition(" ")
    if not rest:
        return None
    if first in _MEN:
        return "he"
    return "she" if first in _WOMEN else None
