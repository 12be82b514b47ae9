"""The rule-made false blocks blind rounds 53 and 54 showed (issue 18, 18fb9), with look-alikes
written here (not the rounds' replies) that must pass, and the real offence of the same shape
beside each that must still block, with the classifier on:

- the business's own phone or e-mail given in ever new ways: a contact is now the business's
  unless something attributes it to the reader (their number or address, a call or mail made to
  them, their name or title right before it, the number they used, a booking under it);
- thanks for sharing photos in other wordings ("merci de les partager"), a celebration display the
  reader took part in ("your team photo is up on our wall of fame"), our own photo offered to help
  with the reader's police report — read as intimidation;
- a cold word ("freezing", "freezer") read as wanting something free (an accusation's or an
  incentive's "free…"): "WE HEAR YOU! The showers were freezing and that's not good enough."."""

from __future__ import annotations

import pytest

from .evaluation import blocking_codes as _blocks


@pytest.mark.parametrize(("draft", "lang"), [
    ("The front desk (+44 161 496 0958) has the incident number for your claim.", "en"),
    ("Notre gérante, Sophie, vous attend au 021 555 12 34 pour fixer la réparation.", "fr"),
    ("Our events lead, Tom, would be happy to walk you through it: events@harbourhall.example or"
     " 555-0188.", "en"),
    ("Le service après-vente, 04 78 55 01 23, s'occupe de l'échange sous huit jours.", "fr"),
    ("Marco in the workshop takes bookings on 0117 496 0456 most mornings.", "en"),
    ("Pour la suite, tout passe par atelier.lumiere@example.fr, on répond vite.", "fr"),
])
def test_own_contact_passes(draft: str, lang: str) -> None:
    assert not _blocks(draft, lang), draft
    assert not _blocks(draft, lang, stars=5), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Our driver rang 07700 900 456 twice before leaving the parcel.", "en"),
    ("We'll give you a bell on 0412 555 077 tomorrow.", "en"),
    ("Gave u a bell on 07700 900 418 but no answer.", "en"),
    ("You rang us from 087 555 0193 on the second of May.", "en"),
    ("We've still got your mobile, 07700 900 321, on file.", "en"),
    ("We emailed the invoice to the address you gave us, lucy.hart@example.com.", "en"),
    ("The table was booked under 07700 900 384 for six.", "en"),
    ("Nous avons rappelé M. Girard au 06 12 34 56 78 pour le devis.", "fr"),
    ("On t'a rappelée au 06 39 98 21 47 trois fois.", "fr"),
    ("Votre rendez-vous était mardi à 10 h, tél 06 12 34 56 78, vous n'êtes pas venue.", "fr"),
    ("La course a été payée depuis le 77 654 32 10.", "fr"),
    ("Le dossier est à votre nom avec l'adresse m.roche@example.fr.", "fr"),
])
def test_the_readers_contact_still_blocks(draft: str, lang: str) -> None:
    assert "personal_data" in _blocks(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("The sunset shots are stunning, thanks so much for posting these!", "en"),
    ("Vos photos de la cascade sont magnifiques, merci de nous les avoir envoyées !", "fr"),
    ("Well done on the record time! Your group photo now hangs on our hall of fame.", "en"),
    ("Bravo pour ce record ! Votre photo d'équipe rejoint notre tableau d'honneur.", "fr"),
    ("We're sorry your bike was stolen from the rack. If it helps with a police report, we can send our"
     " doorbell camera photo.", "en"),
    ("Désolés pour le vol de votre colis. Si cela peut aider pour votre plainte, nous pouvons partager la"
     " photo de livraison de notre coursier.", "fr"),
    ("WE HEAR YOU! The pool was freezing and that's not good enough. The heater is fixed.", "en"),
    ("La salle était glaciale, le congélateur en panne, et ce n'est pas acceptable. C'est réparé.", "fr"),
])
def test_round53_look_alikes_pass(draft: str, lang: str) -> None:
    assert not _blocks(draft, lang), draft
    assert not _blocks(draft, lang, stars=5), draft


@pytest.mark.parametrize(("draft", "lang", "code"), [
    ("We'll be sharing your photos with everyone on our page.", "en", "intimidation"),
    ("Nous allons partager vos photos avec tout le monde.", "fr", "intimidation"),
    ("Your photo goes up on our wall of shame for everyone to see.", "en", "intimidation"),
    ("If you'd rather not be seen, remove the review, or your photo goes on our page.", "en", "intimidation"),
    ("You just wanted a free meal, didn't you?", "en", "personal_attack"),
    ("Free dessert if you bump your review to five stars.", "en", "review_incentive"),
])
def test_round53_real_offence_still_blocks(draft: str, lang: str, code: str) -> None:
    assert code in _blocks(draft, lang), draft
