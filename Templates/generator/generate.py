#!/usr/bin/env python3
"""Builds the shipped templates (Templates/*.docx and *.odt) from this
directory's Python source.

    python3 Templates/generator/generate.py            # write Templates/*.docx, *.odt
    python3 Templates/generator/generate.py --check    # regenerate into a temporary
                                                       # directory and compare

Each document is one module (``bao_cao_so_ket.py``, ``to_trinh.py``, …) with ``NAME`` and
``build()``; the Decree 30/2020 layout they share is in ``decree30.py``. The
.docx is written with python-docx, then converted to .odt by LibreOffice
headless (with a profile of its own, so that it does not disturb a running
LibreOffice).

The output is deterministic: fixed document properties and zip entry
timestamps, so regenerating an unchanged source gives the same bytes for the
.docx. ``--check`` compares XML parts, not zip bytes: the .docx's
word/document.xml, styles, headers and footers, and the .odt's content.xml
and styles.xml (canonicalised). It exits 1 if a committed template differs
from what the source generates, 2 if it cannot run (no LibreOffice, …).
"""

from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # keep Templates/generator free of __pycache__

import argparse
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path
from xml.etree import ElementTree

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE.parent
sys.path.insert(0, str(HERE))

import decree30  # noqa: E402
import bao_cao_so_ket  # noqa: E402
import cong_van  # noqa: E402
import ke_hoach_dien_hinh  # noqa: E402
import ke_hoach_phat_dong  # noqa: E402
import ke_hoach_trien_khai  # noqa: E402
import to_trinh  # noqa: E402

DOCUMENTS = [bao_cao_so_ket, ke_hoach_trien_khai, ke_hoach_phat_dong, cong_van, ke_hoach_dien_hinh,
             to_trinh]

# 1980-01-01, the earliest zip timestamp: the same for every entry and run.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

# Parts compared by --check.
DOCX_PARTS_PREFIXES = ("word/document.xml", "word/header", "word/footer", "word/styles.xml",
                       "word/numbering.xml", "docProps/core.xml")
ODT_PARTS = ("content.xml", "styles.xml")

# Parts of LibreOffice's .odt that change on every conversion (dates,
# generator version, window settings) and are rewritten to fixed values.
ODT_VOLATILE = ("meta.xml", "settings.xml", "Thumbnails/thumbnail.png")


def write_docx(module, out_dir: Path) -> Path:
    doc = module.build()
    path = out_dir / f"{module.NAME}.docx"
    scratch = out_dir / f".{module.NAME}.tmp.docx"
    doc.save(scratch)
    _normalise_zip(scratch, path)
    scratch.unlink()
    return path


def _normalise_zip(source: Path, target: Path, drop=(), replace=None, first=None) -> None:
    """Rewrites a zip with fixed timestamps and a stable entry order."""
    replace = replace or {}
    with zipfile.ZipFile(source) as zin:
        names = [n for n in zin.namelist() if n not in drop]
        entries = {n: zin.read(n) for n in names}
    entries.update(replace)
    order = sorted(entries)
    if first and first in order:
        order.remove(first)
        order.insert(0, first)
    tmp = target.with_name(target.name + ".part")
    with zipfile.ZipFile(tmp, "w") as zout:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.external_attr = 0o644 << 16
            # ODF: mimetype first and stored uncompressed.
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zout.writestr(info, entries[name])
    os.replace(tmp, target)


def soffice_binary() -> str:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("generate.py: LibreOffice (soffice) is not on PATH; it converts .docx to .odt")


def convert_to_odt(docx_paths: list[Path], out_dir: Path) -> list[Path]:
    """Converts with LibreOffice headless, using a private profile."""
    profile = Path(tempfile.mkdtemp(prefix="vanban-generator-lo-"))
    work = Path(tempfile.mkdtemp(prefix="vanban-generator-odt-"))
    try:
        cmd = [
            soffice_binary(), "--headless", "--norestore", "--nologo",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to", "odt", "--outdir", str(work),
            *[str(p) for p in docx_paths],
        ]
        result = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                timeout=300)
        outputs = []
        for docx_path in docx_paths:
            converted = work / (docx_path.stem + ".odt")
            if not converted.exists():
                raise SystemExit(f"generate.py: LibreOffice did not convert {docx_path.name}:\n"
                                 f"{result.stdout}")
            target = out_dir / converted.name
            _normalise_zip(converted, target, replace=_fixed_odt_parts(converted),
                           drop=("Thumbnails/thumbnail.png",), first="mimetype")
            _drop_manifest_entry(target, "Thumbnails/thumbnail.png")
            outputs.append(target)
        return outputs
    finally:
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


