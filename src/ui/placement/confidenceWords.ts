/**
 * How sure the quiz is of its conclusion about a concept, in words and as a percentage:
 * "very likely · 96%". `belief` is the probability the concept is known; `known` is the
 * conclusion it is measured against.
 */
export function confidenceWords(belief: number, known: boolean): string {
  const sure = known ? belief : 1 - belief;
  const words = sure >= 0.9 ? 'very likely' : sure >= 0.7 ? 'likely' : 'unsure';
  // Beliefs are shares of sampled states: "100%" would only mean no sample disagreed.
  return `${words} · ${Math.min(99, Math.round(100 * sure))}%`;
}
