/**
 * `{ ...defaults, ...options }`, except that options set to `undefined` keep their default (so a
 * caller can pass `{ locale: maybeLocale }` without erasing the default).
 */
export function withDefaults<D extends object, O extends object>(defaults: D, options: O | undefined): D & O {
  const out = { ...defaults } as Record<string, unknown>;
  if (options) for (const [k, v] of Object.entries(options)) if (v !== undefined) out[k] = v;
  return out as D & O;
}
