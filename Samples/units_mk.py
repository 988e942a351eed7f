#!/usr/bin/env python3
"""Writes the make variables of the samples rendered once per unit.

    python3 units_mk.py SAMPLE/don-vi.csv …  > out/units.mk

For each units file (its sample is its folder), one line per unit:

    UNITS_<sample> += <slug>
    UNIT_<sample>_<slug> := <the unit's name as the CSV writes it>

The slug is the name in ASCII, lower case, words joined by "-" ("Ban Dân tộc
tỉnh Khánh Hòa" → "ban-dan-toc-tinh-khanh-hoa"), so that file names stay
plain; the render gets the name itself (--set unit=…).
"""

import csv
import re
import sys
import unicodedata
from pathlib import Path


def slug(name: str) -> str:
    text = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


for path in sys.argv[1:]:
    sample = Path(path).parent.name
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    for row in rows[1:]:
        if not row or not row[0].strip():
            continue
        name = row[0].strip()
        s = slug(name)
        print(f"UNITS_{sample} += {s}")
        print(f"UNIT_{sample}_{s} := {name}")
