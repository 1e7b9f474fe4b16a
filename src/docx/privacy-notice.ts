import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { noticeBlocks, type NoticeDocument } from '../domain/notice-document';

/** A paragraph whose single line breaks stay line breaks. */
function lines(text: string, options: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return text
    .split('\n')
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...options }));
}

function body(text: string): Paragraph[] {
  return noticeBlocks(text).flatMap((block) =>
    block.kind === 'list'
      ? block.items.map((item) => new Paragraph({ children: lines(item), bullet: { level: 0 } }))
      : [new Paragraph({ children: lines(block.text), spacing: { after: 120 } })],
  );
}

/** The page footer: the notice's subtitle and "page n/m" with Word's own page fields. */
function footer(n: NoticeDocument): Footer {
  const [before, rest] = n.page.split('%PAGE%');
  const [between, after] = (rest ?? '').split('%PAGES%');
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ text: `${n.subtitle} · ${before}`, size: 16 }),
          new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
          new TextRun({ text: between ?? '', size: 16 }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }),
          new TextRun({ text: after ?? '', size: 16 }),
        ],
      }),
    ],
  });
}

/**
 * Writes the privacy notice as a .docx that a word processor opens and edits: real headings and
 * bullet lists, the language set for spelling. Loaded with import() only when it is asked for.
 */
export async function makeNoticeDocx(n: NoticeDocument): Promise<{ blob: Blob; fileName: string }> {
  const children: Paragraph[] = [
    new Paragraph({ text: n.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: n.subtitle, bold: true, size: 28 })] }),
    new Paragraph({ children: [new TextRun({ text: n.date, color: '4A5560' })] }),
    new Paragraph({
      children: [new TextRun({ text: n.draft, bold: true, color: '4A5560' })],
      spacing: { before: 120, after: 240 },
    }),
    ...n.sections.flatMap((s, i) => [
      new Paragraph({ text: `${i + 1}. ${s.title}`, heading: HeadingLevel.HEADING_1 }),
      ...body(s.text),
    ]),
  ];
  const todo: Paragraph[] =
    n.todo.items.length > 0
      ? [
          new Paragraph({
            text: n.todo.title,
            heading: HeadingLevel.HEADING_1,
            pageBreakBefore: true,
          }),
          new Paragraph({ children: [new TextRun({ text: n.todo.note, italics: true })] }),
          ...n.todo.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } })),
        ]
      : [];
  const document = new Document({
    creator: 'Markkinapaja',
    title: `${n.title} – ${n.subtitle}`,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, language: { value: n.locale } } },
      },
    },
    sections: [{ footers: { default: footer(n) }, children: [...children, ...todo] }],
  });
  const blob = await Packer.toBlob(document);
  return {
    blob: new Blob([blob], {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    }),
    fileName: `${n.fileName}.docx`,
  };
}
