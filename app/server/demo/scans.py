"""Demo certificate scans: a rendered card with the holder's name, number, issuer and dates,
some deliberately blurred, cut off or of the wrong kind, as a reviewer meets them.

Rendering must stay cheap (the embedded server seeds at start-up): cards are small greyscale
"photocopies", each kind's blank card is drawn once, and text is pasted from a glyph cache,
because Pillow lays out CJK text with the bundled font at about 0.5 ms a line otherwise.
"""

from __future__ import annotations

import functools
import io
import random
from dataclasses import dataclass
from datetime import date

from PIL import Image, ImageDraw, ImageFont

from app.models.enums import CertificationKind as C
from app.resources_path import resource_path
from app.rules.certification.kinds import POLICIES

WIDTH, HEIGHT = 360, 228
PAPER, INK, FRAME = 238, 28, 90


@dataclass(frozen=True, slots=True)
class Card:
    kind: C
    holder: str
    number: str
    issuer: str
    issued_on: date
    expires_on: date | None


class _Glyphs:
    """Masks of single characters, rendered once per character and size."""

    def __init__(self, size: int, bold: bool = False) -> None:
        name = "NotoSansSC-Bold.ttf" if bold else "NotoSansSC-Regular.ttf"
        self.font = ImageFont.truetype(
            str(resource_path("fonts", name)), size, layout_engine=ImageFont.Layout.BASIC
        )
        self._cache: dict[str, tuple[Image.Image | None, int, int, int]] = {}

    def _glyph(self, ch: str) -> tuple[Image.Image | None, int, int, int]:
        cached = self._cache.get(ch)
        if cached is not None:
            return cached
        left, top, right, bottom = (int(v) for v in self.font.getbbox(ch))
        mask: Image.Image | None = None
        if right > left and bottom > top:
            mask = Image.new("L", (right - left, bottom - top), 0)
            ImageDraw.Draw(mask).text((-left, -top), ch, font=self.font, fill=255)
        found = (mask, int(self.font.getlength(ch)), left, top)
        self._cache[ch] = found
        return found

    def draw(self, image: Image.Image, x: int, y: int, text: str, ink: int = INK) -> None:
        for ch in text:
            mask, advance, left, top = self._glyph(ch)
            if mask is not None:
                image.paste(ink, (x + left, y + top), mask)
            x += advance


@functools.cache
def _fonts() -> tuple[_Glyphs, _Glyphs]:
    return _Glyphs(14), _Glyphs(18, bold=True)


@functools.cache
def _blank(kind: C) -> Image.Image:
    """The kind's card without its particulars: frame, title and field labels."""
    text, title = _fonts()
    image = Image.new("L", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    draw.rectangle((6, 6, WIDTH - 7, HEIGHT - 7), outline=FRAME, width=2)
    draw.rectangle((WIDTH - 76, 44, WIDTH - 20, 110), outline=FRAME, width=1)  # photo box
    policy = POLICIES[kind]
    title.draw(image, 20, 16, policy.name_zh)
    text.draw(image, 20 + 20 * len(policy.name_zh), 20, policy.name_en.title(), FRAME)
    for row, label in enumerate(("姓名", "编号", "发证机关", "发证日期", "有效期至")):
        text.draw(image, 20, 56 + row * 30, label + "：", FRAME)
    return image


def render(card: Card, rng: random.Random, defect: str = "") -> bytes:
    """The scan as JPEG bytes. ``defect``: "" | "blurred" | "cut" | "wrong_kind"."""
    text, _title = _fonts()
    kind = card.kind
    if defect == "wrong_kind":
        kind = rng.choice([k for k in C if k is not card.kind])
    image = _blank(kind).copy()
    values = (
        card.holder,
        card.number,
        card.issuer,
        card.issued_on.isoformat(),
        card.expires_on.isoformat() if card.expires_on else "长期",
    )
    for row, value in enumerate(values):
        text.draw(image, 96, 56 + row * 30, value)
    if defect == "blurred":
        image = image.reduce(4).resize((WIDTH, HEIGHT), Image.Resampling.BILINEAR)
    elif defect == "cut":
        w, h = rng.randint(90, 160), rng.randint(50, 90)
        corner = rng.choice(((0, 0), (WIDTH - w, 0), (0, HEIGHT - h), (WIDTH - w, HEIGHT - h)))
        ImageDraw.Draw(image).rectangle((*corner, corner[0] + w, corner[1] + h), fill=255)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=72)
    return out.getvalue()
