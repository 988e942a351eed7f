"""Layout of an administrative document after Decree 30/2020/NĐ-CP, Phụ lục I.

The building blocks every shipped template shares: the page (A4 portrait,
margins 20/20/30/15 mm), Times New Roman, the named paragraph styles, the
two-column header table (governing body, issuing body with a short line,
"Số:", national name, motto with a line as long as the text, place and
date), the type name and summary, the body, the "Nơi nhận" list beside the
signature block, and the page number in the header from page 2 on.

A document module (one per template, e.g. ``bao_cao_so_ket.py``) calls these
helpers with the template's own text. Tags (``{{ … }}``, ``{% … %}``) are
written as runs of their own, so each tag is one run in Word and one span in
LibreOffice, easy to find and edit.

Sizes follow domain.md §7: header lines 13 (motto and date 14), body 14,
"Nơi nhận:" 12 bold italic, recipients 11.
"""

from __future__ import annotations

import datetime as _dt
import re

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, Emu

FONT = "Times New Roman"
LANGUAGE = "vi-VN"

# Page (Decree 30: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm).
PAGE_WIDTH = Mm(210)
PAGE_HEIGHT = Mm(297)
MARGIN_TOP = Mm(20)
MARGIN_BOTTOM = Mm(20)
MARGIN_LEFT = Mm(30)
MARGIN_RIGHT = Mm(15)
HEADER_DISTANCE = Mm(10)  # the page number sits in the top margin
FOOTER_DISTANCE = Mm(10)
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT  # 165 mm

# Header table: the left column holds the bodies and "Số:", the right one the
# national name, the motto and the date. "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
# (13 pt bold) is 95.7 mm wide, so the right column needs 95.7 mm plus the
# cell padding: 103 mm.
HEADER_LEFT = Mm(62)
HEADER_RIGHT = TEXT_WIDTH - HEADER_LEFT  # 103 mm
CELL_MARGIN = Mm(1.9)  # left and right padding of every cell (Word's 0.19 cm)

# Width of "Độc lập - Tự do - Hạnh phúc" at 14 pt bold, from the advance
# widths of Times New Roman Bold (Liberation Serif 2 Bold has the same
# metrics and the Vietnamese letters): 171.4 pt = 60.5 mm. The line under the
# motto has this length.
MOTTO = "Độc lập - Tự do - Hạnh phúc"
MOTTO_WIDTH = Mm(60.5)
NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"

# Signature row: "Nơi nhận" on the left, the signature block on the right.
SIGNATURE_LEFT = Mm(80)
SIGNATURE_RIGHT = TEXT_WIDTH - SIGNATURE_LEFT

BODY_INDENT = Cm(1.27)
BODY_AFTER = Pt(6)
BODY_LINE_SPACING = 1.0  # Decree 30: single to 1.5 lines

# Fixed document properties, so that the generator's output never changes
# unless its source does.
FIXED_TIME = _dt.datetime(2024, 1, 1, 0, 0, 0)

TAG = re.compile(r"(\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\})", re.S)


# --------------------------------------------------------------------------
# Document and styles


def new_document(title: str, subject: str) -> docx.document.Document:
    """An empty A4 document with the Decree 30 page, fonts and styles."""
    doc = docx.Document()
    _drop_package_extras(doc)
    _set_core_properties(doc, title, subject)
    _set_document_defaults(doc)
    _add_styles(doc)

    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = PAGE_WIDTH
    section.page_height = PAGE_HEIGHT
    section.top_margin = MARGIN_TOP
    section.bottom_margin = MARGIN_BOTTOM
    section.left_margin = MARGIN_LEFT
    section.right_margin = MARGIN_RIGHT
    section.header_distance = HEADER_DISTANCE
    section.footer_distance = FOOTER_DISTANCE
    section.gutter = 0
    _page_number_header(section)

    # python-docx's blank document starts with no paragraph; keep it so.
    return doc


def _drop_package_extras(doc) -> None:
    """Removes python-docx's thumbnail picture and sample custom XML."""
    package = doc.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rel_id]
    for rel_id, rel in list(doc.part.rels.items()):
        if rel.reltype == RT.CUSTOM_XML:
            del doc.part.rels[rel_id]
    # The settings part lists the revision ids of python-docx's own template.
    settings = doc.settings.element
    for rsids in settings.findall(qn("w:rsids")):
        settings.remove(rsids)


