"""Synthetic EN/FR review corpus for benchmarks: deterministic, realistic lengths."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from workstation.domain import ReviewRecord

_EN = ("the croissants were great", "service was slow", "staff very friendly", "coffee was cold",
       "we waited forty minutes", "prices are too high", "lovely terrace", "the manager was rude",
       "food poisoning after lunch", "will come back", "best bakery in town", "order was wrong",
       "delivery arrived late", "clean and bright room", "the app keeps crashing", "refund never came")
_FR = ("les croissants étaient excellents", "service très lent", "personnel adorable", "café froid",
       "attente de quarante minutes", "prix trop élevés", "jolie terrasse", "le responsable était impoli",
       "intoxication alimentaire après le déjeuner", "nous reviendrons", "meilleure boulangerie du quartier",
       "commande erronée", "livraison en retard", "chambre propre et lumineuse", "l'application plante",
       "jamais été remboursé", "hôpital")
_PLATFORMS = ("google_business", "google_play", "app_store", "trustpilot", "tripadvisor", "yelp")


def synthetic_reviews(n: int, seed: int = 7) -> list[ReviewRecord]:
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    out = []
    for i in range(n):
        lang = "fr" if rng.random() < 0.6 else "en"
        words = _FR if lang == "fr" else _EN
        text = ". ".join(rng.choice(words).capitalize() for _ in range(rng.randint(1, 5))) + "."
        out.append(ReviewRecord(
            text=text, stars=rng.randint(1, 5), author=f"Author {rng.randint(1, 50000)}",
            created_at=start + timedelta(minutes=rng.randint(0, 60 * 24 * 700)),
            external_id=f"syn-{i}", lang=lang, platform=rng.choice(_PLATFORMS),
            location=rng.choice(("Paris 11e", "Lyon Presqu'île")),
        ))
    return out
