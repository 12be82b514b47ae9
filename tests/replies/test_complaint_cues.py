"""The drafting's generous complaint finder: grounded in the review's words, silent on praise,
and the same `addresses` whichever way a review reaches the composer (window, `reply suggest`,
batch)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workstation.replies.complaint_cues import complaint_cues
from workstation.replies.complaints import review_points
from workstation.replies.drafting import draft_suggestions
from workstation.replies.model import ReviewInput
from workstation.replies.stored_inputs import stored_labels
from workstation.replies.triage import with_triage

# Complaints written for these tests (no data row is copied into the repository).
CASES = [
    ("Colis jamais reçu ni remboursé, et au téléphone on m'a raccroché au nez.", 1, "fr",
     {"fraud_billing", "staff_behaviour"}),
    ("The fish was not fresh and we found a hair in the rice.", 2, "en", {"health_safety"}),
    ("Je vais écrire au siège et en parler sur les réseaux sociaux.", 1, "fr", {"escalation"}),
    ("They charged me $40 twice and the manager laughed at me.", 1, "en",
     {"fraud_billing", "staff_behaviour"}),
    ("Mon fils est tombé du toboggan, personne ne surveillait, c'est dangereux pour les enfants.",
     2, "fr", {"minors_safety", "health_safety"}),
]


@pytest.mark.parametrize(("text", "stars", "lang", "wanted"), CASES)
def test_cues_find_the_complaint_and_quote_the_review(
    text: str, stars: int, lang: str, wanted: set[str]
) -> None:
    cues = complaint_cues(text, stars)
    assert wanted <= {c.category for c in cues}
    assert all(c.quote and c.quote in text for c in cues)  # grounded in the review's own words
    points = review_points(ReviewInput(text=text, stars=stars, lang=lang))
    assert wanted <= set(points.complaints)


@pytest.mark.parametrize("stars", [4, 5, None])
def test_praise_or_an_unknown_rating_gets_no_extra_complaint(stars: int | None) -> None:
    text = "Refund was quick and the staff were lovely, thank you!"
    assert complaint_cues(text, stars) == ()


def test_a_hazard_named_to_say_it_was_absent_is_not_a_complaint() -> None:
    assert not complaint_cues("Slow service, but no one got sick and no hair in the food.", 2)
    assert not complaint_cues("Attente trop longue, mais pas de cheveux dans l'assiette.", 3)


def test_three_stars_needs_an_attitude_word_not_just_a_staff_mention() -> None:
    assert not complaint_cues("The waiter barely looked at us.", 3)
    assert {c.category for c in complaint_cues("The waiter barely looked at us.", 2)} == {
        "staff_behaviour"
    }
    assert {c.category for c in complaint_cues("The waiter was rude to us.", 3)} == {
        "staff_behaviour"
    }


def test_window_command_line_and_batch_draft_the_same_addresses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The window drafts from the stored triage, `reply suggest` and its batch mode from a fresh
    one: the same review must list the same complaints in all three."""
    from workstation.analysis.analyzer import Analyzer
    from workstation.replies.cli import run_suggest

    review = {"id": "r1", "text": CASES[0][0], "stars": 1, "lang": "fr", "author": "Camille"}
    stored = Analyzer().analyze(review["text"], stars=1, lang="fr").to_json()
    labels = stored_labels(stored)
    window = draft_suggestions(
        ReviewInput(text=review["text"], stars=1, lang="fr", author="Camille", id="r1",
                    categories=labels.categories, topics=labels.topics, read=labels.read)
    )
    bare = ReviewInput(text=review["text"], stars=1, lang="fr", author="Camille", id="r1")
    direct = draft_suggestions(with_triage(bare))
    (tmp_path / "r.json").write_text(json.dumps(review), encoding="utf-8")
    assert run_suggest(["--review-file", str(tmp_path / "r.json")]) == 0
    single = json.loads(capsys.readouterr().out)
    (tmp_path / "in.jsonl").write_text(json.dumps(review) + "\n", encoding="utf-8")
    assert run_suggest(["--in", str(tmp_path / "in.jsonl"), "--out", str(tmp_path / "o.jsonl")]) == 0
    batch = json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))["suggestions"]
    expected = [list(s.addresses) for s in window]
    assert {"fraud_billing", "staff_behaviour"} <= set(expected[0])
    assert [list(s.addresses) for s in direct] == expected
    assert [s["addresses"] for s in single] == expected
    assert [s["addresses"] for s in batch] == expected


