import type { Locator, Page } from 'playwright-core';

/** The toolbar popup, driven by roles and accessible names as a user (or a screen reader) finds it. */
export class PopupPage {
  constructor(readonly page: Page) {}

  get imageList(): Locator {
    return this.page.getByRole('list', { name: 'Page images' });
  }

  get status(): Locator {
    return this.page.getByRole('status');
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
}
