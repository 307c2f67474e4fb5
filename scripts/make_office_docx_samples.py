#!/usr/bin/env python3
"""Writes samples/docx/office/: one invented CCHC plan laid out in Word as offices lay it
out, in several variants, and its plain-text twin.

Layout of every variant: the header as a borderless two-column table (chủ quản, issuing
body, a short rule, "Số: …" | Quốc hiệu, Tiêu ngữ, a rule, place and date); paragraph
styles; Word's automatic numbering for the sections (I., 1., a)) and the task fields;
tracked changes (an insertion that is read, a deletion that is not); a page number; the
signature as a borderless table; and a landscape section with the appendix task table.

The "chuan" variant follows Nghị định 30/2020/NĐ-CP, Phụ lục I exactly (A4, margins
20/20/30/15 mm, Times New Roman, the sizes and emphasis of each component, the page number
at the top centre and not on the first page). Every other variant plants exactly one
presentation defect, named in its file name (see samples/docx/office/README.md); the
-tcvn3 and -vni variants carry the same text in the old .VnTime and VNI-Times encodings.

Needs python-docx (pip install python-docx). Deterministic: re-running changes nothing.
All content is invented.
"""
import copy
import os
import sys
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "samples", "docx", "office")

PARENT = "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"
ISSUER = "SỞ CÔNG THƯƠNG"
NUMBER = "Số: 12/KH-SCT"
QH = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TN = "Độc lập - Tự do - Hạnh phúc"
DATE = "Quảng Ngãi, ngày 10 tháng 01 năm 2023"
TYPE = "KẾ HOẠCH"
TITLE = "Cải cách hành chính năm 2023 của Sở Công Thương"
BASIS = [
    "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
    "Căn cứ Quyết định số 1782/QĐ-UBND ngày 21/12/2022 của Chủ tịch UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2023 tỉnh Quảng Ngãi;",
    "Giám đốc Sở Công Thương ban hành Kế hoạch cải cách hành chính năm 2023 của Sở như sau:",
]
# (kind, text): H1 section, H2 area, T task, F field, B bullet under a field, P paragraph.
# A task text may hold "[+…]" (a tracked insertion: read) and "[-…]" (a tracked deletion: not read).
BODY = [
    ("H1", "MỤC ĐÍCH, YÊU CẦU"),
    ("P", "Cụ thể hóa các nhiệm vụ được giao tại Kế hoạch cải cách hành chính năm 2023 của tỉnh thành việc làm của từng phòng, đơn vị thuộc Sở; xác định rõ đơn vị chủ trì, sản phẩm và thời hạn hoàn thành."),
    ("H1", "NHIỆM VỤ CHỦ YẾU"),
    ("H2", "Cải cách thể chế"),
    ("T", "Xây dựng Kế hoạch theo dõi tình hình thi hành pháp luật năm 2023 trong lĩnh vực công thương"),
    ("F", "Đơn vị chủ trì: Thanh tra Sở."),
    ("F", "Đơn vị phối hợp: Các phòng chuyên môn thuộc Sở."),
    ("F", "Sản phẩm: Kế hoạch theo dõi thi hành pháp luật năm 2023."),
    ("F", "Thời gian: Tháng 01/2023."),
    ("T", "Rà soát văn bản quy phạm pháp luật do Sở tham mưu ban hành[+ trong lĩnh vực điện lực và thương mại][- đã hết hiệu lực]"),
    ("F", "Đơn vị chủ trì: Văn phòng Sở."),
    ("F", "Đơn vị phối hợp: Phòng Quản lý thương mại."),
    ("F", "Sản phẩm:"),
    ("B", "Báo cáo kết quả rà soát văn bản;"),
    ("B", "Danh mục văn bản kiến nghị sửa đổi, bổ sung."),
    ("F", "Thời gian: Quý III/2023."),
    ("H2", "Cải cách thủ tục hành chính"),
    ("T", "Ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2023 của Sở"),
    ("F", "Đơn vị chủ trì: Văn phòng Sở."),
    ("F", "Đơn vị phối hợp: Các phòng chuyên môn thuộc Sở."),
    ("F", "Sản phẩm: Kế hoạch kiểm soát thủ tục hành chính."),
    ("F", "Thời gian: Tháng 01/2023."),
    ("T", "Rà soát, đơn giản hóa thủ tục hành chính trong lĩnh vực xúc tiến thương mại"),
    ("F", "Đơn vị chủ trì: Phòng Quản lý thương mại."),
    ("F", "Đơn vị phối hợp: Văn phòng Sở."),
    ("F", "Sản phẩm: Phương án đơn giản hóa thủ tục hành chính trình Chủ tịch UBND tỉnh."),
    ("F", "Thời gian: Quý II/2023."),
    ("H2", "Cải cách chế độ công vụ"),
    ("T", "Xây dựng Kế hoạch đào tạo, bồi dưỡng công chức, viên chức năm 2023"),
    ("F", "Đơn vị chủ trì: Văn phòng Sở."),
    ("F", "Đơn vị phối hợp: Các phòng, đơn vị thuộc Sở."),
    ("F", "Sản phẩm: Kế hoạch đào tạo, bồi dưỡng."),
    ("F", "Thời gian: Quý I/2023."),
    ("H1", "TỔ CHỨC THỰC HIỆN"),
    ("P", "Thủ trưởng các phòng, đơn vị thuộc Sở tổ chức thực hiện các nhiệm vụ được giao tại Kế hoạch này và tại Phụ lục kèm theo; báo cáo kết quả về Văn phòng Sở trước ngày 15 của tháng cuối quý."),
]
RECIPIENTS = ["- UBND tỉnh (b/c);", "- Sở Nội vụ;", "- Lưu: VT, VP."]
SIGNER = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
SIGNER_NAME = "Trần Văn Bình"
APPENDIX_TITLE = ["PHỤ LỤC", "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2023",
                  "(Kèm theo Kế hoạch số 12/KH-SCT ngày 10/01/2023 của Sở Công Thương)"]
