// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pageAllowsHover } from '@/entrypoints/hover.content/button';

const page = (head: string, body = '<body>') =>
  new DOMParser().parseFromString(`<html><head>${head}</head>${body}</html>`, 'text/html');

describe('where the hover button may appear', () => {
  it('on an ordinary page', () => {
    expect(pageAllowsHover(page(''))).toBe(true);
  });

  it('never where the site says nohover or nopin, in any letter case', () => {
    expect(pageAllowsHover(page('<meta name="pinterest" content="nohover">'))).toBe(false);
    expect(pageAllowsHover(page('<meta name="Pinterest" content="NOPIN">'))).toBe(false);
  });

  it('never where the site runs Pinterest’s own hover buttons', () => {
    expect(pageAllowsHover(page('', '<body data-pin-hover="true">'))).toBe(false);
  });
});
