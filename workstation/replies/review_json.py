"""A review given as a JSON object (the `--review-file` shape, one line of a batch file)."""

from __future__ import annotations

from workstation.command_line import UsageError

from .model import ReviewInput


def _str_tuple(value: object) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(v for v in value if isinstance(v, str))
    return ()


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def review_from_data(data: object, where: str) -> ReviewInput:
    """A review object (text, optional stars, lang, author, platform, categories, topics, id)."""
    if not isinstance(data, dict):
        raise UsageError(f"{where}: expected a JSON object with a 'text' field")
    stars = data.get("stars")
    if isinstance(stars, str) and stars.strip().isdigit():
        stars = int(stars)
    text = data.get("text")
    review_id = data.get("id")
    return ReviewInput(
        text=text if isinstance(text, str) else "",
        stars=stars if isinstance(stars, int) and not isinstance(stars, bool) else None,
        lang=_opt_str(data.get("lang")),
        author=_opt_str(data.get("author")),
        platform=_opt_str(data.get("platform")),
        categories=_str_tuple(data.get("categories")),
        topics=_str_tuple(data.get("topics")),
        location=_opt_str(data.get("location")),
        business=_opt_str(data.get("business")),
        id=str(review_id)
        if isinstance(review_id, str | int) and not isinstance(review_id, bool)
        else None,
    )
