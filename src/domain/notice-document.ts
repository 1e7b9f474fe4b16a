/**
 * The privacy notice in words, as the PDF and the .docx are made from it. Kept apart from the
 * draft's logic and free of imports, so the file writers, loaded on demand, bring nothing else.
 */

/** The notice in words, ready to be drawn as a PDF or written as a .docx. */
export interface NoticeDocument {
  readonly lang: string;
  /** The language with its country, for spelling in a word processor: sv-FI, fi-FI, en-GB. */
  readonly locale: string;
  readonly fileName: string;
  readonly title: string;
  readonly subtitle: string;
  readonly date: string;
  /** Says that this is a draft to check, not legal advice. */
  readonly draft: string;
  /** Each section's text: paragraphs apart by a blank line, list items starting with "– ". */
  readonly sections: readonly { readonly title: string; readonly text: string }[];
  readonly todo: {
    readonly title: string;
    readonly note: string;
    readonly items: readonly string[];
  };
  /** Page footer, with %PAGE% and %PAGES% where the page numbers go. */
  readonly page: string;
}

/** The marker of a list item in a section's text. */
export const LIST_ITEM = '– ';

/** A section's text as blocks: paragraphs, and runs of list items. */
export function noticeBlocks(
  text: string,
): readonly (
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
)[] {
  const blocks: ({ kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] })[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const last = blocks[blocks.length - 1];
    if (line === '') blocks.push({ kind: 'paragraph', text: '' });
    else if (line.startsWith('–') || line.startsWith('-') || line.startsWith('•')) {
      const item = line.replace(/^[–•-]\s*/, '');
      if (last?.kind === 'list') last.items.push(item);
      else blocks.push({ kind: 'list', items: [item] });
    } else if (last?.kind === 'paragraph' && last.text !== '') last.text += `\n${line}`;
    else if (last?.kind === 'paragraph') last.text = line;
    else blocks.push({ kind: 'paragraph', text: line });
  }
  return blocks.filter((b) => b.kind === 'list' || b.text !== '');
}
