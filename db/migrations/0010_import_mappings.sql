CREATE TABLE "import_mappings" (
	"source" text NOT NULL,
	"kind" text NOT NULL,
	"source_key" text NOT NULL,
	"target_id" integer NOT NULL,
	"checksum" text DEFAULT '' NOT NULL,
	"target_version" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_mappings_source_kind_source_key_pk" PRIMARY KEY("source","kind","source_key")
);
--> statement-breakpoint
CREATE INDEX "import_mappings_target_idx" ON "import_mappings" USING btree ("kind","target_id");