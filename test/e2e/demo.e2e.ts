import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from './paths';

// The demo as a newcomer runs it (`npm run demo` on a machine without a display), on the build the
// suite made already.
function demo(...flags: string[]) {
  const out = mkdtempSync(join(tmpdir(), 'pinbridge-demo-'));
  const run = spawnSync('npx', ['tsx', 'scripts/demo/run.ts', '--skip-build', '--headless', ...flags], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DEMO_OUTPUT_DIR: out },
    timeout: 120_000,
  });
  return { status: run.status, output: run.stdout + run.stderr, screenshots: readdirSync(out) };
}

test('the headless demo pins an image by itself, step by step, and exits 0', () => {
  const { status, output, screenshots } = demo();
  expect(output).toContain('Published: “Seven mountain lakes worth the climb”');
  expect(status).toBe(0);
  expect(screenshots).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/sample-page\.png$/),
      expect.stringMatching(/popup\.png$/),
      expect.stringMatching(/composed\.png$/),
      expect.stringMatching(/sent\.png$/),
      expect.stringMatching(/activity\.png$/),
    ]),
  );
});

test('a broken publish (quota used up) makes the demo exit non-zero and say why', () => {
  const { status, output } = demo('--break-publish');
  expect(output).toContain('The pin was NOT published');
  expect(output).toContain('quota');
  expect(status).toBe(1);
});