def _fixed_odt_parts(odt: Path) -> dict[str, bytes]:
    """meta.xml with fixed dates and no generator/session details."""
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    meta_ns = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
    dc = "http://purl.org/dc/elements/1.1/"
    with zipfile.ZipFile(odt) as z:
        meta = z.read("meta.xml")
        settings = z.read("settings.xml") if "settings.xml" in z.namelist() else None
    _register_namespaces(meta)
    root = ElementTree.fromstring(meta)
    fixed = decree30.FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%S")
    body = root.find(f"{{{office}}}meta")
    for el in list(body):
        tag = el.tag
        if tag in (f"{{{meta_ns}}}generator", f"{{{meta_ns}}}editing-duration",
                   f"{{{meta_ns}}}editing-cycles", f"{{{meta_ns}}}document-statistic",
                   f"{{{meta_ns}}}template", f"{{{meta_ns}}}print-date"):
            body.remove(el)
        elif tag in (f"{{{meta_ns}}}creation-date", f"{{{dc}}}date"):
            el.text = fixed
    parts = {"meta.xml": ElementTree.tostring(root, encoding="UTF-8", xml_declaration=True)}
    if settings is not None:
        parts["settings.xml"] = _fixed_settings(settings)
    return parts


def _fixed_settings(settings: bytes) -> bytes:
    """settings.xml without the view settings (window size, cursor) and
    printer details, which depend on the machine that converted."""
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    config = "urn:oasis:names:tc:opendocument:xmlns:config:1.0"
    _register_namespaces(settings)
    root = ElementTree.fromstring(settings)
    body = root.find(f"{{{office}}}settings")
    for item_set in list(body):
        if item_set.get(f"{{{config}}}name") == "ooo:view-settings":
            body.remove(item_set)
            continue
        for item in list(item_set):
            name = item.get(f"{{{config}}}name")
            if name in ("PrinterSetup", "PrinterName", "PrinterPaperFromSetup", "RsidRoot", "Rsid"):
                item_set.remove(item)
    return ElementTree.tostring(root, encoding="UTF-8", xml_declaration=True)


def _register_namespaces(xml: bytes) -> None:
    import io
    for _, (prefix, uri) in ElementTree.iterparse(io.BytesIO(xml), events=("start-ns",)):
        ElementTree.register_namespace(prefix, uri)


def _drop_manifest_entry(odt: Path, name: str) -> None:
    with zipfile.ZipFile(odt) as z:
        manifest = z.read("META-INF/manifest.xml")
    text = manifest.decode("utf-8")
    import re
    new = re.sub(r'\s*<manifest:file-entry[^>]*manifest:full-path="' + re.escape(name) + r'"[^>]*/>', "",
                 text)
    new = re.sub(r'\s*<manifest:file-entry[^>]*manifest:full-path="Thumbnails/"[^>]*/>', "", new)
    if new != text:
        _normalise_zip(odt, odt, replace={"META-INF/manifest.xml": new.encode("utf-8")},
                       first="mimetype")


def generate(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    docx_paths = [write_docx(module, out_dir) for module in DOCUMENTS]
    odt_paths = convert_to_odt(docx_paths, out_dir)
    return docx_paths + odt_paths


# --------------------------------------------------------------------------
# --check


def _canonical(xml: bytes) -> str:
    return ElementTree.canonicalize(xml_data=xml.decode("utf-8"), strip_text=False)


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        if path.suffix == ".docx":
            wanted = [n for n in names if n.startswith(DOCX_PARTS_PREFIXES) and n.endswith(".xml")]
        else:
            wanted = [n for n in names if n in ODT_PARTS]
        return {n: z.read(n) for n in wanted}


def check() -> int:
    with tempfile.TemporaryDirectory(prefix="vanban-generator-check-") as tmp:
        fresh = generate(Path(tmp))
        problems = []
        for new in fresh:
            committed = TEMPLATES / new.name
            if not committed.exists():
                problems.append(f"{committed.relative_to(TEMPLATES.parent)}: missing")
                continue
            want, have = _parts(new), _parts(committed)
            for name in sorted(set(want) | set(have)):
                if name not in have:
                    problems.append(f"{committed.name}: part {name} is missing")
                elif name not in want:
                    problems.append(f"{committed.name}: part {name} is not generated by the source")
                elif _canonical(want[name]) != _canonical(have[name]):
                    problems.append(f"{committed.name}: {name} differs from what the source generates")
        if problems:
            print("Templates are out of date with Templates/generator:", file=sys.stderr)
            for line in problems:
                print(f"  {line}", file=sys.stderr)
            if any(".odt:" in line for line in problems):
                version = subprocess.run([soffice_binary(), "--version"], stdout=subprocess.PIPE,
                                         stderr=subprocess.DEVNULL, text=True).stdout.strip()
                print(f"  (the .odt parts come from {version or 'LibreOffice'}; another version "
                      "may write them differently)", file=sys.stderr)
            print("Run: python3 Templates/generator/generate.py", file=sys.stderr)
            return 1
        print(f"{len(fresh)} templates match their source.")
        return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="regenerate into a temporary directory and compare the XML parts "
                             "with the committed templates; exit 1 if any differs")
    parser.add_argument("--out", type=Path, default=TEMPLATES,
                        help="directory to write the templates to (default: Templates/)")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    for path in generate(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