def _set_core_properties(doc, title: str, subject: str) -> None:
    props = doc.core_properties
    props.title = title
    props.subject = subject
    props.author = "vanban"
    props.last_modified_by = "vanban"
    # No tag characters here: vanban renders document properties too.
    props.comments = (
        "Mẫu văn bản theo Nghị định 30/2020/NĐ-CP, tạo bởi Templates/generator; "
        "thẻ theo cú pháp Jinja2 (docxtpl)."
    )
    props.keywords = "vanban"
    props.category = "template"
    props.language = LANGUAGE
    props.revision = 1
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_printed = FIXED_TIME


def _set_document_defaults(doc) -> None:
    """docDefaults: Times New Roman 14, Vietnamese, no space after."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for child in list(rpr):
        rpr.remove(child)
    rpr.append(_fonts_element())
    rpr.append(_val("w:sz", 28))
    rpr.append(_val("w:szCs", 28))
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), LANGUAGE)
    lang.set(qn("w:eastAsia"), LANGUAGE)
    lang.set(qn("w:bidi"), "ar-SA")
    rpr.append(lang)
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    for child in list(ppr):
        ppr.remove(child)
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")
    spacing.set(qn("w:lineRule"), "auto")
    ppr.append(spacing)

    # Normal and the header/footer styles of the default template name
    # theme fonts or Calibri; make them Times New Roman as well.
    for name in ("Normal", "Header", "Footer", "Table Grid"):
        try:
            style = doc.styles[name]
        except KeyError:
            continue
        _font(style.font, size=14)


def _fonts_element():
    fonts = OxmlElement("w:rFonts")
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    return fonts


def _val(tag: str, value) -> OxmlElement:
    el = OxmlElement(tag)
    el.set(qn("w:val"), str(value))
    return el


def _font(font, size: float | None = None, bold=None, italic=None) -> None:
    font.name = FONT
    rpr = font.element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), FONT)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rfonts.get(qn(attr)) is not None:
            del rfonts.attrib[qn(attr)]
    if size is not None:
        font.size = Pt(size)
        sz = rpr.find(qn("w:sz"))
        szcs = rpr.find(qn("w:szCs"))
        if szcs is None:
            szcs = OxmlElement("w:szCs")
            sz.addnext(szcs)
        szcs.set(qn("w:val"), str(int(size * 2)))
    if bold is not None:
        font.bold = bold
        font.cs_bold = bold
    if italic is not None:
        font.italic = italic
        font.cs_italic = italic
    font.color.rgb = None


# The named paragraph styles. Authors who edit a template in Word or
# LibreOffice see these names in the style list.
STYLES = {
    # name: (size, bold, italic, alignment, first-line indent, before, after, line spacing)
    "VB Header Left": (13, False, False, "center", None, 0, 0, 1.0),
    "VB Header Right": (13, True, False, "center", None, 0, 0, 1.0),
    "VB Type": (14, True, False, "center", None, 18, 0, 1.0),
    "VB Summary": (14, True, False, "center", None, 0, 0, 1.0),
    "VB Body": (14, False, False, "justify", BODY_INDENT, 0, 6, BODY_LINE_SPACING),
    "VB Part": (14, True, False, "justify", BODY_INDENT, 0, 6, BODY_LINE_SPACING),
    "VB Heading": (14, True, False, "justify", BODY_INDENT, 0, 6, BODY_LINE_SPACING),
    "VB Point": (14, False, True, "justify", BODY_INDENT, 0, 6, BODY_LINE_SPACING),
    "VB Recipients Title": (12, True, True, "left", None, 0, 0, 1.0),
    "VB Recipient": (11, False, False, "left", None, 0, 0, 1.0),
    "VB Recipient Group": (11, False, True, "left", None, 0, 0, 1.0),
    "VB Addressee": (14, False, False, "left", None, 6, 6, 1.0),
    "VB Table Head": (12, True, False, "center", None, 2, 2, 1.0),
    "VB Table Cell": (12, False, False, "left", None, 2, 2, 1.0),
    "VB Table Number": (12, False, False, "center", None, 2, 2, 1.0),
    "VB Signature Title": (14, True, False, "center", None, 0, 0, 1.0),
    "VB Signer": (14, True, False, "center", None, 72, 0, 1.0),  # room to sign
    "VB Page Number": (14, False, False, "center", None, 0, 0, 1.0),
    "VB Rule": (1, False, False, "center", None, 0, 0, None),
}

_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def _add_styles(doc) -> None:
    for name, (size, bold, italic, align, indent, before, after, line) in STYLES.items():
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        style.quick_style = True
        _font(style.font, size=size, bold=bold, italic=italic)
        fmt = style.paragraph_format
        fmt.alignment = _ALIGN[align]
        fmt.first_line_indent = indent
        fmt.space_before = Pt(before)
        fmt.space_after = Pt(after)
        fmt.widow_control = True
        if line is None:
            # A rule paragraph: exactly 1 pt high, only its border shows.
            fmt.line_spacing = Pt(1)
        else:
            fmt.line_spacing = line
    doc.styles["VB Addressee"].paragraph_format.left_indent = Cm(2.5)
    doc.styles["VB Heading"].paragraph_format.keep_with_next = True
    doc.styles["VB Part"].paragraph_format.keep_with_next = True
    doc.styles["VB Type"].paragraph_format.keep_with_next = True
    doc.styles["VB Summary"].paragraph_format.keep_with_next = True


# --------------------------------------------------------------------------
# Paragraphs and runs


def add_runs(paragraph, text: str, bold=None, italic=None, size=None) -> None:
    """Appends text, one run per tag and one per stretch of plain text."""
    for piece in TAG.split(text):
        if not piece:
            continue
        run = paragraph.add_run(piece)
        if bold is not None:
            run.bold = bold
        if italic is not None:
            run.italic = italic
        if size is not None:
            run.font.size = Pt(size)


def paragraph(container, text: str = "", style: str = "VB Body", **run_format):
    """A paragraph of the given style holding text (tags split into runs),
    appended to the document body or a header."""
    p = container.add_paragraph(style=style)
    add_runs(p, text, **run_format)
    return p


def control(container, tag: str, style: str = "VB Body"):
    """A paragraph holding one control tag ({%p for …%}); vanban and docxtpl
    remove the paragraph when rendering."""
    return paragraph(container, tag, style=style)


def rule(container, length: Emu, cell_width: Emu, space_before: float = 0, space_after: float = 0):
    """A horizontal line of the given length, centred in a cell (or in the
    text width): an empty 1 pt paragraph whose bottom border is the line and
    whose indents limit its length."""
    p = paragraph(container, "", style="VB Rule")
    side = int((cell_width - length) / 2)
    fmt = p.paragraph_format
    fmt.left_indent = Emu(side)
    fmt.right_indent = Emu(side)
    fmt.space_before = Pt(space_before)
    fmt.space_after = Pt(space_after)
    _bottom_border(p)
    return p


def _bottom_border(p) -> None:
    ppr = p._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "6")  # ¾ pt
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "000000")
    borders.append(bottom)
    ppr.insert_element_before(
        borders,
        "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
        "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
        "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
        "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
        "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
        "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
    )


# --------------------------------------------------------------------------
# Tables


def borderless_table(doc, widths: list[Emu]):
    """A one-row table without borders, fixed column widths, aligned with
    the text's left edge."""
    table = doc.add_table(rows=1, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    tbl = table._tbl
    tblPr = tbl.tblPr
    tblW = tblPr.find(qn("w:tblW"))
    if tblW is None:
        tblW = OxmlElement("w:tblW")
        tblPr.append(tblW)
    tblW.set(qn("w:w"), str(_twips(sum(widths))))
    tblW.set(qn("w:type"), "dxa")

    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    margins = OxmlElement("w:tblCellMar")
    for edge, value in (("top", 0), ("left", CELL_MARGIN), ("bottom", 0), ("right", CELL_MARGIN)):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), str(_twips(value)))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    indent = OxmlElement("w:tblInd")
    indent.set(qn("w:w"), "0")
    indent.set(qn("w:type"), "dxa")
    for el in (indent, borders, margins):
        tblPr.append(el)
    # Put tblPr's children in the schema's order (Word rejects others):
    # tblStyle, …, tblW, jc, tblInd, tblBorders, shd, tblLayout, tblCellMar, tblLook.
    order = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
             "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
             "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription"]
    children = sorted(list(tblPr), key=lambda el: order.index(el.tag.split("}")[1]))
    for el in children:
        tblPr.remove(el)
        tblPr.append(el)

    grid = tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(_twips(width)))
    _prepare_cells(table.rows[0], widths)
    return table


