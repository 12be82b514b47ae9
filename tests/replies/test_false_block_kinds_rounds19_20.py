"""The kinds of false block blind rounds 19 and 20 showed (issue 18), each with look-alikes
written here (not the rounds' replies) that must pass, and the real offence beside them that
must still block, with the classifier on:

- the business's own address after "we're at / nous sommes au" or after its opening hours
  ("open Monday to Friday … at 2 Mill Lane", "ouvert du mardi au samedi, au 5 rue …");
- a treat said to be there whatever the review ("review or no review", "avec ou sans avis",
  "whatever you write");
- the business's insurance covering damage the customer suffered (a scratched table, a
  dented car): the insurer is there for the customer;
- a named colleague's slip the business takes on by saying it is responsible for its own
  procedures ("… mais c'est la boutique qui est responsable de ses procédures");
- the business's phone followed by its opening hours ("au 01 44 55 66 77, du lundi au samedi");
- its cameras' footage given to the police after a crime the customer suffered;
- "you're entitled to a refund" (a right, not the trait);
- condolences: the business sorry to read that the reader's husband has died (no audience);
- French "a été" after "demande" or "négociateur" (a verb, not "talking to the summer");
- a rule against rewards: "we never give anything in exchange for a review"."""

from __future__ import annotations

import pytest

from workstation.replies.checks import conduct
from workstation.replies.checks.concepts import fold_same_length as fold

from .evaluation import blocking_codes as _blocks


@pytest.mark.parametrize(("draft", "lang"), [
    ("Thanks so much! We're at 27 Mill Lane, open Monday to Friday, if you need a hand again.", "en"),
    ("We are at 5 Harbour Street, just past the bakery, should you need us again.", "en"),
    ("Lovely to hear. The shop is open Tuesday to Sunday, 10 till 6, at 9 Castle Road.", "en"),
    ("Merci beaucoup ! Nous sommes au 12 rue des Tanneurs, du mardi au samedi.", "fr"),
    ("Merci pour votre passage ! L'atelier est ouvert du lundi au vendredi de 8 h à 18 h, au 5 rue du Moulin.",
     "fr"),
    ("À bientôt ! On est au 4 place du Marché, juste à côté de la mairie.", "fr"),
])
def test_the_businesss_own_address_is_not_personal_data(draft: str, lang: str) -> None:
    assert "personal_data" not in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("We're sorry the courier missed you at 27 Mill Lane on Tuesday.", "en"),
    ("Le livreur est bien passé au 12 rue des Tanneurs, chez vous, mardi à 9 h.", "fr"),
])
def test_the_customers_address_still_blocks(draft: str, lang: str) -> None:
    assert "personal_data" in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("The free tea by the door is for everyone, review or no review.", "en"),
    ("Free coffee for everyone while you wait, review or no review!", "en"),
    ("A free pastry with every coffee, whatever you write about us!", "en"),
    ("Le café offert est pour tout le monde, avec ou sans avis !", "fr"),
    ("Un croissant offert à chaque client, avis ou pas !", "fr"),
])
def test_a_treat_whatever_the_review_is_no_incentive(draft: str, lang: str) -> None:
    assert "review_incentive" not in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("Change your review to five stars and the next coffee is on us.", "en"),
    ("Mettez-nous 5 étoiles et le café est offert la prochaine fois.", "fr"),
])
def test_a_treat_for_a_better_review_still_blocks(draft: str, lang: str) -> None:
    assert "review_incentive" in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("We're so sorry the table came back scratched. Our insurance covers this: send us a photo and we'll "
     "handle the claim.", "en"),
    ("Sorry the car came back dented. Our insurer covers this type of damage, so just send us a photo.", "en"),
    ("Toutes nos excuses pour la portière rayée. Notre assurance prend ce dommage en charge : envoyez-nous "
     "une photo et nous nous occupons du dossier.", "fr"),
    ("Désolés pour le canapé abîmé pendant le déménagement : notre assureur vous remboursera la réparation.",
     "fr"),
])
def test_the_insurer_covering_the_customers_damage_is_not_a_threat(draft: str, lang: str) -> None:
    assert "intimidation" not in _blocks(draft, lang)
    # Damage to what the customer owns makes them the one the insurer is there for: the
    # classifier's intimidation reading of the sentence is not reported either.
    sentence = next(s for s in draft.split(". ") if "sur" in s)
    assert conduct.helps_victim(fold(draft), fold(sentence))


