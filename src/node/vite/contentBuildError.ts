import { inspect } from 'node:util';

/**
 * An error that prints as its message alone. Vite prints a failed build's error with
 * `util.inspect`, stack trace and all; when the diagnostics printed above it say everything, a
 * stack trace only buries them.
 */
export function contentBuildError(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  Object.defineProperty(error, inspect.custom, { value: () => message });
  return error;
}