def test_staff_praised_or_only_slow_is_not_how_the_customer_was_treated() -> None:
    assert not complaint_cues("The waiter was lovely. The food was cold.", 2)
    assert not complaint_cues("Le personnel était lent.", 1)
    assert {c.category for c in complaint_cues("Le personnel était lent et désagréable.", 1)} == {
        "staff_behaviour"
    }


def test_a_price_opinion_or_a_forgotten_order_is_not_a_money_or_attitude_complaint() -> None:
    # The severity guide: "expensive" is an opinion, not a money problem; forgetting an order
    # is not how a customer was treated. The draft still answers the price and the wait.
    assert not complaint_cues("Bon repas mais 45 euros pour deux plats, un peu cher.", 3)
    assert not complaint_cues("Nice food, but $30 for a burger is a lot.", 3)
    assert not complaint_cues("The staff forgot our order twice.", 2)
    assert {c.category for c in complaint_cues("89 euros débités et jamais remboursés.", 1)} == {
        "fraud_billing"
    }


def _categories(text: str, stars: int) -> set[str]:
    return {c.category for c in complaint_cues(text, stars)}


def test_paying_is_the_story_unless_something_went_wrong_with_the_money() -> None:
    assert not _categories("I paid 12 euros for a burger and it was cold.", 2)
    assert not _categories("La facture est arrivée le lendemain, la table était bancale.", 3)
    assert _categories("They charged me 12 euros twice.", 2) == {"fraud_billing"}
    assert _categories("J'ai payé et reçu une lettre à la place de l'aspirateur.", 1) == {"fraud_billing"}
    assert _categories("Sur 5 articles payés, je n'en ai reçu que 3.", 1) == {"fraud_billing"}
    # Without a word of money, a wrong or partial delivery is the delivery's complaint (18unrec).
    assert not _categories("J'ai reçu une lettre à la place de l'aspirateur commandé.", 1)
    assert not _categories("Sur 5 articles commandés, je n'en ai reçu que 3.", 1)


def test_words_that_only_look_like_a_complaint_are_not_one() -> None:
    # A hair dryer, a carpet, a television in the room, an advert's false claim (money, not staff).
    assert not _categories("Le sèche-cheveux ne marche pas.", 2)
    assert not _categories("La moquette est tachée.", 3)
    assert not _categories("Il y a une télévision et la radio dans la chambre, rien ne marche.", 3)
    assert _categories("Publicité mensongère sur la taille.", 3) == {"fraud_billing"}
    # A refused refund is the money complaint, answered as such; a refusal to help is attitude.
    assert _categories("Remboursement refusé sans explication.", 3) == {"fraud_billing"}
    assert _categories("Ils ont refusé de m'aider.", 3) == {"staff_behaviour"}


def test_a_threat_to_go_public_needs_the_intent_not_just_the_network() -> None:
    assert not _categories("Connexion via Facebook impossible.", 2)
    assert _categories("Je vais publier tout ça sur Facebook.", 1) == {"escalation"}
    assert _categories("I will post this on Instagram.", 1) == {"escalation"}


def test_typographic_apostrophes_are_read_and_quoted_as_written() -> None:
    text = "Le service client s’en fout complètement."
    cues = complaint_cues(text, 3)
    assert [c.category for c in cues] == ["staff_behaviour"]
    assert cues[0].quote in text and "’" in cues[0].quote


def test_dirty_dishes_and_a_shock_are_hazards_a_shabby_room_is_not() -> None:
    assert _categories("Les assiettes et les verres étaient sales.", 2) == {"health_safety"}
    assert _categories("Je me suis pris une décharge en touchant la lampe.", 2) == {"health_safety"}
    assert not _categories("Chambre vétuste et un peu humide.", 3)


def test_on_a_low_rating_what_the_staff_did_is_the_complaint_unless_praised() -> None:
    # Reviewers often just tell what the staff did; on 1-2 stars that is the complaint. (18m
    # required a word of blame here: on the held-out sources that left 15 more staff complaints
    # unanswered, so the earlier reading was kept; see the session note.)
    assert _categories("The receptionist sent us to another desk.", 1) == {"staff_behaviour"}
    assert _categories("The waiter never came back to our table.", 1) == {"staff_behaviour"}
    assert _categories("The waiter barely looked at us.", 2) == {"staff_behaviour"}
    assert not _categories("The waiter was lovely, the food was not.", 2) - {"health_safety"}
    assert not _categories("The receptionist sent us to another desk.", 3)


