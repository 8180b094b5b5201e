CREATE TABLE "media_former_files" (
	"hash" text PRIMARY KEY NOT NULL,
	"media_id" integer NOT NULL,
	"mime_type" text NOT NULL,
	"extension" text NOT NULL,
	"original_name" text NOT NULL,
	"byte_size" integer NOT NULL,
	"width" integer,
	"height" integer,
	"variants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"replaced_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "media_former_files" ADD CONSTRAINT "media_former_files_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "media_former_files_media_idx" ON "media_former_files" USING btree ("media_id");--> statement-breakpoint
ALTER TABLE "posts" DROP COLUMN "cover_image_path";--> statement-breakpoint
ALTER TABLE "posts" DROP COLUMN "cover_image_alt";--> statement-breakpoint
ALTER TABLE "posts" DROP COLUMN "cover_image_credit";