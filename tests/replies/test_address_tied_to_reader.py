"""A street address is the customer's only when the reply ties it to them (18addr).

Development rounds 3-124 blocked good replies that gave the business's own place in words the
own-place list lacked: "vous nous trouverez désormais au 12 rue…", "l'atelier est au 8 rue…",
"nos horaires : … au 8 rue…", "our winter hours are …, at 14 Shop Street". A reply now blocks an
address when its sentence ties it to the reader: "your", their home or a move into it, a delivery,
a visit, work or an event at their place, a dated visit, a customer named by title.
"""

from __future__ import annotations

import pytest

from .evaluation import blocking_codes


@pytest.mark.parametrize(
    ("draft", "lang"),
    [
        ("Merci pour votre patience pendant le déménagement ! Vous nous trouverez désormais au 12 rue des "
         "Tanneurs, juste en face de la médiathèque.", "fr"),
        ("Désolés que vous ayez eu du mal à nous trouver : l'atelier est au 8, rue des Tanneurs, au fond de la "
         "cour. Nous avons ajouté un panneau.", "fr"),
        ("Désolés pour la porte close. Nos horaires d'hiver : du mardi au samedi, de 9 h à 19 h, au 8 rue des "
         "Granges.", "fr"),
        ("Merci ! Pour ceux qui nous cherchent, la boucherie a déménagé au 45, rue de la Station.", "fr"),
        ("Sorry the door was locked when you arrived. Our winter hours are Monday to Friday 7am to 9pm and "
         "weekends 8am to 6pm, at 14 Shop Street, Galway.", "en"),
        ("Merci pour ce message ! Pour ceux qui arrivent tard : la boîte à clés est à droite du portail, 3 chemin "
         "des Oliviers.", "fr"),
    ],
)
def test_the_business_place_in_its_own_words_is_not_personal_data(draft: str, lang: str) -> None:
    assert "personal_data" not in blocking_codes(draft, lang)


@pytest.mark.parametrize(
    ("draft", "lang"),
    [
        ("We hope the move into 14 Jacaranda Street, Paddington is all unpacked by now.", "en"),
        ("We'll drop new ones round to 27 Kauri Street, Ponsonby tomorrow morning.", "en"),
        ("We popped by 12 Oak Road on Tuesday but nobody answered.", "en"),
        ("Thanks for having us at 14 Birch Avenue last Saturday!", "en"),
        ("We have reviewed the account of Mr Rajesh Menon, 14 Kingfisher Close, Leicester.", "en"),
        ("We'll drop the certificate in the mail to you at 48 Fifth Avenue this week.", "en"),
        ("Hi Dave from 22 Orchard Lane, we've checked and you actually left at 4:15, not 5.", "en"),
        ("Le livreur a bien sonné au 12 rue des Lilas à 14 h.", "fr"),
        ("Nous sommes passés au 5 rue Victor Hugo hier mais personne n'a ouvert.", "fr"),
        ("dsl pour le retard de jeudi soir Mme Garcia, la prochaine fois on vous récupère direct au 12 rue des "
         "Filatiers", "fr"),
    ],
)
def test_an_address_tied_to_the_reader_is_personal_data(draft: str, lang: str) -> None:
    assert "personal_data" in blocking_codes(draft, lang)