def add_row(table, widths: list[Emu]):
    row = table.add_row()
    _prepare_cells(row, widths)
    return row


def _prepare_cells(row, widths: list[Emu]) -> None:
    """Sets the cells' widths and removes the empty paragraph a new cell
    holds: cell_paragraph adds every paragraph (a cell must end up with at
    least one)."""
    for cell, width in zip(row.cells, widths):
        cell.width = width
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
        for p in cell._tc.findall(qn("w:p")):
            cell._tc.remove(p)


def _twips(length: Emu) -> int:
    return int(round(length / 635))


def inner_width(cell_width: Emu) -> Emu:
    return Emu(cell_width - 2 * CELL_MARGIN)


def cell_paragraph(cell, text: str, style: str, **run_format):
    """Appends a paragraph of the given style to a table cell."""
    p = cell.add_paragraph(style=style)
    add_runs(p, text, **run_format)
    return p


def cell_rule(cell, length: Emu, cell_width: Emu, space_before=0, space_after=0):
    p = cell_paragraph(cell, "", "VB Rule")
    side = int((inner_width(cell_width) - length) / 2)
    fmt = p.paragraph_format
    fmt.left_indent = Emu(side)
    fmt.right_indent = Emu(side)
    fmt.space_before = Pt(space_before)
    fmt.space_after = Pt(space_after)
    _bottom_border(p)
    return p


