// Shared assertions: WCAG 2.1 AA via axe, and the privacy promise (no cookies, no request to another host).
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export async function expectAccessible(page: Page): Promise<void> {
  // Next streams a dashboard page's metadata: while an action's refresh re-renders the page, the old <title> can be
  // gone for a moment before the new one arrives (axe once caught that instant in CI). A page without any title
  // still fails here.
  await expect(page, "the page has a title").toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((violation) => ({
    rule: violation.id,
    nodes: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
  }));
  expect(summary).toEqual([]);
}

/** Records every request the page makes; call before navigating. */
export function watchRequests(page: Page, baseURL: string): { foreign: () => string[] } {
  const origin = new URL(baseURL).origin;
  const seen: string[] = [];
  page.on("request", (request) => seen.push(request.url()));
  return { foreign: () => seen.filter((url) => !url.startsWith(origin) && !url.startsWith("data:")) };
}

export async function expectNoCookies(page: Page): Promise<void> {
  expect(await page.context().cookies()).toEqual([]);
}
