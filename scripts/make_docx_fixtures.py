#!/usr/bin/env python3
"""Generate the .docx (and a few other) fixtures for the Word reader's tests.

Python standard library only (zipfile + hand-written WordprocessingML), so anyone can
re-create every fixture with `python3 scripts/make_docx_fixtures.py` from the repository
root. Output is deterministic (fixed timestamps), so re-running it changes nothing.

Writes into Tests/PlanReadersTests/Fixtures/docx/:
  plan-typed.docx         a CCHC plan whose numbering ("II.", "1.", "a)", "- ") is typed
  plan-autonumber.docx    its twin: the same plan where every number and dash comes ONLY
                          from Word's automatic numbering (numbering.xml, styles.xml)
  appendix-table.docx     a plan appendix: a task table with a repeated header row, a
                          column-number row, group rows, merged cells (gridSpan, vMerge)
                          and an automatically numbered TT column that restarts per group
  tracked-changes.docx    insertions, deletions, moves, a deleted paragraph mark, a deleted
                          table row, a field, hidden text, all-caps text, a text box, plus
                          header/footer/comments/footnotes parts that must not be read
  numbering-cases.docx    one paragraph per automatic-numbering case (see NUMBERING_CASES)
  hostile/…               zip bombs, too many entries, missing document.xml, DOCTYPE and
                          entity tricks, 10,000-deep nesting, truncated and corrupt zips,
                          a legacy .doc, an encrypted file, not-a-zip, an empty file
  plan.pdf, scanned.pdf   a PDF with a text layer and one without (for PDFTextReader)
and copies of the two plan twins into samples/docx/ for users to try.

All plan content is invented, in the style of provincial CCHC plans.
"""

import os
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FIXTURES = os.path.join(ROOT, "Tests", "PlanReadersTests", "Fixtures", "docx")
HOSTILE = os.path.join(FIXTURES, "hostile")
SAMPLES = os.path.join(ROOT, "samples", "docx")
STAMP = (2024, 1, 10, 8, 0, 0)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
V_NS = "urn:schemas-microsoft-com:vml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
ROOT_ATTRS = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}" xmlns:mc="{MC_NS}" xmlns:wp="{WP_NS}" xmlns:v="{V_NS}"'

CONTENT_TYPES = {
    "word/document.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "word/numbering.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
    "word/styles.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
    "word/header1.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
    "word/footer1.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
    "word/comments.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
    "word/footnotes.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
}
REL_TYPES = {
    "word/numbering.xml": "numbering",
    "word/styles.xml": "styles",
    "word/header1.xml": "header",
    "word/footer1.xml": "footer",
    "word/comments.xml": "comments",
    "word/footnotes.xml": "footnotes",
}


# ---------------------------------------------------------------------------
# WordprocessingML building blocks


def t(text):
    """A w:t element that keeps its spaces."""
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def run(text="", props="", inner=None):
    """A run: optional run properties, then text (or raw inner XML)."""
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    body = inner if inner is not None else (t(text) if text else "")
    return f"<w:r>{rpr}{body}</w:r>"


def para(content="", num=None, style=None, ppr_extra="", mark=""):
    """A paragraph. `content` is a string (one run) or raw runs when it starts with '<'.
    `num` = (numId, ilvl); `mark` is raw XML for the paragraph mark's run properties."""
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num is not None:
        num_id, level = num
        lvl = f'<w:ilvl w:val="{level}"/>' if level is not None else ""
        ppr += f'<w:numPr>{lvl}<w:numId w:val="{num_id}"/></w:numPr>'
    ppr += ppr_extra
    if mark:
        ppr += f"<w:rPr>{mark}</w:rPr>"
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    runs = content if content.startswith("<") else (run(content) if content else "")
    return f"<w:p>{ppr}{runs}</w:p>"


def cell(paragraphs, span=1, vmerge=None):
    """A table cell holding paragraphs (raw XML strings)."""
    tcpr = '<w:tcW w:w="0" w:type="auto"/>'
    if span > 1:
        tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        tcpr += "<w:vMerge/>"
    body = "".join(paragraphs) or para()
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{body}</w:tc>"


def row(cells, header=False, trpr_extra=""):
    trpr = ("<w:tblHeader/>" if header else "") + trpr_extra
    trpr = f"<w:trPr>{trpr}</w:trPr>" if trpr else ""
    return f"<w:tr>{trpr}{''.join(cells)}</w:tr>"


