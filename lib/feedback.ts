// Rules of the feedback mechanism („Barriere melden“) shared by the form, the data layer and the dashboard.
import "server-only";
import { createHash } from "node:crypto";
import { getConfig } from "./config";

/** § 7 BITV 2.0 asks for an answer within a month. */
export function answerDueDate(receivedAt: Date): Date {
  const due = new Date(receivedAt);
  const day = due.getUTCDate();
  due.setUTCMonth(due.getUTCMonth() + 1);
  // 31 January + 1 month would roll over to March: stay on the last day of the next month instead.
  if (due.getUTCDate() !== day) due.setUTCDate(0);
  return due;
}

/** A page address worth prefilling: only paths of this site, never a foreign URL. */
export function pagePathFrom(candidate: string | undefined, siteOrigin: string): string {
  if (!candidate) return "";
  const value = candidate.trim().slice(0, 500);
  if (value.startsWith("/") && !value.startsWith("//")) return value;
  try {
    const url = new URL(value);
    return url.origin === siteOrigin ? url.pathname + url.search : "";
  } catch {
    return "";
  }
}

/** The rate limit's key: a salted hash, so no reader's address is stored. Each form has its own scope. */
export function senderKey(address: string, secret = getConfig().authSecret ?? "", scope: "feedback" | "comment" = "feedback"): string {
  return createHash("sha256").update(`${scope}:${secret}:${address}`).digest("hex").slice(0, 32);
}
