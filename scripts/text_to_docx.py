#!/usr/bin/env python3
"""Writes a minimal .docx with one Word paragraph per line of a UTF-8 text plan.

Used to make the .docx twins of text samples (samples/docx/*.docx), so that a test can
check that the Word reader and the text reader give the same tasks. Standard library only;
the output is deterministic (fixed timestamps), so re-running changes no bytes.

    python3 scripts/text_to_docx.py samples/good-sotuphap-2023.txt samples/docx/good-sotuphap-2023.docx
"""
import sys
import zipfile
from xml.sax.saxutils import escape

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""


def paragraph(line: str) -> str:
    if not line.strip():
        return "<w:p/>"
    # Split bold markers into runs so the Word file looks like a real one.
    runs = []
    for k, piece in enumerate(line.split("**")):
        if not piece:
            continue
        props = "<w:rPr><w:b/></w:rPr>" if k % 2 == 1 else ""
        runs.append(f'<w:r>{props}<w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
    return "<w:p>" + "".join(runs) + "</w:p>"


def main(src: str, dst: str) -> None:
    with open(src, encoding="utf-8") as f:
        lines = f.read().splitlines()
    body = "".join(paragraph(l) for l in lines)
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f"<w:body>{body}</w:body></w:document>")
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS), ("word/document.xml", document)]:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
