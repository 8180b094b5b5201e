// @ts-check
// Publish → visible: polling an address until a text shows. Plain ESM, because the load run polls on a thread of its
// own (visibility-worker.mjs), whose event loop the load generator's 64 connections do not hold up.

/**
 * Polls `url` until its page contains `text`; the time from `since` in ms, or null after `timeoutMs`. The poll
 * interval bounds the measurement's resolution.
 * @param {string} url
 * @param {string} text
 * @param {number} since
 * @param {number} [timeoutMs]
 * @returns {Promise<number | null>}
 */
export async function timeUntilVisible(url, text, since, timeoutMs = 15_000) {
  const until = since + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      if (response.ok && (await response.text()).includes(text)) return Date.now() - since;
    } catch {
      // an instance that is down answers nothing; keep polling
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}
