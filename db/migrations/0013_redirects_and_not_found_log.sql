CREATE TYPE "public"."redirect_origin" AS ENUM('import', 'rename', 'hand');--> statement-breakpoint
CREATE TABLE "not_found_log" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "not_found_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"path" text NOT NULL,
	"hits" integer DEFAULT 0 NOT NULL,
	"referrer_host" text DEFAULT '' NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "not_found_log_path_unique" UNIQUE("path")
);
--> statement-breakpoint
CREATE TABLE "redirects" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "redirects_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"source_path" text NOT NULL,
	"target_path" text DEFAULT '' NOT NULL,
	"status" smallint DEFAULT 301 NOT NULL,
	"post_id" integer,
	"origin" "redirect_origin" NOT NULL,
	"hits" integer DEFAULT 0 NOT NULL,
	"last_hit_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "redirects_source_path_unique" UNIQUE("source_path"),
	CONSTRAINT "redirects_status_check" CHECK ("redirects"."status" in (301, 410))
);
--> statement-breakpoint
ALTER TABLE "redirects" ADD CONSTRAINT "redirects_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "not_found_log_hits_idx" ON "not_found_log" USING btree ("hits" DESC NULLS LAST,"last_seen_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "not_found_log_last_seen_idx" ON "not_found_log" USING btree ("last_seen_at");--> statement-breakpoint
CREATE INDEX "redirects_post_idx" ON "redirects" USING btree ("post_id");--> statement-breakpoint
CREATE INDEX "redirects_target_idx" ON "redirects" USING btree ("target_path");--> statement-breakpoint
CREATE INDEX "redirects_updated_idx" ON "redirects" USING btree ("updated_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "redirects_source_trgm_idx" ON "redirects" USING gin ("source_path" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "redirects_target_trgm_idx" ON "redirects" USING gin ("target_path" gin_trgm_ops);--> statement-breakpoint
-- One mechanism for old addresses: renamed posts' former slugs (bound to the post) and deleted posts' (410) move over.
INSERT INTO "redirects" ("source_path", "target_path", "status", "post_id", "origin", "created_at", "updated_at")
SELECT '/artikel/' || h."slug", CASE WHEN p."id" IS NULL THEN '' ELSE '/artikel/' || p."slug" END,
  CASE WHEN h."post_id" IS NULL THEN 410 ELSE 301 END, h."post_id", 'rename', h."created_at", h."created_at"
FROM "post_slug_history" h LEFT JOIN "posts" p ON p."id" = h."post_id";--> statement-breakpoint
DROP TABLE "post_slug_history";