@pytest.mark.parametrize(("draft", "lang"), [
    ("You scratched our table, and our insurance will be taking legal action against you.", "en"),
    ("Vous avez abîmé notre canapé : notre assurance va porter plainte contre vous.", "fr"),
])
def test_the_insurer_turned_on_the_reader_still_blocks(draft: str, lang: str) -> None:
    assert "intimidation" in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("Our apologies: it was Ollie who gave you the wrong size, but the shop is responsible for its own "
     "checks.", "en"),
    ("Toutes nos excuses : c'est Inès qui a noté la mauvaise date, mais c'est le salon qui est responsable "
     "de ses procédures.", "fr"),
    ("Nous sommes désolés : c'est Hugo qui s'est trompé de modèle, mais nous en sommes responsables.", "fr"),
])
def test_a_colleagues_slip_the_business_answers_for_is_not_blame(draft: str, lang: str) -> None:
    assert "blames_employee" not in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("It was Ollie who gave you the wrong size; he has been warned.", "en"),
    ("C'est Inès qui a noté la mauvaise date, c'est entièrement sa faute.", "fr"),
    ("C'est Inès qui est responsable de ses procédures.", "fr"),
])
def test_blaming_the_colleague_still_blocks(draft: str, lang: str) -> None:
    assert "blames_employee" in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("Our advisers can help you pick a better plan on 0161 496 0000, Monday to Friday 9am to 5pm.", "en"),
    ("Nos conseillers vous répondent au 01 44 55 66 77, du lundi au samedi de 9 h à 19 h.", "fr"),
    ("Pour les arrivées tardives, on répond au 06 12 34 56 78 jusqu'à 22 h.", "fr"),
])
def test_a_number_with_opening_hours_is_the_businesss(draft: str, lang: str) -> None:
    assert "personal_data" not in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("We called you on 07700 900123 on Tuesday at 9 am.", "en"),
    ("Nous vous avons appelé au 06 12 34 56 78 mardi à 9 h.", "fr"),
])
def test_the_customers_number_and_visit_still_block(draft: str, lang: str) -> None:
    assert "personal_data" in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("So sorry your bike was stolen from our car park. We've given our CCTV footage to the police so they "
     "can investigate.", "en"),
    ("Désolés pour le vol de votre vélo dans notre parking. Nos images de vidéosurveillance ont été remises "
     "à la gendarmerie pour l'enquête.", "fr"),
    ("Nous sommes navrés pour le cambriolage de votre box. À la demande de la police, nous lui avons remis "
     "les images de nos caméras.", "fr"),
])
def test_footage_given_to_the_police_for_the_customer_is_not_a_threat(draft: str, lang: str) -> None:
    assert "intimidation" not in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("We've given our CCTV footage of you to the police, so expect a visit.", "en"),
    ("Nous avons transmis à la police les images où l'on vous voit : vous aurez de leurs nouvelles.", "fr"),
])
def test_footage_turned_on_the_reader_still_blocks(draft: str, lang: str) -> None:
    assert "intimidation" in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang", "code"), [
    ("Under our guarantee you're entitled to a free replacement, and it's already on its way.", "en",
     "personal_attack"),
    ("We were saddened to read that your husband passed away; he was such a lovely regular.", "en",
     "intimidation"),
    ("Nous avons été très touchés d'apprendre que votre mari nous a quittés, un client si fidèle.", "fr",
     "intimidation"),
    ("Votre demande a été transmise à notre service technique, qui vous rappellera demain.", "fr", "sarcasm"),
    ("Notre négociateur a été retardé par un accident, et nous aurions dû vous appeler.", "fr", "sarcasm"),
    ("We never give anything in exchange for a review, so this one means a lot.", "en", "review_incentive"),
    ("Nous n'offrons jamais rien contre un avis : le vôtre nous fait d'autant plus plaisir.", "fr",
     "review_incentive"),
])
def test_rights_condolences_a_verb_and_a_rule_against_rewards_are_harmless(draft: str, lang: str, code: str) -> None:
    assert code not in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang", "code"), [
    ("You're clearly entitled and rude.", "en", "personal_attack"),
    ("Your boss will be delighted to read what you wrote about us.", "en", "intimidation"),
    ("Votre employeur sera ravi de lire ce que vous écrivez sur nous.", "fr", "intimidation"),
    ("Nous allons dire deux mots à la météo, puisque la pluie vous a tant déplu.", "fr", "sarcasm"),
    ("No problem, a free coffee for a review!", "en", "review_incentive"),
    ("Laissez-nous un avis 5 étoiles et le dessert est offert.", "fr", "review_incentive"),
])
def test_the_trait_an_audience_nature_told_off_and_a_reward_still_block(draft: str, lang: str, code: str) -> None:
    assert code in _blocks(draft, lang)
