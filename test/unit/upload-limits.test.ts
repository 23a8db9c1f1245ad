import { describe, expect, it } from 'vitest';
import { MediaError, checkMedia, sniffType } from '@/utils/uploads/limits';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const mp4 = new Uint8Array([0, 0, 0, 0x18, ...[...'ftypisom'].map((c) => c.charCodeAt(0))]);

describe('files the extension uploads', () => {
  it('trusts the bytes over the stated type', () => {
    expect(sniffType(png)).toBe('image/png');
    expect(checkMedia('image', png, 'application/octet-stream')).toBe('image/png');
    expect(checkMedia('video', mp4, '')).toBe('video/mp4');
  });

  it('refuses files PinBridge does not take, naming what it does', () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>');
    expect(() => checkMedia('image', svg, 'image/svg+xml')).toThrow(/image\/svg\+xml.*JPEG, PNG, GIF, WEBP/);
    expect(() => checkMedia('video', png, 'image/png')).toThrow(MediaError);
  });

  it('refuses images over 20 MB with the limit in the message', () => {
    const huge = new Uint8Array(20 * 1024 * 1024 + 1);
    huge.set(png);
    expect(() => checkMedia('image', huge, 'image/png')).toThrow('larger than 20.0 MB');
  });

  it('refuses an empty file', () => {
    expect(() => checkMedia('image', new Uint8Array(), 'image/png')).toThrow('empty');
  });
});
