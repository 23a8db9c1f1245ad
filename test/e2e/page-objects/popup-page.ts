import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The toolbar popup, driven by roles and accessible names as a user (or a screen reader) finds it. */
export class PopupPage {
  constructor(readonly page: Page) {}

  get imageList(): Locator {
    return this.page.getByRole('list', { name: 'Page images' });
  }

  get status(): Locator {
    return this.page.getByRole('status');
  }

  /** The sign-in form's submit button (the "Sign in" choice above it has the same name). */
  get signInButton(): Locator {
    return this.page.getByRole('button', { name: 'Sign in', exact: true }).last();
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  /** The accessible names of the grid's images, in display order, once the grid is shown. */
  async imageNames(): Promise<string[]> {
    await this.imageList.waitFor();
    return this.imageList
      .getByRole('img')
      .evaluateAll((imgs) => imgs.map((img) => img.getAttribute('alt') ?? ''));
  }

  async imageSources(): Promise<string[]> {
    await this.imageList.waitFor();
    return this.imageList
      .getByRole('img')
      .evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).src));
  }

  /** Signs in and waits until the popup has left the sign-in form, so the session is stored. */
  async signIn(email: string, password: string): Promise<void> {
    await this.submitSignIn(email, password);
    await this.signInForm().waitFor({ state: 'detached' });
  }

  /** Fills and sends the sign-in form without waiting for the outcome (for tests of its errors). */
  async submitSignIn(email: string, password: string): Promise<void> {
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.signInButton.click();
  }

  async createAccount(name: string, email: string, password: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Create account' }).first().click();
    await this.page.getByLabel('Full name').fill(name);
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Create account' }).last().click();
    await this.signInForm().waitFor({ state: 'detached' });
  }

  /** What a screen reader reads after a field's name: the text of its aria-describedby elements. */
  async description(field: Locator): Promise<string> {
    return field.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => el.ownerDocument.getElementById(id)?.textContent?.trim() ?? '')
        .filter(Boolean)
        .join(' '),
    );
  }

  /** Whether changes to this element's text are announced as they happen. */
  async isAnnounced(element: Locator): Promise<boolean> {
    return element.evaluate((el) => el.closest('[aria-live], [role="alert"], [role="status"]') !== null);
  }

  private signInForm(): Locator {
    return this.page.getByLabel('Password');
  }

  async chooseBoard(name: string): Promise<void> {
    await this.page.getByLabel('Board', { exact: true }).selectOption({ label: name });
  }

  async selectImage(name: string, selected = true): Promise<void> {
    await this.imageList.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) }).setChecked(selected);
  }

  /** The text fields of the n-th selected image (1-based). */
  pin(n: number): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^Pin ${n}:`) });
  }

  /**
   * Chooses "Schedule" and sets "Publish at" to `minutes` from now (to the minute, in the browser's
   * zone, as the date-time field takes it); returns that moment.
   */
  async scheduleIn(minutes: number): Promise<Date> {
    await this.page.getByRole('radio', { name: 'Schedule' }).check();
    const at = new Date(Date.now() + minutes * 60_000);
    at.setSeconds(0, 0);
    const local = new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    await this.page.getByLabel('Publish at').fill(local);
    return at;
  }

  async publish(): Promise<void> {
    await this.page.getByRole('button', { name: /^Publish/ }).click();
  }

  /**
   * Waits until the status line after Publish says `text`. Publishing reads and uploads the page's images
   * and runs the dry run first: seconds on a loaded machine, where `expect.poll` gives one by default.
   */
  async expectSent(text: string): Promise<void> {
    await expect.poll(() => this.status.last().textContent(), { timeout: 20_000 }).toContain(text);
  }
}
