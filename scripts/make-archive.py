#!/usr/bin/env python3
"""Builds an archive of past statements to align into a memory (rosetta align), for tests and benchmarks.

From a verse- or sentence-aligned TSV (columns id, en, ru, he; the Bible development split or
FLORES), N statements of varying length are written as a press office keeps them: a folder per
year and month, each statement in English and, most of the time, in Russian and Hebrew, in mixed
formats (plain text, HTML, Markdown, DOCX), with some translations missing. A statement takes a run
of consecutive rows; past the end of the source the runs start again from a new place, so an
archive can be larger than its source. No gold is written: an archive is what a user has.

  python3 scripts/make-archive.py ../shared/data/bible-en-ru-he/dev.tsv /tmp/archive --statements 10000
"""
import argparse
import csv
import html
import random
import sys
import zipfile
from pathlib import Path

LANGS = ("en", "ru", "he")
FORMATS = ("txt", "txt", "html", "md", "docx")


def rows(path):
    csv.field_size_limit(sys.maxsize)
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        columns = [header.index(lang) for lang in LANGS]
        return [[r[c].strip() for c in columns] for r in reader if len(r) >= len(header)]


def paragraphs(run, lang, rng):
    """The statement's text in one language: rows as sentences, a paragraph every few of them."""
    out, current = [], []
    for row in run:
        text = row[LANGS.index(lang)]
        if text:
            current.append(text)
        if len(current) >= rng.randint(2, 5):
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


def write(path, fmt, paras, lang):
    if fmt == "txt":
        path.write_text("\n\n".join(paras) + "\n", encoding="utf-8")
    elif fmt == "md":
        path.write_text("\n\n".join(paras) + "\n", encoding="utf-8")
    elif fmt == "html":
        body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paras)
        direction = ' dir="rtl"' if lang == "he" else ""
        path.write_text(f'<!DOCTYPE html>\n<html lang="{lang}"{direction}><head><meta charset="utf-8"><title>Statement</title></head>\n<body>\n{body}</body></html>\n', encoding="utf-8")
    else:
        docx(path, paras)


def docx(path, paras):
    """A minimal WordprocessingML package: what Word itself needs to open a document of paragraphs."""
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{html.escape(p, quote=False)}</w:t></w:r></w:p>' for p in paras)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                   '</Relationships>')
        z.writestr("word/document.xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                   f'<w:body>{body}</w:body></w:document>')


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("tsv")
    p.add_argument("outdir")
    p.add_argument("--statements", type=int, default=1000)
    p.add_argument("--min-rows", type=int, default=3)
    p.add_argument("--max-rows", type=int, default=40)
    p.add_argument("--missing", type=float, default=0.1, help="share of translations missing (each language apart)")
    p.add_argument("--formats", default=",".join(sorted(set(FORMATS))), help="formats to draw from: txt,html,md,docx")
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()
    rng = random.Random(args.seed)
    source = rows(args.tsv)
    formats = [f for f in FORMATS if f in args.formats.split(",")]
    if not source or not formats:
        sys.exit("make-archive.py: no rows in the source, or no known format asked for")
    out = Path(args.outdir)
    start = 0
    sentences = 0
    for n in range(args.statements):
        size = rng.randint(args.min_rows, args.max_rows)
        if start + size > len(source):
            start = rng.randrange(0, max(1, len(source) - size))
        run = source[start:start + size]
        start += size
        folder = out / str(2000 + n * 25 // max(1, args.statements)) / f"{n % 12 + 1:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        for lang in LANGS:
            if lang != "en" and rng.random() < args.missing:
                continue
            fmt = rng.choice(formats)
            write(folder / f"statement-{n + 1:05d}.{lang}.{fmt}", fmt, paragraphs(run, lang, rng), lang)
        sentences += len(run)
    print(f"{args.statements} statements, {sentences} rows a language, in {out}")


if __name__ == "__main__":
    main()