APPENDIX_HEAD = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời gian hoàn thành"]
APPENDIX_ROWS = [
    ["1", "Cập nhật, công khai thủ tục hành chính trên Cổng Dịch vụ công", "Văn phòng Sở", "Các phòng chuyên môn", "Thủ tục được công khai", "Thường xuyên"],
    ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng Sở", "Phòng Quản lý thương mại", "Hồ sơ được số hóa", "Trước ngày 30/11/2023"],
]

ROMAN = ["I", "II", "III", "IV", "V"]
LETTERS = "abcd"


def clean(text):
    """The text as read: insertions kept, deletions dropped."""
    out, i = "", 0
    while i < len(text):
        if text.startswith("[+", i):
            j = text.index("]", i)
            out += text[i + 2:j]
            i = j + 1
        elif text.startswith("[-", i):
            i = text.index("]", i) + 1
        else:
            out += text[i]
            i += 1
    return out


def text_twin():
    lines = [PARENT, ISSUER, NUMBER, QH, TN, DATE, "", TYPE, TITLE, ""] + BASIS + [""]
    h1 = h2 = t = 0
    for kind, text in BODY:
        if kind == "H1":
            lines.append(f"{ROMAN[h1]}. {text}")
            h1 += 1; h2 = 0
        elif kind == "H2":
            h2 += 1; t = 0
            lines.append(f"{h2}. {text}")
        elif kind == "T":
            lines.append(f"{LETTERS[t]}) {clean(text)}")
            t += 1
        elif kind == "F" or kind == "B":
            lines.append(f"- {text}")
        else:
            lines.append(text)
    lines += ["", "Nơi nhận:"] + RECIPIENTS + SIGNER + ["", SIGNER_NAME, ""] + APPENDIX_TITLE + [""]
    lines.append("| " + " | ".join(APPENDIX_HEAD) + " |")
    lines.append("|" + "---|" * len(APPENDIX_HEAD))
    for r in APPENDIX_ROWS:
        lines.append("| " + " | ".join(r) + " |")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- Word helpers

