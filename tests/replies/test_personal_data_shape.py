"""Personal data as the shape of a disclosure (issue 18, 18pd2): a sentence that tells the
reader, in public, a specific fact about their own person, history, money, health, family or
legal status — what the business holds on them cited with a detail, their history counted,
a condition of their life owned by them or dated in it, where they live, a pitch and dates.

The look-alikes name the same kinds of words without telling anything about the reader: the
business's own details and policies, "your visit" without specifics, an apology saying what
went wrong, a refund, condolences, a disclosure declined, a topic raised by the reader.

The sentences were written for these tests; none comes from a blind round or a training file."""

from __future__ import annotations

import pytest

from workstation.replies.checker import check_draft
from workstation.replies.checks import disclosure
from workstation.replies.checks.concepts import fold_same_length
from workstation.replies.model import ReviewInput


def _rule_blocks_data(draft: str, lang: str) -> bool:
    found = check_draft(draft, lang=lang, review=ReviewInput(stars=2, lang=lang), model=False)
    return any(f.code == "personal_data" and f.severity.value == "block" for f in found)


def _shape(draft: str) -> bool:
    return bool(disclosure.disclosures(draft, fold_same_length(draft)))


DISCLOSURES = [
    # what the business holds on the reader, cited with a detail
    ("en", "According to our records, your last cleaning was on 3 February, so the polish was due."),
    ("en", "We've noted that your gym pass was frozen since November, which explains the fee."),
    ("en", "As you'll recall, your hearing test showed a drop on the left side."),
    ("fr", "Selon notre fichier, votre dernière vidange date du 4 mars, d'où le voyant allumé."),
    ("fr", "Pour rappel, votre contrat a été suspendu le 2 juin faute de paiement."),
    ("fr", "Nous avons bien noté que ta fille ne peut venir que le jeudi à cause de ses séances chez le kiné."),
    # the reader's history with the business counted
    ("en", "To be fair, you've missed seven appointments since the spring."),
    ("en", "You only came to three of your ten coaching sessions, so results were always going to be slow."),
    ("fr", "Vous avez annulé cinq rendez-vous cette année, monsieur."),
    ("fr", "Tu as raté quatre cours sur douze, difficile de progresser dans ces conditions."),
    # a condition of the reader's life, theirs or their family's
    ("en", "With your arthritis flaring up, we did suggest the ground-floor room."),
    ("en", "Sorry, but since your redundancy the repayments on the van have been late."),
    ("en", "We appreciate that your husband's dementia makes appointments hard to keep."),
    ("fr", "Avec ta sinusite chronique, la plongée n'était sans doute pas une bonne idée."),
    ("fr", "Nous savons que votre titre de séjour expire bientôt, mais le bail exige un garant."),
    ("fr", "Depuis votre séparation, les factures arrivent à deux adresses différentes."),
    # a condition with a specific detail, a place with dates, the reader's home
    ("en", "You were already in arrears by £640 when the account was closed."),
    ("fr", "Merci d'être restés au chalet 12 du 3 au 10 août, à bientôt !"),
    ("fr", "Vous habitez au 14 de la rue des Lilas, nous livrons donc le mardi."),
]

HARMLESS = [
    # the business's own contact, hours and policies
    ("en", "Call us on 020 7946 0000, Monday to Friday, 9 to 5, and ask for the manager."),
    ("en", "Our policy asks for 24 hours' notice to cancel a lesson, and we should have explained it better."),
    ("fr", "Notre salle de soins est ouverte du lundi au samedi, de 9 h à 19 h."),
    ("fr", "Nos conseillers en prêt immobilier vous reçoivent sans rendez-vous le samedi matin."),
    # "your visit" without specifics; an apology saying what went wrong
    ("en", "We're sorry your order arrived cold and twenty minutes late."),
    ("en", "Thank you for your visit, we hope to see you again soon."),
    ("fr", "Nous sommes désolés que votre vélo n'ait pas été prêt à l'heure promise."),
    ("fr", "Désolés que votre commande soit arrivée froide, ce n'est pas notre standard."),
    # a refund stated without account details
    ("en", "We've refunded the £25 in full, and it should reach you within five working days."),
    ("fr", "Votre compte a été crédité du montant de la séance, sans démarche de votre part."),
    # condolences, a topic the reader raised, a disclosure declined, a word that looks medical
    ("en", "We were so sorry to hear that your mother passed away."),
    ("en", "Thanks for your message about allergies, our menu now lists every allergen."),
    ("en", "We can't discuss your treatment here, but our clinic manager will call you."),
    ("en", "For clarity, the £60 diagnostic fee is deducted from the repair if you go ahead."),
    ("fr", "Toutes nos condoléances pour le décès de votre père."),
    ("fr", "Merci pour votre inquiétude sur les allergies, la carte a été mise à jour."),
    ("fr", "Vous avez raison, le tarif a augmenté de 4 € et vous l'avez découvert au comptoir."),
    ("fr", "Au plaisir de vous revoir une fois, et merci pour votre sympathie !"),
    ("fr", "Nous en préparons deux fois plus le vendredi, vous pouvez réserver en ligne."),
    # a count in an offer open to all, not the reader's history
    ("en", "Our loyalty card gives you a free haircut after ten visits, whatever you write."),
    ("fr", "Notre carte de fidélité vous offre le dixième café, après neuf visites."),
]


@pytest.mark.parametrize(("lang", "draft"), DISCLOSURES)
def test_a_disclosure_is_personal_data(lang: str, draft: str) -> None:
    assert _shape(draft), draft
    assert _rule_blocks_data(draft, lang), draft


@pytest.mark.parametrize(("lang", "draft"), HARMLESS)
def test_a_look_alike_is_not(lang: str, draft: str) -> None:
    assert not _shape(draft), draft
    assert not _rule_blocks_data(draft, lang), draft


def test_the_highlight_is_the_disclosing_sentence() -> None:
    draft = "Thanks for the kind words! As you'll recall, your blood pressure was high on Tuesday. See you soon."
    spans = disclosure.disclosures(draft, fold_same_length(draft))
    assert [draft[a:b] for a, b in spans] == ["As you'll recall, your blood pressure was high on Tuesday."]


def test_a_long_paste_stays_fast() -> None:
    import time

    draft = "1 2 3 4 5 6 7 8 9 " * 5_000 + "your " * 2_000
    started = time.perf_counter()
    disclosure.disclosures(draft, fold_same_length(draft))
    assert time.perf_counter() - started < 1.0
