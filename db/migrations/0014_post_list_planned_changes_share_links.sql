CREATE TABLE "post_scheduled_changes" (
	"post_id" integer PRIMARY KEY NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"content" jsonb NOT NULL,
	"planned_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "post_share_links" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "post_share_links_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"post_id" integer NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "post_scheduled_changes" ADD CONSTRAINT "post_scheduled_changes_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_scheduled_changes" ADD CONSTRAINT "post_scheduled_changes_planned_by_users_id_fk" FOREIGN KEY ("planned_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_share_links" ADD CONSTRAINT "post_share_links_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_share_links" ADD CONSTRAINT "post_share_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "post_scheduled_changes_due_idx" ON "post_scheduled_changes" USING btree ("due_at");--> statement-breakpoint
CREATE UNIQUE INDEX "post_share_links_post_idx" ON "post_share_links" USING btree ("post_id");--> statement-breakpoint
CREATE INDEX "post_share_links_expires_idx" ON "post_share_links" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "posts_dashboard_title_idx" ON "posts" USING btree ("title","id") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "posts_dashboard_status_idx" ON "posts" USING btree ("status","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "posts_dashboard_date_idx" ON "posts" USING btree ("published_at" DESC NULLS LAST,"id" DESC NULLS FIRST) WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "posts_dashboard_updated_idx" ON "posts" USING btree ("updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "posts_author_updated_idx" ON "posts" USING btree ("author_id","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);