import { describe, expect, it } from "vitest";
import { can } from "./permissions";

const admin = { id: 1, role: "admin" as const };
const editor = { id: 2, role: "editor" as const };
const author = { id: 3, role: "author" as const };
const own = { authorId: 3, status: "draft" as const };
const othersDraft = { authorId: 9, status: "draft" as const };
const ownPublished = { authorId: 3, status: "published" as const };

describe("editorial rights", () => {
  it("lets authors edit only their own unpublished posts", () => {
    expect(can.editPost(author, own)).toBe(true);
    expect(can.editPost(author, othersDraft)).toBe(false);
    expect(can.editPost(author, ownPublished)).toBe(false);
  });
  it("keeps publishing with editors and admins", () => {
    expect(can.publish(author)).toBe(false);
    expect(can.publish(editor)).toBe(true);
    expect(can.publish(admin)).toBe(true);
  });
  it("keeps permanent deletion and user management with admins", () => {
    expect(can.deletePermanently(editor)).toBe(false);
    expect(can.deletePermanently(admin)).toBe(true);
    expect(can.manageUsers(editor)).toBe(false);
  });
  it("lets editors manage categories and series but not authors", () => {
    expect(can.manageTaxonomy(editor)).toBe(true);
    expect(can.manageTaxonomy(author)).toBe(false);
  });
  it("lets editors and admins, not authors, manage pages and the footer's links", () => {
    expect([admin, editor, author].map((actor) => [can.managePages(actor), can.manageNavigation(actor)])).toEqual([
      [true, true],
      [true, true],
      [false, false],
    ]);
  });
});
