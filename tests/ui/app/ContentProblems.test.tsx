// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/core/diagnostics/Diagnostic';
import { fixtureIndex } from '../fixtures/fixtureIndex';
import { renderApp } from '../renderApp';

const diagnostics: Diagnostic[] = [
  {
    file: 'concepts/vectors.md',
    line: 4,
    column: 17,
    severity: 'error',
    rule: 'unknown-prerequisite',
    message: 'Expected a known concept id, found `vectr`; did you mean `vectors`?',
  },
  {
    file: 'concepts/matrices.md',
    line: 1,
    column: 1,
    severity: 'warning',
    rule: 'orphan',
    message: 'Expected a roadmap to link to `matrices` or another concept to need it, found neither.',
  },
  { file: 'site.yaml', line: 2, column: 1, severity: 'warning', rule: 'unknown-field', message: 'Expected a known field, found `colour`.' },
];
const index = { ...fixtureIndex, diagnostics };

describe('ContentProblems (while authoring)', () => {
  it('counts errors and warnings, and lists each with its place, message and page', async () => {
    const { user } = renderApp('/', { index, authoring: true });
    const toggle = screen.getByRole('button', { name: 'Content: 1 error, 2 warnings' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const items = within(screen.getByRole('complementary', { name: 'Content problems' })).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.problem-place')!.textContent)).toEqual([
      'concepts/vectors.md:4:17',
      'concepts/matrices.md:1:1',
      'site.yaml:2:1',
    ]);
    expect(items[0]!.textContent).toContain('error Expected a known concept id, found vectr; did you mean vectors? [unknown-prerequisite]');
    expect(within(items[0]!).getByRole('link', { name: 'Open its page' }).getAttribute('href')).toBe('/concepts/vectors');
    expect(within(items[2]!).queryByRole('link')).toBeNull();
    await user.keyboard('{Escape}');
    expect(document.getElementById('content-problems-list')).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('follows content updates, and shows nothing for clean content or outside authoring', () => {
    const { store } = renderApp('/', { index, authoring: true });
    act(() => store.getState().applyContentUpdate({ patch: { bodies: {}, diagnostics: diagnostics.slice(1, 2) }, changed: [] }));
    expect(screen.getByRole('button', { name: 'Content: 1 warning' })).toBeTruthy();
    act(() => store.getState().applyContentUpdate({ patch: { bodies: {}, diagnostics: [] }, changed: [] }));
    expect(screen.queryByRole('complementary', { name: 'Content problems' })).toBeNull();
  });

  it('is not there for learners', () => {
    renderApp('/', { index });
    expect(screen.queryByRole('complementary', { name: 'Content problems' })).toBeNull();
  });
});
