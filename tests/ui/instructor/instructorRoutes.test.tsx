// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../renderApp';

describe('instructor routes in the app', () => {
  it('serves the plan builder at /plan/new, linked from the main navigation', () => {
    renderApp('/plan/new');
    expect(screen.getByRole('heading', { level: 1, name: 'Build a plan' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const link = nav.querySelector('a[href="/plan/new"]');
    expect(link?.textContent).toBe('Build a plan');
    expect(link?.getAttribute('aria-current')).toBe('page');
  });

  it('serves a course page at /courses/<id>', () => {
    renderApp('/courses/dl-course');
    expect(screen.getByRole('heading', { level: 1, name: 'A short course' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Week 1' })).toBeTruthy();
  });

  it('serves the embed without the site chrome', () => {
    renderApp('/embed/plan/v1/matrices?t=Matrix%20week');
    expect(screen.getByRole('heading', { level: 1, name: 'Matrix week' })).toBeTruthy();
    expect(document.querySelector('.site-header, .site-footer, .skip-link, nav')).toBeNull();
    expect(document.querySelectorAll('main')).toHaveLength(1);
  });

  it('offers export and embed under a plan', () => {
    renderApp('/plan/v1/matrices');
    expect(screen.getByRole('heading', { level: 2, name: 'Print, export and embed' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export as Markdown' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Embed this plan on another page' })).toBeTruthy();
  });
});
