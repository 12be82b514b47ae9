"""The window says the core's other errors in its language, through their kinds
(`workstation/error_kinds.py`) and the shared catalog: one case per family (SLA targets,
opening hours, review link / QR code, templates, credentials files, the API address, a team
server's address), French in a French window, the core's English unchanged in an English
one; and the platform names (the Demo platform) in the window's language. The SLA,
opening-hours and QR-code dialogs are tested in tests/metrics_ui/test_mui_errors_fr.py."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.error_kind_checks import assert_in_french, raised
from workstation.domain import ReviewRecord
from workstation.replies import library
from workstation.replies.model import ReplyError, Template
from workstation.sources.endpoints import check_base_url
from workstation.store import Store, import_records
from workstation.store.sync_state import add_source
from workstation.ui import translation
from workstation.ui.conflict_reasons import error_text

pytestmark = pytest.mark.gui

# Words that would betray the core's English in a French window.
ENGLISH = ("expected", "opening hours", "link", "template", "already exists", "this source needs", "Base URL",
           "team server", "cannot", "Demo platform")


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translation.install("fr")
    yield
    translation.install("en")


# -- reply templates -----------------------------------------------------------------------

def _template() -> Template:
    return Template(id="fr.custom.merci", lang="fr", body="Merci {first_name}\n{signature}", title="Merci")


def test_a_template_that_exists_already(qtbot, tmp_path: Path, french: None,  # type: ignore[no-untyped-def]
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from workstation.ui.templates_dialog import TemplatesDialog

    library.save_template(tmp_path, _template())
    exc = raised(library.save_template, tmp_path, _template())
    assert isinstance(exc, ReplyError)
    assert str(exc) == f"template 'fr.custom.merci' already exists in {tmp_path}"
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    dialog = TemplatesDialog(tmp_path)
    qtbot.addWidget(dialog)
    assert not dialog._save(_template(), overwrite=False)  # what "New…" does with a taken id
    assert said == [f"Le modèle 'fr.custom.merci' existe déjà dans {tmp_path}."]
    translation.install("en")
    assert error_text(exc) == str(exc)


# -- a connector's credentials file and API address, through the add-account form ----------

def test_a_credentials_file_of_the_wrong_kind(qtbot, tmp_path: Path, french: None) -> None:  # type: ignore[no-untyped-def]
    from workstation.ui.accounts import add_source_from_form

    wrong = tmp_path / "cles.json"
    wrong.write_text(json.dumps({"type": "service_account"}), encoding="utf-8")
    with Store(tmp_path / "db.sqlite3") as store:
        with pytest.raises(ValueError) as raised:
            add_source_from_form(store, "trustpilot", "Ma boutique", str(wrong), "", 30, "")
        assert str(raised.value) == ("cles.json n’est pas le bon fichier\u00a0: ce compte demande un JSON avec "
                                     "l’api_key et l’api_secret de Trustpilot.")
        with pytest.raises(ValueError) as address:
            add_source_from_form(store, "trustpilot", "Ma boutique", str(wrong), "", 30, "http://api.example.org")
        assert_in_french(str(address.value), ENGLISH)
        assert str(address.value).startswith("L’adresse de l’API 'http://api.example.org' utilise http://")
        translation.install("en")
        with pytest.raises(ValueError) as english:
            add_source_from_form(store, "trustpilot", "Ma boutique", str(wrong), "", 30, "")
    assert str(english.value) == ("cles.json is a Google service-account key; this source needs a JSON with the "
                                  "Trustpilot api_key and api_secret.")


def test_an_api_address_in_english_is_unchanged(qapp) -> None:  # type: ignore[no-untyped-def]
    translation.install("en")
    exc = raised(check_base_url, "ftp://x")
    assert error_text(exc) == str(exc) == "Base URL must start with http:// or https:// and name a host: 'ftp://x'"


# -- a team server's address, on the "Join a team server" page -----------------------------

@pytest.mark.parametrize(("host", "french_text", "english"), [
    ("db.example.org:abc",
     "L’adresse du serveur d’équipe est illisible\u00a0: vérifiez le nom du serveur et le port.",
     "The team server address cannot be read: check the server name and the port."),
    ("db.example.org?x",
     "L’adresse du serveur d’équipe doit nommer un utilisateur et une base\u00a0: postgresql://utilisateur@serveur/base.",
     "The team server address needs a user and a database: postgresql://user@host/database."),
])
def test_a_team_server_address_problem(qtbot, tmp_path: Path, host: str, french_text: str,  # type: ignore[no-untyped-def]
                                       english: str) -> None:
    from workstation.ui.team_server import TeamServerPage

    translation.install("fr")
    try:
        page = TeamServerPage(data_dir=tmp_path, tester=lambda _where: None)
        qtbot.addWidget(page)
        page.join.setChecked(True)
        page.host.setText(host)
        page.database.setText("boutique")
        page.user.setText("ann")
        assert page.address_problem() == french_text
        page.test_connection()  # the button says the same
        assert page.result.text().endswith(french_text)
    finally:
        translation.install("en")
    assert page.address_problem() == english


# -- the Demo platform's name -------------------------------------------------------------

def _demo_store(path: Path) -> Store:
    store = Store(path)
    add_source(store, platform="demo", name="Demo platform", sync_interval_min=30)  # as `--demo` names it
    import_records(store, [ReviewRecord(text="Très bien", stars=5, author="Ann", external_id="g1")],
                   platform_hint="google")  # collected by the source "Google (files)"
    return store


def test_the_demo_platform_is_named_in_french(qtbot, tmp_path: Path, french: None) -> None:  # type: ignore[no-untyped-def]
    from workstation.ui.accounts import AccountsDialog

    with _demo_store(tmp_path / "db.sqlite3") as store:
        dialog = AccountsDialog(store)
        qtbot.addWidget(dialog)
        names = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
        assert names == ["Démo", "Google (fichiers)"]
        translation.install("en")
        dialog.reload()
        names = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
        assert names == ["Demo platform", "Google (files)"]


def test_the_sidebar_names_the_demo_platform_in_french(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                       french: None) -> None:
    from workstation.ui.sidebar import Sidebar

    def source_names(sidebar: Sidebar) -> list[str]:
        group = next(sidebar.topLevelItem(i) for i in range(sidebar.topLevelItemCount())
                     if sidebar.topLevelItem(i).childCount() and "Sources" in sidebar.topLevelItem(i).text(0))
        return [group.child(i).text(0).split("  (")[0] for i in range(group.childCount())]

    store = _demo_store(tmp_path / "db.sqlite3")  # left open: the sidebar's timers may read it until teardown
    sidebar = Sidebar(store)
    qtbot.addWidget(sidebar)
    sidebar.reload()
    assert "Démo" in source_names(sidebar)
    translation.install("en")
    sidebar.reload()
    assert "Demo platform" in source_names(sidebar)


def test_a_source_that_exists_already_names_its_platform_not_its_code(tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                      french: None) -> None:
    store = Store(tmp_path / "db.sqlite3")
    add_source(store, platform="demo", name="Essai", kind="api")
    with pytest.raises(Exception) as raised:
        add_source(store, platform="demo", name="Essai", kind="api")
    assert str(raised.value) == "A Demo platform source named 'Essai' already exists (id 1)."  # the core's English
    assert error_text(raised.value) == "Une source Démo nommée «\u202fEssai\u202f» existe déjà (n° 1)."
    translation.install("en")
    assert error_text(raised.value) == "A Demo platform source named 'Essai' already exists (id 1)."
