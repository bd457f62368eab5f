import { describe, expect, it } from 'vitest';
import { classifyHref, resolvePath } from '../../../src/core/links/classifyHref';

describe('classifyHref', () => {
  const from = 'concepts/a.md';
  it.each([
    ['vectors', 'link', { kind: 'concept', id: 'vectors', hash: '' }],
    ['vectors#part', 'link', { kind: 'concept', id: 'vectors', hash: '#part' }],
    ['./vectors.md', 'link', { kind: 'concept', id: 'vectors', hash: '' }],
    ['../concepts/vectors.md#x', 'link', { kind: 'concept', id: 'vectors', hash: '#x' }],
    ['../roadmaps/deep.md', 'link', { kind: 'roadmap', id: 'deep', hash: '' }],
    ['../courses/c.md', 'link', { kind: 'course', id: 'c', hash: '' }],
    ['/concepts/vectors', 'link', { kind: 'concept', id: 'vectors', hash: '' }],
    ['/content/assets/x.svg', 'link', { kind: 'file', path: 'assets/x.svg', hash: '' }],
    ['../assets/my%20fig.svg', 'image', { kind: 'file', path: 'assets/my fig.svg', hash: '' }],
    ['fig', 'image', { kind: 'file', path: 'concepts/fig', hash: '' }],
    ['../../x.md', 'link', { kind: 'outside' }],
    ['https://example.org', 'link', { kind: 'external' }],
    ['//cdn.example.org/x', 'link', { kind: 'external' }],
    ['mailto:a@b.c', 'link', { kind: 'external' }],
    ['#section', 'link', { kind: 'anchor' }],
    ['/plan?targets=a', 'link', { kind: 'site' }],
    ['javascript:alert(1)', 'link', { kind: 'unsafe', scheme: 'javascript' }],
    ['  Java\nScript:alert(1)', 'link', { kind: 'unsafe', scheme: 'javascript' }],
    ['data:text/html,x', 'image', { kind: 'unsafe', scheme: 'data' }],
    [' Chain Rule ', 'wiki', { kind: 'concept', id: 'Chain Rule', hash: '' }],
  ] as const)('%s (%s)', (href, mode, expected) => {
    expect(classifyHref(href, from, mode)).toEqual(expected);
  });
});

describe('resolvePath', () => {
  it('resolves against the file folder and refuses to leave the content folder', () => {
    expect(resolvePath('roadmaps/r.md', '../concepts/./a.md')).toBe('concepts/a.md');
    expect(resolvePath('site.yaml', 'assets/x.png')).toBe('assets/x.png');
    expect(resolvePath('concepts/a.md', '../../a.md')).toBeUndefined();
  });
});
