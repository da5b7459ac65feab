/**
 * The codes a {@link CotejoError} can carry.
 * - `INVALID_INPUT`: an argument that should be text (or sentences) is not;
 * - `INVALID_OPTION`: an option has an unknown name or a value out of its range;
 * - `INVALID_FORMAT`: structured input (TMX, JSON resources, a batch line) cannot be parsed.
 */
export type CotejoErrorCode = 'INVALID_INPUT' | 'INVALID_OPTION' | 'INVALID_FORMAT';

/**
 * The only error cotejo throws, and only for bad arguments or options: odd *text* never throws.
 * The message says what to do instead.
 *
 * @example
 * ```ts
 * try { segment(42 as never); } catch (e) { if (e instanceof CotejoError) console.log(e.code); }
 * ```
 */
export class CotejoError extends Error {
  /** Machine-readable reason. */
  readonly code: CotejoErrorCode;
  /** The argument or option at fault, when there is one (`'text'`, `'options.lang'`…). */
  readonly path?: string;

  constructor(code: CotejoErrorCode, message: string, path?: string) {
    super(message);
    this.name = 'CotejoError';
    this.code = code;
    if (path !== undefined) this.path = path;
  }
}

/** Throws `INVALID_INPUT` unless `value` is a string. `name` names the argument in the message. */
export function assertText(value: unknown, name = 'text'): asserts value is string {
  if (typeof value !== 'string') {
    throw new CotejoError(
      'INVALID_INPUT',
      `${name} must be a string, got ${value === null ? 'null' : typeof value}; pass the article text as a string.`,
      name,
    );
  }
}

/**
 * Throws `INVALID_OPTION` if `value` (the option at `path`) is not one of `allowed`.
 * Returns the value, narrowed, so it can be used inline.
 */
export function assertOneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new CotejoError(
      'INVALID_OPTION',
      `${path} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${JSON.stringify(value)}.`,
      path,
    );
  }
  return value as T;
}

/** Throws `INVALID_OPTION` if `value` (the option at `path`) is not a finite number within [min, max]. */
export function assertNumberInRange(value: unknown, min: number, max: number, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new CotejoError(
      'INVALID_OPTION',
      `${path} must be a number from ${min} to ${max}, got ${JSON.stringify(value)}.`,
      path,
    );
  }
  return value;
}
