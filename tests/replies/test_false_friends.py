"""Words the French lists read as a complaint that mean something else in English (review mend).

"Your sales agent was very helpful" and "Love the sales!" on five stars were answered with an
apology for the cleanliness: French "sale(s)" is "dirty". In a review read as English it is a
shop's offers; in French it stays a complaint, and "Sale de bains" (a misspelt bathroom) is none.
"""

from __future__ import annotations

import pytest

from tests.replies.points_of import complaints_of
from workstation.replies.complaints import as_read, clauses_by_criticism


@pytest.mark.parametrize(
    ("text", "stars"),
    [
        ("Your sales agent was very helpful and efficient filling my order.", 5),
        ("Many years of wonderful fruit! Love the sales! Can't wait for the next delivery.", 4),
        ("I trust them to be honest in their sales.", 5),
    ],
)
def test_an_english_sale_is_no_dirt(lists_alone: None, text: str, stars: int) -> None:
    assert complaints_of(text, stars, "en") == ()
    assert clauses_by_criticism(text, stars, "en")[0] == []


def test_a_misspelt_french_bathroom_is_no_dirt(lists_alone: None) -> None:
    assert complaints_of("Hôtel très bien situé. Sale de bains avec tout ce qu'il faut.", 5, "fr") == ()


@pytest.mark.parametrize(
    ("text", "stars"),
    [("La chambre était sale.", 4), ("Toilettes sales et odeur désagréable.", 3)],
)
def test_french_dirt_is_still_a_complaint(lists_alone: None, text: str, stars: int) -> None:
    assert "cleanliness" in complaints_of(text, stars, "fr")


def test_only_an_english_review_is_read_so() -> None:
    assert as_read("Love the sales, great Sale!", "en") == "Love the offers, great offer!"
    assert as_read("Chambre sale", "fr") == "Chambre sale"
    assert as_read("Chambre sale", None) == "Chambre sale"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The food is surprisingly delicious! I haven't had a bad meal yet.", "en"),
        ("The meals are fresh, the taste is great, not bland at all.", "en"),
        ("Good food, good service, after a late night hangout.", "en"),
        ("For hot and cold beverages, frappuccino, hot latte: five stars.", "en"),
        ("Nice place. Try the cold coffee from here, it's good.", "en"),
        ("Products are fresh, tasty and easy to steep.", "en"),
        ("Je n'ai presque jamais été déçu par le service ou par les prix.", "fr"),
        ("Je ne suis jamais déçue de l'agence de Noisy-le-Sec, accueil chaleureux.", "fr"),
    ],
)
def test_praise_in_words_of_complaint_stays_praise(lists_alone: None, text: str, lang: str) -> None:
    # Review mend (session t): each of these five-star reviews was answered with an apology.
    assert complaints_of(text, 5, lang) == ()


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("The food arrived late and cold.", "food"),
        ("Prices are a bit steep for what you get.", "price"),
        ("We had a bad meal and the service was slow.", "food"),
    ],
)
def test_the_complaints_beside_them_stay_complaints(lists_alone: None, text: str, point: str) -> None:
    assert point in complaints_of(text, 2, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Nice place. Decent dishes. Not too loud, suitable for light conversations.", "en"),
        ("Nice place. The music isn't too loud.", "en"),
        ("The price is not high compared to the quality.", "en"),
        ("Meals were good and didn't take long to prepare.", "en"),
        ("Goat meat shop, fresh meat without a musty smell. Very cool.", "en"),
        ("J'utilise les services depuis très longtemps. Je n'ai jamais rencontré de problème.", "fr"),
        ("Ce fut relativement rapide, je n'ai pas eu trop à attendre.", "fr"),
        ("Chambre très confortable, pas de problème de VMC cette fois-ci.", "fr"),
        ("L'agent au comptoir a répondu à mes attentes. Bilan positif.", "fr"),
        ("Je ne savais pas quoi attendre, mais l'accueil était parfait.", "fr"),
        ("Pratiquement pas d'attente au petit déjeuner.", "fr"),
        ("We ordered the seafood platter and were not disappointed.", "en"),
        ("The meals don't leave me hungry and I don't have to prepare a lunch.", "en"),
        ("Nice place, clean, and the food is ok too.", "en"),
        ("Delivery is reliable and the packaging keeps the food cold.", "en"),
        ("Sashimi is very fresh. Price is not so high.", "en"),
        ("Goat dishes have no odor and are delicious.", "en"),
        ("Friendly staff, good food, cold beer.", "en"),
    ],
)
def test_a_fault_said_to_be_small_or_absent_is_no_complaint(lists_alone: None, text: str, lang: str) -> None:
    # Review mend (session t): four-star reviews answered with an apology for the noise, the price,
    # the wait or the food.
    assert complaints_of(text, 4, lang) == ()


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_what_one_expects_is_no_wait_whatever_the_apostrophe(lists_alone: None, apostrophe: str) -> None:
    # "S'y attendre" is to expect, not to wait; phones type the curly apostrophe.
    text = f"Un repas décevant, il fallait s{apostrophe}y attendre."
    assert complaints_of(text, 2, "fr") == ("food",)


@pytest.mark.parametrize("text", ["Longue attente au petit déjeuner.", "Il faut s'y attendre : on a attendu une heure, beaucoup trop long."])
def test_a_wait_is_still_a_wait(lists_alone: None, text: str) -> None:
    assert "waiting_time" in complaints_of(text, 3, "fr")


@pytest.mark.parametrize(
    "text",
    ["The food was too cold.", "The wait was long and the food was cold too.", "I wish the food wasn't so greasy."],
)
def test_excess_and_a_complaint_said_as_well_stay_complaints(lists_alone: None, text: str) -> None:
    assert "food" in complaints_of(text, 3, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Chambre correcte mais le ménage n'a pas été fait pendant le séjour.",
        "Des taches sur les draps et de la poussière sous le lit.",
        "La chambre sentait le renfermé.",
        "The bathroom smelled of mould and the carpet was stained.",
        "Il y avait des cheveux dans la douche à notre arrivée.",
    ],
)
def test_what_was_not_cleaned_is_a_cleanliness_complaint(lists_alone: None, text: str) -> None:
    # 18clean: dust, stains, a room's smell, hair left in the room, a room not cleaned (on two stars, where
    # a topic named without praise is a complaint; on three the clause needs a word of tone or the learned reading).
    lang = "en" if text.startswith("The") else "fr"
    assert "cleanliness" in complaints_of(text, 2, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pas de sèche-cheveux dans la salle de bain.", "fr"),
        ("La femme de ménage est entrée sans frapper.", "fr"),
        ("Le rayon électroménager était mal rangé.", "fr"),
        ("The peppermint oil does not smell as nice as other brands.", "en"),
        ("I found a hair in my soup.", "en"),
        ("My hair was cut far too short.", "en"),
        ("The stainless steel kettle was missing.", "en"),
    ],
)
def test_cleaning_staff_appliances_smells_of_products_and_hair_elsewhere_are_not(
    lists_alone: None, text: str, lang: str
) -> None:
    assert "cleanliness" not in complaints_of(text, 2, lang)
