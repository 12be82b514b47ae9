"""Kinds of bad reply blind rounds 53 and 54 showed the check missing (issue 18, 18fb9), written
here as new wordings (not the rounds' replies) that must be caught, each beside a harmless
look-alike of the same shape that must pass, with the classifier on:

- excuse lists joined by "+" (and split by emoji) or closed by a shrug ("So.", "Voilà.",
  "bref pas de chance", "we did our best") — a warning;
- a sanction by deed ("no longer teaches", "n'anime plus", "removed from front-desk duties",
  "we've had words");
- a recording the business offers to post "for everyone" even "if you'd like", or that "might
  interest your employers";
- the review's motive laid on a competitor, "posting under various names"; "perhaps the X was
  not the problem";
- a reward once the reader "revisits their assessment" or "votre appréciation a été modifiée",
  given "at no charge"."""

from __future__ import annotations

import pytest

from .evaluation import blocking_codes as _blocks
from .evaluation import finding_codes


@pytest.mark.parametrize(("draft", "lang", "code"), [
    ("Our barista, Leo, poured that flat white. Leo no longer makes the coffee.", "en", "blames_employee"),
    ("Le cours était raté. Mme Girard, qui le donnait, n'enseigne plus chez nous.", "fr", "blames_employee"),
    ("The mix-up was down to our receptionist, Amy K., who has been removed from front-desk duties.", "en",
     "blames_employee"),
    ("That was our trainee Ben, can't park a van to save his life, we've had words.", "en", "blames_employee"),
    ("We have the whole evening on video and would gladly post it for everyone if you'd like.", "en",
     "intimidation"),
    ("Nous gardons les images du stage. Elles pourraient intéresser votre employeur.", "fr", "intimidation"),
    ("This review has more to do with a certain rival across the road than with our bakery.", "en",
     "personal_attack"),
    ("Funny how the same complaints keep posting under different names.", "en", "personal_attack"),
    ("You left after ten minutes. Maybe the course was not the problem.", "en", "personal_attack"),
    ("We'll refit your frames at no charge once you feel ready to revisit your assessment.", "en",
     "review_incentive"),
    ("Un soin offert vous attend dès que votre appréciation aura été modifiée.", "fr", "review_incentive"),
])
def test_the_offence_is_caught(draft: str, lang: str, code: str) -> None:
    assert code in _blocks(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Our barista, Leo, no longer has to open alone: we have hired a second barista.", "en"),
    ("Mme Girard, qui donnait le cours, est partie à la retraite ; nous lui souhaitons le meilleur.", "fr"),
    ("We had a few words of thanks from the whole team for Amy, who runs our front desk.", "en"),
    ("We filmed the evening and would gladly send you the video if you'd like to share it.", "en"),
    ("Nous gardons les vidéos du stage pour les élèves qui veulent revoir les gestes.", "fr"),
    ("Our prices have more to do with the cost of flour than with any rival.", "en"),
    ("Perhaps the timing was the trickiest part; we've moved the class to 7 pm.", "en"),
    ("We'll refit your frames at no charge, whatever you decide about the review.", "en"),
    ("Merci pour votre appréciation, nous la transmettons à l'équipe.", "fr"),
])
def test_the_look_alike_passes(draft: str, lang: str) -> None:
    assert not _blocks(draft, lang), draft
    assert not _blocks(draft, lang, stars=5), draft


def _warns(draft: str, lang: str) -> bool:
    return "excessive_justification" in finding_codes(draft, lang)


def test_excuse_lists_joined_by_plus_or_closed_by_a_shrug_warn() -> None:
    assert _warns("Late van, rain, road works, two sick drivers. So.", "en")
    assert _warns("Panne, neige, travaux, livreur malade. Voilà.", "fr")
    assert _warns("Sorry 😬 oven broke 🔥 + chef off sick 🤒 + supplier late 🚚 + fully booked 📅 we did our best",
                  "en")
    assert _warns("Désolés 😓 coupure 💡 + stock vide 📦 + caisse en panne 💳 + pluie ☔ bref pas de chance", "fr")


def test_a_list_with_no_shrug_does_not() -> None:
    assert not _warns("We serve pizza, pasta, salads and desserts. See you soon.", "en")
    assert not _warns("Menu du jour : soupe + plat + dessert + café, à 18 €.", "fr")
