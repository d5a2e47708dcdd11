#!/usr/bin/env python3
"""Writes a Word document of about PAGES pages (3,000 characters a page) by repeating a text's
paragraphs, for timing `bench --read` on a long DOCX: scripts/big-docx.py TEXT PAGES OUT.docx"""
import sys
import zipfile
from xml.sax.saxutils import escape

text, pages, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
paragraphs = [p.strip() for p in open(text, encoding="utf-8").read().split("\n\n") if p.strip()]
body, size = [], 0
while size < pages * 3000:
    for p in paragraphs:
        body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(p))
        size += len(p)
document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            + "".join(body) + "</w:body></w:document>")
types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", types)
    z.writestr("_rels/.rels", rels)
    z.writestr("word/document.xml", document)
print("%s: %d paragraphs, %d characters" % (out, len(body), size))
