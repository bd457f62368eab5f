import { describe, expect, it } from 'vitest';
import { createLinkResolver } from '../../../src/core/links/LinkResolver';
import { resolveLink } from '../../../src/core/links/resolveLink';
import { classifyHref } from '../../../src/core/links/classifyHref';

const resolver = createLinkResolver({
  concepts: [
    ['vectors', 'Vectors', ['old-vectors']],
    ['chain-rule', 'The chain rule', ['vectors']],
  ],
  roadmaps: ['tour'],
  courses: ['course'],
  assets: ['assets/a.svg'],
  base: '',
});

describe('createLinkResolver', () => {
  it("resolves ids and aliases; an id always wins over another concept's alias", () => {
    expect(resolver.concept('old-vectors')).toEqual({ id: 'vectors', title: 'Vectors' });
    expect(resolver.concept('vectors')!.id).toBe('vectors');
    expect(resolver.concept('nope')).toBeUndefined();
    expect([resolver.roadmap('tour'), resolver.course('course'), resolver.asset('assets/a.svg'), resolver.asset('x')]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('copies itself with new titles, aliases following their concept, leaving the original alone', () => {
    const renamed = resolver.withTitles([['vectors', 'Vector spaces', ['old-vectors']]]);
    expect(renamed.concept('old-vectors')).toEqual({ id: 'vectors', title: 'Vector spaces' });
    expect(resolver.concept('vectors')!.title).toBe('Vectors');
  });

  it('trusts every file link when the asset list is unknown', () => {
    expect(createLinkResolver({ concepts: [], roadmaps: [], courses: [], assets: null, base: '' }).asset('anything')).toBe(true);
  });
});

describe('resolveLink', () => {
  const resolve = (href: string, from = 'concepts/x.md') => resolveLink(classifyHref(href, from), href, resolver);
  it('gives app URLs for what exists', () => {
    expect(resolve('old-vectors#def')).toEqual({ kind: 'concept', href: '/concepts/vectors#def', id: 'vectors', title: 'Vectors' });
    expect(resolve('../roadmaps/tour.md')).toEqual({ kind: 'page', href: '/roadmaps/tour' });
    expect(resolve('../assets/a.svg')).toEqual({ kind: 'asset', href: '/content/assets/a.svg' });
    expect(resolve('https://x.org')).toEqual({ kind: 'external' });
  });

  it('puts the site base in front of every app URL, also in copies with new titles', () => {
    const under = createLinkResolver({
      concepts: [['vectors', 'Vectors', []]],
      roadmaps: ['tour'],
      courses: [],
      assets: ['assets/a.svg'],
      base: '/course',
    });
    const at = (href: string, r = under) => resolveLink(classifyHref(href, 'concepts/x.md'), href, r);
    expect(at('vectors#def')).toMatchObject({ kind: 'concept', href: '/course/concepts/vectors#def' });
    expect(at('../roadmaps/tour.md')).toEqual({ kind: 'page', href: '/course/roadmaps/tour' });
    expect(at('../assets/a.svg')).toEqual({ kind: 'asset', href: '/course/content/assets/a.svg' });
    expect(at('vectors', under.withTitles([['vectors', 'Vector spaces', []]]))).toMatchObject({
      href: '/course/concepts/vectors',
      title: 'Vector spaces',
    });
  });

  it('explains what is broken, with the closest match', () => {
    expect(resolve('vectros')).toMatchObject({
      kind: 'broken',
      expected: 'vectors',
      message: expect.stringContaining('did you mean `vectors`?'),
    });
    expect(resolveLinkWiki('Chain Rule')).toMatchObject({ kind: 'broken', expected: 'chain-rule' });
    expect(resolve('../assets/b.svg')).toMatchObject({ kind: 'broken', message: expect.stringContaining('`assets/b.svg`') });
  });
});

function resolveLinkWiki(text: string) {
  return resolveLink(classifyHref(text, 'concepts/x.md', 'wiki'), text, resolver);
}
