"""A named colleague's slip, then the business saying the responsibility is its own, is no blame (18owns).

Development rounds 3-136 blocked 41 distinct good replies as blaming an employee, most of them of one
shape: the slip told, then the business answering for it in words the list lacked ("mais la
responsabilité est la nôtre", "l'erreur est celle du magasin", "that one's on us rather than him",
"c'est notre méthode qui n'était pas assez solide"). Blame stays blame when no such owning follows, or
when a sanction is told.
"""

from __future__ import annotations

import pytest

from .evaluation import blocking_codes


@pytest.mark.parametrize(
    ("draft", "lang"),
    [
        ("Vous avez raison et nous vous présentons nos excuses. C'est Antoine qui a monté les mauvais balais "
         "d'essuie-glace, mais la responsabilité est la nôtre.", "fr"),
        ("Nous sommes désolés. C'est Julien qui vous a servi, mais l'erreur est celle du magasin : nous aurions "
         "dû avoir un double contrôle.", "fr"),
        ("You're right that Oliver gave you the wrong time for breakfast, and we're sorry. That one's on us "
         "rather than him: the welcome sheet was out of date.", "en"),
        ("Vous avez raison, pis on s'excuse. C'est Maxime qui a inversé les deux commandes, mais c'est notre "
         "méthode qui n'était pas assez solide.", "fr"),
        ("We're sorry, Marcus handed you the wrong size box, but that's a failing of our stock system, not of "
         "him.", "en"),
    ],
)
def test_the_business_answering_for_the_slip_is_no_blame(draft: str, lang: str) -> None:
    assert "blames_employee" not in blocking_codes(draft, lang)


@pytest.mark.parametrize(
    ("draft", "lang"),
    [
        ("C'est Antoine qui a monté les mauvais balais d'essuie-glace, il a été averti.", "fr"),
        ("Our driver Sam took the wrong turn, he's been let go and the responsibility is ours.", "en"),
        ("That was Kevin on the till, he never listens.", "en"),
        ("C'est Kevin qui a préparé votre commande : la faute est celle de Kevin, pas la nôtre.", "fr"),
        ("L'erreur est due au serveur Kevin, qui n'a pas noté votre allergie.", "fr"),
    ],
)
def test_blame_without_the_business_owning_it_stays_blame(draft: str, lang: str) -> None:
    assert "blames_employee" in blocking_codes(draft, lang)
