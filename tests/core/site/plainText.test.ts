import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/core/site';

describe('plainText', () => {
  it('keeps the TeX source of math as written, emphasis markers in it included', () => {
    expect(plainText('Minimise $f(x) = x_1^2 * x_2$ by **steps**.')).toBe('Minimise $f(x) = x_1^2 * x_2$ by steps.');
    expect(plainText('Display $$\\sum_i a_i$$ inline.')).toBe('Display $$\\sum_i a_i$$ inline.');
  });

  it('reads `\\$` as a dollar sign and leaves a lone `$` alone', () => {
    expect(plainText('Costs \\$5, or $ 3 a _week_.')).toBe('Costs $5, or $ 3 a week.');
  });

  it('drops Markdown emphasis, strikethrough and code-span markers, keeping their text', () => {
    expect(plainText('*one* **two** ***three*** _four_ __five__ ~~six~~ `seven`')).toBe('one two three four five six seven');
    expect(plainText('**bold with *nested* emphasis**')).toBe('bold with nested emphasis');
  });

  it('keeps what is not emphasis: snake_case, spaced operators, escaped markers, code contents', () => {
    expect(plainText('learning_rate_decay and 2 * 3 * 4')).toBe('learning_rate_decay and 2 * 3 * 4');
    expect(plainText('a \\*literal\\* star')).toBe('a *literal* star');
    expect(plainText('call `f(*args, **kw)` here')).toBe('call f(*args, **kw) here');
  });

  it('reduces links and images to their text', () => {
    expect(plainText('See [the notes](https://example.edu/a "Notes") and ![a plot](plot.png).')).toBe('See the notes and a plot.');
  });

  it('is one line, with emphasis across a formula stripped too', () => {
    expect(plainText('  The *gradient $\\nabla f$*\n\nof a\tfunction.  ')).toBe('The gradient $\\nabla f$ of a function.');
  });
});
