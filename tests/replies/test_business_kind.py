"""The kind of business a profile names words its drafts: a shop, a web shop, a hotel or an
agency gets no kitchen, plates or dishes (an audit found "Every plate is now checked before it
leaves the kitchen" sent for a coffee chain's app). No kind keeps the original wording."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from workstation.replies.blocks import load_blocks
from workstation.replies.cli import run_suggest
from workstation.replies.drafting import draft_suggestions
from workstation.replies.model import BUSINESS_KINDS, ReplyError, ReplyProfile, ReviewInput
from workstation.replies.stored_inputs import profile_settings, reply_profile
from workstation.store import Store
from workstation.store.business_profile import REPLY_PROFILE_KEY
from workstation.store.settings import set_setting

RESTAURANT_WORDS = re.compile(
    r"\b(kitchen|plates?|dish(es)?|cuisine|salle|plats?|assiettes?|chef|menu)\b", re.IGNORECASE
)
REVIEWS = [
    ("en", 1, "We waited 45 minutes and the food was cold. The staff were rude and the service slow. Overpriced."),
    ("en", 2, "The quality was poor, I waited ages and the service was terrible."),
    ("en", 3, "Nice staff but a long wait and the quality was average."),
    ("en", 5, "Great service, lovely food, quick and fair prices. Will come back!"),
    ("en", 5, ""),
    ("fr", 1, "Attente interminable, plats froids, service lent et personnel désagréable. Trop cher."),
    ("fr", 2, "La qualité était médiocre et le service décevant, on a attendu une heure."),
    ("fr", 3, "Personnel gentil mais attente longue et qualité moyenne."),
    ("fr", 5, "Super service, très bonne cuisine, rapide et prix raisonnables. Je reviendrai !"),
]


def _drafts(kind: str | None, business: str | None = "Maison Dupont") -> list[str]:
    out = []
    for n, (lang, stars, text) in enumerate(REVIEWS):
        for seed in range(4):  # several reviews' worth of sentence variants
            review = ReviewInput(text=text, stars=stars, lang=lang, id=f"kind-{n}-{seed}")
            profile = ReplyProfile(kind=kind, business=business, contact="hello@example.com" if seed % 2 else None)
            out += [s.text for s in draft_suggestions(review, profile=profile)]
    return out


@pytest.mark.parametrize("kind", [k for k in BUSINESS_KINDS if k != "restaurant"])
def test_no_restaurant_words_for_other_kinds(kind: str) -> None:
    worded = [(RESTAURANT_WORDS.findall(t), t) for t in _drafts(kind) + _drafts(kind, business=None)]
    assert not [w for w in worded if w[0]], worded[:3]


def test_the_reviews_do_draw_restaurant_words_without_a_kind() -> None:
    # Otherwise the test above would prove nothing.
    assert sum(bool(RESTAURANT_WORDS.search(t)) for t in _drafts(None)) >= 10


@pytest.mark.parametrize("kind", ["online", "services"])
def test_online_and_services_are_not_welcomed_back(kind: str) -> None:
    for text in _drafts(kind):
        assert "welcome you back" not in text and "next visit" not in text, text
        assert "prochaine visite" not in text, text


def test_no_kind_and_restaurant_keep_todays_wording_byte_for_byte() -> None:
    # Fixed strings: what main drafted before kinds existed, with the actions worded as commitments
    # (an owner audit: an action stated as done is a claim the app cannot know).
    review = ReviewInput(text="We waited 45 minutes and the food was cold. The staff were rude.", stars=1,
                         lang="en", id="pin")
    expected = (
        "Hello,\n\nThank you for telling us about your experience. The lack of courtesy you describe is not "
        "acceptable and we apologise. We will talk it through with the team and restate our standards of "
        "service. Our apologies for the time you were kept waiting. We are looking at how we can cut waiting "
        "at peak times. Our apologies for the quality of the dishes that day. We will go over preparation and "
        "serving temperatures with the kitchen.\n\nIf you're happy to, let's continue this privately. We hope "
        "to have the chance to welcome you back and do much better."
    )
    fr = ReviewInput(text="Super service, très bonne cuisine. Je reviendrai !", stars=5, lang="fr", id="pin")
    expected_fr = (
        "Bonjour,\n\nVotre message a illuminé notre journée, merci ! Merci pour vos mots sur la cuisine, "
        "préparée chaque jour avec des produits frais. Nous transmettons vos compliments sur le service à "
        "toute l'équipe.\n\nÀ votre prochaine visite, nos nouveautés vous attendent. Toute l'équipe de Maison "
        "Dupont vous dit à bientôt !"
    )
    for kind in (None, "restaurant"):
        profile = ReplyProfile(business="Maison Dupont", kind=kind)
        assert draft_suggestions(review, profile=profile)[0].text == expected
        assert draft_suggestions(fr, profile=profile)[0].text == expected_fr
    assert _drafts(None) == _drafts("restaurant")
    assert load_blocks("en", "restaurant") is load_blocks("en")


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ReplyError):
        load_blocks("en", "spaceport")


def test_kind_round_trips_per_location(tmp_path: Path) -> None:
    store = Store(tmp_path / "kinds.sqlite3")
    try:
        set_setting(store, REPLY_PROFILE_KEY, {
            "signature": "Claire", "contact": "", "kind": "shop",
            "locations": {"Web": {"kind": "online"}, "Lyon": {"contact": "lyon@example.com"},
                          "Old": {"kind": "spaceport"}},
        })
        assert profile_settings(store)["kind"] == "shop"
        assert profile_settings(store)["locations"]["Web"] == {"kind": "online"}
        assert reply_profile(store, "Web").kind == "online"  # the location's own value wins
        assert reply_profile(store, "Lyon").kind == "shop"  # else the one for all locations
        assert reply_profile(store, None).kind == "shop"
        assert reply_profile(store, "Old").kind == "shop"  # an unknown value counts as none
        set_setting(store, REPLY_PROFILE_KEY, {"signature": "Claire"})
        assert reply_profile(store, "Web").kind is None
        assert profile_settings(store)["kind"] == ""
    finally:
        store.close()


def test_suggest_business_kind_one_review(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    review = tmp_path / "review.json"
    review.write_text(json.dumps({"text": "Waited an hour and the food was cold when it came.", "stars": 1,
                                  "lang": "en", "id": "x"}), encoding="utf-8")
    assert run_suggest(["--review-file", str(review)]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert run_suggest(["--review-file", str(review), "--business-kind", "online"]) == 0
    online = json.loads(capsys.readouterr().out)
    assert [s["text"] for s in plain] != [s["text"] for s in online]
    assert any(RESTAURANT_WORDS.search(s["text"]) for s in plain)
    assert not any(RESTAURANT_WORDS.search(s["text"]) for s in online)


def test_suggest_business_kind_batch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "reviews.jsonl"
    source.write_text(
        '{"id": "a", "text": "Cold food and a long wait", "stars": 1, "lang": "en"}\n'
        '{"id": "b", "text": "Plats froids et attente interminable", "stars": 1, "lang": "fr"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "drafts.jsonl"
    assert run_suggest(["--in", str(source), "--out", str(out), "--business-kind", "services"]) == 0
    capsys.readouterr()
    texts = [s["text"] for line in out.read_text(encoding="utf-8").splitlines()
             for s in json.loads(line)["suggestions"]]
    assert len(texts) == 6
    assert not any(RESTAURANT_WORDS.search(t) for t in texts), texts


def test_suggest_unknown_business_kind_is_one_plain_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    review = tmp_path / "review.json"
    review.write_text('{"text": "Cold food", "stars": 1}', encoding="utf-8")
    assert run_suggest(["--review-file", str(review), "--business-kind", "spaceport"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err.strip().splitlines()
    assert len(err) == 1 and "spaceport" in err[0] and "online" in err[0]


def test_auto_preview_business_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from workstation.replies.cli import run_auto_preview

    source = tmp_path / "past.jsonl"
    source.write_text(
        "".join(json.dumps({"id": str(n), "text": "Lovely food and friendly staff, thank you!", "stars": 5,
                            "lang": "en", "date": "2026-06-01T10:00:00+00:00"}) + "\n" for n in range(12)),
        encoding="utf-8",
    )
    assert run_auto_preview(["--in", str(source)]) == 0
    plain = [d["text"] for d in json.loads(capsys.readouterr().out)["decisions"]]
    assert run_auto_preview(["--in", str(source), "--business-kind", "online"]) == 0
    online = [d["text"] for d in json.loads(capsys.readouterr().out)["decisions"]]
    assert all(online) and plain != online
    assert not any("welcome you back" in t or "next visit" in t for t in online)
    assert run_auto_preview(["--in", str(source), "--business-kind", "spaceport"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.strip().splitlines()) == 1 and "spaceport" in captured.err


# What broke, by kind: only a shop or an online seller has a product to exchange (an audit on
# real reviews found "we'd like to offer you an exchange" drafted for a hotel's broken heating).
BROKEN = {
    "en": "The heating was broken and nobody fixed it. Very disappointed.",
    "fr": "Le chauffage était en panne et personne ne l'a réparé. Très déçu.",
}
BROKEN_WORDS = {
    "restaurant": {"en": ("equipment",), "fr": ("équipement",)},
    "hotel": {"en": ("room",), "fr": ("chambre",)},
    # A service's point is often read from "poor quality": what did not work, not a breakdown.
    "services": {"en": ("did not work", "problem"), "fr": ("pas fonctionné", "problème")},
    "care": {"en": ("did not work", "problem"), "fr": ("pas fonctionné", "problème")},
    "shop": {"en": ("exchange or", "replacement", "an exchange"), "fr": ("échange ou", "remplacement", "un échange")},
    "online": {"en": ("exchange or", "replacement", "an exchange"), "fr": ("échange ou", "remplacement", "un échange")},
}


@pytest.mark.parametrize("kind", [None, *BUSINESS_KINDS])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_what_broke_is_worded_for_the_kind_of_business(kind: str | None, lang: str) -> None:
    review = ReviewInput(text=BROKEN[lang], stars=1, lang=lang, id="broken")
    [first, *_] = draft_suggestions(review, profile=ReplyProfile(kind=kind), answer=["product_defect"])
    text = first.text.lower()
    assert any(word in text for word in BROKEN_WORDS[kind or "restaurant"][lang]), text
    if kind not in ("shop", "online"):  # (an "échange direct" with the owner is another thing)
        assert not any(w in text for w in ("exchange or", "échange ou", "replacement", "remplacement",
                                           "product", "produit")), text
    if kind == "services":
        assert "panne" not in text and "breakdown" not in text and "fault" not in text, text
