// WordPress comments as Blattwerk keeps them: approved and pending ones (spam, trash, pingbacks and trackbacks are
// left out), their HTML turned into the plain text with paragraphs that Blattwerk's comments are.
import { decodeHTML } from "entities";
import type { ImportedComment } from "@/db/mutations/imports";
import type { WxrComment } from "./parse";

/** Longer than the reader form allows (5,000), as WordPress allows more; bounded all the same. */
const MAX_BODY = 20_000;

/** Paragraphs and line breaks kept, links written as text and address, every other tag dropped. */
export function commentText(html: string): string {
  const text = html
    .replace(/\r\n?/g, "\n")
    .replace(/<a\b[^>]*\bhref\s*=\s*["']([^"']*)["'][^>]*>([\s\S]*?)<\/a>/gi, (_, href: string, label: string) => {
      const inner = label.replace(/<[^>]*>/g, "").trim();
      return inner && inner !== href ? `${inner} (${href})` : href;
    })
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/p>\s*/gi, "\n\n")
    .replace(/<[^>]*>/g, "");
  return decodeHTML(text)
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
    .slice(0, MAX_BODY);
}

export function importableComments(
  wxr: WxrComment[],
  userIds: Map<number, number>,
  checksum: (value: unknown) => string,
): { kept: ImportedComment[]; skipped: number } {
  const kept: ImportedComment[] = [];
  let skipped = 0;
  for (const comment of wxr) {
    const isComment = comment.type === "" || comment.type === "comment";
    const status = comment.approved === "1" ? "approved" : comment.approved === "0" ? "pending" : null;
    const body = commentText(comment.content);
    if (!isComment || !status || !body || !comment.id) {
      skipped++;
      continue;
    }
    const values = {
      authorName: comment.author.trim().slice(0, 120) || "Anonym",
      authorEmail: comment.authorEmail.trim().toLowerCase().slice(0, 320),
      userId: userIds.get(comment.userId) ?? null,
      body,
      status,
      parentKey: comment.parent ? String(comment.parent) : null,
      createdAt: comment.date ?? new Date(0),
    } as const;
    kept.push({ ...values, sourceKey: String(comment.id), checksum: checksum(values) });
  }
  return { kept, skipped };
}
