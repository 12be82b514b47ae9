"""A deterministic demo inbox: a French bakery-restaurant with two locations and an app.

A few hundred EN/FR reviews across six platforms, every star rating, some clearly
urgent (food poisoning, rude staff, legal threat), some already replied. The demo
always lives in its own database file (see paths.DEMO_DB_NAME).
"""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from workstation.domain import Platform, ReplyRecord, ReviewRecord, utcnow
from workstation.store.db import Store
from workstation.store.ingest import IngestResult, import_records
from workstation.store.queries import list_locations
from workstation.store.settings import set_setting

BUSINESS = "Maison Dupont"
LOCATIONS = ("Paris 11e", "Lyon Presqu'île")
SEED = 20261125

_AUTHORS = {
    "fr": ["Camille Martin", "Lucas Bernard", "Léa Dubois", "Hugo Thomas", "Chloé Robert", "Louis Petit",
           "Manon Richard", "Nathan Durand", "Inès Leroy", "Jules Moreau", "Sarah Simon", "Théo Laurent",
           "Zoé Lefèvre", "Gabriel Michel", "Élise Garcia", "Noé Fournier"],
    "en": ["Emily Carter", "James Wilson", "Olivia Brown", "Michael Lee", "Sophie Turner", "Daniel Evans",
           "Grace Walker", "Ryan Hughes", "Hannah Price", "Tom Bennett", "Ava Collins", "Jack Murphy"],
}

# (stars, text) per language; {loc} is replaced by the location's city.
_BODIES: dict[str, list[tuple[int, str]]] = {
    "fr": [
        (5, "Les croissants sont incroyables, croustillants et pur beurre. L'équipe de {loc} est adorable !"),
        (5, "Meilleure boulangerie du quartier. Le pain au levain est parfait et le service rapide."),
        (5, "Brunch parfait dimanche, tout était frais et fait maison. Merci à toute l'équipe 👏"),
        (5, "Accueil chaleureux, pâtisseries délicieuses, on reviendra sans hésiter."),
        (4, "Très bon déjeuner, la quiche était excellente. Un peu d'attente à la caisse mais rien de grave."),
        (4, "Bonne adresse, produits de qualité. Dommage que la terrasse soit si petite."),
        (4, "Pas mal du tout ! Le flan est top, les prix un peu élevés mais ça vaut le coup."),
        (3, "Correct sans plus. Le sandwich était bon mais le café tiède."),
        (3, "Les viennoiseries sont bonnes mais le service est lent le samedi matin."),
        (3, "Pas terrible cette fois, la tarte était sèche. D'habitude c'est mieux."),
        (2, "Attente de 25 minutes pour deux cafés, personne ne s'excuse. Déçu."),
        (2, "Commande click & collect pas prête à l'heure, j'ai dû attendre 20 minutes sur place."),
        (2, "Prix en hausse et portions en baisse. Pas du tout satisfait de mon dernier passage."),
        (1, "Le pain était rassis et la vendeuse a refusé de l'échanger. Inadmissible."),
        (1, "Service catastrophique, commande oubliée deux fois. Je ne reviendrai pas."),
        (1, "Facturé deux fois sur ma carte bancaire et toujours pas remboursé après trois semaines."),
    ],
    "en": [
        (5, "Best croissants I've had outside Paris itself. Lovely staff at the {loc} shop!"),
        (5, "Amazing bakery, the sourdough is perfect and the coffee is great. Highly recommend."),
        (5, "We came every morning of our trip. Friendly team, delicious pastries, great value."),
        (4, "Really good lunch, the quiche was excellent. Bit of a queue but worth it."),
        (4, "Great pastries and nice atmosphere. Seating is limited though."),
        (4, "Not bad at all! Tasty sandwiches, slightly pricey."),
        (3, "Decent but nothing special. The coffee was lukewarm."),
        (3, "Good bread but the service was slow and a bit disorganised."),
        (2, "Waited 30 minutes for a simple order, nobody apologised. Disappointing."),
        (2, "The app kept crashing when I tried to pay for my click & collect order."),
        (1, "Charged twice for one order and still no refund after two weeks of emails."),
        (1, "Terrible service, the order was wrong and the manager didn't care."),
    ],
}

_APP_BODIES: dict[str, list[tuple[int, str]]] = {
    "fr": [
        (5, "Appli pratique pour commander à l'avance, je gagne un temps fou."),
        (4, "Bonne appli, mais la connexion demande souvent de ressaisir le mot de passe."),
        (2, "L'application plante à chaque paiement depuis la mise à jour."),
        (1, "Impossible de me connecter depuis hier, et mes points fidélité ont disparu."),
        (3, "Fonctionne, mais les notifications arrivent en retard."),
    ],
    "en": [
        (5, "Handy app, ordering ahead saves me so much time."),
        (1, "App crashes every time I open the loyalty card. Please fix!"),
        (2, "Can't log in since the last update, password reset email never arrives."),
        (4, "Works well, would love Apple Pay support."),
    ],
}

