"""Draws the app icon: a red square with a white “会”. Writes resources/icons/sanhui.png and sanhui.ico.

    python bench/make_icon.py

The character is drawn with an embeddable CJK font found by core.documents.fonts (a Hei-style one
when there is one). The files are committed; run this again only to change the icon.
"""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from sanhui.core.documents.fonts import find_fonts

RED = (178, 34, 34, 255)  # the navigation bar's #b22222
WHITE = (255, 255, 255, 255)
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"


def draw(size: int = 512) -> Image.Image:
    fonts = find_fonts(None)
    font_spec = next((f for f in fonts if f.kind == "hei" and f.has_char("会")), None)
    font_spec = font_spec or next(f for f in fonts if f.has_char("会"))
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    canvas = ImageDraw.Draw(image)
    canvas.rounded_rectangle((0, 0, size - 1, size - 1), radius=size // 10, fill=RED)
    font = ImageFont.truetype(font_spec.path, int(size * 0.74), index=font_spec.index)
    stroke = size // 48  # thicker strokes stay readable at 16 px
    left, top, right, bottom = canvas.textbbox((0, 0), "会", font=font, stroke_width=stroke)
    x = (size - (right - left)) / 2 - left
    y = (size - (bottom - top)) / 2 - top
    canvas.text((x, y), "会", font=font, fill=WHITE, stroke_width=stroke, stroke_fill=WHITE)
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.resize((256, 256), Image.LANCZOS).save(OUT / "sanhui.png")
    image.save(OUT / "sanhui.ico", sizes=ICO_SIZES)
    print(f"wrote {OUT / 'sanhui.png'} and {OUT / 'sanhui.ico'}")


if __name__ == "__main__":
    main()
