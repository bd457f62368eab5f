// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Concept, ConceptId } from '../../../src/core/model';
import { CheckQuestion } from '../../../src/ui/checks/CheckQuestion';

const concept: Pick<Concept, 'id' | 'checks' | 'html'> = {
  id: 'softmax' as ConceptId,
  checks: [
    { kind: 'choice', question: 'Which is the error?', choices: ['p - y', 'y - p', 'p', 'y'], correct: 0, explanation: 'They cancel.' },
    { kind: 'recall', question: 'Why is backprop cheap?', answer: 'It reuses the error vector.' },
  ],
  html: { checks: { 0: { choices: { 0: '<span class="katex">p − y</span>' } } } },
};

afterEach(cleanup);

describe('CheckQuestion', () => {
  it('grades a choice once, shows the explanation and marks the right choice', async () => {
    const onAnswered = vi.fn();
    render(<CheckQuestion concept={concept} index={0} onAnswered={onAnswered} />);
    const check = screen.getByRole('button', { name: 'Check' });
    expect((check as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole('radio', { name: 'y - p' }));
    await userEvent.click(check);
    expect(onAnswered).toHaveBeenCalledWith({ correct: false });
    expect(screen.getByRole('status').textContent).toBe('Not quite. They cancel.');
    // Locked after one answer, with the right choice marked.
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'p - y' }).closest('fieldset')?.disabled).toBe(true);
    expect(screen.getByText('p − y').closest('label')?.className).toContain('check-choice-right');
    expect(onAnswered).toHaveBeenCalledTimes(1);
  });

  it('holds back whether it was right when asked to (a quiz)', async () => {
    const onAnswered = vi.fn();
    render(<CheckQuestion concept={concept} index={0} onAnswered={onAnswered} showFeedback={false} />);
    await userEvent.click(screen.getByRole('radio', { name: 'p - y' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(onAnswered).toHaveBeenCalledWith({ correct: true });
    expect(screen.getByRole('status').textContent).toBe('Answer recorded.');
    expect(screen.queryByText(/They cancel/)).toBeNull();
  });

  it('reveals a recall answer, then lets the learner grade themselves', async () => {
    const onAnswered = vi.fn();
    render(<CheckQuestion concept={concept} index={1} onAnswered={onAnswered} />);
    expect(screen.queryByText('It reuses the error vector.')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show the answer' }));
    expect(screen.getByText('It reuses the error vector.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'I remembered it' }));
    expect(onAnswered).toHaveBeenCalledWith({ correct: true });
    expect(screen.getByRole('status').textContent).toBe('Marked as remembered.');
    expect(screen.queryByRole('button', { name: 'I didn’t' })).toBeNull();
  });

  it('renders nothing for a check that does not exist', () => {
    const { container } = render(<CheckQuestion concept={concept} index={5} />);
    expect(container.innerHTML).toBe('');
  });
});
