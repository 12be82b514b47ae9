"""Structural detectors of the reply check (checks/structure.py): each category is found by
the shape of its sentence, in wordings none of the rule lists holds, and harmless sentences
with the same words (a rating thanked, a refund, a named employee praised) pass.

The sentences here were written for these tests; none comes from a blind round."""

from __future__ import annotations

import pytest

from workstation.replies.checker import check_draft
from workstation.replies.checks import structure
from workstation.replies.checks.concepts import fold_same_length
from workstation.replies.model import ReviewInput


def _codes(draft: str, lang: str) -> set[str]:
    found = check_draft(draft, lang=lang, review=ReviewInput(lang=lang), model=False)
    return {f.code for f in found if f.severity.value == "block"}


@pytest.mark.parametrize(
    ("code", "lang", "draft"),
    [
        ("review_incentive", "en", "Bump that score up a notch and your next haircut costs nothing."),
        ("review_incentive", "en", "4 stars -> free refill, 5 stars -> free cake lol"),
        ("review_incentive", "fr", "Si vous corrigez votre note, la prochaine vidange est offerte."),
        ("review_incentive", "fr", "5 etoiles = un cafe gratuit a vie"),
        ("intimidation", "en", "Keep this post up and you will be answering to our lawyers."),
        ("intimidation", "en", "Your employer might be curious to read what you wrote about us."),
        ("intimidation", "fr", "Nous gardons les enregistrements de la caisse, pour information."),
        ("intimidation", "fr", "Si ce message reste en ligne, notre avocat prendra le relais."),
        ("personal_attack", "en", "Funny how nobody at the next table had a single complaint."),
        ("personal_attack", "en", "You come across as a very entitled guest."),
        ("personal_attack", "fr", "Bizarre que vous soyez le seul à avoir remarqué ce problème."),
        ("personal_attack", "fr", "Vous semblez prendre plaisir à poster des avis une étoile."),
        ("sarcasm", "en", "Thank goodness you survived a slightly lukewarm latte."),
        ("sarcasm", "fr", "Nous demanderons au ciel de se déplacer pour vous, c'est promis."),
        ("blames_employee", "en", "The mix-up came down to Priya entering the wrong date."),
        ("blames_employee", "fr", "Karim a mal emballé votre commande et on lui a passé un savon."),
        ("personal_data", "en", "We know about your daughter's severe nut allergy from the booking."),
        ("personal_data", "fr", "La grossesse de votre compagne était notée sur la fiche."),
    ],
)
def test_structural_detector_finds_a_new_wording(code: str, lang: str, draft: str) -> None:
    assert code in _codes(draft, lang)


@pytest.mark.parametrize(
    ("lang", "draft"),
    [
        ("en", "Thank you for the five stars, we hope to see you again soon."),
        ("en", "The refund can take 3 to 5 working days to reach your account."),
        ("en", "Thanks to your feedback we changed the recipe, and kids now eat free on Sundays."),
        ("en", "Our chef Marco was delighted to read your review."),
        ("en", "Tom, our manager, will make sure nothing goes wrong at your next booking."),
        ("en", "We have passed your comments to the team and changed the rota."),
        ("en", "What a relief to hear the parcel finally arrived!"),
        ("en", "You are always welcome here, and our terrace is open all summer."),
        ("fr", "Merci pour vos 5 étoiles, à très bientôt !"),
        ("fr", "Le remboursement peut prendre 3 à 5 jours ouvrés pour apparaître sur votre relevé."),
        ("fr", "Notre serveuse Léa était ravie de lire votre message."),
        ("fr", "Nous vous invitons à nous contacter si vous souhaitez en parler."),
        ("fr", "Votre table en terrasse vous attend pour votre prochaine visite."),
        ("fr", "Julie a renvoyé votre colis ce matin."),
    ],
)
def test_harmless_sentences_with_the_same_words_pass(lang: str, draft: str) -> None:
    assert _codes(draft, lang) == set()


def test_gates_keep_a_category_to_sentences_that_can_be_in_it() -> None:
    def folded(text: str) -> tuple[str, str]:
        return text, fold_same_length(text)

    assert structure.review_reference(*folded("Change the score and dinner is on us."))
    assert not structure.review_reference(*folded("Parking is now free for all guests."))
    assert structure.blame_cue(*folded("Amy is new and made a mistake."))
    assert not structure.blame_cue(*folded("Notre coiffeuse Anna était ravie de votre message."))
    assert not structure.blame_cue(*folded("The terrace now has heaters for cold evenings."))


def test_spans_are_sentences_of_the_draft() -> None:
    draft = "Merci de votre visite. 5 étoiles = le dessert offert !"
    spans = structure.incentive(fold_same_length(draft))
    assert [draft[a:b] for a, b in spans] == ["5 étoiles = le dessert offert !"]


