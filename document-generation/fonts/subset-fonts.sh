#!/usr/bin/env bash
# Makes the DejaVu Serif Condensed faces bundled in src/main/resources/vn/motcua/documents/fonts/ from Debian's
# fonts-dejavu-extra (2.37): only the characters of Vietnamese and Western European text, typographic punctuation and
# a few symbols are kept. OpenPDF copies a font's full metrics and index tables into every document it embeds a
# subset in, so the smaller faces make each PDF about 20 kB smaller and quicker to write; the glyph outlines, hinting
# and metrics are DejaVu's own. Needs Debian's python3-fonttools (apt-get install fonts-dejavu-extra python3-fonttools).
set -euo pipefail

source_dir="${1:-/usr/share/fonts/truetype/dejavu}"
target_dir="$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/vn/motcua/documents/fonts"
# Basic Latin, Latin-1, Latin Extended-A and -B (Ơ ơ Ư ư), combining accents, Vietnamese (Latin Extended Additional),
# punctuation, đồng sign (where a face has it) and euro sign, numero, trade mark, arrows, minus, replacement character
unicodes="U+0020-007E,U+00A0-00FF,U+0100-017F,U+0180-024F,U+0300-0323,U+1EA0-1EF9,U+2010-2027,U+2030-203A,\
U+20AB,U+20AC,U+2116,U+2122,U+2190-2193,U+2212,U+FFFD"

for face in DejaVuSerifCondensed DejaVuSerifCondensed-Bold DejaVuSerifCondensed-Italic; do
    /usr/bin/python3 -m fontTools.subset "$source_dir/$face.ttf" --unicodes="$unicodes" --layout-features='*' \
        --glyph-names --notdef-outline --name-IDs='*' --name-languages='*' --drop-tables+=FFTM \
        --output-file="$target_dir/$face.ttf"
done
ls -l "$target_dir"/*.ttf