# Sentences that make each generated review a little different, by tone.
_EXTRAS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "pos": ["On y retourne la semaine prochaine.", "Mention spéciale pour le pain aux figues.",
                "Venus en famille, les enfants ont adoré.", "Rapport qualité-prix imbattable.",
                "Le café est aussi très bon.", "Merci à Sophie pour ses conseils.", "Une vraie adresse de quartier.",
                "Tout est fait maison, ça se sent.", "Ouvert tôt le matin, c'est pratique."],
        "neg": ["C'est la deuxième fois que ça arrive.", "Dommage, j'aimais bien cet endroit.",
                "Personne n'a proposé de geste commercial.", "On nous a répondu que ce n'était pas leur problème.",
                "Il y avait pourtant peu de monde.", "Je ne recommande pas pour le moment.",
                "J'espère que ça va s'améliorer."],
        "mid": ["Le cadre est agréable.", "Rien d'exceptionnel cela dit.", "À voir dans quelques mois.",
                "Les prix ont un peu augmenté.", "Il faut arriver tôt pour avoir une table."],
    },
    "en": {
        "pos": ["We'll definitely be back next week.", "Special mention for the fig bread.",
                "Came with the kids and they loved it.", "Great value for money.", "The coffee is excellent too.",
                "Thanks to Sophie for the recommendations.", "A proper neighbourhood gem.",
                "Everything tastes homemade."],
        "neg": ["This is the second time this has happened.", "Shame, I used to like this place.",
                "Nobody offered anything to make up for it.", "It wasn't even busy.",
                "I can't recommend it for now.", "Hope they sort it out."],
        "mid": ["Nice setting though.", "Nothing special, to be honest.", "Prices have gone up a bit.",
                "You need to arrive early to get a table."],
    },
}

# Clearly urgent reviews, each once: the demo must show them.
_URGENT: list[tuple[str, int, str, str]] = [
    ("fr", 1, "google_business",
     "Intoxication alimentaire après le brunch de dimanche : toute la famille malade, mon fils a fini à "
     "l'hôpital. Je vais porter plainte et contacter la DGCCRF."),
    ("en", 1, "google_business",
     "Food poisoning after eating the chicken sandwich. I was sick for two days. My lawyer will be in touch."),
    ("fr", 1, "tripadvisor",
     "La serveuse nous a insultés et s'est moquée de mon accent devant tout le monde. Honteux, je vais le "
     "raconter partout sur les réseaux sociaux."),
    ("en", 1, "yelp",
     "The staff member at the till was incredibly rude and shouted at my elderly mother. Unacceptable."),
    ("fr", 1, "google_business",
     "J'ai vu un cafard courir sur le comptoir des pâtisseries. Hygiène déplorable, j'ai pris des photos."),
    ("en", 2, "trustpilot",
     "I told them about my nut allergy and they still served me a pastry with almonds. I had to use my "
     "EpiPen. This is dangerous."),
    ("fr", 1, "trustpilot",
     "Débité trois fois pour une seule commande, le service client ne répond pas. J'ai fait opposition et "
     "je contacte un avocat."),
]

_REPLIES = {
    "fr": {
        "pos": "Merci beaucoup {first} pour ce message ! Toute l'équipe de {loc} est ravie. À très bientôt.",
        "neg": "Bonjour {first}, merci pour votre retour et toutes nos excuses pour cette attente. Nous avons "
               "renforcé l'équipe le week-end. Écrivez-nous à contact@maison-dupont.fr pour en parler.",
    },
    "en": {
        "pos": "Thank you so much {first}! The whole {loc} team is delighted. See you soon.",
        "neg": "Hi {first}, thank you for telling us and sorry about the wait. We've added staff at weekends. "
               "Please email contact@maison-dupont.fr so we can make it right.",
    },
}

_STORE_PLATFORMS = ("google_business", "google_business", "google_business", "tripadvisor", "yelp", "trustpilot")
_APP_PLATFORMS = ("google_play", "app_store")


