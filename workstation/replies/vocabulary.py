"""Ids the templates may refer to: triage categories, topics and template-only tags."""

from __future__ import annotations

# Severity categories produced by the triage engine.
CATEGORIES = frozenset(
    {
        "health_safety",
        "legal_threat",
        "discrimination",
        "fraud_billing",
        "escalation",
        "staff_behaviour",
        "minors_safety",
    }
)

# Situations the triage does not emit; the caller (or the user) names them explicitly.
SITUATIONS = frozenset(
    {"suspected_fake", "review_bombing", "crisis", "follow_up", "update_invite", "rating_only"}
)

TOPICS = frozenset(
    {
        "food",
        "service",
        "price",
        "cleanliness",
        "waiting_time",
        "staff",
        "delivery",
        "booking",
        "app_crash",
        "login",
        "billing",
        "product_defect",
        "hygiene",
    }
)

# Noun phrases for {topic}; French ones carry their article so "sur {topic}" reads well.
TOPIC_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "food": "the food",
        "service": "the service",
        "price": "our prices",
        "cleanliness": "cleanliness",
        "waiting_time": "the waiting time",
        "staff": "our team",
        "delivery": "the delivery",
        "booking": "your booking",
        "app_crash": "the app crashing",
        "login": "signing in",
        "billing": "billing",
        "product_defect": "the product",
        "hygiene": "hygiene",
    },
    "fr": {
        "food": "la cuisine",
        "service": "le service",
        "price": "nos prix",
        "cleanliness": "la propreté",
        "waiting_time": "le temps d'attente",
        "staff": "notre équipe",
        "delivery": "la livraison",
        "booking": "votre réservation",
        "app_crash": "les plantages de l'application",
        "login": "la connexion",
        "billing": "la facturation",
        "product_defect": "le produit",
        "hygiene": "l'hygiène",
    },
}
