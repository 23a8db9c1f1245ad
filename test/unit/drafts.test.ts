import { describe, expect, it } from 'vitest';
import { draftKey, withDraft } from '@/components/popup/useDraft';
import { MAX_DRAFTS, type Draft } from '@/utils/storage';

const draft = (savedAt: number, boardId = 'b'): Draft => ({
  accountId: 'a',
  boardId,
  selected: [],
  texts: {},
  same: false,
  when: 'now',
  runAt: '',
  spread: 0,
  savedAt,
});

describe('withDraft', () => {
  it('replaces the draft of the same tab and page', () => {
    const key = draftKey(7, 'https://example.test/soup');
    const next = withDraft({ [key]: draft(1, 'old') }, key, draft(2, 'new'));
    expect(next).toEqual({ [key]: draft(2, 'new') });
  });

  it(`keeps the newest ${MAX_DRAFTS} drafts and drops the oldest`, () => {
    const all = Object.fromEntries(Array.from({ length: MAX_DRAFTS }, (_, i) => [`k${i}`, draft(i + 1)]));
    const next = withDraft(all, 'latest', draft(1000));
    expect(Object.keys(next)).toHaveLength(MAX_DRAFTS);
    expect(next.latest?.savedAt).toBe(1000);
    expect(next.k0).toBeUndefined();
    expect(next.k1?.savedAt).toBe(2);
  });

  it('leaves the drafts it was given unchanged', () => {
    const all = { a: draft(1) };
    withDraft(all, 'b', draft(2));
    expect(all).toEqual({ a: draft(1) });
  });
});
