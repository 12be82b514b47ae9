"""The metrics dialogs say the core's errors in the window's language (kinds of
`workstation/error_kinds.py`): bad opening hours named by their day, a refused SLA target,
no QR code for a bad review link; English unchanged in an English window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.error_kind_checks import assert_in_french, raised
from workstation.metrics.sla import SlaTarget
from workstation.store import Store
from workstation.ui import translation
from workstation.ui.conflict_reasons import error_text

pytestmark = pytest.mark.gui

ENGLISH = ("expected", "opening hours", "link", "valid", "No QR", "SLA")


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translation.install("fr")
    yield
    translation.install("en")


# -- SLA targets and opening hours, in the real dialog -------------------------------------

def test_bad_opening_hours_are_said_in_french_with_the_day_s_name(qtbot, small_store: Store,  # type: ignore[no-untyped-def]
                                                                 french: None) -> None:
    from workstation.ui.sla_settings import SlaSettingsDialog

    dialog = SlaSettingsDialog(small_store, "fr")
    qtbot.addWidget(dialog)
    dialog.days["mon"].setText("9h-18h")
    dialog.days["tue"].setText("25:00-26:00")
    assert not dialog.save()
    text = dialog.message.text()
    assert "Lundi\u00a0: horaires '9h-18h' à écrire sous la forme HH:MM-HH:MM, par exemple 09:00-12:00" in text
    assert "Mardi\u00a0: '25:00-26:00' n’est pas une heure de la journée" in text
    assert_in_french(text, ENGLISH)


def test_a_long_french_note_grows_the_dialog_instead_of_overlapping_its_rows(  # type: ignore[no-untyped-def]
        qtbot, small_store: Store, french: None) -> None:
    from workstation.ui.sla_settings import SlaSettingsDialog

    dialog = SlaSettingsDialog(small_store, "fr")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.days["mon"].setText("9h-18h")
    dialog.days["tue"].setText("25:00-26:00")
    assert not dialog.save()
    qtbot.wait(10)
    # the closed days' box ends above the review link's row (they were drawn over each other)
    assert dialog.closed.geometry().bottom() < dialog.review_url.geometry().top()
    assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())


def test_bad_opening_hours_in_english_are_the_core_s_words(qtbot, small_store: Store) -> None:  # type: ignore[no-untyped-def]
    from workstation.ui.sla_settings import SlaSettingsDialog

    translation.install("en")
    dialog = SlaSettingsDialog(small_store, "en")
    qtbot.addWidget(dialog)
    dialog.days["tue"].setText("25:00-26:00")
    assert not dialog.save()
    assert "Tuesday: opening hours '25:00-26:00': not a valid time of day" in dialog.message.text()


def test_an_sla_target_refused(qtbot, french: None) -> None:  # type: ignore[no-untyped-def]
    exc = raised(SlaTarget, -1)
    assert str(exc) == "SLA amount -1: expected a number ≥ 0"
    assert error_text(exc) == "Délai -1\u00a0: indiquez un nombre positif ou nul."
    unit = raised(SlaTarget, 2, "weeks")
    assert error_text(unit) == "L’unité de délai 'weeks' est inconnue."
    translation.install("en")
    assert error_text(exc) == str(exc) and error_text(unit) == "SLA unit 'weeks' is unknown"


# -- the review link and its QR code, in the real dialog -----------------------------------

def test_no_qr_code_says_why_in_french(qtbot, small_store: Store, french: None) -> None:  # type: ignore[no-untyped-def]
    from workstation.ui.prevention import PreventionDialog

    dialog = PreventionDialog(small_store, "fr")
    qtbot.addWidget(dialog)
    dialog.link.setText("avis.example/paris")
    dialog.refresh()
    assert dialog.qr.text() == "Pas de QR code\u00a0: ce n’est pas une adresse web\u00a0: 'avis.example/paris'"
    dialog.link.setText("")
    dialog.refresh()
    assert dialog.qr.text() == "Pas de QR code\u00a0: aucun lien vers vos avis n’est indiqué"
    assert_in_french(dialog.qr.text(), ENGLISH)


def test_no_qr_code_in_english(qtbot, small_store: Store) -> None:  # type: ignore[no-untyped-def]
    from workstation.ui.prevention import PreventionDialog

    translation.install("en")
    dialog = PreventionDialog(small_store, "en")
    qtbot.addWidget(dialog)
    dialog.link.setText("https://" + "x" * 3000)
    dialog.refresh()
    assert dialog.qr.text() == "No QR code: the link is too long for a QR code"
