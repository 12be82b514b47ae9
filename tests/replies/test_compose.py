"""Composed drafts: every point answered (most serious first), varied, within the limit,
honest about what they answer, neutral French, and clean for the pre-post check."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from workstation.replies.blocks import FRAME_KEYS, load_blocks, load_harm
from workstation.replies.checker import check_draft
from workstation.replies.complaints import COVERS, ISSUE_ORDER, review_points
from workstation.replies.compose import ISSUE_NAMES
from workstation.replies.drafting import draft_suggestions
from workstation.replies.model import ReplyProfile, ReviewInput, Severity
from workstation.replies.suggester import enrich

MARIE = ReviewInput(
    id="gb-1",
    text="45 minutes d'attente, des pizzas froides, un serveur très désagréable et j'ai été "
    "malade toute la nuit. Marie",
    stars=1,
    author="Marie",
    platform="google_business",
)
COVERED = {t for topics in COVERS.values() for t in topics}  # answered by their category's blocks
PROFILE = ReplyProfile(signature="Claire, Le Bistrot", contact="contact@bistrot.example")


def _sentence_of(issue: str, lang: str, text: str) -> int:
    """Where the text answers `issue` (its apology, action or noun, full or brief), or -1."""
    # Health & safety may be worded by what happened (an injury, an illness…): those blocks too.
    harm = load_harm(lang).issues.values() if issue == "health_safety" else ()
    wordings = tuple(w for blocks in (load_blocks(lang).issues[issue], *harm)
                     for w in (*blocks.sorry, *blocks.fix, blocks.noun, *blocks.short_fix, blocks.short_noun))
    spots = [text.find(s) for s in wordings]
    found = [i for i in spots if i >= 0]
    return min(found) if found else -1


def test_blocks_cover_every_issue_in_both_languages() -> None:
    for lang in ("en", "fr"):
        blocks = load_blocks(lang)
        # The base files' frame, and the thanks for a happy review's gripe (resources/compose/gripe/).
        assert set(blocks.frame) == {*FRAME_KEYS, "gripe"}
        assert set(ISSUE_ORDER) <= set(blocks.issues), lang
    assert set(ISSUE_ORDER) == set(ISSUE_NAMES)


def test_one_draft_answers_every_complaint_most_serious_first() -> None:
    first = draft_suggestions(MARIE, profile=PROFILE)[0]
    assert {"health_safety", "staff_behaviour", "waiting_time", "food"} <= set(first.addresses)
    positions = [_sentence_of(i, "fr", first.text) for i in first.addresses if i not in COVERED]
    assert -1 not in positions
    # Health before staff before the rest, as `addresses` is ordered.
    main = [
        p
        for i, p in zip(first.addresses, positions, strict=False)
        if i in ("health_safety", "staff_behaviour", "waiting_time")
    ]
    assert main == sorted(main)
    assert "Marie" in first.text.splitlines()[0] and first.text.endswith("Claire, Le Bistrot")
    assert "contact@bistrot.example" in first.text
    assert len(first.text) <= 1500


def test_three_distinct_choices_each_answering_everything() -> None:
    out = draft_suggestions(MARIE, profile=PROFILE)
    assert len(out) == 3 and len({s.text for s in out}) == 3
    assert all(s.addresses == out[0].addresses for s in out)
    assert len(out[2].text) < len(out[0].text)  # the third is the shorter version


NEUTRAL_FORMS = re.compile(
    r"\bvous (?:êtes|étiez|soyez|ayez été) (?:\w+ )?(?:senti|sentie|déçu|déçue|satisfait|"
    r"satisfaite|reçu|reçue|traité|traitée|venu|venue|allé|allée)\b|\bvous ait (?:déçu|déçue|"
    r"satisfait|satisfaite)\b|·"
)


@pytest.mark.parametrize("seed", [str(n) for n in range(12)])
def test_french_drafts_are_gender_neutral(seed: str) -> None:
    for stars in (1, 2, 3, 5):
        review = ReviewInput(
            id=seed,
            text="Attente interminable, plat froid, personnel impoli, facturé deux fois, "
            "intoxication alimentaire, colis jamais livré, réservation perdue, sale.",
            stars=stars,
            lang="fr",
        )
        for s in draft_suggestions(review):
            assert not NEUTRAL_FORMS.search(s.text), s.text


def test_google_play_limit_is_met_by_whole_sentences() -> None:
    review = ReviewInput(
        id="p1",
        text="Waited an hour, cold food, rude waiter and I was sick all night. Charged twice too.",
        stars=1,
        platform="google_play",
        author="Sam",
    )
    for s in draft_suggestions(review, profile=PROFILE):
        assert len(s.text) <= 350, s.text
        assert s.text.rstrip().endswith((".", "!", "?", "Bistrot")), s.text
        assert s.addresses[:2] == ("health_safety", "hygiene")
        assert "fraud_billing" in s.addresses  # money comes right after health
        for issue in s.addresses:
            if issue not in COVERED:
                assert _sentence_of(issue, "en", s.text) >= 0, (issue, s.text)


FOUR_COMPLAINTS = {
    "en": "Waited an hour, my burger was cold, the staff were rude and I was charged twice.",
    "fr": "Une heure d'attente, burger froid, personnel impoli et j'ai été débité deux fois.",
}
FOUR = ("fraud_billing", "staff_behaviour", "waiting_time", "food")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_four_complaints_fit_google_play_in_one_brief_draft(lang: str) -> None:
    review = ReviewInput(
        id="brief-1",
        text=FOUR_COMPLAINTS[lang],
        stars=1,
        lang=lang,
        platform="google_play",
        author="Sam",
        categories=("fraud_billing", "staff_behaviour"),
    )
    assert review_points(enrich(review)).complaints == FOUR
    drafts = draft_suggestions(review, profile=PROFILE)
    first = drafts[0]
    assert len(first.text) <= 350, first.text
    assert set(FOUR) <= set(first.addresses), first.addresses
    # Truthful: every point it claims is named in the text, most serious first.
    positions = [_sentence_of(i, lang, first.text) for i in first.addresses if i not in COVERED]
    assert -1 not in positions and positions == sorted(positions), first.text
    assert PROFILE.contact in first.text and first.text.endswith("Claire, Le Bistrot")
    assert not NEUTRAL_FORMS.search(first.text)
    found = check_draft(first.text, lang=lang, review=review, own_contacts=[PROFILE.contact or ""])
    assert not [f for f in found if f.severity is not Severity.HINT], (first.text, found)
    assert all(len(d.text) <= 350 and set(FOUR) <= set(d.addresses) for d in drafts)


def test_brief_drafts_vary_between_similar_reviews() -> None:
    texts = set()
    for n in range(8):
        review = ReviewInput(
            id=f"brief-{n}", text=FOUR_COMPLAINTS["en"], stars=1, platform="google_play"
        )
        first = draft_suggestions(review, profile=PROFILE)[0]
        assert set(FOUR) <= set(first.addresses)
        texts.add(first.text)
    assert len(texts) >= 4


def test_drafts_that_fit_the_limit_keep_their_full_form() -> None:
    review = ReviewInput(id="short-1", text="Cold food.", stars=2, platform="google_play")
    first = draft_suggestions(review)[0]
    food = load_blocks("en").issues["food"]
    assert any(s in first.text for s in food.sorry) and any(s in first.text for s in food.fix)


def test_a_tiny_review_limit_drops_points_not_half_sentences() -> None:
    review = ReviewInput(
        id="p2",
        text="Rude staff, dirty tables, cold food, slow, overpriced, booking lost, sick after.",
        stars=1,
        platform="google_play",
    )
    first = draft_suggestions(
        review, profile=ReplyProfile(contact="a-very-long-address-for-support@example.com")
    )[0]
    assert len(first.text) <= 350
    assert first.addresses and first.addresses[0] == "health_safety"


def test_only_what_the_brief_form_cannot_hold_is_dropped_least_serious_first() -> None:
    review = ReviewInput(
        id="p2",
        text="Rude staff, dirty tables, cold food, slow, overpriced, booking lost, sick after.",
        stars=1,
        platform="google_play",
    )
    wanted = review_points(enrich(review)).complaints
    assert len(wanted) >= 6
    contact = "a-very-long-address-for-support@example.com"
    roomy = draft_suggestions(review, profile=ReplyProfile(contact=contact))[0]
    assert set(wanted) <= set(roomy.addresses) and len(roomy.text) <= 350, roomy.text
    signature = (
        "Claire-Marie Dupont-Lefebvre, manager of the Old Harbour Brasserie and Oyster Bar "
        "in Saint-Malo since 1998"
    )
    tight = draft_suggestions(review, profile=ReplyProfile(contact=contact, signature=signature))[0]
    assert len(tight.text) <= 350 and tight.text.endswith(signature)
    kept = [i for i in wanted if i in tight.addresses]
    assert kept and kept == list(wanted[: len(kept)]) and len(kept) < len(wanted)
    for issue in tight.addresses:  # truthful: every point it claims is in the text
        if issue not in COVERED:
            assert _sentence_of(issue, "en", tight.text) >= 0, (issue, tight.text)
    for issue in set(wanted) - set(tight.addresses):
        assert _sentence_of(issue, "en", tight.text) == -1, (issue, tight.text)


def test_wording_varies_between_similar_reviews_but_not_for_one_review() -> None:
    texts = {
        draft_suggestions(ReviewInput(id=f"r{n}", text="Cold food and a long wait.", stars=2))[
            0
        ].text
        for n in range(10)
    }
    assert len(texts) >= 5
    again = draft_suggestions(ReviewInput(id="r1", text="Cold food and a long wait.", stars=2))
    assert (
        again[0].text
        == draft_suggestions(ReviewInput(id="r1", text="Cold food and a long wait.", stars=2))[
            0
        ].text
    )


def test_praise_and_gripe_in_one_review() -> None:
    points = review_points(
        enrich(ReviewInput(text="Great food but the service was slow.", stars=4))
    )
    assert "food" in points.praised and "service" in points.complaints
    positive = draft_suggestions(
        ReviewInput(id="x", text="Délicieux repas, service parfait !", stars=5, lang="fr")
    )[0]
    assert positive.text.startswith("Bonjour") and "désolé" not in positive.text.lower()
    assert positive.addresses == ("food", "service")  # the praise it thanks
    rating_only = draft_suggestions(ReviewInput(id="y", text="", stars=5, lang="en"))[0]
    assert any(s in rating_only.text for s in load_blocks("en").frame["thanks_rating"])


def test_low_rating_without_a_named_problem_gets_a_generic_apology() -> None:
    first = draft_suggestions(ReviewInput(id="z", text="Bof.", stars=1, lang="fr"))[0]
    assert any(s in first.text for s in load_blocks("fr").frame["sorry_generic"])


def test_situation_named_by_the_owner_comes_first() -> None:
    from workstation.replies.library import load_library

    review = ReviewInput(text="Horrible", stars=1, lang="en", categories=("suspected_fake",))
    out = draft_suggestions(review, load_library().templates)
    assert out[0].template_id == "en.situation.suspected-fake" and len(out) == 3


def test_composed_drafts_pass_the_pre_post_check(dev_reviews_csv: Path) -> None:
    with dev_reviews_csv.open(encoding="utf-8") as fh:
        rows = [r for _, r in zip(range(400), csv.DictReader(fh), strict=False)]
    for row in rows:
        stars = int(row["stars"]) if row["stars"].isdigit() else None
        review = ReviewInput(
            id=row["id"], text=row["text"], stars=stars, lang=row["lang"], author="Alex"
        )
        for s in draft_suggestions(review, profile=PROFILE):
            found = check_draft(
                s.text, lang=row["lang"], review=review, own_contacts=[PROFILE.contact or ""]
            )
            assert not [f for f in found if f.severity is not Severity.HINT], (s.text, found)


def test_posted_replies_steer_the_wording_away_from_near_duplicates() -> None:
    from workstation.replies.similarity import most_similar

    review = ReviewInput(id="d1", text="Cold food and a long wait.", stars=2)
    plain = draft_suggestions(review)
    steered = draft_suggestions(review, previous_replies=[plain[0].text, plain[1].text])
    assert steered[0].addresses == plain[0].addresses
    before = most_similar(plain[0].text, [plain[0].text, plain[1].text])[0]
    after = most_similar(steered[0].text, [plain[0].text, plain[1].text])[0]
    assert after < before


def test_bare_reviews_get_the_analysis_engine_triage() -> None:
    from workstation.replies.triage import with_triage

    bare = ReviewInput(text="J'ai trouvé un cafard dans mon assiette.", stars=1, lang="fr")
    assert "health_safety" in with_triage(bare).categories
    given = ReviewInput(text="Un cafard !", stars=1, categories=("legal_threat",))
    assert with_triage(given) is given  # the caller's triage wins
    first = draft_suggestions(with_triage(bare))[0]
    assert first.addresses[0] == "health_safety"


def test_a_low_rated_money_or_rude_staff_complaint_gets_its_category_blocks() -> None:
    # The triage saw only topics (a bill, the staff): the reply still answers the money
    # problem and the rudeness with the fuller blocks, ranked as the severity guide ranks them.
    bill = review_points(ReviewInput(text="The bill was wrong and no refund.", stars=1,
                                     topics=("billing",)))
    assert "fraud_billing" in bill.complaints
    rude = review_points(ReviewInput(text="Staff were rude to us.", stars=1, topics=("staff",)))
    assert "staff_behaviour" in rude.complaints
    # Slowness alone is not rudeness; and a four-star gripe is not promoted.
    slow = review_points(ReviewInput(text="Staff were slow.", stars=1, topics=("staff",)))
    assert "staff_behaviour" not in slow.complaints and "staff" in slow.complaints
    mild = review_points(ReviewInput(text="Good food but the bill was wrong.", stars=4,
                                     topics=("billing",)))
    assert "fraud_billing" not in mild.complaints
