"""The reader's phone number is theirs in every register, and the business's own line stays its own (18reg).

Rounds 111-114 wrote the reader back their number in texting English ("tried calling u on …") and in
French tutoiement ("on t'a texté au …"); the check read "u" as no one and "texté" as no message. It
also blocked "our team can be reached at …", the business's own line.
"""

from __future__ import annotations

import pytest

from .evaluation import blocking_codes


@pytest.mark.parametrize(
    ("draft", "lang"),
    [
        ("Sorry bout the mess, tried ringing ya on 0413 882 907 twice, no answer 🙁", "en"),
        ("Soz hun, we tried calling u on 07911 123456 this arvo, give us a shout back", "en"),
        ("Salut Kevin, je t'ai texté au 06 45 12 78 90 hier soir pour le devis, regarde tes messages !", "fr"),
        ("Coucou, on t'a textoté au 438 555 0199, rappelle-nous quand tu peux", "fr"),
    ],
)
def test_the_readers_number_is_theirs_in_texting_and_tu_registers(draft: str, lang: str) -> None:
    assert "personal_data" in blocking_codes(draft, lang)


@pytest.mark.parametrize(
    ("draft", "lang"),
    [
        ("We're sorry about the delay. Our bookings team can be reached at 01632 960 123 on weekdays.", "en"),
        ("Give us a ring on 0413 882 907 and we'll sort it out, mate.", "en"),
        ("Désolés pour ce retard. Notre équipe peut être jointe au 04 78 12 34 56 du lundi au samedi.", "fr"),
        ("Texte-nous au 438 555 0199, on règle ça vite.", "fr"),
    ],
)
def test_the_business_line_stays_its_own(draft: str, lang: str) -> None:
    assert "personal_data" not in blocking_codes(draft, lang)
