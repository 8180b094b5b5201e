CREATE TYPE "public"."footer_link_kind" AS ENUM('path', 'page', 'category', 'url');--> statement-breakpoint
CREATE TABLE "footer_links" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "footer_links_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"label" text NOT NULL,
	"kind" "footer_link_kind" NOT NULL,
	"target" text DEFAULT '' NOT NULL,
	"page_id" integer,
	"category_id" integer,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "footer_links_one_target" CHECK (case "footer_links"."kind"
        when 'path' then "footer_links"."target" like '/%' and "footer_links"."page_id" is null and "footer_links"."category_id" is null
        when 'url' then "footer_links"."target" like 'https://%' and "footer_links"."page_id" is null and "footer_links"."category_id" is null
        when 'page' then "footer_links"."page_id" is not null and "footer_links"."category_id" is null
        else "footer_links"."category_id" is not null and "footer_links"."page_id" is null end)
);
--> statement-breakpoint
ALTER TABLE "footer_links" ADD CONSTRAINT "footer_links_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "footer_links" ADD CONSTRAINT "footer_links_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "footer_links_position_idx" ON "footer_links" USING btree ("position","id");