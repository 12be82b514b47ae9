"""Why the system refused a file, in the reader's language (`error_kinds.OS_REASONS`): an
OSError given as an error's value becomes our English reason, keeps its number beside it,
and is said in French by the window, the command line and the importers; an unlisted number
keeps the system's words. Also the data folder's and the secret files' kinds."""

from __future__ import annotations

import errno
import sys
from pathlib import Path

from tests.error_kind_checks import assert_in_french, assert_kind, raised
from workstation.cli_language import catalog, speaking
from workstation.command_line import cannot_read
from workstation.error_kinds import (
    OS_REASONS,
    error_words,
    os_reason,
    os_reason_words,
    param_texts,
    refusal_of,
    refused,
    with_kind,
)
from workstation.importers.errors import ImportFormatError
from workstation.importers.table import read_table
from workstation.paths import DataDirError, data_dir
from workstation.sources.base import CredentialsError
from workstation.sources.secret_files import read_secret_file, write_secret_file
from workstation.store.errors import StoreError

FRENCH = catalog("fr").gettext
ENGLISH_REASONS = ("No such file", "Permission denied", "No space left", "does not exist", "is a folder")


def test_every_listed_number_exists_and_reads_in_french() -> None:
    for code, sentence in OS_REASONS.items():
        assert code in errno.errorcode.values(), code
        assert FRENCH(sentence) != sentence, f"{sentence!r} has no French"


def test_a_known_number_is_ours_in_both_languages_and_an_unknown_one_keeps_the_systems_words() -> None:
    full = OSError(errno.ENOSPC, "No space left on device")
    assert os_reason(full) == "the disk is full"
    assert os_reason_words(full, FRENCH) == "le disque est plein"
    odd = OSError(errno.EPROTO, "Protocol error")
    assert os_reason(odd) == os_reason_words(odd, FRENCH) == "Protocol error"
    assert os_reason(OSError("no number")) == "OSError"


def test_an_os_error_as_a_value_keeps_its_number_beside_its_english_reason() -> None:
    assert param_texts({"reason": FileNotFoundError(errno.ENOENT, "No such file or directory", "/x"),
                        "path": Path("/x"), "none": None}) == {
        "reason": "the file or folder does not exist", "reason/os": "ENOENT", "path": "/x", "none": ""}
    exc = refused(StoreError, "backup_failed", "msg", backup="/b", reason=PermissionError(errno.EACCES, "denied"))
    assert error_words(exc, FRENCH) == ("La sauvegarde /b n’a pas pu être écrite (cet utilisateur n’a pas le droit "
                                        "de l’ouvrir)\u202f; la base de données n’a pas changé.")


def test_the_command_line_says_an_unreadable_file_in_its_language(tmp_path: Path) -> None:
    missing = tmp_path / "absent.jsonl"
    try:
        missing.read_text()
    except OSError as exc:
        assert str(cannot_read(missing, exc)) == f"cannot read {missing}: the file or folder does not exist"
        with speaking("fr"):
            french = str(cannot_read(missing, exc))
    assert french == f"impossible de lire {missing}\u00a0: le fichier ou le dossier n’existe pas"


def test_an_import_of_a_missing_file_says_why_in_french(tmp_path: Path) -> None:
    exc = raised(read_table, tmp_path / "avis.csv")
    assert isinstance(exc, ImportFormatError)
    assert str(exc) == "Cannot read the file avis.csv: the file or folder does not exist."
    assert exc.text("fr") == "Impossible de lire le fichier avis.csv\u00a0: le fichier ou le dossier n’existe pas."
    folder = tmp_path / "dossier"
    folder.mkdir()
    assert raised(read_table, folder).text("fr").endswith(": c’est un dossier.")  # type: ignore[attr-defined]


def test_the_data_folder_errors_carry_kinds(tmp_path: Path) -> None:
    a_file = tmp_path / "avis"
    a_file.write_text("")
    exc = raised(data_dir, a_file)
    assert isinstance(exc, DataDirError)
    assert_kind(exc, "data_folder_is_file", folder=str(a_file))
    assert_in_french(error_words(exc, FRENCH), ("The data folder", "choose another"))


def test_a_data_folder_that_cannot_be_created_says_why(tmp_path: Path) -> None:
    a_file = tmp_path / "avis.txt"  # a folder inside a file: refused even to root
    a_file.write_text("")
    exc = raised(data_dir, a_file / "donnees")
    assert_kind(exc, "data_folder_cannot_create", folder=str(a_file / "donnees"),
                reason="part of the path is not a folder")
    assert refusal_of(exc).params["reason/os"] == "ENOTDIR"  # type: ignore[union-attr]
    assert error_words(exc, FRENCH).endswith("(une partie du chemin n’est pas un dossier).")


def test_the_secret_files_errors_carry_kinds(tmp_path: Path) -> None:
    missing = tmp_path / "absent.json"
    assert_kind(raised(read_secret_file, missing), "secret_file_missing", file=str(missing))
    saved = write_secret_file(tmp_path / "secrets", "source-1", {"api_key": "k"})
    saved.write_text("not json")
    saved.chmod(0o600)
    exc = raised(read_secret_file, saved)
    assert isinstance(exc, CredentialsError)
    assert_kind(exc, "secret_file_damaged", file=str(saved))
    assert_in_french(error_words(exc, FRENCH), ("secret file", "add the source"))
    if sys.platform != "win32":
        saved.chmod(0o644)
        assert_kind(raised(read_secret_file, saved), "secret_file_open_to_others", file=str(saved), mode="644")


def test_an_inner_errors_own_kind_is_said_in_the_readers_language() -> None:
    inner = refused(CredentialsError, "p8_key_unreadable", "The App Store Connect .p8 private key cannot be read.")
    outer = with_kind(ValueError("Could not list this key's apps: The App Store Connect .p8 private key cannot be "
                                 "read. Otherwise set the app id(s) with --setting app_ids=… (digits from the app's "
                                 "URL)."), "app_store_listing_failed", reason=inner)
    assert_kind(outer, "app_store_listing_failed", reason=str(inner))
    assert error_words(outer, lambda text: text) == str(outer)
    french = error_words(outer, FRENCH)
    assert FRENCH("The App Store Connect .p8 private key cannot be read.") in french
    assert_in_french(french, ("Could not list", "cannot be read", "Otherwise"))
    broken = with_kind(ValueError("x"), "app_store_listing_failed", reason="plain text")
    assert "reason/refusal" not in refusal_of(broken).params  # type: ignore[union-attr]
