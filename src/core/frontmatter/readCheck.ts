import type { ConceptCheck } from '../model';
import type { FieldReader, Scope } from './FieldReader';

const CHECK_FIELDS = ['question', 'choices', 'correct', 'explanation', 'answer'] as const;

/**
 * Reads item `i` of a concept's `checks`: a multiple-choice question (`choices` + `correct`) or a
 * recall question (`answer`). Every mistake is a placed diagnostic and costs only that check.
 */
export function readCheck(reader: FieldReader, top: Scope, i: number, item: unknown): ConceptCheck | undefined {
  const expected = 'a mapping with `question` and either `choices` + `correct` or `answer`';
  const scope = reader.itemScope(top, 'checks', i, item, 'check', CHECK_FIELDS, expected);
  if (!scope) return undefined;
  const fields = scope.data;
  const question = reader.string(scope, 'question', true);
  const explanation = reader.string(scope, 'explanation', false);
  if (fields.choices === undefined || fields.choices === null) {
    if (fields.correct !== undefined && fields.correct !== null) {
      reader.invalid(scope, 'correct', 'used with `choices` only (a recall question has an `answer`)', fields.correct);
    }
    const answer = reader.string(scope, 'answer', false);
    if (answer === undefined && !Object.hasOwn(fields, 'answer')) {
      reader.report(
        scope.path,
        'value',
        'missing-field',
        `Expected check ${i + 1} to have \`choices\` with \`correct\` (graded by the app) or an \`answer\` (a recall question), found neither.`,
        {
          expected: 'choices',
        },
      );
    }
    return question === undefined || answer === undefined ? undefined : { kind: 'recall', question, answer };
  }
  if (Object.hasOwn(fields, 'answer')) {
    reader.invalid(
      scope,
      'answer',
      'absent when the check has `choices` (its `explanation` says why the right choice is right)',
      fields.answer,
    );
  }
  const choices = readChoices(reader, scope);
  const correct = readCorrect(reader, scope, choices);
  if (question === undefined || choices === undefined || correct === undefined) return undefined;
  return explanation === undefined
    ? { kind: 'choice', question, choices, correct }
    : { kind: 'choice', question, choices, correct, explanation };
}

function readChoices(reader: FieldReader, scope: Scope): string[] | undefined {
  const raw = reader.list(scope, 'choices');
  if (!Array.isArray(scope.data.choices)) return undefined;
  const choices: string[] = [];
  let ok = true;
  for (const [j, choice] of raw.entries()) {
    const text = typeof choice === 'string' || typeof choice === 'number' ? String(choice).trim() : '';
    if (text === '') {
      reader.itemInvalid(scope, 'choices', j, 'some text', choice);
      ok = false;
    } else if (choices.includes(text)) {
      reader.itemInvalid(
        scope,
        'choices',
        j,
        `a choice different from the others (it repeats choice ${choices.indexOf(text) + 1})`,
        choice,
      );
      ok = false;
    } else choices.push(text);
  }
  if (ok && choices.length < 2) {
    reader.report(
      [...scope.path, 'choices'],
      'value',
      'invalid-field',
      `Expected \`choices\` of check ${(scope.index ?? 0) + 1} to list at least two choices, found ${choices.length}.`,
      {
        expected: 'at least two choices',
        actual: String(choices.length),
      },
    );
    return undefined;
  }
  return ok ? choices : undefined;
}

function readCorrect(reader: FieldReader, scope: Scope, choices: readonly string[] | undefined): number | undefined {
  const value = scope.data.correct;
  if (value === undefined || value === null) {
    reader.missing(scope, 'correct');
    return undefined;
  }
  const count = choices?.length ?? (Array.isArray(scope.data.choices) ? scope.data.choices.length : 0);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || (count > 0 && value >= count)) {
    const range = count > 0 ? `from 0 to ${count - 1}` : 'of at least 0';
    reader.invalid(scope, 'correct', `the 0-based index of the right choice, a whole number ${range}`, value);
    return undefined;
  }
  return value;
}