def demo_records(now: datetime | None = None, count: int = 320) -> list[ReviewRecord]:
    """The demo reviews, deterministic for a given `now` (dates are relative to it)."""
    now = (now or utcnow()).replace(microsecond=0)
    rng = random.Random(SEED)
    records: list[ReviewRecord] = []
    for i in range(count):
        lang = "fr" if rng.random() < 0.62 else "en"
        is_app = rng.random() < 0.2
        platform = rng.choice(_APP_PLATFORMS if is_app else _STORE_PLATFORMS)
        stars, body = rng.choice((_APP_BODIES if is_app else _BODIES)[lang])
        tone = "pos" if stars >= 4 else "neg" if stars <= 2 else "mid"
        extras = rng.sample(_EXTRAS[lang][tone], k=rng.choice((1, 2, 2, 3)))
        if rng.random() < 0.5:
            body = " ".join([*extras, body]) if extras else body
        else:
            body = " ".join([body, *extras])
        loc = rng.choice(LOCATIONS)
        city = loc.split()[0]
        author = rng.choice(_AUTHORS[lang])
        # A steady flow over five months, so the triage sees a normal baseline.
        age = timedelta(minutes=rng.randint(30, 60 * 24 * 150))
        created = now - age
        reply = None
        if age > timedelta(days=2) and rng.random() < (0.55 if stars >= 4 else 0.35):
            kind = "pos" if stars >= 4 else "neg"
            reply = ReplyRecord(
                _REPLIES[lang][kind].format(first=author.split()[0], loc=city),
                created + timedelta(hours=rng.randint(2, 70)),
            )
        records.append(
            ReviewRecord(
                text=body.format(loc=city),
                stars=stars,
                author=author,
                created_at=created,
                external_id=f"demo-{i:04d}",
                lang=lang,
                url=f"https://example.com/reviews/{platform}/demo-{i:04d}",
                location=None if is_app else loc,
                platform=platform,
                reply=reply,
            )
        )
    for j, (lang, stars, platform, text) in enumerate(_URGENT):
        records.append(
            ReviewRecord(
                text=text,
                stars=stars,
                author=_AUTHORS[lang][(j * 5) % len(_AUTHORS[lang])],
                created_at=now - timedelta(hours=3 + j * 5),
                external_id=f"demo-urgent-{j}",
                lang=lang,
                url=f"https://example.com/reviews/{platform}/demo-urgent-{j}",
                location=LOCATIONS[j % 2],
                platform=platform,
            )
        )
    return records


def build_demo(store: Store, now: datetime | None = None) -> IngestResult:
    """Fill an empty store with the demo business, locations and reviews."""
    set_setting(store, "business_name", BUSINESS)
    set_setting(store, "locations", list(LOCATIONS))
    set_setting(store, "first_run_done", True)
    set_setting(store, "reply_profile", {
        "signature": "Claire Dupont, Maison Dupont",
        "contact": "contact@maison-dupont.fr",
        "locations": {"Lyon Presqu'île": {"signature": "Julien, Maison Dupont Lyon",
                                          "contact": "lyon@maison-dupont.fr"}},
    })
    # Stamped as first seen at `now`: the demo is a history just imported, as on a first day.
    result = import_records(store, demo_records(now), platform_hint=str(Platform.MANUAL), now=now)
    hours = {
        "Paris 11e": {"days": {"mon": "closed", "tue": "07:30-19:30", "wed": "07:30-19:30", "thu": "07:30-19:30",
                               "fri": "07:30-19:30", "sat": "08:00-19:30", "sun": "08:00-13:30"}},
        "Lyon Presqu'île": {"days": {"mon": "08:00-19:00", "tue": "08:00-19:00", "wed": "08:00-19:00",
                                     "thu": "08:00-19:00", "fri": "08:00-19:00", "sat": "08:00-19:00",
                                     "sun": "closed"}},
    }
    from workstation.store.metrics_data import save_location_settings  # loads holidays: only here

    for location in list_locations(store, with_counts=False):
        slug = "paris" if location.name.startswith("Paris") else "lyon"
        save_location_settings(store, location.id, timezone="Europe/Paris", country="FR",
                               hours_json=json.dumps(hours.get(location.name, {})),
                               review_url=f"https://example.com/maison-dupont/{slug}/review")
    return result


def demo_db(data_dir: str | None, *, force: bool = True) -> Path:
    """The demo database (never the user's). Rebuilt when `force`d, missing, from another
    day (its dates are relative to today) or from another schema; else reused as left."""
    import datetime as dt

    from workstation import paths
    from workstation.store import SCHEMA_VERSION, StoreError
    from workstation.store.queries import ReviewFilter, count
    from workstation.store.sync_state import add_source

    path = paths.db_path(data_dir, demo=True)
    built_on = Path(f"{path}.built")
    today = dt.date.today().isoformat()
    if not force and path.exists() and built_on.exists() and built_on.read_text() == f"{today} {SCHEMA_VERSION}":
        try:
            with Store(path, read_only=True) as store:
                if count(store, ReviewFilter(view="all")) > 0:
                    return path
        except (StoreError, sqlite3.DatabaseError):
            pass  # damaged: rebuild below
    built_on.unlink(missing_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    with Store(path) as store:
        build_demo(store)
        # A platform served inside the app, so sync and posting can be tried without an account.
        add_source(store, platform="demo", name="Demo platform", sync_interval_min=30)
    built_on.write_text(f"{today} {SCHEMA_VERSION}")
    return path
