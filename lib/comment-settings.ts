// The site's comment settings as one typed value, read from and written to site_settings ("comments").
import { parseBlockList } from "./comments";

export const COMMENT_SETTINGS_KEY = "comments";

export type CommentSettings = {
  /** Posts without their own choice are open for comments. */
  defaultOpen: boolean;
  /** Comments close this many days after publication; 0 = never. */
  closeAfterDays: number;
  /** A commenter with an earlier approved comment under the same e-mail address is published at once. */
  autoApproveKnown: boolean;
  /** One word or phrase per line, as editors typed it. */
  blockList: string;
};

export const defaultCommentSettings: CommentSettings = { defaultOpen: true, closeAfterDays: 0, autoApproveKnown: false, blockList: "" };

export function toCommentSettings(value: Record<string, string> | undefined): CommentSettings {
  if (!value) return defaultCommentSettings;
  const days = Number.parseInt(value.closeAfterDays ?? "0", 10);
  return {
    defaultOpen: value.defaultOpen !== "0",
    closeAfterDays: Number.isInteger(days) && days > 0 ? days : 0,
    autoApproveKnown: value.autoApproveKnown === "1",
    blockList: value.blockList ?? "",
  };
}

export function fromCommentSettings(settings: CommentSettings): Record<string, string> {
  return {
    defaultOpen: settings.defaultOpen ? "1" : "0",
    closeAfterDays: String(settings.closeAfterDays),
    autoApproveKnown: settings.autoApproveKnown ? "1" : "0",
    blockList: settings.blockList,
  };
}

export function blockListOf(settings: CommentSettings): string[] {
  return parseBlockList(settings.blockList);
}