# --------------------------------------------------------------------------
# The parts of an administrative document


def title(doc, type_name: str, summary: str, summary_rule: Emu):
    """Type name (14, bold, capitals, centred), the summary (14, bold,
    centred) and the short line under it."""
    paragraph(doc, type_name, style="VB Type")
    paragraph(doc, summary, style="VB Summary")
    rule(doc, summary_rule, TEXT_WIDTH, space_before=2, space_after=12)


def signature_table(doc, recipients: list[str], signature: list[tuple[str, str]],
                    recipients_title: str = "Nơi nhận:"):
    """"Nơi nhận" (left) beside the signature block (right), level with the
    authority line. ``recipients`` and ``signature`` are lists of paragraphs:
    text (or (text, style)) for recipients, (text, style) for signature lines."""
    widths = [SIGNATURE_LEFT, SIGNATURE_RIGHT]
    table = borderless_table(doc, widths)
    left, right = table.rows[0].cells
    cell_paragraph(left, recipients_title, "VB Recipients Title")
    for item in recipients:
        text, style = item if isinstance(item, tuple) else (item, "VB Recipient")
        cell_paragraph(left, text, style)
    for text, style in signature:
        cell_paragraph(right, text, style)
    return table


def _page_number_header(section) -> None:
    """PAGE field centred in the header of every page but the first."""
    section.different_first_page_header_footer = True
    first = section.first_page_header
    first.is_linked_to_previous = False
    first.paragraphs[0].style = "Header"
    header = section.header
    header.is_linked_to_previous = False
    p = header.paragraphs[0]
    p.style = "Header"
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font_run = lambda run: _font(run.font, size=14)
    run = p.add_run()
    _font_run(run)
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run._r.append(begin)
    run = p.add_run()
    _font_run(run)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run._r.append(instr)
    run = p.add_run()
    _font_run(run)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run._r.append(sep)
    run = p.add_run("2")
    _font_run(run)
    run = p.add_run()
    _font_run(run)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)
    # Footers stay empty (Decree 30 puts nothing there) but exist, so that
    # Word and LibreOffice do not inherit anything.
    section.footer.is_linked_to_previous = False
    section.first_page_footer.is_linked_to_previous = False


# --------------------------------------------------------------------------
# The parts every shipped template fills the same way from the load stage's
# context (README, "Data in templates"): the issuing unit, the metadata's
# number, date, summary, recipients and signer.