# Wordings written for these tests from how people complain in general (none is a data row).
NEW_WORDINGS = [
    ("Found a piece of plastic in my burger.", "health_safety"),
    ("Il y avait un morceau de verre dans la salade.", "health_safety"),
    ("My daughter threw up all night after the chicken.", "health_safety"),
    ("Allergic reaction, we ended up at the hospital.", "health_safety"),
    ("Réveillé couvert de piqûres, il y a des punaises.", "health_safety"),
    ("The meat was past its use-by date.", "health_safety"),
    ("They kept our deposit for no reason.", "fraud_billing"),
    ("La caution ne nous a jamais été rendue.", "fraud_billing"),
    ("Toujours pas reçu mon salaire du mois dernier.", "fraud_billing"),
    ("Hidden charges added at checkout.", "fraud_billing"),
    ("La conseillère m'a envoyé balader.", "staff_behaviour"),
    ("The manager was sarcastic and patronising.", "staff_behaviour"),
    ("Staff weren't very friendly at all.", "staff_behaviour"),
    ("Refused to help us with the pram.", "staff_behaviour"),
    ("Refusé à cause de mon origine, c'est inadmissible.", "discrimination"),
    ("He turned me down for the job because I'm a woman.", "discrimination"),
    ("Propos déplacés et mains baladeuses du chef d'équipe.", "discrimination"),
]


@pytest.mark.parametrize(("text", "category"), NEW_WORDINGS)
def test_general_complaint_wordings_are_found(text: str, category: str) -> None:
    assert category in _categories(text, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Le téléphone est tombé en panne au bout d'un mois.",  # broke down, nobody fell
        "Site vraiment pourri, à vomir.",  # insults, not rotten food nor illness
        "J'ai cru faire une affaire.",  # 'cru' as in believed, not raw
        "Bloody expensive for what it is.",
        "J'ai reçu l'accusé de réception deux jours après.",
        "Des cheveux dans la baignoire et de la poussière.",  # a dirty room, not a hazard
        "Je ne risque pas de recommander.",
        "My son accidentally spilled his drink.",
        "Commande refusée par le point relais.",  # a refused parcel is not rudeness
        "They refunded me the next day.",  # a refund given is not a money complaint
        "The yellow curry had no taste at all.",  # 'yellow' is not yelling
        "A dirty cloth was lying on the counter.",  # lying on something is not lying to someone
        "Des clients crient et hurlent dans les couloirs toute la nuit.",  # other guests, not the staff
        "L'ironie du sort : la clim était en panne le jour de la canicule.",  # the reviewer's irony
    ],
)
def test_words_used_in_another_sense_are_not_a_complaint(text: str) -> None:
    assert not _categories(text, 1)


@pytest.mark.parametrize(
    "text",
    [
        "The manager yelled at us in front of everyone.",
        "They kept lying to us about the refund.",
        "Le serveur nous a crié dessus devant tout le monde.",
        "La gérante m'a hurlé dessus au téléphone.",
        "Il a répondu avec ironie à ma question.",
    ],
)
def test_staff_shouting_lying_or_mocking_is_still_found(text: str) -> None:
    assert "staff_behaviour" in _categories(text, 1)


def test_a_bill_named_in_passing_is_not_a_payment_problem() -> None:
    passing = review_points(ReviewInput(text="The waiter brought the bill and we left.", stars=2, lang="en"))
    assert "fraud_billing" not in passing.complaints
    disputed = review_points(ReviewInput(text="The bill was wrong and they would not fix it.", stars=2, lang="en"))
    assert "fraud_billing" in disputed.complaints


