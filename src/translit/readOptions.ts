import { InvalidArgumentError } from '../errors.js';

/**
 * Reads an options object defensively: `undefined` means no options; anything but a plain
 * object, an unknown key, or a getter that throws becomes an `InvalidArgumentError` naming
 * the function and the valid keys. Each property is read once.
 */
export function readOptions(fn: string, options: unknown, keys: readonly string[]): Record<string, unknown> {
  if (options === undefined) return {};
  let array = false;
  try {
    array = Array.isArray(options); // throws on a revoked Proxy
  } catch {
    throw new InvalidArgumentError(`${fn}: options could not be read (a revoked Proxy); pass a plain object with keys ${keys.join(', ')}`);
  }
  if (typeof options !== 'object' || options === null || array) {
    throw new InvalidArgumentError(`${fn}: options must be an object with keys ${keys.join(', ')}; got ${describe(options)}`);
  }
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  try {
    for (const key of Object.keys(options)) {
      if (!keys.includes(key)) {
        throw new InvalidArgumentError(`${fn}: unknown option ${JSON.stringify(key)}; valid options: ${keys.join(', ')}`);
      }
      out[key] = (options as Record<string, unknown>)[key];
    }
  } catch (e) {
    if (e instanceof InvalidArgumentError) throw e;
    throw new InvalidArgumentError(`${fn}: options could not be read (${e instanceof Error ? e.message : String(e)}); pass a plain object with keys ${keys.join(', ')}`);
  }
  return out;
}

/** A short description of a value's type for error messages. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  try {
    if (Array.isArray(value)) return 'an array';
  } catch {
    return 'a revoked Proxy';
  }
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