# Variables set once at the top of the document, in the header table's first
# cell (each {% set %} stands alone in its paragraph, which rendering removes):
#
#   u         the issuing unit: `unit` as the load stage picked it, or, when
#             `unit` is a name (`--set unit=…`, one document per unit), that
#             unit's row of `units`
#   ten       the unit's name as it heads the document and speaks in the
#             body: "Ban Dân tộc" for a unit listed as "Ban Dân tộc tỉnh
#             Khánh Hòa" whose governing body names the province
#   chu_quan  the governing body (meta.governing_body, else the unit's; the
#             unit's when the unit is named with --set unit=…)
#   noi       the place of the date line (likewise)
#   ky_*      the signer: meta.signer, else the unit's head
PRELUDE = [
    "{% set u = (units|selectattr('name', 'equalto', unit)|first) if unit is string else unit %}",
    "{% set rieng = unit is string %}",
    "{% set duoi = ' tỉnh ' ~ u.place %}",
    "{% set ten = u.name[:(u.name|length) - (duoi|length)] if u.governing_body and "
    "u.name.endswith(duoi) else u.name %}",
    "{% set chu_quan = (meta.governing_body if meta.governing_body is not none and not rieng "
    "else u.governing_body) or '' %}",
    "{% set noi = meta.place if meta.place and not rieng else u.place %}",
    "{% set ky = meta.signer or {'prefix': none, 'body': none, 'title': none, 'name': none} %}",
    "{% set ky_quyen = ky.prefix or '' %}",
    "{% set ky_co_quan = ky.body or '' %}",
    "{% set ky_chuc_vu = ky.title or u.head_title or '' %}",
    "{% set ky_ten = ky.name or u.head_name or '' %}",
]

# The issuing body in capitals; a committee without a governing body
# ("Ủy ban nhân dân tỉnh Bắc Kạn") breaks before its territory, as
# documents print it: "ỦY BAN NHÂN DÂN / TỈNH BẮC KẠN".
ISSUING_BODY = "{{ ten|hoa if chu_quan else ten|hoa|replace(' TỈNH ', '\\n' ~ 'TỈNH ') }}"

NUMBER_LINE = ("{{ meta.number_line if meta.number_line and not rieng "
               "else meta.number|so_ky_hieu(meta.type, u.symbol) }}")
PLACE_AND_DATE = (
    "{% if meta.day %}{{ meta.date|ngay_thang_nam(noi) }}"
    "{% else %}{{ meta.year|ngay_trong(thang=meta.month, noi=noi) }}{% endif %}"
)


def prelude(doc) -> None:
    for tag in PRELUDE:
        control(doc, tag)


def standard_header(doc, type_name: str | None, summary: str | None, issuer_rule: Emu,
                    summary_rule: Emu = Mm(40), summary_left: str | None = None,
                    governing_body: str = "{{ chu_quan|hoa }}", issuing_body: str = ISSUING_BODY):
    """The prelude, the header table from the unit and the metadata, and
    the type name with the summary (a Công văn has neither: its summary is
    ``summary_left``, "V/v …")."""
    header_table(doc, governing_body, issuing_body, issuer_rule, summary_left)
    if type_name:
        title(doc, type_name, summary, summary_rule)


def header_table(doc, governing_body, issuing_body, issuer_rule, summary_left):
    """The two-column header (Decree 30, Phụ lục I, ô 1–4).

    Row 1: governing body (13, capitals, regular) / national name (13, bold);
    issuing body (13, capitals, bold) with a short line / motto (14, bold)
    with a line as long as the text. Row 2: "Số:" (13) / place and date
    (14, italic), so that the two stand on one line. ``summary_left`` is the
    "V/v …" of a Công văn (12–13, upright) under "Số:".
    """
    widths = [HEADER_LEFT, HEADER_RIGHT]
    table = borderless_table(doc, widths)
    left, right = table.rows[0].cells
    # The prelude's {% set %} paragraphs open the first cell: the document
    # must begin with the table, which carries the first page's page style
    # in the .odt (a removed first paragraph would take it away).
    for tag in PRELUDE:
        cell_paragraph(left, tag, "VB Header Left")
    cell_paragraph(left, "{%p if chu_quan %}", "VB Header Left")
    cell_paragraph(left, governing_body, "VB Header Left")
    cell_paragraph(left, "{%p endif %}", "VB Header Left")
    cell_paragraph(left, issuing_body, "VB Header Left", bold=True)
    cell_rule(left, issuer_rule, HEADER_LEFT, space_before=1)
    cell_paragraph(right, NATIONAL_NAME, "VB Header Right")
    cell_paragraph(right, MOTTO, "VB Header Right", size=14)
    cell_rule(right, MOTTO_WIDTH, HEADER_RIGHT, space_before=1)

    row = add_row(table, widths)
    left, right = row.cells
    p = cell_paragraph(left, NUMBER_LINE, "VB Header Left")
    p.paragraph_format.space_before = Pt(6)
    p = cell_paragraph(right, PLACE_AND_DATE, "VB Header Left", italic=True, size=14)
    p.paragraph_format.space_before = Pt(6)
    if summary_left:
        row = add_row(table, widths)
        left, right = row.cells
        p = cell_paragraph(left, summary_left, "VB Header Left", size=12)
        p.paragraph_format.space_before = Pt(2)
        cell_paragraph(right, "", "VB Header Left")
    return table


