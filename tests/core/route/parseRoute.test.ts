import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseRoute } from '../../../src/core/route/parseRoute';
import { hrefFor } from '../../../src/core/route/hrefFor';
import type { Route } from '../../../src/core/route/Route';

describe('parseRoute', () => {
  it.each<[string, string, Route]>([
    ['/', '', { kind: 'home' }],
    ['/about', '', { kind: 'about' }],
    ['/about/', '', { kind: 'about' }],
    ['/settings', '', { kind: 'settings' }],
    ['/explore', '', { kind: 'explore' }],
    ['/roadmaps/deep-learning', '', { kind: 'roadmap', id: 'deep-learning' }],
    ['/concepts/chain-rule', '', { kind: 'concept', id: 'chain-rule' }],
    ['/courses/dl', '', { kind: 'course', id: 'dl' }],
    ['/plan/new', '', { kind: 'plan-new' }],
    ['/plan/v1/abc', '?k=x&t=y', { kind: 'plan', url: '/plan/v1/abc?k=x&t=y' }],
    ['/plan/v1/abc', 'k=x', { kind: 'plan', url: '/plan/v1/abc?k=x' }],
    ['/embed/plan/v1/abc', '?t=T', { kind: 'embed-plan', url: '/plan/v1/abc?t=T' }],
    ['/check/plan/v1/abc', '?t=T', { kind: 'placement', url: '/plan/v1/abc?t=T' }],
    ['/check/plan/v1/abc/', '', { kind: 'placement', url: '/plan/v1/abc' }],
  ])('%s%s is %j', (path, search, route) => {
    expect(parseRoute(path, search)).toEqual(route);
  });

  it.each([
    '/nope',
    '/concepts',
    '/concepts/a/b',
    '/roadmaps/',
    '/embed/plan',
    '/check',
    '/check/plan',
    '/check/concepts/a',
    'relative',
    `/${'x'.repeat(5000)}`,
  ])('%s is not found', (path) => {
    expect(parseRoute(path).kind).toBe('not-found');
  });

  it('decodes percent-escapes in ids and refuses malformed ones without throwing', () => {
    expect(parseRoute('/concepts/caf%C3%A9')).toEqual({ kind: 'concept', id: 'café' });
    expect(parseRoute('/concepts/%E0%A4%A')).toEqual({ kind: 'not-found', path: '/concepts/%E0%A4%A' });
  });
});

describe('hrefFor', () => {
  it('encodes ids so they stay one path segment', () => {
    expect(hrefFor({ kind: 'concept', id: 'a/b?c' })).toBe('/concepts/a%2Fb%3Fc');
  });

  it('round-trips through parseRoute', () => {
    const id = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== 'new');
    const route: fc.Arbitrary<Route> = fc.oneof(
      fc.constant<Route>({ kind: 'home' }),
      fc.constant<Route>({ kind: 'about' }),
      fc.constant<Route>({ kind: 'settings' }),
      fc.constant<Route>({ kind: 'plan-new' }),
      id.map((s): Route => ({ kind: 'concept', id: s })),
      id.map((s): Route => ({ kind: 'roadmap', id: s })),
      id.map((s): Route => ({ kind: 'course', id: s })),
      fc.stringMatching(/^[a-zA-Z0-9_-]{1,30}$/).map((s): Route => ({ kind: 'plan', url: `/plan/v1/${s}?t=${s}` })),
      fc.stringMatching(/^[a-zA-Z0-9_-]{1,30}$/).map((s): Route => ({ kind: 'placement', url: `/plan/v1/${s}?t=${s}` })),
    );
    fc.assert(
      fc.property(route, (r) => {
        const href = hrefFor(r);
        const [path = '', query = ''] = href.split(/(?=\?)/);
        expect(parseRoute(path, query)).toEqual(r);
      }),
    );
  });
});