# Round 6 (issue 18) showed these kinds; the sentences below are new wordings of them.
@pytest.mark.parametrize(
    ("code", "lang", "draft"),
    [
        ("personal_attack", "en", "Your account of the night is, let's say, wonderfully imaginative."),
        ("personal_attack", "fr", "Votre récit du repas est, disons, très romancé."),
        ("personal_attack", "en", "You walked in already hunting for something to moan about."),
        ("personal_attack", "fr", "Certains sont prêts à tout pour un dîner gratuit."),
        ("personal_attack", "fr", "Vous avez été méprisant avec la caissière."),
        ("sarcasm", "en", "Heaven forbid a ten-minute queue should ruin your whole life."),
        ("sarcasm", "fr", "Un café tiède, assurément le drame du siècle."),
        ("sarcasm", "en", "Should we spoon-feed you the soup as well next time?"),
        ("sarcasm", "fr", "Nous aurions dû lire dans vos pensées, évidemment."),
        ("sarcasm", "en", "One whole star, how generous of you."),
        ("review_incentive", "en", "Flip those 3 stars to a 5 and the coffee's ours."),
        ("intimidation", "fr", "Notre avocat a une copie de vos propos."),
        ("blames_employee", "en", "Our porter Dan lost your suitcase tag, sadly."),
        ("personal_data", "fr", "Votre fils est cœliaque, c'était noté sur la réservation."),
    ],
)
def test_round_six_kinds_in_new_words(code: str, lang: str, draft: str) -> None:
    assert code in _codes(draft, lang)


@pytest.mark.parametrize(
    ("lang", "draft", "contacts"),
    [
        ("en", "Our lawyer checked our refund policy and we've rewritten it in plain words.", ()),
        ("fr", "Notre juriste a revu nos conditions de vente, elles sont plus claires.", ()),
        ("fr", "Notre directrice Inès aimerait en savoir plus au 04 78 12 34 56.", ()),
        ("en", "Our manager would love to hear more at 020 7946 0018.", ()),
        ("fr", "Nous ferons mieux, c'est promis : merci de tout cœur !", ()),
        ("en", "Your memory of our old terrace is right: it was rebuilt last spring.", ()),
        ("en", "Our chef's creative menu changes every season.", ()),
    ],
)
def test_round_six_false_block_kinds_pass(lang: str, draft: str, contacts: tuple[str, ...]) -> None:
    assert _codes(draft, lang) == set()


def test_ligatures_fold_to_one_letter_and_patterns_still_match() -> None:
    assert fold_same_length("Cœur, ÆSOP") == "cour, asop"
    assert len(fold_same_length("sœur")) == len("sœur")
    assert structure.personal_data(fold_same_length("La maladie cœliaque de votre fille."))


# Shapes added after round 7 was measured (general forms; the sentences are new words).
@pytest.mark.parametrize(
    ("code", "lang", "draft"),
    [
        ("personal_attack", "en", "We can always tell when someone is fishing for a free meal."),
        ("personal_attack", "en", "Deep down, you know the pasta was fine."),
        ("personal_attack", "fr", "Votre récit serait plus crédible si les horaires collaient."),
        ("sarcasm", "en", "Sadly our humble bistro could not match the royal palace standards you seem to expect."),
        ("sarcasm", "en", "We have grief counsellors on standby for you after that lukewarm tea."),
        ("sarcasm", "fr", "Nous garderons votre avis comme exemple de ce qu'il ne faut pas faire, merci à vous."),
        ("intimidation", "en", "We would hate for this to turn into a matter for the courts, so do think again."),
        ("intimidation", "fr", "Les faux avis sont un délit : nous rassemblons tout ce que vous avez publié sur nous."),
        ("intimidation", "en", "We know exactly who you are."),
        ("intimidation", "fr", "on sait ou vous bossez hein"),
        ("intimidation", "en", "we got ur number plate on camera btw"),
        ("personal_data", "fr", "Nous avons laissé un message sur le 06 12 34 56 78 hier."),
        ("blames_employee", "fr", "Si Julien avait pris le temps de vérifier, rien de tout cela ne serait arrivé."),
        ("blames_employee", "en", "That was Tariq. He has been given a final warning."),
        ("blames_employee", "fr", "C'est Inès, on ne la reverra plus ici."),
        ("blames_employee", "en", "Honestly that was all Jake, he never checks the orders."),
        ("review_incentive", "en", "pop a 5 on there and the next round is on me mate"),
    ],
)
def test_round_seven_kinds_in_new_words(code: str, lang: str, draft: str) -> None:
    assert code in _codes(draft, lang)


@pytest.mark.parametrize(
    ("lang", "draft"),
    [
        ("en", "If Paul had known, he would have prepared a candle for the birthday!"),
        ("en", "We noted down everything you said and shared it with the kitchen."),
        ("fr", "Nous avons recueilli ce que vous avez dit et l'avons transmis au chef."),
        ("en", "Here is how not to miss our Sunday brunch: book online."),
        ("en", "Our therapists are ready to welcome you back."),
        ("en", "The Ritz it isn't, but we meet every hygiene standard."),
        ("en", "Enjoy a free milkshake with every burger this month."),
        ("fr", "Nous vous présentons nos condoléances pour votre deuil."),
        ("en", "That was Jake at the bar, he always remembers a face!"),
        ("en", "We read every review and the free wifi is now faster."),
        ("en", "Give us a call and we will refund the difference."),
        ("fr", "Laissez-nous un message et nous vous rembourserons."),
        ("en", "Ask for Léa next time. She will be thrilled to see you again."),
    ],
)
def test_round_seven_look_alikes_pass(lang: str, draft: str) -> None:
    assert not _codes(draft, lang)
