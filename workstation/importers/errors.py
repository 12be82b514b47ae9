"""User-facing messages of the importers and the one error type they raise.

Code refers to messages by a stable key and fills named placeholders; `MESSAGES` holds
the English text and `FRENCH` the French one, so the window (and anything else that knows
the reader's language) shows why a row was left out in that language, while logs and the
command line keep the English text.
"""

from __future__ import annotations

from dataclasses import dataclass

from workstation.cli_language import catalog
from workstation.error_kinds import param_texts, with_os_reasons
from workstation.typography import is_french, punctuate

MESSAGES: dict[str, str] = {
    # whole-file problems (ImportFormatError)
    "cannot_read": "Cannot read the file {name}: {reason}.",
    "not_a_file": "{name} is not a regular file (a folder, pipe or device): choose a review file.",
    "too_large": "The file {name} is too large to import ({size} bytes, limit {limit}).",
    "empty_file": "The file {name} is empty.",
    "binary": "The file {name} is not a text file (CSV, TSV or JSON expected).",
    "truncated_utf16": "The file {name} is UTF-16 but is cut off or damaged.",
    "bad_encoding": "The file {name} uses an unknown text encoding (expected UTF-8, UTF-16 or Windows-1252).",
    "bad_csv": "The file {name} is not a readable CSV file: {reason}.",
    "bad_json": "The file {name} is not valid JSON: {reason}.",
    "json_no_list": "The JSON file {name} does not contain a list of reviews.",
    "no_text_column": "No column with review text was found in {name}.",
    "mapping_no_text": "The column mapping for {name} has no column for the review text.",
    "mapping_bad_column": "The column mapping for {name} points to column {column}, which does not exist.",
    # per-row problems (RowError.reason)
    "empty_review": "empty review",
    "stars_range": "stars: '{value}' is out of range (expected 1 to 5)",
    "stars_invalid": "stars: '{value}' is not a rating (expected 1 to 5)",
    "date_invalid": "{field}: '{value}' is not a date",
    "row_unreadable": "row could not be read: {reason}",
    "row_not_json": "row could not be read: {reason}",
    "row_not_object": "row could not be read: not a JSON object",
    "row_nested": "row could not be read: nested too deeply",
}

FRENCH: dict[str, str] = {
    "cannot_read": "Impossible de lire le fichier {name} : {reason}.",
    "not_a_file": "{name} n’est pas un fichier ordinaire (dossier, tube ou périphérique) : choisissez un fichier d’avis.",
    "too_large": "Le fichier {name} est trop gros pour être importé ({size} octets, limite {limit}).",
    "empty_file": "Le fichier {name} est vide.",
    "binary": "Le fichier {name} n’est pas un fichier texte (CSV, TSV ou JSON attendu).",
    "truncated_utf16": "Le fichier {name} est en UTF-16 mais il est tronqué ou abîmé.",
    "bad_encoding": "Le fichier {name} utilise un encodage inconnu (UTF-8, UTF-16 ou Windows-1252 attendu).",
    "bad_csv": "Le fichier {name} n’est pas un CSV lisible : {reason}.",
    "bad_json": "Le fichier {name} n’est pas du JSON valide : {reason}.",
    "json_no_list": "Le fichier JSON {name} ne contient pas de liste d’avis.",
    "no_text_column": "Aucune colonne de texte d’avis n’a été trouvée dans {name}.",
    "mapping_no_text": "La correspondance des colonnes de {name} n’a pas de colonne pour le texte de l’avis.",
    "mapping_bad_column": "La correspondance des colonnes de {name} désigne la colonne {column}, qui n’existe pas.",
    "empty_review": "avis vide",
    "stars_range": "note : « {value} » hors limites (de 1 à 5 attendu)",
    "stars_invalid": "note : « {value} » n’est pas une note (de 1 à 5 attendu)",
    "date_invalid": "{field} : « {value} » n’est pas une date",
    "row_unreadable": "ligne illisible : {reason}",
    "row_not_json": "ligne illisible : ce n’est pas du JSON valide",
    "row_not_object": "ligne illisible : ce n’est pas un objet JSON",
    "row_nested": "ligne illisible : trop de niveaux imbriqués",
}

# Names of the date fields a row error can name ({field}): English code → French.
FIELD_NAMES_FR = {"date": "date", "updated": "date de modification", "reply date": "date de la réponse"}

_MAX_VALUE = 40


def message(key: str, lang: str = "en", **given: object) -> str:
    """The text for `key` in `lang` (English unless French) with its placeholders filled
    (an OS error's reason, `reason/os`, said in that language too)."""
    texts = param_texts(given)
    if not is_french(lang):
        return MESSAGES[key].format(**texts)
    params = with_os_reasons(texts, catalog("fr").gettext)
    if "field" in params:
        params["field"] = FIELD_NAMES_FR.get(str(params["field"]), params["field"])
    # The French typography applies to our words, never to the values quoted from the file.
    return punctuate(FRENCH[key], lang).format(**params)


@dataclass(frozen=True)
class Reason:
    """Why a row was left out: a message key and its filled-in values (all text)."""

    key: str
    params: tuple[tuple[str, str], ...] = ()

    def text(self, lang: str = "en") -> str:
        return message(self.key, lang, **dict(self.params))

    def __str__(self) -> str:
        return self.text()


def reason(key: str, **params: object) -> Reason:
    return Reason(key, tuple((name, str(value)) for name, value in params.items()))


def reason_text(code: str, params: tuple[tuple[str, str], ...], fallback: str, lang: str) -> str:
    """A row error (`RowError.code/params/reason`) in `lang`; the stored text when it has no code."""
    if code not in MESSAGES:
        return fallback
    return message(code, lang, **dict(params))


def shorten(value: str, limit: int = _MAX_VALUE) -> str:
    """Cut a quoted user value so a message stays one readable line."""
    flat = " ".join(value.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class ImportFormatError(Exception):
    """The file cannot be imported at all; `str(error)` is one user-facing line.

    `key` names the entry of `MESSAGES`, `params` its placeholders, so a UI can
    translate the message instead of showing the English text.
    """

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params: dict[str, str] = param_texts(params)  # as text: an OS error kept by its number
        super().__init__(message(key, "en", **self.params))

    def text(self, lang: str) -> str:
        """The message in `lang`."""
        return message(self.key, lang, **self.params)
