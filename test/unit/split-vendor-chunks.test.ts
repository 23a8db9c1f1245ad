import { describe, expect, it } from 'vitest';
import { splitVendorChunks, vendorChunk } from '@/scripts/build/split-vendor-chunks';

type Hook = (options: object) => { manualChunks?: unknown } | null;
const outputOptions = splitVendorChunks().outputOptions as unknown as Hook;

describe('splitVendorChunks', () => {
  it('sends React, React DOM, its scheduler, zod and the CommonJS helpers to chunks of their own', () => {
    expect(vendorChunk('/p/node_modules/react/cjs/react.production.js')).toBe('react');
    expect(vendorChunk('/p/node_modules/react-dom/cjs/react-dom-client.production.js')).toBe('react');
    expect(vendorChunk('/p/node_modules/scheduler/index.js')).toBe('react');
    expect(vendorChunk('/p/node_modules/zod/v4/classic/schemas.js')).toBe('zod');
    expect(vendorChunk('\0commonjsHelpers.js')).toBe('commonjs-helpers');
  });

  it('leaves our code and other packages to Rollup', () => {
    expect(vendorChunk('/p/components/popup/ComposeView.tsx')).toBeUndefined();
    expect(vendorChunk('/p/node_modules/react-something-else/index.js')).toBeUndefined();
    expect(vendorChunk('/p/node_modules/@webext-core/messaging/lib/index.js')).toBeUndefined();
  });

  it('splits the pages build only: single-file builds (background, content scripts) are left alone', () => {
    expect(outputOptions({ format: 'es' })?.manualChunks).toBe(vendorChunk);
    expect(outputOptions({ format: 'es', inlineDynamicImports: true })).toBeNull();
    expect(outputOptions({ format: 'iife' })).toBeNull();
  });
});
