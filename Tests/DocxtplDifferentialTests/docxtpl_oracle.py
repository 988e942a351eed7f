#!/usr/bin/env python3
"""The docxtpl side of vanban's differential tests.

Two modes:

    docxtpl_oracle.py render TEMPLATE.docx CONTEXT.json OUTPUT.docx
        Renders TEMPLATE with docxtpl (autoescape on, so values holding
        <, & or quotes still give well-formed XML) and saves OUTPUT.

    docxtpl_oracle.py extract DOCUMENT.docx [DOCUMENT.docx ...]
        Prints, as a JSON list (one object per document, in argument order),
        the text a reader sees. Both docxtpl's and vanban's outputs go
        through this same function, so only the rendering differs.

The extracted text of one document is an object of named sections, each a
list of lines:

    "body"          block items of word/document.xml in order: a paragraph
                    is its text; a table row is "| cell | cell |";
    "header N"      paragraphs of the N-th header (relationship order),
    "footer N"      the same for footers,
    "footnotes"     "[id] text" per paragraph of each footnote with id > 0,
    "title"         docProps/core.xml's dc:title, when not empty.

Paragraph text is the text of its w:t elements, with w:tab as a tab and
w:br / w:cr as a line feed (written "\\n" in lines, so one line is one
paragraph). A cell's text is its blocks' lines joined by " / "; a nested
table inside a cell is flattened the same way, its rows in brackets.

The one normalisation: paragraphs whose text is empty or white space are
dropped, everywhere. A control tag alone in its paragraph removes the
paragraph in vanban while docxtpl leaves an empty one (and `{%p` removes
it in both), so empty paragraphs say nothing about the text. For the same
reason an empty title counts as none (docxtpl writes an empty dc:title
where the template had no title). Everything else is kept exactly, spaces
included.
"""

import json
import sys
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DC = "http://purl.org/dc/elements/1.1/"


def w(name):
    return "{%s}%s" % (W, name)


def render(template_path, context_path, output_path):
    from docxtpl import DocxTemplate

    with open(context_path, encoding="utf-8") as f:
        context = json.load(f)
    template = DocxTemplate(template_path)
    template.render(context, autoescape=True)
    template.save(output_path)


def paragraph_text(paragraph):
    parts = []

    def visit(element):
        for child in element:
            tag = child.tag
            if tag == w("t"):
                parts.append(child.text or "")
            elif tag == w("tab"):
                parts.append("\t")
            elif tag in (w("br"), w("cr")):
                parts.append("\n")
            elif tag == w("p"):
                # A paragraph inside a text box is not this paragraph's text.
                continue
            elif tag in (w("pPr"), w("rPr"), w("delText"), w("instrText")):
                continue
            else:
                visit(child)

    visit(paragraph)
    return "".join(parts)


def shown(text):
    return text.replace("\n", "\\n")


def block_lines(container, nested=False):
    """The lines of the block items of a body, cell, header, footer or note;
    in a cell (`nested`), a table's rows are put in brackets."""
    lines = []
    for child in container:
        if child.tag == w("p"):
            text = paragraph_text(child)
            if text.strip():
                lines.append(shown(text))
        elif child.tag == w("tbl"):
            for row in table_lines(child):
                lines.append("[" + row + "]" if nested else row)
        elif child.tag in (w("sdt"), w("customXml")):
            content = child.find(w("sdtContent"))
            lines.extend(block_lines(content if content is not None else child, nested))
    return lines


def table_lines(table):
    lines = []
    for row in rows(table):
        cells = [" / ".join(block_lines(cell, nested=True)) for cell in cells_of(row)]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def rows(table):
    for child in table:
        if child.tag == w("tr"):
            yield child
        elif child.tag == w("sdt"):
            content = child.find(w("sdtContent"))
            if content is not None:
                yield from rows(content)


def cells_of(row):
    for child in row:
        if child.tag == w("tc"):
            yield child
        elif child.tag == w("sdt"):
            content = child.find(w("sdtContent"))
            if content is not None:
                yield from cells_of(content)


def extract(path):
    from lxml import etree

    result = {}
    with zipfile.ZipFile(path) as package:
        names = set(package.namelist())

        def parse(name):
            return etree.fromstring(package.read(name))

        document = parse("word/document.xml")
        body = document.find(w("body"))
        result["body"] = block_lines(body)

        rels_name = "word/_rels/document.xml.rels"
        if rels_name in names:
            rels = parse(rels_name)
            for kind in ("header", "footer"):
                targets = [
                    rel.get("Target")
                    for rel in rels.iter("{%s}Relationship" % PKG_REL)
                    if rel.get("Type", "").endswith("/" + kind)
                ]
                for index, target in enumerate(targets, start=1):
                    name = target.lstrip("/") if target.startswith("/") else "word/" + target
                    if name in names:
                        result["%s %d" % (kind, index)] = block_lines(parse(name))

        if "word/footnotes.xml" in names:
            notes = []
            for note in parse("word/footnotes.xml").iter(w("footnote")):
                note_id = int(note.get(w("id"), "0"))
                if note_id <= 0:
                    continue
                for line in block_lines(note):
                    notes.append("[%d] %s" % (note_id, line))
            result["footnotes"] = notes

        if "docProps/core.xml" in names:
            title = parse("docProps/core.xml").find("{%s}title" % DC)
            # An empty title is no title: docxtpl writes <dc:title/> when
            # the template had none, vanban leaves the part as it was.
            if title is not None and (title.text or "").strip():
                result["title"] = [shown(title.text)]
    return result


def main(argv):
    if len(argv) == 4 and argv[0] == "render":
        render(argv[1], argv[2], argv[3])
        return 0
    if len(argv) >= 2 and argv[0] == "extract":
        json.dump([extract(path) for path in argv[1:]], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    sys.stderr.write(
        "usage: docxtpl_oracle.py render TEMPLATE.docx CONTEXT.json OUTPUT.docx\n"
        "       docxtpl_oracle.py extract DOCUMENT.docx [DOCUMENT.docx ...]\n"
    )
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
