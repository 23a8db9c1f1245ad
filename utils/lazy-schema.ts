import type { z } from 'zod';

/**
 * A schema built on first use instead of at module load. Building a zod schema runs a good deal of code
 * (every `.optional()` or `.max()` is a new schema), and every extension page and the service worker
 * import most of ours: built eagerly they cost ~50 ms of a cold start, mostly for messages that page
 * never sends. The proxy forwards everything to the real schema, so callers, `z.infer`, nesting in other
 * schemas and methods like `.extend()` see no difference.
 */
export function lazySchema<T extends z.ZodType>(build: () => T): T {
  let built: T | undefined;
  const real = () => (built ??= build());
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(real(), key),
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      // The stand-in target has no such property: a proxy may only report it as configurable.
      if (descriptor) descriptor.configurable = true;
      return descriptor;
    },
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(real(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}
