"""False blocks found on real published owner replies (18rp, 18rp2): warm thanks and sympathy
that name the reader's photos or family are no exposure threat; the address the reader is asked
to write to is the business's channel; "nos changements" is no review edit asked for. The
offences of the same shapes still block.

The real replies (a French hotel's, a bank's app and a payments app's, a Belgian bank's,
2026-12-05) were blocked as intimidation, personal data or incentive; the sentences below were
written from them and from usage, in English and French."""

from __future__ import annotations

import pytest

from workstation.replies.checker import check_draft

GOOD = [
    ("fr", "Merci infiniment pour votre avis 5 étoiles et pour le partage de vos magnifiques photos !"),
    ("fr", "Ce fut un réel plaisir de vous accueillir, vous et votre famille, lors de votre long séjour."),
    ("fr", "Nous sommes désolés pour ce que vous et votre famille avez vécu."),
    ("fr", "Nous avons été heureux de vous revoir, vous et vos enfants."),
    ("fr", "Merci beaucoup pour ce retour et d'avoir partagé vos photos."),
    ("en", "Thank you so much for your lovely review and for sharing your photos!"),
    ("en", "We're so sorry for what you and your family went through."),
    ("en", "Can you please send through your mobile number to mobile@bank.example and I will look into this?"),
    ("en", "Kindly write to us with your registered mobile number at sonam@payments.example, we will check."),
    ("fr", "Merci de nous envoyer votre numéro de commande à service@boutique.example, nous regardons cela."),
    ("fr", "Votre avis est essentiel pour nous aider à prioriser ces changements."),
]
THREATS = [
    ("fr", "Votre famille sera curieuse de savoir ce que vous avez écrit."),
    ("fr", "Honte de vous, votre famille devrait le savoir."),
    ("en", "Your family will be interested to hear what you wrote."),
    ("en", "We will share your photos with your family."),
]
STILL_BLOCKED = [
    ("en", "We sent the invoice to your address jane.doe77@gmail.com yesterday.", "personal_data"),
    ("en", "Please send the form to jdoe77@gmail.com.", "personal_data"),
    ("en", "We called you on 07700 900123 yesterday.", "personal_data"),
    ("fr", "Changez votre avis et le café est offert.", "review_incentive"),
    ("fr", "Si vous modifiez votre note, un dessert vous attend.", "review_incentive"),
]


def _blocking(text: str, lang: str) -> set[str]:
    return {f.code for f in check_draft(text, lang=lang) if f.severity.value == "block"}


@pytest.mark.parametrize(("lang", "text"), GOOD)
def test_thanks_and_sympathy_naming_photos_or_family_are_not_blocked(lang: str, text: str) -> None:
    assert not _blocking(text, lang)


@pytest.mark.parametrize(("lang", "text"), THREATS)
def test_the_exposure_threats_of_the_same_shape_still_are(lang: str, text: str) -> None:
    assert "intimidation" in _blocking(text, lang)


@pytest.mark.parametrize(("lang", "text", "code"), STILL_BLOCKED)
def test_the_reader_s_data_and_the_rewards_for_an_edit_still_block(lang: str, text: str, code: str) -> None:
    assert code in _blocking(text, lang)