def set_fonts(rpr_parent, font):
    rpr = rpr_parent.get_or_add_rPr() if hasattr(rpr_parent, "get_or_add_rPr") else rpr_parent
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for key in list(fonts.attrib):
        del fonts.attrib[key]
    for key in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(key), font)


def add_run(p, text, size=None, bold=None, italic=None, font=None):
    r = p.add_run(text)
    if size is not None:
        r.font.size = Pt(size)
    if bold is not None:
        r.font.bold = bold
    if italic is not None:
        r.font.italic = italic
    if font is not None:
        set_fonts(r._r, font)
    return r


def para_format(p, align=None, first=None, before=0, after=0, line=1.0):
    f = p.paragraph_format
    if align is not None:
        f.alignment = align
    if first is not None:
        f.first_line_indent = Cm(first)
    f.space_before = Pt(before)
    f.space_after = Pt(after)
    f.line_spacing = line


def no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def numbering_definitions(doc):
    """Adds a multi-level list (I. / 1. / a)) and a dash bullet; returns their numIds."""
    numbering = doc.part.numbering_part.element
    def abstract(aid, levels):
        a = OxmlElement("w:abstractNum")
        a.set(qn("w:abstractNumId"), str(aid))
        for ilvl, fmt, text, indent in levels:
            lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), str(ilvl))
            for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
                e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
            ppr = OxmlElement("w:pPr"); ind = OxmlElement("w:ind")
            ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), str(indent))
            ppr.append(ind); lvl.append(ppr)
            a.append(lvl)
        return a
    first_num = numbering.find(qn("w:num"))
    defs = [abstract(90, [(0, "upperRoman", "%1.", 720), (1, "decimal", "%2.", 720), (2, "lowerLetter", "%3)", 720)]),
            abstract(91, [(0, "bullet", "-", 720)])]
    for a in defs:
        if first_num is not None:
            first_num.addprevious(a)
        else:
            numbering.append(a)
    ids = []
    for nid, aid in ((90, 90), (91, 91)):
        n = OxmlElement("w:num"); n.set(qn("w:numId"), str(nid))
        e = OxmlElement("w:abstractNumId"); e.set(qn("w:val"), str(aid)); n.append(e)
        numbering.append(n)
        ids.append(nid)
    return ids


def set_numbering(p, num_id, level):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl"); ilvl.set(qn("w:val"), str(level))
    nid = OxmlElement("w:numId"); nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl); numpr.append(nid)
    ppr.insert(0 if ppr.find(qn("w:pStyle")) is None else 1, numpr)


def tracked(p, text, size, font=None, encode=lambda s: s):
    """Writes text with [+insert] and [-delete] marks as Word tracked changes."""
    i, n = 0, 0
    while i < len(text):
        if text.startswith("[+", i) or text.startswith("[-", i):
            j = text.index("]", i)
            inner = encode(text[i + 2:j])
            kind = "w:ins" if text[i + 1] == "+" else "w:del"
            change = OxmlElement(kind)
            change.set(qn("w:id"), str(100 + n)); change.set(qn("w:author"), "Văn thư")
            change.set(qn("w:date"), "2023-01-09T08:00:00Z")
            r = add_run(p, inner, size=size, font=font)
            r._r.getparent().remove(r._r)
            t = r._r.find(qn("w:t"))
            if kind == "w:del":
                t.tag = qn("w:delText")
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            change.append(r._r)
            p._p.append(change)
            i, n = j + 1, n + 1
        else:
            j = min([k for k in (text.find("[+", i), text.find("[-", i)) if k >= 0] or [len(text)])
            add_run(p, encode(text[i:j]), size=size, font=font)
            i = j