def table(rows, columns, borders=True):
    border = ""
    if borders:
        border = "<w:tblBorders>" + "".join(
            f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"
    grid = "".join('<w:gridCol w:w="1300"/>' for _ in range(columns))
    return (f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>{border}</w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>")


def document(body, section_extra=""):
    sect = f'<w:sectPr>{section_extra}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
    return f"{XML_HEAD}<w:document {ROOT_ATTRS}><w:body>{body}{sect}</w:body></w:document>"


def numbering(abstracts, nums):
    return f'{XML_HEAD}<w:numbering {ROOT_ATTRS}>{"".join(abstracts)}{"".join(nums)}</w:numbering>'


def level(ilvl, fmt, text, start=1, suff=None, restart=None, legal=False, pstyle=None):
    parts = [f'<w:start w:val="{start}"/>', f'<w:numFmt w:val="{fmt}"/>']
    if restart is not None:
        parts.append(f'<w:lvlRestart w:val="{restart}"/>')
    if pstyle:
        parts.append(f'<w:pStyle w:val="{pstyle}"/>')
    if legal:
        parts.append("<w:isLgl/>")
    if suff:
        parts.append(f'<w:suff w:val="{suff}"/>')
    parts.append(f'<w:lvlText w:val="{escape(text, {chr(34): "&quot;"})}"/>')
    parts.append('<w:lvlJc w:val="left"/>')
    return f'<w:lvl w:ilvl="{ilvl}">{"".join(parts)}</w:lvl>'


def abstract(aid, levels, extra=""):
    return f'<w:abstractNum w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>{extra}{"".join(levels)}</w:abstractNum>'


def num(nid, aid, overrides=""):
    return f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{overrides}</w:num>'


def styles(paragraph_styles=""):
    normal = ('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
              '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
              '<w:sz w:val="26"/></w:rPr></w:style>')
    return f"{XML_HEAD}<w:styles {ROOT_ATTRS}>{normal}{paragraph_styles}</w:styles>"


def zinfo(name):
    info = zipfile.ZipInfo(name, date_time=STAMP)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def rel_id(part):
    """The relationship id of a part of word/: "word/header1.xml" -> "rIdheader1"."""
    return "rId" + os.path.splitext(os.path.basename(part))[0]


def write_docx(path, parts, relationships=True, main="word/document.xml"):
    """Write a .docx with the given parts {name: xml}; package and document
    relationships and content types are derived from the part names."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    overrides = "".join(
        f'<Override PartName="/{name}" ContentType="{CONTENT_TYPES[name]}"/>'
        for name in sorted(parts) if name in CONTENT_TYPES)
    content_types = (f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     f"{overrides}</Types>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zinfo("[Content_Types].xml"), content_types)
        if relationships:
            z.writestr(zinfo("_rels/.rels"),
                       f'{XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       f'<Relationship Id="rId1" Type="{REL}officeDocument" Target="{main}"/></Relationships>')
            rels = "".join(
                f'<Relationship Id="{rel_id(name)}" Type="{REL}{REL_TYPES[name]}" Target="{name.split("/", 1)[1]}"/>'
                for name in sorted(parts) if name in REL_TYPES)
            z.writestr(zinfo("word/_rels/document.xml.rels"),
                       f'{XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       f"{rels}</Relationships>")
        for name in sorted(parts):
            z.writestr(zinfo(name), parts[name])


# ---------------------------------------------------------------------------
# The plan twins

ISSUER = ["ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Số: 15/KH-STNMT"]
NATION = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Tĩnh, ngày 10 tháng 01 năm 2024"]

# (kind, label, text): kind is section (I.), area (1.), task (a)), dash ("- "), or plain.
PLAN = [
    ("plain", None, "KẾ HOẠCH"),
    ("plain", None, "Cải cách hành chính năm 2024"),
    ("plain", None, "Căn cứ Quyết định số 3105/QĐ-UBND ngày 20/12/2023 của Ủy ban nhân dân tỉnh về việc ban "
                    "hành Kế hoạch cải cách hành chính năm 2024 của tỉnh, Sở Tài nguyên và Môi trường xây dựng "
                    "Kế hoạch cải cách hành chính năm 2024 như sau:"),
    ("section", "I", "MỤC ĐÍCH, YÊU CẦU"),
    ("area", "1", "Mục đích"),
    ("dash", None, "Triển khai đồng bộ các nhiệm vụ cải cách hành chính của Sở, gắn với nhiệm vụ chuyên môn "
                   "của từng phòng, đơn vị."),
    ("dash", None, "Nâng cao chất lượng giải quyết thủ tục hành chính trong lĩnh vực đất đai, môi trường, "
                   "khoáng sản và tài nguyên nước."),
    ("area", "2", "Yêu cầu"),
    ("dash", None, "Mỗi nhiệm vụ xác định rõ đơn vị chủ trì, đơn vị phối hợp, sản phẩm và thời gian hoàn thành."),
    ("section", "II", "NHIỆM VỤ TRỌNG TÂM"),
    ("area", "1", "Cải cách thể chế"),
    ("task", "a", "Rà soát các văn bản quy phạm pháp luật do Sở tham mưu ban hành"),
    ("dash", None, "Đơn vị chủ trì: Thanh tra Sở."),
    ("dash", None, "Đơn vị phối hợp: Các phòng, đơn vị thuộc Sở."),
    ("dash", None, "Sản phẩm: Báo cáo kết quả rà soát văn bản."),
    ("dash", None, "Thời gian: Quý II/2024."),
    ("task", "b", "Xây dựng Kế hoạch theo dõi tình hình thi hành pháp luật năm 2024"),
    ("dash", None, "Đơn vị chủ trì: Thanh tra Sở."),
    ("dash", None, "Đơn vị phối hợp: Văn phòng Sở."),
    ("dash", None, "Sản phẩm: Kế hoạch được Giám đốc Sở phê duyệt."),
    ("dash", None, "Thời gian: Tháng 01/2024."),
    ("area", "2", "Cải cách thủ tục hành chính"),
    ("task", "a", "Rà soát, đề xuất đơn giản hóa thủ tục hành chính lĩnh vực đất đai"),
    ("dash", None, "Đơn vị chủ trì: Văn phòng Đăng ký đất đai."),
    ("dash", None, "Đơn vị phối hợp: Văn phòng Sở, Phòng Quản lý đất đai."),
    ("dash", None, "Sản phẩm: Phương án đơn giản hóa trình UBND tỉnh."),
    ("dash", None, "Thời gian: Quý III/2024."),
    ("task", "b", "Công khai đầy đủ thủ tục hành chính trên Cổng Dịch vụ công của tỉnh"),
    ("dash", None, "Đơn vị chủ trì: Văn phòng Sở."),
    ("dash", None, "Đơn vị phối hợp: Trung tâm Công nghệ thông tin."),
    ("dash", None, "Sản phẩm: Thủ tục hành chính được công khai."),
    ("dash", None, "Thời gian: Thường xuyên trong năm."),
    ("task", "c", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực"),
    ("dash", None, "Đơn vị chủ trì: Trung tâm Công nghệ thông tin."),
    ("dash", None, "Đơn vị phối hợp: Các phòng, đơn vị có thủ tục hành chính."),
    ("dash", None, "Sản phẩm: Dữ liệu hồ sơ được số hóa, tái sử dụng."),
    ("dash", None, "Thời gian: Trước ngày 30/11/2024."),
    ("task", "d", "Khảo sát sự hài lòng của tổ chức, cá nhân khi giải quyết thủ tục hành chính"),
    ("dash", None, "Đơn vị chủ trì: Văn phòng Sở."),
    ("dash", None, "Sản phẩm: Báo cáo kết quả khảo sát."),
    ("dash", None, "Thời gian: Quý IV/2024."),
    ("area", "3", "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số"),
    ("task", "a", "Duy trì hệ thống quản lý văn bản và điều hành, chữ ký số trong toàn Sở"),
    ("dash", None, "Đơn vị chủ trì: Trung tâm Công nghệ thông tin."),
    ("dash", None, "Đơn vị phối hợp: Văn phòng Sở."),
    ("dash", None, "Sản phẩm: 100% văn bản đi được ký số."),
    ("dash", None, "Thời gian: Thường xuyên."),
    ("section", "III", "TỔ CHỨC THỰC HIỆN"),
    ("area", "1", "Văn phòng Sở là đơn vị thường trực, theo dõi và tổng hợp báo cáo kết quả thực hiện Kế hoạch."),
    ("area", "2", "Thủ trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm về kết quả các nhiệm vụ được giao."),
]

RECIPIENTS = ["Nơi nhận:", ("dash", "UBND tỉnh (b/c);"), ("dash", "Sở Nội vụ;"), ("dash", "Lưu: VT, VP.")]
SIGNATURE = ["GIÁM ĐỐC", "(Đã ký)", "Trần Minh Khoa"]

TWIN_NUMBERING = numbering(
    [
        abstract(1, [
            level(0, "upperRoman", "%1.", suff="space", pstyle="PlanSection"),
            level(1, "decimal", "%2.", suff="space"),
            level(2, "lowerLetter", "%3)"),  # default suffix: a tab after the number
        ]),
        abstract(2, [level(0, "bullet", "-", suff="space")]),
    ],
    [num(1, 1), num(2, 2)],
)

TWIN_STYLES = styles(
    '<w:style w:type="paragraph" w:styleId="PlanSection"><w:name w:val="Plan Section"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>'
    '<w:rPr><w:b/></w:rPr></w:style>')


def twin_body(automatic):
    """The plan's body; typed numbering, or the same text numbered by Word."""

    def item(kind, label, text):
        if not automatic:
            prefix = {"section": f"{label}. ", "area": f"{label}. ", "task": f"{label}) ", "dash": "- "}.get(kind, "")
            return para(prefix + text)
        if kind == "section":
            return para(text, style="PlanSection")
        if kind == "area":
            return para(text, num=(1, 1))
        if kind == "task":
            return para(text, num=(1, 2))
        if kind == "dash":
            return para(text, num=(2, 0))
        return para(text)

    header = table([row([cell([para(x) for x in ISSUER]), cell([para(x) for x in NATION])])], 2, borders=False)
    body = [header] + [item(*entry) for entry in PLAN]
    recipients = [para(x) if isinstance(x, str) else item(x[0], None, x[1]) for x in RECIPIENTS]
    body.append(table([row([cell(recipients), cell([para(x) for x in SIGNATURE])])], 2, borders=False))
    return document("".join(body))


# ---------------------------------------------------------------------------
# The appendix table

APPENDIX_HEADER = ["TT", "Nhiệm vụ", "Sản phẩm dự kiến", "Cơ quan chủ trì", "Cơ quan phối hợp",
                   "Thời gian hoàn thành", "Ghi chú"]


def appendix_document():
    def texts(values):
        return [cell([para(v)]) for v in values]

    def tt(num_id):
        return cell([para("", num=(num_id, 0))])

    rows = [
        row(texts(APPENDIX_HEADER), header=True),
        row(texts([f"({i})" for i in range(1, 8)])),
        row([cell([para("I")]), cell([para("KIỆN TOÀN TỔ CHỨC BỘ MÁY VÀ CẢI CÁCH THỂ CHẾ")], span=6)]),
        row([tt(3), cell([para("Rà soát, sắp xếp tổ chức bộ máy các phòng chuyên môn")]),
             cell([para("Quyết định kiện toàn")]), cell([para("Văn phòng Sở")], vmerge="restart"),
             cell([para("Các phòng, đơn vị thuộc Sở")]), cell([para("Quý II/2024")]), cell([])]),
        row([tt(3), cell([para("Rà soát văn bản quy phạm pháp luật do Sở tham mưu ban hành")]),
             cell([para("Báo cáo kết quả rà soát")]), cell([], vmerge="continue"),
             cell([para("Sở Tư pháp"), para("Các phòng chuyên môn")]), cell([para("Tháng 6/2024")]), cell([])]),
        row([tt(3), cell([para("Ban hành Kế hoạch theo dõi thi hành pháp luật năm 2024")]),
             cell([para("Kế hoạch")]), cell([para("Thanh tra Sở")]), cell([para("Văn phòng Sở")]),
             cell([para("Quý I/2024")]), cell([])]),
        row([cell([para("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH")], span=7)]),
        row(texts(APPENDIX_HEADER)),  # header repeated by hand where the table continues
        row([tt(4), cell([para("Công bố, công khai thủ tục hành chính thuộc thẩm quyền giải quyết của Sở")]),
             cell([para("Quyết định công bố")]), cell([para("Văn phòng Sở")]),
             cell([para("Trung tâm Phục vụ hành chính công tỉnh")]),
             cell([para("Thường xuyên")], vmerge="restart"), cell([])]),
        row([tt(4), cell([para("Rà soát, đơn giản hóa thủ tục hành chính nội bộ")]),
             cell([para("Phương án đơn giản hóa")]), cell([para("Văn phòng Sở")]),
             cell([para("Các phòng, đơn vị thuộc Sở")]), cell([], vmerge="continue"),
             cell([para("Theo Kế hoạch của UBND tỉnh")])]),
        row([tt(4), cell([para("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính")]),
             cell([para("Hồ sơ được số hóa")]), cell([para("Trung tâm Công nghệ thông tin")]),
             cell([para("Văn phòng Sở")]), cell([para("Trước ngày 30/11/2024")]), cell([])]),
    ]
    body = [
        para("PHỤ LỤC"),
        para("DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024"),
        para("(Kèm theo Kế hoạch số 15/KH-STNMT ngày 10/01/2024 của Sở Tài nguyên và Môi trường)"),
        table(rows, 7),
        para(""),
    ]
    tt_numbering = numbering(
        [abstract(3, [level(0, "decimal", "%1.", suff="nothing")])],
        [num(3, 3),
         num(4, 3, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')],
    )
    return {"word/document.xml": document("".join(body)), "word/numbering.xml": tt_numbering,
            "word/styles.xml": styles()}


# ---------------------------------------------------------------------------
# Tracked changes and content that is not the body


def tracked_document():
    ins = lambda inner: f'<w:ins w:id="1" w:author="A" w:date="2024-01-05T00:00:00Z">{inner}</w:ins>'
    dele = lambda text: (f'<w:del w:id="2" w:author="A" w:date="2024-01-05T00:00:00Z">'
                         f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
    move_from = lambda text: (f'<w:moveFrom w:id="3" w:author="A" w:date="2024-01-05T00:00:00Z">'
                              f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:moveFrom>')
    move_to = lambda text: (f'<w:moveTo w:id="4" w:author="A" w:date="2024-01-05T00:00:00Z">'
                            f"{run(text)}</w:moveTo>")
    field = (run(inner='<w:fldChar w:fldCharType="begin"/>')
             + run(inner='<w:instrText xml:space="preserve"> DOCPROPERTY HanHoanThanh \\* MERGEFORMAT </w:instrText>')
             + run(inner='<w:fldChar w:fldCharType="separate"/>') + run("Quý II/2024")
             + run(inner='<w:fldChar w:fldCharType="end"/>'))
    textbox = (f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline>'
               f'<w:txbxContent>{para("HỘP VĂN BẢN KHÔNG THUỘC THÂN")}</w:txbxContent>'
               f"</wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
               f'<w:txbxContent>{para("HỘP VĂN BẢN KHÔNG THUỘC THÂN")}</w:txbxContent>'
               f"</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>")
    deleted_mark = '<w:del w:id="5" w:author="A" w:date="2024-01-05T00:00:00Z"/>'
    inserted_mark = '<w:ins w:id="6" w:author="A" w:date="2024-01-05T00:00:00Z"/>'
    old_numbering = ('<w:pPrChange w:id="7" w:author="A" w:date="2024-01-05T00:00:00Z"><w:pPr>'
                     '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange>')
    body = [
        para("KẾ HOẠCH"),
        para(run("Cải cách hành chính năm ") + ins(run("2024")) + dele("2023")),
        para(run("a) Rà soát quy trình nội bộ") + dele(" (đã hủy)")
             + run(inner='<w:footnoteReference w:id="1"/>', props='<w:vertAlign w:val="superscript"/>')
             + '<w:commentRangeStart w:id="0"/>' + run(".") + '<w:commentRangeEnd w:id="0"/>'
             + run(inner='<w:commentReference w:id="0"/>')),
        para(run("- Đơn vị chủ trì: ") + move_to("Văn phòng Sở") + run(".")),
        para(run("- Đơn vị phối hợp: ") + move_from("Văn phòng Sở, ") + run("Thanh tra Sở.")),
        para(run("- Sản phẩm: Báo cáo"), mark=deleted_mark),
        para(run(" kết quả rà soát.")),
        para(run("- Thời gian: ") + field),
        para(run("Ghi chú") + run(" (nội dung ẩn)", props="<w:vanish/>") + textbox),
        para(run("III. ") + run("tổ chức thực hiện", props="<w:caps/>")),
        para(run("b) Nhiệm vụ bổ sung trong năm"), ppr_extra=old_numbering),
        para(ins(run("Đoạn được chèn nguyên đoạn.")), mark=inserted_mark),
        para(run("Tab") + run(inner="<w:tab/>") + run("và") + run(inner="<w:br/>") + run("ngắt dòng")
             + run(inner="<w:noBreakHyphen/>") + run("gạch") + run(inner='<w:sym w:font="Symbol" w:char="F0B3"/>')
             + run(inner="<w:softHyphen/>") + run("hết")),
        '<w:sdt><w:sdtPr><w:alias w:val="Trích yếu"/></w:sdtPr><w:sdtContent>'
        + para('<w:hyperlink r:id="rId99">' + run("Nội dung trong điều khiển") + "</w:hyperlink>")
        + "</w:sdtContent></w:sdt>",
        table([
            row([cell([para("Nhiệm vụ")]), cell([para("Thời gian")])]),
            row([cell([para("Dòng bị xóa")]), cell([para("Quý I/2024")])],
                trpr_extra='<w:del w:id="8" w:author="A" w:date="2024-01-05T00:00:00Z"/>'),
            row([cell([para("Dòng được chèn")]), cell([para("Quý III/2024")])],
                trpr_extra='<w:ins w:id="9" w:author="A" w:date="2024-01-05T00:00:00Z"/>'),
        ], 2),
        para("Hết."),
    ]
    hidden = "NỘI DUNG NGOÀI THÂN VĂN BẢN"
    section = (f'<w:headerReference w:type="default" r:id="{rel_id("word/header1.xml")}"/>'
               f'<w:footerReference w:type="default" r:id="{rel_id("word/footer1.xml")}"/>')
    return {
        "word/document.xml": document("".join(body), section_extra=section),
        "word/header1.xml": f"{XML_HEAD}<w:hdr {ROOT_ATTRS}>{para(hidden + ' (đầu trang)')}</w:hdr>",
        "word/footer1.xml": f"{XML_HEAD}<w:ftr {ROOT_ATTRS}>{para(hidden + ' (chân trang)')}</w:ftr>",
        "word/comments.xml": (f'{XML_HEAD}<w:comments {ROOT_ATTRS}><w:comment w:id="0" w:author="B">'
                              f"{para(hidden + ' (góp ý)')}</w:comment></w:comments>"),
        "word/footnotes.xml": (f'{XML_HEAD}<w:footnotes {ROOT_ATTRS}><w:footnote w:id="1">'
                               f"{para(hidden + ' (chú thích)')}</w:footnote></w:footnotes>"),
        "word/numbering.xml": numbering([abstract(1, [level(0, "lowerLetter", "%1)")])], [num(1, 1)]),
        "word/styles.xml": styles(),
    }


# ---------------------------------------------------------------------------
# Automatic numbering cases: (label, numId, ilvl, style); the expected prefixes are in
# Tests/PlanReadersTests/Docx/DocxNumberingTests.swift.

NUMBERING_CASES = [
    ("letter-1", 10, 0, None), ("letter-2", 10, 0, None), ("letter-3", 10, 0, None),
    ("letter-4", 10, 0, None), ("letter-5", 10, 0, None), ("letter-6", 10, 0, None),
    ("upper-from-3", 11, 0, None), ("upper-next", 11, 0, None),
    ("roman-1", 12, 0, None), ("roman-2", 12, 0, None), ("roman-sub-1", 12, 1, None),
    ("roman-sub-2", 12, 1, None), ("roman-3", 12, 0, None), ("roman-sub-restarted", 12, 1, None),
    ("multi-1", 13, 0, None), ("multi-1-1", 13, 1, None), ("multi-1-2", 13, 1, None),
    ("multi-2", 13, 0, None), ("multi-2-no-restart", 13, 1, None),
    ("shared-instance-continues", 14, 0, None),
    ("override-restarts", 15, 0, None), ("override-sub", 15, 1, None),
    ("zero-padded-9", 16, 0, None), ("zero-padded-10", 16, 0, None),
    ("legal-top", 17, 0, None), ("legal-sub", 17, 1, None),
    ("no-suffix", 18, 0, None),
    ("style-numbered", None, None, "ListLetter"),
    ("style-removed-by-numId-0", 0, None, "ListLetter"),
    ("bullet-symbol", 20, 0, None),
    ("override-level-definition", 19, 0, None),
    ("unknown-instance", 99, 0, None),
    ("plain", None, None, None),
]


def numbering_cases_parts():
    abstracts = [
        abstract(10, [level(0, "lowerLetter", "%1)", suff="space")]),
        abstract(11, [level(0, "upperLetter", "%1.", start=3, suff="space")]),
        abstract(12, [level(0, "lowerRoman", "(%1)", suff="space"), level(1, "upperRoman", "%2/", suff="space")]),
        abstract(13, [level(0, "decimal", "%1.", suff="space"),
                      level(1, "decimal", "%1.%2.", suff="space", restart=0)]),
        abstract(16, [level(0, "decimalZero", "%1.", start=9, suff="space")]),
        abstract(17, [level(0, "upperRoman", "%1.", suff="space"), level(1, "decimal", "%1.%2.", legal=True,
                                                                         suff="space")]),
        abstract(18, [level(0, "decimal", "%1-", suff="nothing")]),
        abstract(20, [level(0, "bullet", "\uf0b7", suff="space")]),
    ]
    override_level = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/>'
                      + level(0, "upperRoman", "%1)", suff="space") + "</w:lvlOverride>")
    nums = [num(10, 10), num(11, 11), num(12, 12), num(13, 13), num(14, 13),
            num(15, 13, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'),
            num(16, 16), num(17, 17), num(18, 18), num(19, 10, override_level), num(20, 20)]
    style = ('<w:style w:type="paragraph" w:styleId="ListLetter"><w:name w:val="List Letter"/>'
             '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="10"/></w:numPr></w:pPr>'
             "</w:style>")
    body = "".join(para(label, num=None if nid is None else (nid, lvl), style=style_id)
                   for label, nid, lvl, style_id in NUMBERING_CASES)
    return {"word/document.xml": document(body), "word/numbering.xml": numbering(abstracts, nums),
            "word/styles.xml": styles(style)}


# ---------------------------------------------------------------------------
# Hostile and broken files


def write_zip(path, entries):
    """entries: list of (name, bytes)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w") as z:
        for name, data in entries:
            z.writestr(zinfo(name), data)


def minimal_parts(document_xml):
    return [
        ("[Content_Types].xml", f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                '<Default Extension="xml" ContentType="application/xml"/></Types>'),
        ("_rels/.rels", f'{XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                        f'<Relationship Id="rId1" Type="{REL}officeDocument" Target="word/document.xml"/>'
                        "</Relationships>"),
    ] + ([("word/document.xml", document_xml)] if document_xml is not None else [])


def write_streamed_zeros(path, size, declared=None):
    """A .docx whose word/document.xml inflates to `size` zero bytes. With `declared`,
    the headers are patched afterwards to claim that size instead (a lying entry)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w", compresslevel=9) as z:
        for name, data in minimal_parts(None):
            z.writestr(zinfo(name), data)
        with z.open(zinfo("word/document.xml"), "w") as out:
            chunk = bytes(1 << 20)
            left = size
            while left > 0:
                out.write(chunk[:min(left, len(chunk))])
                left -= len(chunk)
    if declared is None:
        return
    with open(path, "r+b") as f:
        data = bytearray(f.read())
        name = b"word/document.xml"
        local = data.find(b"PK\x03\x04")
        while local != -1:
            if data[local + 30:local + 30 + len(name)] == name:
                struct.pack_into("<I", data, local + 22, declared)
                break
            local = data.find(b"PK\x03\x04", local + 4)
        central = data.find(b"PK\x01\x02")
        while central != -1:
            if data[central + 46:central + 46 + len(name)] == name:
                struct.pack_into("<I", data, central + 24, declared)
                break
            central = data.find(b"PK\x01\x02", central + 4)
        f.seek(0)
        f.write(data)


def write_hostile():
    ok_body = para("Kế hoạch")
    # 1. Zip bomb: 1 GiB of zeros declared honestly, about 1 MB on disk.
    write_streamed_zeros(os.path.join(HOSTILE, "bomb-1gb.docx"), 1 << 30)
    # 2. Ratio bomb: 50 MB (within the size limit) squeezed about 1000:1.
    write_streamed_zeros(os.path.join(HOSTILE, "bomb-ratio.docx"), 50 << 20)
    # 3. Lying bomb: headers claim 2,000 bytes, the stream inflates to 100 MB.
    write_streamed_zeros(os.path.join(HOSTILE, "bomb-lying-size.docx"), 100 << 20, declared=2000)
    # 4. Too many entries.
    write_zip(os.path.join(HOSTILE, "many-entries.docx"),
              minimal_parts(document(ok_body)) + [(f"word/media/x{i:04d}.bin", b"") for i in range(5000)])
    # 5. Missing word/document.xml.
    write_zip(os.path.join(HOSTILE, "missing-document.docx"), minimal_parts(None)
              + [("word/styles.xml", styles())])
    # 6. DOCTYPE with an external entity (XXE).
    xxe = (f'{XML_HEAD}<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
           f'<w:document {ROOT_ATTRS}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>')
    write_zip(os.path.join(HOSTILE, "doctype-external-entity.docx"), minimal_parts(None)
              + [("word/document.xml", xxe)])
    # 7. Entity expansion ("billion laughs") in numbering.xml, a part read before the body.
    laughs = "".join(f'<!ENTITY l{i} "{("&l%d;" % (i - 1)) * 10 if i else "ha"}">' for i in range(10))
    numbering_laughs = (f'{XML_HEAD}<!DOCTYPE w:numbering [{laughs}]><w:numbering {ROOT_ATTRS}>'
                        f'<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:lvlText w:val="&l9;"/></w:lvl>'
                        "</w:abstractNum></w:numbering>")
    write_zip(os.path.join(HOSTILE, "entity-expansion.docx"), minimal_parts(document(ok_body))
              + [("word/numbering.xml", numbering_laughs)])
    # 8. 10,000-deep nesting.
    deep = (f"{XML_HEAD}<w:document {ROOT_ATTRS}><w:body>" + "<w:customXml>" * 10000 + ok_body
            + "</w:customXml>" * 10000 + "</w:body></w:document>")
    write_zip(os.path.join(HOSTILE, "deep-nesting.docx"), minimal_parts(None) + [("word/document.xml", deep)])
    # 9. Truncated: the typed plan cut at 60%.
    with open(os.path.join(FIXTURES, "plan-typed.docx"), "rb") as f:
        whole = f.read()
    with open(os.path.join(HOSTILE, "truncated.docx"), "wb") as f:
        f.write(whole[: len(whole) * 6 // 10])
    # 10. Corrupt: document.xml's compressed bytes overwritten.
    path = os.path.join(HOSTILE, "corrupt-data.docx")
    write_zip(path, minimal_parts(document(ok_body * 40)))
    with open(path, "r+b") as f:
        data = bytearray(f.read())
        start = data.find(b"word/document.xml") + len(b"word/document.xml") + 10
        for i in range(start, start + 40):
            data[i] ^= 0x5A
        f.seek(0)
        f.write(data)
    # 11. Legacy .doc (OLE2 compound file) and 12. an encrypted Office file.
    ole = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504)
    with open(os.path.join(HOSTILE, "legacy.doc"), "wb") as f:
        f.write(ole + bytes(1024))
    with open(os.path.join(HOSTILE, "encrypted.docx"), "wb") as f:
        f.write(ole + "EncryptedPackage".encode("utf-16-le") + bytes(992))
    # 13. Not a zip at all, 14. empty, 15. an Excel workbook named .docx.
    with open(os.path.join(HOSTILE, "not-a-zip.docx"), "wb") as f:
        f.write("Đây không phải là tệp Word.\n".encode("utf-8") * 20)
    open(os.path.join(HOSTILE, "empty.docx"), "wb").close()
    write_zip(os.path.join(HOSTILE, "workbook.docx"),
              [("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")])


# ---------------------------------------------------------------------------
# PDFs (plain ASCII text in a standard font, which needs no embedded font)


def write_pdf(path, lines):
    content = "BT /F1 12 Tf 72 780 Td 16 TL " + " ".join(
        "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for line in lines) + " ET"
    if not lines:
        content = "0.8 g 72 600 200 100 re f"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    with open(path, "wb") as f:
        f.write(out)


def main():
    os.makedirs(FIXTURES, exist_ok=True)
    os.makedirs(SAMPLES, exist_ok=True)
    twins = {
        "plan-typed.docx": {"word/document.xml": twin_body(False), "word/styles.xml": styles()},
        "plan-autonumber.docx": {"word/document.xml": twin_body(True), "word/numbering.xml": TWIN_NUMBERING,
                                 "word/styles.xml": TWIN_STYLES},
    }
    for name, parts in twins.items():
        write_docx(os.path.join(FIXTURES, name), parts)
    write_docx(os.path.join(SAMPLES, "ke-hoach-cchc-2024-so-go-tay.docx"), twins["plan-typed.docx"])
    write_docx(os.path.join(SAMPLES, "ke-hoach-cchc-2024-so-tu-dong.docx"), twins["plan-autonumber.docx"])
    write_docx(os.path.join(FIXTURES, "appendix-table.docx"), appendix_document())
    write_docx(os.path.join(FIXTURES, "tracked-changes.docx"), tracked_document())
    write_docx(os.path.join(FIXTURES, "numbering-cases.docx"), numbering_cases_parts())
    write_hostile()
    write_pdf(os.path.join(FIXTURES, "plan.pdf"),
              ["KE HOACH", "Cai cach hanh chinh nam 2024", "a) Ra soat van ban quy pham phap luat",
               "- Thoi gian: Quy II/2024"])
    write_pdf(os.path.join(FIXTURES, "scanned.pdf"), [])
    for folder in (FIXTURES, HOSTILE, SAMPLES):
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if os.path.isfile(path):
                print(f"{os.path.relpath(path, ROOT)}: {os.path.getsize(path)} bytes")


if __name__ == "__main__":
    main()
