import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { lazySchema } from '@/utils/lazy-schema';

describe('lazySchema', () => {
  it('builds the schema on first use, once', () => {
    const build = vi.fn(() => z.object({ name: z.string().max(3) }));
    const schema = lazySchema(build);
    expect(build).not.toHaveBeenCalled();
    expect(schema.parse({ name: 'abc', extra: 1 })).toEqual({ name: 'abc' });
    expect(schema.safeParse({ name: 'abcd' }).success).toBe(false);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('nests in other schemas without building them', () => {
    const build = vi.fn(() => z.object({ id: z.number() }));
    const item = lazySchema(build);
    const list = z.object({ items: z.array(item), one: item });
    expect(build).not.toHaveBeenCalled();
    expect(list.parse({ items: [{ id: 1 }], one: { id: 2 } })).toEqual({
      items: [{ id: 1 }],
      one: { id: 2 },
    });
    expect(build).toHaveBeenCalledTimes(1);
    expect(list.safeParse({ items: [{ id: '1' }] }).success).toBe(false);
  });

  it('works in discriminated unions, with extend, and as an instance of its class', () => {
    const a = lazySchema(() => z.object({ kind: z.literal('a'), n: z.number() }));
    const b = lazySchema(() => z.object({ kind: z.literal('b') }));
    const union = z.discriminatedUnion('kind', [a, b]);
    expect(union.parse({ kind: 'a', n: 1 })).toEqual({ kind: 'a', n: 1 });
    expect(union.safeParse({ kind: 'c' }).success).toBe(false);
    const extended = a.extend({ label: z.string() });
    expect(extended.parse({ kind: 'a', n: 1, label: 'x' })).toEqual({ kind: 'a', n: 1, label: 'x' });
    expect(a).toBeInstanceOf(z.ZodObject);
    expect(Object.keys(a.shape)).toEqual(['kind', 'n']);
  });
});
