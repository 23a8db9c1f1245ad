import { describe, expect, it } from 'vitest';
import { splitPipeMessages } from '../support/cdp-pipe';

describe('splitPipeMessages (the bench’s DevTools pipe)', () => {
  it('returns every NUL-ended message and keeps an unfinished one for the next chunk', () => {
    const first = splitPipeMessages('{"id":1}\0{"id":2}\0{"id"');
    expect(first).toEqual({ messages: ['{"id":1}', '{"id":2}'], rest: '{"id"' });
    expect(splitPipeMessages(`${first.rest}:3}\0`)).toEqual({ messages: ['{"id":3}'], rest: '' });
  });

  it('waits for the end of a message cut anywhere, even before its first byte is complete', () => {
    expect(splitPipeMessages('')).toEqual({ messages: [], rest: '' });
    expect(splitPipeMessages('{"method":"Target.x"')).toEqual({ messages: [], rest: '{"method":"Target.x"' });
  });
});