# Complaint wordings written for round 3 of the finder (issue 18, helper 18f) from the severity
# guide and from how customers complain about a food product, a delivery, a charge or an agent in
# general (none is a data row). Round 3 was not kept (docs/reply-composer.md: +3 held-out reviews
# where +5 was required), so the shipped finder misses most of them; what must hold whatever a
# later round adds is that none of them adds a complaint to a 4-5 star or unrated review.
ROUND3_WORDINGS = [
    # A foreign body, spoiled or expired food, an allergen, illness after eating, the cold chain.
    ("There was a dead fly in my soup.", "health_safety"),
    ("The chicken was off and smelled awful.", "health_safety"),
    ("The mince was slimy and had gone grey.", "health_safety"),
    ("Le poulet sentait mauvais.", "health_safety"),
    ("Ça sentait le pourri dans le sachet.", "health_safety"),
    ("The yoghurt was past its date.", "health_safety"),
    ("It contained nuts even though I ordered nut-free.", "health_safety"),
    ("My lips swelled up after the first bite.", "health_safety"),
    ("There were fish bones in the fillet.", "health_safety"),
    ("There was a screw baked into my pizza.", "health_safety"),
    ("The tub's seal was broken.", "health_safety"),
    ("The ice packs had melted and the meat arrived warm.", "health_safety"),
    ("The salmon was not refrigerated.", "health_safety"),
    ("Spent the night on the toilet after this.", "health_safety"),
    ("Stomach cramps and sickness for two days.", "health_safety"),
    ("I had to see a doctor after eating it.", "health_safety"),
    ("Des maux de ventre toute la nuit après le repas.", "health_safety"),
    ("The coffee tasted of bleach.", "health_safety"),
    ("The box was torn open when it arrived.", "health_safety"),
    # Money: billed, kept, not applied, benefits stopped.
    ("I was billed twice for the same order.", "fraud_billing"),
    ("I just want my money back.", "fraud_billing"),
    ("They keep taking money after I cancelled.", "fraud_billing"),
    ("Paid for a large, got a small.", "fraud_billing"),
    ("The discount code wasn't applied at checkout.", "fraud_billing"),
    ("Auto-renewed without my consent.", "fraud_billing"),
    ("Half my order was missing.", "fraud_billing"),
    ("My points disappeared from the app.", "fraud_billing"),
    ("On m'a facturé le petit déjeuner alors qu'il était inclus.", "fraud_billing"),
    ("Mes allocations ont été suspendues sans raison.", "fraud_billing"),
    ("Ils nous ont fait payer le parking.", "fraud_billing"),
    # How the customer was treated, with no staff noun needed.
    ("Elle a été mal aimable du début à la fin.", "staff_behaviour"),
    ("On se sent humilié à chaque rendez-vous.", "staff_behaviour"),
    ("Aucune écoute, aucune empathie.", "staff_behaviour"),
    ("Il m'a coupé la parole et a haussé le ton.", "staff_behaviour"),
    ("Il m'a dit que ce n'était pas son problème.", "staff_behaviour"),
    ("She put the phone down on me.", "staff_behaviour"),
    ("She spoke to me like I was stupid.", "staff_behaviour"),
    ("They just keep fobbing me off.", "staff_behaviour"),
    ("Got a copy and paste reply every time.", "staff_behaviour"),
    ("The driver was abusive.", "staff_behaviour"),
    ("Le chef a ricané quand je me suis plaint.", "staff_behaviour"),
    ("The girl at the till couldn't be bothered.", "staff_behaviour"),
    # Going public.
    ("I have shared this on Facebook.", "escalation"),
    ("I've sent it to Watchdog.", "escalation"),
]


@pytest.mark.parametrize(
    "text",
    [
        "No hair this time, thankfully.",
        # Look-alikes of the words round 3 tried (some fired in its first draft on dev reviews).
        "The fries were off the menu.",
        "It is a bit off the main road.",
        "They change the menu on the fly.",
        "The label says it may contain nuts.",
        "There was a glass of wine in the room.",
        "The salad was green and crisp.",
        "La date de livraison est dépassée.",
        "Conditions d'utilisation abusive du service.",
        "I would never bother to eat here again.",
        "The room felt cramped.",
    ],
)
def test_round3_look_alikes_are_not_a_complaint(text: str) -> None:
    assert not _categories(text, 1)



