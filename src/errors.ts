/**
 * Errors thrown for a caller's mistake. "Nothing found" is never an error:
 * functions return `undefined` or `[]` for that.
 */

/** Machine-readable error codes. */
export type OnomastErrorCode = 'ERR_INVALID_ARGUMENT' | 'ERR_UNKNOWN_SCHEME' | 'ERR_UNKNOWN_ENTITY' | 'ERR_INVALID_DATA' | 'ERR_MISSING_DEPENDENCY';

/**
 * Base class of every error onomast throws on purpose.
 *
 * @example
 * try { transliterate('x', { scheme: 'nope' }) } catch (e) { if (isOnomastError(e)) console.error(e.code) }
 */
export class OnomastError extends Error {
  readonly code: OnomastErrorCode;
  constructor(code: OnomastErrorCode, message: string) {
    super(message);
    this.name = 'OnomastError';
    this.code = code;
  }
}

/**
 * A function got an argument or option of the wrong type or value.
 * The message names the function, the problem and the valid values.
 */
export class InvalidArgumentError extends OnomastError {
  constructor(message: string) {
    super('ERR_INVALID_ARGUMENT', message);
    this.name = 'InvalidArgumentError';
  }
}

/** A scheme id that no scheme has; `knownIds` lists the valid ones. */
export class UnknownSchemeError extends OnomastError {
  readonly knownIds: readonly string[];
  constructor(fn: string, id: string, knownIds: readonly string[]) {
    super('ERR_UNKNOWN_SCHEME', `${fn}: unknown scheme ${JSON.stringify(id)}; known schemes: ${knownIds.join(', ')}`);
    this.name = 'UnknownSchemeError';
    this.knownIds = knownIds;
  }
}

/** An entity id the glossary does not have. */
export class UnknownEntityError extends OnomastError {
  readonly id: string;
  constructor(fn: string, id: string) {
    super('ERR_UNKNOWN_ENTITY', `${fn}: no entity with id ${JSON.stringify(id)}; use findEntity() to test for an id, or search() to find one by name`);
    this.name = 'UnknownEntityError';
    this.id = id;
  }
}

/** One problem found in user data, with its JSON path (`$[3].aliases[0].kind`). */
export interface DataProblem {
  readonly path: string;
  readonly message: string;
}

/** User data (a glossary file or array) that does not follow the entity schema; `problems` lists every issue. */
export class InvalidDataError extends OnomastError {
  readonly problems: readonly DataProblem[];
  constructor(fn: string, what: string, problems: readonly DataProblem[]) {
    const shown = problems.slice(0, 20).map((p) => `\n  ${p.path}: ${p.message}`).join('');
    const more = problems.length > 20 ? `\n  … and ${problems.length - 20} more` : '';
    super('ERR_INVALID_DATA', `${fn}: ${what} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:${shown}${more}`);
    this.name = 'InvalidDataError';
    this.problems = problems;
  }
}

/** An optional peer dependency a feature needs is not installed; the message says what to install. */
export class MissingDependencyError extends OnomastError {
  constructor(fn: string, dependency: string, purpose: string) {
    super('ERR_MISSING_DEPENDENCY', `${fn}: ${purpose} needs the optional peer dependency ${dependency}: npm install ${dependency}`);
    this.name = 'MissingDependencyError';
  }
}

const CODES: ReadonlySet<string> = new Set<OnomastErrorCode>(['ERR_INVALID_ARGUMENT', 'ERR_UNKNOWN_SCHEME', 'ERR_UNKNOWN_ENTITY', 'ERR_INVALID_DATA', 'ERR_MISSING_DEPENDENCY']);

/**
 * True for errors thrown by onomast, also across copies of the package
 * (checks name and code rather than `instanceof`).
 *
 * @example
 * isOnomastError(new UnknownSchemeError('getScheme', 'x', [])) // true
 */
export function isOnomastError(value: unknown): value is OnomastError {
  if (typeof value !== 'object' || value === null) return false;
  let code: unknown;
  let name: unknown;
  try {
    code = (value as { code?: unknown }).code;
    name = (value as { name?: unknown }).name;
  } catch {
    return false;
  }
  return typeof code === 'string' && CODES.has(code) && typeof name === 'string' && name.endsWith('Error');
}
