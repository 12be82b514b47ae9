"""Language names as the window and the reports show them (`display_names.language_name`)."""

from __future__ import annotations

import pytest

from workstation.display_names import display_name


@pytest.mark.parametrize(("code", "en", "fr"), [("fr", "French", "français"), ("en", "English", "anglais"),
                                                 ("de", "German", "allemand")])
def test_a_language_code_is_shown_by_its_name(code: str, en: str, fr: str) -> None:
    assert (display_name("language", code, "en"), display_name("language", code, "fr")) == (en, fr)


@pytest.mark.parametrize("code", ["und", "UND", "und-Latn", "zxx", "mul"])
def test_a_code_that_names_no_language_is_not_given_a_name(code: str) -> None:
    """babel expands "und" (undetermined, as some files write it) to "English (United States)"."""
    assert display_name("language", code, "en") == "" and display_name("language", code, "fr") == ""