# The severity guide's hazards, threats and harassment in the wordings a triage rule set was once
# written with (issue 18, 18gh); written for these tests, no data row copied. Porting them as cues
# was measured and not kept (docs/reply-composer.md): what stays tested is that none of them adds
# a complaint to praise, that the few the finder already reads are found, and that a hazard named
# to say it was absent is not one.
GUIDE_WORDINGS = [
    ("The chicken was still pink inside.", "health_safety"),
    ("My burger was undercook in the middle.", "health_safety"),
    ("The sausages weren't cooked through.", "health_safety"),
    ("The salmon wasn't fresh.", "health_safety"),
    ("The prawns were slimy.", "health_safety"),
    ("My son had a tummy ache all night.", "health_safety"),
    ("We both had diarrhoea, my husband had diarhea for two days.", "health_safety"),
    ("It contained nuts despite my telling them.", "health_safety"),
    ("Wasps on the food at the buffet.", "health_safety"),
    ("Blood stains on the sheets and the room smelt of piss.", "health_safety"),
    ("Used condom under the bed.", "health_safety"),
    ("I got an electrical shock from the kettle.", "health_safety"),
    ("Loose wires hanging by the bed and the socket sparked.", "health_safety"),
    ("A ceiling tile came down on me in the night.", "health_safety"),
    ("Slippery floor by the pool and no wet floor sign.", "health_safety"),
    ("The cook never washed his hands.", "health_safety"),
    ("The frozen goods arrived warm.", "health_safety"),
    ("Le poulet était encore rosé.", "health_safety"),
    ("Le steak était à moitié cuit.", "health_safety"),
    ("Le poisson n'était plus de première fraîcheur.", "health_safety"),
    ("Le lait avait tourné, enfin le lait était tourné.", "health_safety"),
    ("J'ai eu des maux de ventre toute la nuit.", "health_safety"),
    ("Des taches de pipi sur la cuvette.", "health_safety"),
    ("Décharge électrique en touchant la lampe.", "health_safety"),
    ("Des fils électriques dénudés dans la salle de bain.", "health_safety"),
    ("Le sol de la douche est très glissant.", "health_safety"),
    ("Le serveur ne se lave jamais les mains.", "health_safety"),
    ("Les surgelés sont arrivés décongelés, les glaces arrivées fondues.", "health_safety"),
    ("I will be calling environmental health.", "legal_threat"),
    ("We have reported them to the financial conduct authority.", "legal_threat"),
    ("J'ai saisi la Banque de France.", "legal_threat"),
    ("Je vais signaler ça aux services vétérinaires.", "legal_threat"),
    ("He kept staring at my chest.", "discrimination"),
    ("We were treated differently because of my headscarf.", "discrimination"),
    ("Il m'a traitée de sale arabe.", "discrimination"),
    ("Refusée parce que je suis voilée.", "discrimination"),
    ("The play area is not safe for toddlers.", "minors_safety"),
    ("Notre fils s'est perdu et personne ne l'a cherché.", "minors_safety"),
    ("Ils servent de l'alcool à des mineurs.", "minors_safety"),
]


GUIDE_WORDINGS_ALREADY_FOUND = [
    ("The chicken was still pink inside.", "health_safety"),
    ("We both had diarrhoea, my husband had diarhea for two days.", "health_safety"),
    ("Blood stains on the sheets and the room smelt of piss.", "health_safety"),
    ("Des fils électriques dénudés dans la salle de bain.", "health_safety"),
    ("Les surgelés sont arrivés décongelés, les glaces arrivées fondues.", "health_safety"),
    ("Notre fils s'est perdu et personne ne l'a cherché.", "minors_safety"),
]


@pytest.mark.parametrize(("text", "category"), GUIDE_WORDINGS_ALREADY_FOUND)
def test_the_guides_hazards_the_finder_reads_are_found_on_a_low_rating(text: str, category: str) -> None:
    assert category in _categories(text, 2)
    assert category in _categories(text, 3)


@pytest.mark.parametrize(("text", "category"), ROUND3_WORDINGS + GUIDE_WORDINGS)
def test_round3_and_guide_wordings_add_nothing_to_praise_or_an_unknown_rating(text: str, category: str) -> None:
    assert complaint_cues(text, 4) == () and complaint_cues(text, 5) == ()
    assert complaint_cues(text, None) == ()


@pytest.mark.parametrize(
    "text",
    [
        "No one got sick and there were no blood stains.",
        "Pas de sang, pas de taches de pipi, rien à signaler.",
        "No exposed wires, no slippery floor, nothing like that.",
        "Sans décharge électrique cette fois.",
        "Aucune punaise de lit.",
    ],
)
def test_the_guides_hazards_named_to_say_they_were_absent_are_not_a_complaint(text: str) -> None:
    assert not {"health_safety", "minors_safety", "legal_threat"} & _categories(text, 2)


def test_words_that_only_look_like_a_health_complaint_are_not_one() -> None:
    """Read in real one- and two-star reviews (reply points P1-P6): a blood pressure, being sick of
    a company, a poorly built website, "dirty rotten" people, a bite of food, an expired
    background check and cobwebs are not health & safety; the illness, the bite, the spoiled food
    and a spider in the salad still are."""
    def health(text: str) -> bool:
        return any(c.category == "health_safety" for c in complaint_cues(text, 1))

    for text in ("High blood pressure and cholesterol.", "I'm sick of this company.",
                 "Sick and tired of waiting.", "A very poorly implemented website.",
                 "THOSE DIRTY ROTTEN PEOPLE.", "Took a bite of the duck, awful.",
                 "The background check expired.", "Toiles d'araignées et poussière partout."):
        assert not health(text), text
    for text in ("I felt poorly all night.", "My son got sick after the meal.", "There was blood on the sheets.",
                 "The milk had expired.", "Mosquito bites everywhere.", "Une araignée dans la salade.",
                 "The meat was rotten.", "Cheveux dans le lit de notre enfant."):
        assert health(text), text
