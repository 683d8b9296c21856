import { badRequest } from '../errors.ts';
import { jsonDepth, MAX_JSON_DEPTH, tooDeepMessage } from '../json-depth.ts';

// Clients may write a task body as markdown alone (Dalil: "send bodyV2.markdown"); the server
// keeps both representations filled, as Twenty does, with a simple paragraph-per-line document.

type InlineText = { type: 'text'; text: string; styles: Record<string, never> };
type Block = {
  id: string;
  type: 'paragraph';
  props: { textColor: 'default'; backgroundColor: 'default'; textAlignment: 'left' };
  content: InlineText[];
  children: Block[];
};

export function markdownToBlocknote(markdown: string): string {
  const blocks: Block[] = markdown.split(/\r?\n/).map((line, i) => ({
    id: `block-${i + 1}`,
    type: 'paragraph',
    props: { textColor: 'default', backgroundColor: 'default', textAlignment: 'left' },
    content: line === '' ? [] : [{ type: 'text', text: line, styles: {} }],
    children: [],
  }));
  return JSON.stringify(blocks);
}

function blockText(block: unknown): string[] {
  if (typeof block !== 'object' || block === null) return [];
  const { content, children } = block as { content?: unknown; children?: unknown };
  const inline = Array.isArray(content) ? content : [];
  const line = inline
    .map((item: unknown) => {
      if (typeof item !== 'object' || item === null) return '';
      const { text, content: nested } = item as { text?: unknown; content?: unknown };
      if (typeof text === 'string') return text;
      return Array.isArray(nested)
        ? nested.map((n: { text?: unknown }) => String(n?.text ?? '')).join('')
        : '';
    })
    .join('');
  const nested = Array.isArray(children) ? children.flatMap(blockText) : [];
  return [line, ...nested];
}

/** Plain text of a BlockNote document, a line per block; refuses text that is not one. */
export function blocknoteToMarkdown(blocknote: string, path: string): string {
  let doc: unknown;
  try {
    doc = JSON.parse(blocknote);
  } catch {
    throw badRequest(`Invalid value for '${path}': expected a JSON string of BlockNote blocks`);
  }
  if (!Array.isArray(doc)) {
    throw badRequest(`Invalid value for '${path}': expected a JSON array of BlockNote blocks`);
  }
  // The document is a string inside the body, so the body's depth limit never saw it.
  if (jsonDepth(doc, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    throw badRequest(`Invalid value for '${path}': ${tooDeepMessage('the document')}`);
  }
  return doc.flatMap(blockText).join('\n');
}