# "Nơi nhận": the metadata's recipients, in their groups ("Gửi bản điện tử:"),
# each "- …;", the last of a group "- ….".
RECIPIENTS = [
    "{%p for g in meta.recipient_groups %}",
    "{%p if g.heading %}",
    ("{{ g.heading }}", "VB Recipient Group"),
    "{%p endif %}",
    "{%p for r in g['items'] %}",
    "- {{ r }}{{ '.' if loop.last else ';' }}",
    "{%p endfor %}",
    "{%p endfor %}",
]

SIGNATURE = [
    ("{%p if ky_quyen %}", "VB Signature Title"),
    ("{{ ky_quyen }} {{ ky_co_quan|hoa }}", "VB Signature Title"),
    ("{%p endif %}", "VB Signature Title"),
    ("{{ ky_chuc_vu|hoa }}", "VB Signature Title"),
    ("{{ ky_ten }}", "VB Signer"),
]


def standard_signature(doc, recipients_title: str = "Nơi nhận:{{ meta.extra.ghi_chu_noi_nhan|default('') }}"):
    """"Nơi nhận" and the signature, kept on one page with the closing
    paragraph (a signature alone on the last page is not valid)."""
    closing = [p for p in doc.paragraphs if not TAG.fullmatch(p.text.strip() or "x")]
    if closing:
        closing[-1].paragraph_format.keep_with_next = True
    table = signature_table(doc, RECIPIENTS, SIGNATURE, recipients_title=recipients_title)
    trPr = table.rows[0]._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:cantSplit"))
    return table


def blocks(doc, text: str) -> None:
    """Paragraphs from a light markup, one per line: "# " a part heading
    (I., II., bold), "## " a heading (1., bold), "% " a control tag alone in
    its paragraph, "> " the Kính gửi line, anything else a body paragraph
    (justified, first-line indent). Blank lines are ignored."""
    for line in text.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("# "):
            paragraph(doc, line[2:], style="VB Part")
        elif line.startswith("## "):
            paragraph(doc, line[3:], style="VB Heading")
        elif line.startswith("% "):
            control(doc, line[2:])
        elif line.startswith("> "):
            paragraph(doc, line[2:], style="VB Addressee")
        else:
            paragraph(doc, line)


def cite(var: str, date_filter: str = "ngay_ngan") -> str:
    """The tags printing a citation held in ``var`` (a table of [extra]):
    "<loai>[ số <so>][ ngày <ngay>][ của <co_quan>][ <trich_yeu>]", as
    preambles write them: "Kế hoạch số 12065/KH-UBND ngày 21/4/2021 của UBND
    tỉnh về việc …"."""
    v = var
    return (
        f"{{{{ {v}.loai }}}}"
        f"{{% if {v}.so is defined %}} số {{{{ {v}.so }}}}{{% endif %}}"
        f"{{% if {v}.ngay is defined %}} ngày {{{{ {v}.ngay|{date_filter} }}}}{{% endif %}}"
        f"{{% if {v}.co_quan is defined %}} của {{{{ {v}.co_quan }}}}{{% endif %}}"
        f"{{% if {v}.trich_yeu is defined %}} {{{{ {v}.trich_yeu }}}}{{% endif %}}"
    )


def grid_table(doc, widths: list[Emu]):
    """A one-row table with single borders (a list, a tally), fixed column
    widths; add rows with add_row."""
    table = borderless_table(doc, widths)
    tblPr = table._tbl.tblPr
    borders = tblPr.find(qn("w:tblBorders"))
    for el in borders:
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
    return table


def page_break(doc):
    """A paragraph that starts the next page (the appendix of a Tờ trình)."""
    from docx.enum.text import WD_BREAK
    p = doc.add_paragraph(style="VB Rule")
    p.paragraph_format.line_spacing = None
    p.add_run().add_break(WD_BREAK.PAGE)
    return p
