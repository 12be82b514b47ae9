"""Prevention kit: review-invitation messages (FR/EN) and a QR code of each location's
review link, to encourage satisfied customers to leave a review.

Messages never promise anything in exchange for a review (platform rules forbid
incentives) and never ask for a good rating only (review gating). QR codes come from
`segno` (BSD licence): PNG bytes for the UI, PNG/SVG files for print.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import segno

from workstation.error_kinds import refused

CHANNELS = ("email", "sms", "card")

_MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "email": (
            "Subject: How was your visit to {place}?\n\n"
            "Hello,\n\n"
            "Thank you for choosing {place}. We read every review and use them to improve, so "
            "your opinion — good or bad — really helps us and other customers.\n\n"
            "It takes a minute: {link}\n\n"
            "Thank you,\n{business}"
        ),
        "sms": "Thanks for visiting {place}! Could you tell us how it went? {link}",
        "card": "Enjoyed your visit to {place}? Tell us — and others — what you thought.\n"
        "Scan the code or go to {link}",
    },
    "fr": {
        "email": (
            "Objet : Comment s’est passée votre visite chez {place} ?\n\n"
            "Bonjour,\n\n"
            "Merci d’avoir choisi {place}. Nous lisons chaque avis et nous en servons pour nous "
            "améliorer : votre opinion, bonne ou mauvaise, nous aide vraiment, comme elle aide les "
            "autres clients.\n\n"
            "Cela prend une minute : {link}\n\n"
            "Merci,\n{business}"
        ),
        "sms": "Merci de votre visite chez {place} ! Dites-nous comment ça s’est passé : {link}",
        "card": "Votre visite chez {place} vous a plu ? Dites-le-nous, et aux autres.\n"
        "Scannez le code ou rendez-vous sur {link}",
    },
}


class PreventionError(ValueError):
    """A review link that cannot be used (empty, not http(s), or too long for a QR code)."""


def _lang(lang: str) -> str:
    return "fr" if lang.lower().startswith("fr") else "en"


def check_link(url: str | None) -> str:
    """The link stripped; raises PreventionError unless it is an http(s) URL."""
    link = (url or "").strip()
    if not re.match(r"^https?://[^\s/$.?#][^\s]*$", link, flags=re.IGNORECASE):
        if not link:
            raise refused(PreventionError, "review_link_missing", "no review link set")
        raise refused(PreventionError, "review_link_not_web", f"not a web link: {link!r}", link=repr(link))
    return link


def invitation(
    channel: str, lang: str, *, link: str, business: str | None, location: str | None = None
) -> str:
    """The invitation text for a channel (email, sms, card) in FR or EN."""
    texts = _MESSAGES[_lang(lang)]
    template = texts.get(channel, texts["email"])
    name = (business or "").strip()
    place = f"{name} {location}".strip() if location and location not in name else (name or (location or ""))
    return template.format(place=place or name, link=link, business=name).strip()


@dataclass(frozen=True, slots=True)
class QrCode:
    """A QR code of one link: `size` modules per side (quiet zone excluded)."""

    link: str
    size: int
    matrix: tuple[tuple[bool, ...], ...]

    def png(self, scale: int = 8) -> bytes:
        buf = io.BytesIO()
        segno.make(self.link, error="m", micro=False).save(buf, kind="png", scale=scale, border=4)
        return buf.getvalue()

    def svg(self, scale: int = 8) -> str:
        buf = io.BytesIO()
        segno.make(self.link, error="m", micro=False).save(
            buf, kind="svg", scale=scale, border=4, xmldecl=False, title=self.link
        )
        return buf.getvalue().decode("utf-8")


def qr_code(url: str | None) -> QrCode:
    """QR code (error correction M) of a review link; raises PreventionError for bad links."""
    link = check_link(url)
    try:
        qr = segno.make(link, error="m", micro=False)
    except segno.DataOverflowError as exc:
        raise refused(PreventionError, "review_link_too_long", "the link is too long for a QR code") from exc
    matrix = tuple(tuple(bool(cell) for cell in row) for row in qr.matrix)
    return QrCode(link, len(matrix), matrix)


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower() or "location"


def write_kit(
    folder: Path,
    location: str,
    url: str | None,
    *,
    lang: str,
    business: str | None,
) -> list[Path]:
    """Write `<slug>-qr.png`, `<slug>-qr.svg` and `<slug>-invitations.txt` into `folder`.

    Raises PreventionError for a bad link and OSError when the folder is not writable.
    """
    code = qr_code(url)
    folder.mkdir(parents=True, exist_ok=True)
    slug = _slug(location)
    png, svg, txt = (folder / f"{slug}-qr.png", folder / f"{slug}-qr.svg", folder / f"{slug}-invitations.txt")
    png.write_bytes(code.png())
    svg.write_text(code.svg(), encoding="utf-8")
    texts = [
        f"[{channel}]\n{invitation(channel, lang, link=code.link, business=business, location=location)}"
        for channel in CHANNELS
    ]
    txt.write_text("\n\n".join(texts) + "\n", encoding="utf-8")
    return [png, svg, txt]
