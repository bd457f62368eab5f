import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/core/frontmatter/splitFrontMatter';

describe('splitFrontMatter', () => {
  it('splits YAML from the body and says on which line the body starts', () => {
    const split = splitFrontMatter('---\ntitle: A\n---\n\nBody\n');
    expect(split).toEqual({ yaml: 'title: A\n', yamlOffset: 4, unclosed: false, body: '\nBody\n', bodyLine: 4 });
  });

  it('accepts `...` as the closing fence, trailing blanks, CRLF and a byte-order mark', () => {
    expect(splitFrontMatter('---\r\na: 1\r\n...\r\nx').body).toBe('x');
    expect(splitFrontMatter('---  \na: 1\n---\t\nx').yaml).toBe('a: 1\n');
    const bom = splitFrontMatter('\uFEFF---\na: 1\n---\nx');
    expect(bom.yaml).toBe('a: 1\n');
    expect(bom.yamlOffset).toBe(5);
  });

  it('reports a file without front-matter, and an unclosed one', () => {
    expect(splitFrontMatter('# Title\n')).toMatchObject({ yaml: null, body: '# Title\n', bodyLine: 1 });
    expect(splitFrontMatter('----\n')).toMatchObject({ yaml: null });
    expect(splitFrontMatter('---\na: 1\nno end')).toMatchObject({ yaml: 'a: 1\nno end', unclosed: true, body: '' });
  });

  it('handles a closing fence at the very end of the file', () => {
    expect(splitFrontMatter('---\na: 1\n---')).toMatchObject({ yaml: 'a: 1\n', body: '', unclosed: false, bodyLine: 3 });
  });
});