def page_field(paragraph, size):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr"); sz = OxmlElement("w:sz"); sz.set(qn("w:val"), str(int(size * 2))); rpr.append(sz)
    r.append(rpr)
    t = OxmlElement("w:t"); t.text = "2"; r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def text_box(paragraph, text, size, font=None):
    """A text box anchored in the paragraph, as Word writes one (DrawingML with a VML
    fallback that repeats the text); the box holds one centred italic paragraph."""
    from docx.oxml import parse_xml
    from xml.sax.saxutils import escape
    face = font or "Times New Roman"
    inner = (
        '<w:txbxContent><w:p><w:pPr><w:jc w:val="center"/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        f'<w:r><w:rPr><w:rFonts w:ascii="{face}" w:hAnsi="{face}" w:cs="{face}"/><w:i/><w:sz w:val="{size * 2}"/></w:rPr>'
        f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:txbxContent>')
    xml = (
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:Choice Requires="wps"><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="3200000" cy="300000"/><wp:docPr id="2" name="Text Box 2"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3200000" cy="300000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        f'<wps:txbx>{inner}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:shape style="width:252pt;height:24pt" stroked="f"><v:textbox>{inner}</v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent>')
    r = OxmlElement("w:r")
    r.append(parse_xml(xml))
    paragraph._p.append(r)


def line_shape(paragraph):
    """A horizontal line shape anchored in the paragraph, as Word's Insert → Shapes → Line
    writes it (a DrawingML shape inside mc:AlternateContent, with the VML fallback)."""
    xml = (
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" '
        'simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="900000" cy="0"/><wp:wrapNone/><wp:docPr id="1" name="Line 1"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="900000" cy="0"/></a:xfrm>'
        '<a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>'
        '</wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:line from="0,0" to="70pt,0" strokeweight=".5pt"/></w:pict></mc:Fallback>'
        '</mc:AlternateContent>')
    from docx.oxml import parse_xml
    r = OxmlElement("w:r")
    r.append(parse_xml(xml))
    paragraph._p.append(r)


# ---------------------------------------------------------------- one variant

VARIANTS = {
    # name: what differs from the layout Phụ lục I prescribes
    "chuan": {},
    "le-trai-25mm": {"left_margin": 25},
    "phong-arial": {"body_font": "Arial"},
    "co-chu-12": {"body_size": 12},
    "quoc-hieu-khong-dam": {"qh_bold": False},
    "so-trang-o-trang-dau": {"first_page_number": True},
    "so-trang-chan-trang": {"page_number_in_footer": True},
    "hai-hang-tieu-de": {"header_two_rows": True},
    # Place and date typed in a text box (Insert → Text Box) anchored in the right cell.
    "ngay-thang-trong-o-van-ban": {"date_in_text_box": True},
    "tcvn3": {"legacy": "tcvn3"},
    "vni": {"legacy": "vni"},
}


# Variants that only rule examples use (rules/core/the-thuc-examples/): one defect each.
EXAMPLE_VARIANTS = {
    "kho-a5": {"paper": (148, 210)},
    "tieu-ngu-co-12": {"ov": {"tn": {"size": 12}}},
    "ten-co-quan-khong-dam": {"ov": {"issuer": {"bold": False}}},
    "co-quan-chu-quan-dam": {"ov": {"parent": {"bold": True}}},
    "so-ky-hieu-co-14": {"ov": {"number": {"size": 14}}},
    "ngay-thang-chu-dung": {"ov": {"date": {"italic": False}}},
    "ten-loai-co-12": {"ov": {"type": {"size": 12}}},
    "trich-yeu-khong-dam": {"ov": {"title": {"bold": False}}},
    "khong-thut-dau-dong": {"body_indent": 0},
    "noi-nhan-khong-nghieng": {"ov": {"rlabel": {"italic": False}}},
    "danh-sach-noi-nhan-co-13": {"ov": {"rlist": {"size": 13}}},
    "chuc-vu-co-12": {"ov": {"signer": {"size": 12}}},
    "so-trang-co-11": {"page_number_size": 11},
    "ten-co-quan-khong-ke": {"no_rule": {"issuer"}},
    "tieu-ngu-khong-ke": {"no_rule": {"tn"}},
    "trich-yeu-khong-ke": {"no_rule": {"title"}},
    # The short rules drawn as line shapes (Word's Insert → Shapes), not typed.
    "duong-ke-hinh-ve": {"drawn_rules": True},
    # A công văn: "V/v …" under the number instead of a type name and trích yếu.
    "cong-van": {"cong_van": True},
    # A reviewer's comment left on the first basis paragraph (Review → New Comment).
    "con-ghi-chu": {"comment": True},
    "cong-van-vv-dam": {"cong_van": True, "ov": {"vv": {"bold": True}}},
}

VV = "V/v triển khai Kế hoạch cải cách hành chính năm 2023"
KINH_GUI = "Kính gửi: Các phòng, đơn vị thuộc Sở."


def legacy_encoder(kind):
    if kind is None:
        return (lambda s: s), None, None
    sys.path.insert(0, os.path.dirname(__file__))
    from legacy_vietnamese import encode_tcvn3, encode_vni
    if kind == "tcvn3":
        return encode_tcvn3, ".VnTime", ".VnTimeH"
    return encode_vni, "VNI-Times", "VNI-Times"


def build(options):
    enc, legacy_font, legacy_caps_font = legacy_encoder(options.get("legacy"))
    ov = options.get("ov", {})

    def look(key, size, bold=False, italic=False):
        o = ov.get(key, {})
        return o.get("size", size), o.get("bold", bold), o.get("italic", italic)
    body_font = options.get("body_font", "Times New Roman")
    base_font = legacy_font or body_font

    doc = Document()
    # Document defaults and Normal: explicit fonts (no theme fonts), 14 pt, justified.
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_fonts(rpr_default, base_font)
    normal = doc.styles["Normal"]
    set_fonts(normal.element.get_or_add_rPr(), base_font)
    normal.font.size = Pt(options.get("body_size", 14))
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.0
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    sec_num, bullet = numbering_definitions(doc)

    section = doc.sections[0]
    section.page_width, section.page_height = Mm(options.get("paper", (210, 297))[0]), Mm(options.get("paper", (210, 297))[1])
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(options.get("left_margin", 30)), Mm(15)
    section.header_distance = section.footer_distance = Mm(10)
    section.different_first_page_header_footer = not options.get("first_page_number", False)
    in_footer = options.get("page_number_in_footer", False)
    holder = section.footer if in_footer else section.header
    hp = holder.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if in_footer else WD_ALIGN_PARAGRAPH.CENTER
    page_field(hp, options.get("page_number_size", 14))
    if not in_footer:
        # Offices still put something in the footer: the file's short name, in small print.
        fp = section.footer.paragraphs[0]
        add_run(fp, enc("KH CCHC 2023 - SCT"), size=10, font=legacy_font)

    def cell_para(cell, text, size, bold=False, italic=False, first=False, caps_font=False, key=None):
        if key:
            size, bold, italic = look(key, size, bold, italic)
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        para_format(p, align=WD_ALIGN_PARAGRAPH.CENTER)
        add_run(p, enc(text), size=size, bold=bold, italic=italic,
                font=(legacy_caps_font if caps_font else legacy_font))
        return p

    def rule(container, size, key):
        """The short rule under a component: a typed row of "_", or a line shape."""
        if key in options.get("no_rule", set()):
            return
        if options.get("drawn_rules"):
            p = container.add_paragraph()
            para_format(p, align=WD_ALIGN_PARAGRAPH.CENTER)
            line_shape(p)
            return
        cell_para(container, "_" * {"issuer": 8, "tn": 20, "title": 10}[key], size)

    # Header: borderless two-column table, one row (or two rows: names | national name, number | date).
    two_rows = options.get("header_two_rows", False)
    table = doc.add_table(rows=2 if two_rows else 1, cols=2)
    no_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = table.cell(0, 0), table.cell(0, 1)
    caps = legacy_caps_font is not None and options.get("legacy") == "tcvn3"
    cell_para(left, PARENT, 13, first=True, caps_font=caps, key="parent")
    cell_para(left, ISSUER, 13, bold=True, caps_font=caps, key="issuer")
    rule(left, 13, "issuer")
    cell_para(right, QH, 12, bold=options.get("qh_bold", True), first=True, caps_font=caps)
    cell_para(right, TN, 13, bold=True, key="tn")
    rule(right, 13, "tn")
    if two_rows:
        cell_para(table.cell(1, 0), NUMBER, 13, first=True, key="number")
        cell_para(table.cell(1, 1), DATE, 14, italic=True, first=True, key="date")
    else:
        cell_para(left, "Số: 35/SCT-VP" if options.get("cong_van") else NUMBER, 13, key="number")
        if options.get("date_in_text_box"):
            anchor = right.add_paragraph()
            para_format(anchor, align=WD_ALIGN_PARAGRAPH.CENTER)
            text_box(anchor, enc(DATE), 14, legacy_font)
        else:
            cell_para(right, DATE, 14, italic=True, key="date")
    if options.get("cong_van"):
        cell_para(left, VV, 12, key="vv")

    def centered(text, size, bold=False, italic=False, caps_font=False, key=None):
        if key:
            size, bold, italic = look(key, size, bold, italic)
        p = doc.add_paragraph()
        para_format(p, align=WD_ALIGN_PARAGRAPH.CENTER)
        add_run(p, enc(text), size=size, bold=bold, italic=italic, font=(legacy_caps_font if caps_font else legacy_font))
        return p

    doc.add_paragraph()
    if options.get("cong_van"):
        p = doc.add_paragraph()
        para_format(p, align=WD_ALIGN_PARAGRAPH.CENTER)
        add_run(p, enc(KINH_GUI), size=14, font=legacy_font)
    else:
        centered(TYPE, 14, bold=True, caps_font=caps, key="type")
        centered(TITLE, 14, bold=True, key="title")
        if "title" not in options.get("no_rule", set()):
            if options.get("drawn_rules"):
                p = doc.add_paragraph(); para_format(p, align=WD_ALIGN_PARAGRAPH.CENTER); line_shape(p)
            else:
                centered("__________", 14)
    indent = options.get("body_indent", 1.27)
    for i, b in enumerate(BASIS):
        p = doc.add_paragraph()
        para_format(p, first=indent, after=6)
        add_run(p, enc(b), font=legacy_font)
        if i == 0 and options.get("comment"):
            doc.add_comment(p.runs, text="Đề nghị ghi rõ ngày ban hành.", author="Phòng CCHC", initials="CCHC")
    for kind, text in BODY:
        p = doc.add_paragraph()
        if kind in ("H1", "H2", "T"):
            para_format(p, first=None, after=6)
            set_numbering(p, sec_num, {"H1": 0, "H2": 1, "T": 2}[kind])
            if kind == "T":
                tracked(p, text, None, font=legacy_font, encode=enc)
            else:
                add_run(p, enc(text), bold=True, font=(legacy_caps_font if caps and kind == "H1" else legacy_font))
        elif kind in ("F", "B"):
            para_format(p, after=6)
            set_numbering(p, bullet, 0)
            add_run(p, enc(text), font=legacy_font)
        else:
            para_format(p, first=indent, after=6)
            add_run(p, enc(text), font=legacy_font)

    # Closing: Nơi nhận | signature, a borderless table.
    doc.add_paragraph()
    sign = doc.add_table(rows=1, cols=2)
    no_borders(sign)
    l, r = sign.cell(0, 0), sign.cell(0, 1)
    p = l.paragraphs[0]
    size, bold, italic = look("rlabel", 12, True, True)
    add_run(p, enc("Nơi nhận:"), size=size, bold=bold, italic=italic, font=legacy_font)
    para_format(p, align=WD_ALIGN_PARAGRAPH.LEFT)
    for e in RECIPIENTS:
        q = l.add_paragraph(); para_format(q, align=WD_ALIGN_PARAGRAPH.LEFT)
        add_run(q, enc(e), size=look("rlist", 11)[0], font=legacy_font)
    cell_para(r, SIGNER[0], 14, bold=True, first=True, caps_font=caps, key="signer")
    for s in SIGNER[1:]:
        cell_para(r, s, 14, bold=True, caps_font=caps, key="signer")
    blank = r.add_paragraph()
    cell_para(r, SIGNER_NAME, 14, bold=True)

    # Landscape appendix: a new section with the task table.
    appendix = doc.add_section()
    appendix.orientation = WD_ORIENT.LANDSCAPE
    appendix.page_width, appendix.page_height = Mm(297), Mm(210)
    appendix.top_margin, appendix.bottom_margin = Mm(20), Mm(20)
    appendix.left_margin, appendix.right_margin = Mm(options.get("left_margin", 30)), Mm(15)
    centered(APPENDIX_TITLE[0], 14, bold=True)
    centered(APPENDIX_TITLE[1], 14, bold=True, caps_font=caps)
    centered(APPENDIX_TITLE[2], 14, italic=True)
    t = doc.add_table(rows=1 + len(APPENDIX_ROWS), cols=len(APPENDIX_HEAD))
    t.style = doc.styles["Table Grid"]
    head_tr = t.rows[0]._tr
    trpr = head_tr.get_or_add_trPr(); th = OxmlElement("w:tblHeader"); trpr.append(th)
    for i, h in enumerate(APPENDIX_HEAD):
        c = t.cell(0, i); c.paragraphs[0].text = ""
        add_run(c.paragraphs[0], enc(h), size=13, bold=True, font=legacy_font)
    for ri, row in enumerate(APPENDIX_ROWS, start=1):
        for ci, v in enumerate(row):
            add_run(t.cell(ri, ci).paragraphs[0], enc(v), size=13, font=legacy_font)
    return doc


def normalise_zip(path):
    """Fixed timestamps and order, so re-running the script changes no byte."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                        b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Ke hoach CCHC 2023</dc:title></cp:coreProperties>')
            info = zipfile.ZipInfo(name, date_time=(2023, 1, 10, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--chuan":
        # For the test that builds a file laid out exactly as Phụ lục I says.
        build(VARIANTS["chuan"]).save(sys.argv[2])
        return
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "ke-hoach-cchc-2023-so-cong-thuong.txt"), "w", encoding="utf-8") as f:
        f.write(text_twin())
    for name, options in VARIANTS.items():
        path = os.path.join(OUT, f"ke-hoach-cchc-2023-so-cong-thuong-{name}.docx")
        build(options).save(path)
        normalise_zip(path)
    examples = os.path.join(ROOT, "rules", "core", "the-thuc-examples")
    os.makedirs(examples, exist_ok=True)
    for name, options in EXAMPLE_VARIANTS.items():
        path = os.path.join(examples, f"{name}.docx")
        build(options).save(path)
        normalise_zip(path)
    print(f"wrote {len(VARIANTS)} .docx and the text twin to {os.path.relpath(OUT, ROOT)}, "
          f"{len(EXAMPLE_VARIANTS)} rule examples to rules/core/the-thuc-examples")


if __name__ == "__main__":
    main()
