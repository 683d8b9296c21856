import { HttpError } from '../errors.ts';
import { blocknoteToMarkdown, markdownToBlocknote } from './rich-text.ts';

describe('markdown <-> BlockNote', () => {
  it('makes one paragraph block per line, empty lines without content', () => {
    const blocks = JSON.parse(markdownToBlocknote('First\n\nThird')) as {
      id: string;
      type: string;
      content: { type: string; text: string }[];
      children: unknown[];
    }[];
    expect(blocks).toHaveLength(3);
    expect(new Set(blocks.map((b) => b.id)).size).toBe(3);
    expect(blocks.every((b) => b.type === 'paragraph' && b.children.length === 0)).toBe(true);
    expect(blocks.map((b) => b.content)).toEqual([
      [{ type: 'text', text: 'First', styles: {} }],
      [],
      [{ type: 'text', text: 'Third', styles: {} }],
    ]);
  });

  it('round-trips text through both forms', () => {
    const markdown = 'Call Ada\r\nabout the *renewal*\n';
    expect(blocknoteToMarkdown(markdownToBlocknote(markdown), 'bodyV2.blocknote')).toBe(
      'Call Ada\nabout the *renewal*\n',
    );
  });

  it('reads text from links and nested children', () => {
    const doc = JSON.stringify([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'See ' },
          { type: 'link', content: [{ type: 'text', text: 'site' }] },
        ],
        children: [{ type: 'paragraph', content: [{ type: 'text', text: 'child' }] }],
      },
    ]);
    expect(blocknoteToMarkdown(doc, 'b')).toBe('See site\nchild');
  });

  it.each(['not json', '{"type":"paragraph"}'])(
    'refuses %j as blocknote, naming the field',
    (text) => {
      expect(() => blocknoteToMarkdown(text, 'bodyV2.blocknote')).toThrow(HttpError);
      expect(() => blocknoteToMarkdown(text, 'bodyV2.blocknote')).toThrow(/bodyV2\.blocknote/);
    },
  );
});
