// Who may do what: the one table of editorial rights, used by every mutation and by the dashboard's buttons.
import type { UserRole } from "@/db/schema";

export type Actor = { id: number; role: UserRole };
export type PostOwnership = { authorId: number; status: "draft" | "review" | "published" };

const publishers: readonly UserRole[] = ["admin", "editor"];

export const can = {
  createPost: (actor: Actor) => actor.role !== undefined,
  /** Everyone sees their own posts; admins and editors see all. */
  seeAllPosts: (actor: Actor) => publishers.includes(actor.role),
  viewPost: (actor: Actor, post: PostOwnership) => publishers.includes(actor.role) || post.authorId === actor.id,
  /** Authors and contributors edit their own posts until they are published; after that an editor takes over. */
  editPost: (actor: Actor, post: PostOwnership) =>
    publishers.includes(actor.role) || (post.authorId === actor.id && post.status !== "published"),
  submitForReview: (actor: Actor, post: PostOwnership) => post.authorId === actor.id || publishers.includes(actor.role),
  publish: (actor: Actor) => publishers.includes(actor.role),
  trashPost: (actor: Actor, post: PostOwnership) => can.editPost(actor, post),
  deletePermanently: (actor: Actor) => actor.role === "admin",
  assignAuthor: (actor: Actor) => publishers.includes(actor.role),
  manageTaxonomy: (actor: Actor) => publishers.includes(actor.role),
  manageUsers: (actor: Actor) => actor.role === "admin",
  /** Guest contributors write text only; everyone else may add photos and documents. */
  uploadMedia: (actor: Actor) => actor.role !== "contributor",
  /** Editors look after the whole library; authors after their own uploads. */
  editMedia: (actor: Actor, item: { uploadedBy: number | null }) =>
    publishers.includes(actor.role) || (actor.role === "author" && item.uploadedBy === actor.id),
  /** Reader feedback may contain personal data: only the people who answer it see it. */
  manageFeedback: (actor: Actor) => publishers.includes(actor.role),
  deleteFeedback: (actor: Actor) => actor.role === "admin",
  readAuditLog: (actor: Actor) => actor.role === "admin",
  managePages: (actor: Actor) => publishers.includes(actor.role),
  /** The links in every reader page's footer beside the fixed legal ones. */
  manageNavigation: (actor: Actor) => publishers.includes(actor.role),
  /** Reader comments: editors moderate all of them, authors those under their own posts. */
  moderateComments: (actor: Actor, post: { authorId: number }) =>
    publishers.includes(actor.role) || (actor.role === "author" && post.authorId === actor.id),
  seeAllComments: (actor: Actor) => publishers.includes(actor.role),
  /** Who has a moderation queue at all: editors, admins and authors (for their own posts). */
  moderateSomeComments: (actor: Actor) => publishers.includes(actor.role) || actor.role === "author",
  /** Whether a commenter's earlier approval counts, the block list, closing after N days. */
  manageCommentSettings: (actor: Actor) => publishers.includes(actor.role),
  /** Art. 17 DSGVO: deleting every comment of one e-mail address, across all posts. */
  eraseComments: (actor: Actor) => actor.role === "admin",
  /** Old addresses and the 404 log: what a publication needs after a move, editors' business like the navigation. */
  manageRedirects: (actor: Actor) => publishers.includes(actor.role),
  /** Impressum and Erklärung zur Barrierefreiheit are the publisher's legal statements. */
  manageLegal: (actor: Actor) => actor.role === "admin",
};

export const roleLabels: Record<UserRole, string> = {
  admin: "Administration",
  editor: "Redaktion",
  author: "Autorin/Autor",
  contributor: "Gastbeiträge",
};
