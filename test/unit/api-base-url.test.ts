import { describe, expect, it } from 'vitest';
import { apiBaseUrlSchema, originPattern } from '@/utils/api-base-url';

describe('apiBaseUrlSchema', () => {
  it.each([
    ['https://api.pinbridge.io/', 'https://api.pinbridge.io'],
    ['  https://api.pinbridge.io//  ', 'https://api.pinbridge.io'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['http://localhost:8787/', 'http://localhost:8787'],
    ['https://proxy.example/pinbridge/', 'https://proxy.example/pinbridge'],
  ])('accepts %s as %s', (input, expected) => {
    expect(apiBaseUrlSchema.parse(input)).toBe(expected);
  });

  it.each([
    ['', 'Enter the API address.'],
    ['api.pinbridge.io', 'This is not a web address'],
    ['http://api.pinbridge.io', 'Use https://'],
    ['https://api.pinbridge.io/?x=1', 'Leave out query'],
    ['javascript:alert(1)', 'Use https://'],
  ])('refuses %s', (input, message) => {
    const result = apiBaseUrlSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });

  it('derives the host permission for an origin', () => {
    expect(originPattern('http://127.0.0.1:8787')).toBe('http://127.0.0.1/*');
  });
});
