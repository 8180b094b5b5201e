-- Pages get revisions through the posts' machinery: post_revisions becomes revisions, whose rows belong to exactly
-- one post or one page. drizzle-kit cannot rename a table and alter its columns in one step, so this file joins
-- its two generated steps (rename, then alter) by hand; the snapshot is drizzle-kit's.
ALTER TABLE "post_revisions" RENAME TO "revisions";--> statement-breakpoint
ALTER TABLE "revisions" RENAME CONSTRAINT "post_revisions_post_id_posts_id_fk" TO "revisions_post_id_posts_id_fk";--> statement-breakpoint
ALTER TABLE "revisions" RENAME CONSTRAINT "post_revisions_editor_id_users_id_fk" TO "revisions_editor_id_users_id_fk";--> statement-breakpoint
ALTER INDEX "post_revisions_post_idx" RENAME TO "revisions_post_idx";--> statement-breakpoint
ALTER TABLE "revisions" ALTER COLUMN "post_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "revisions" ALTER COLUMN "excerpt" SET DEFAULT '';--> statement-breakpoint
ALTER TABLE "revisions" ALTER COLUMN "status" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "revisions" ADD COLUMN "page_id" integer;--> statement-breakpoint
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "revisions_page_idx" ON "revisions" USING btree ("page_id","id" DESC NULLS FIRST);--> statement-breakpoint
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_one_subject" CHECK (num_nonnulls("revisions"."post_id", "revisions"."page_id") = 1);--> statement-breakpoint
ALTER TABLE "pages" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Every page save keeps a revision; pages stored before this migration start with their current text as version 1.
INSERT INTO "revisions" ("page_id", "version", "title", "slug", "excerpt", "body", "status", "details", "created_at")
SELECT "id", "version", "title", "slug", '', "body", "status"::text, '{}'::jsonb, "updated_at" FROM "pages";
