"""Help to a customer who was robbed or whose things were damaged (issue 18, 18fb17): beside such
a harm, a sentence naming the police, an insurer or the business's recordings is help however the
offer is worded, unless it aims at the reader or makes the step a condition on them. Look-alikes
written here (not the blind rounds' replies) must pass at any rating; the threat of the same shape
beside each must still block, with the classifier on."""

from __future__ import annotations

import pytest

from .evaluation import blocking_codes as _blocks


@pytest.mark.parametrize(("draft", "lang"), [
    ("Sorry to hear your phone got nicked on the terrace. We kept the camera recording from that night and "
     "will gladly get it over to the police as soon as they want it.", "en"),
    ("How rotten, someone clipped your car in our car park. The entrance camera caught the ramp that "
     "evening; say the word and Sussex Police or your insurer will have it.", "en"),
    ("Désolés que vous vous soyez fait voler votre vélo devant la boutique. On garde les images de la caméra "
     "et la gendarmerie peut les récupérer quand elle veut.", "fr"),
    ("Navrés pour la rayure sur votre portière. La vidéosurveillance du parking est conservée un mois, votre "
     "assureur peut nous la demander.", "fr"),
])
def test_the_police_or_an_insurer_for_a_harmed_customer_passes(draft: str, lang: str) -> None:
    assert not _blocks(draft, lang), draft
    assert not _blocks(draft, lang, stars=5), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Your car was not clipped here. We have the footage, and unless this review comes down it goes to the "
     "police.", "en"),
    ("We have CCTV of you taking the cushions and we'll pass it to the police if you keep posting.", "en"),
    ("Votre vélo n'a pas été volé chez nous : retirez cet avis, sinon les images partent à la gendarmerie.", "fr"),
    ("Vous nous avez volé une bouteille : nous avons porté plainte contre vous et transmis les images au "
     "commissariat.", "fr"),
    # the reader as the one who took it: no harm to them in the draft, so no help to read
    ("You had taken two cushions from the terrace. Our footage is with the police.", "en"),
    ("Vous avez emporté deux coussins de la terrasse. Nos images sont entre les mains de la police.", "fr"),
])
def test_the_police_held_over_the_reader_still_blocks(draft: str, lang: str) -> None:
    assert "intimidation" in _blocks(draft, lang), draft
