import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Drives a page with the keyboard alone, as a user who cannot or will not use a mouse. */
export class KeyboardOnly {
  constructor(
    readonly page: Page,
    // More Tab presses than this to reach a control means it is out of reach (or the order is wrong).
    private readonly maxTabs = 40,
  ) {}

  private isFocused(target: Locator): Promise<boolean> {
    return target.evaluate((element) => element === element.ownerDocument.activeElement);
  }

  async tab(): Promise<void> {
    await this.page.keyboard.press('Tab');
  }

  async expectFocus(target: Locator): Promise<void> {
    expect(await this.isFocused(target)).toBe(true);
  }

  /** Presses Tab until `target` has the focus; fails if it never gets it. Returns the presses it took. */
  async tabTo(target: Locator): Promise<number> {
    await target.waitFor();
    for (let presses = 0; presses <= this.maxTabs; presses++) {
      if (await this.isFocused(target)) return presses;
      await this.tab();
    }
    throw new Error(`Tab never reached ${String(target)} in ${this.maxTabs} presses`);
  }

  /** Moves a focused `<select>` to the option labelled `label` with the arrow keys. */
  async chooseOption(select: Locator, label: string): Promise<void> {
    const labels = await select.locator('option').allTextContents();
    const wanted = labels.indexOf(label);
    if (wanted < 0) throw new Error(`No option "${label}" in ${labels.join(', ')}`);
    const current = await select.evaluate((element) => (element as HTMLSelectElement).selectedIndex);
    const key = wanted > current ? 'ArrowDown' : 'ArrowUp';
    for (let i = 0; i < Math.abs(wanted - current); i++) await this.page.keyboard.press(key);
    expect(await select.evaluate((element) => (element as HTMLSelectElement).selectedIndex)).toBe(wanted);
  }
}
