// Playwright's `test` for every spec: a page that reports a Content-Security-Policy violation fails its test, so a
// policy that breaks a page (or a page that needs a looser policy) is noticed wherever it happens.
import { expect, test as base } from "@playwright/test";

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      const watch = (page: import("@playwright/test").Page) =>
        page.on("console", (message) => {
          const text = message.text();
          if (/Content Security Policy|Content-Security-Policy/i.test(text)) violations.push(`${page.url()}: ${text}`);
        });
      context.pages().forEach(watch);
      context.on("page", watch);
      await use(violations);
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { APIRequestContext, Locator, Page } from "@playwright/test";
