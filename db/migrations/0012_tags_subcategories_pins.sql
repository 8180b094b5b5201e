CREATE TABLE "post_tags" (
	"post_id" integer NOT NULL,
	"tag_id" integer NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "post_tags_post_id_tag_id_pk" PRIMARY KEY("post_id","tag_id")
);
--> statement-breakpoint
CREATE TABLE "tags" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tags_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tags_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
-- The generated column search_vector gains tag_names, so it is dropped and added again after tag_names exists
-- (drizzle-kit wrote the two in the other order); dropping it drops its GIN index, recreated below by hand.
ALTER TABLE "posts" ADD COLUMN "tag_names" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "posts" drop column "search_vector";--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german'::regconfig, title), 'A')
    || setweight(to_tsvector('german'::regconfig, excerpt), 'B')
    || setweight(to_tsvector('german'::regconfig, category_names), 'B')
    || setweight(to_tsvector('german'::regconfig, tag_names), 'B')
    || setweight(to_tsvector('german'::regconfig, body), 'C')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "posts_search_idx" ON "posts" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "parent_id" integer;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "pinned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "post_tags" ADD CONSTRAINT "post_tags_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_tags" ADD CONSTRAINT "post_tags_tag_id_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "post_tags_tag_post_idx" ON "post_tags" USING btree ("tag_id","post_id");--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_parent_id_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "categories_parent_idx" ON "categories" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "posts_reader_pinned_idx" ON "posts" USING btree ("pinned_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE status = 'published' and deleted_at is null and pinned_at is not null;--> statement-breakpoint

-- Tag names in the search document, the part drizzle-kit cannot express: as for category names (0003_reader_search),
-- triggers keep posts.tag_names (and through it the generated search_vector) and the search_words vocabulary current.

-- Recomputes tag_names for the given posts; rows whose names did not change are left alone.
CREATE FUNCTION search_refresh_tag_names(post_ids integer[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE posts AS p
  SET tag_names = fresh.names
  FROM (
    SELECT ids.id,
           coalesce((SELECT string_agg(t.name, ' ' ORDER BY pt.position, t.id)
                     FROM post_tags pt JOIN tags t ON t.id = pt.tag_id
                     WHERE pt.post_id = ids.id), '') AS names
    FROM (SELECT DISTINCT unnest(post_ids) AS id) AS ids
  ) AS fresh
  WHERE p.id = fresh.id AND p.tag_names IS DISTINCT FROM fresh.names;
END
$$;
--> statement-breakpoint

-- Statement-level, so a bulk insert of links (seeding, imports, a merge) refreshes each post once.
CREATE FUNCTION search_post_tags_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM search_refresh_tag_names(ARRAY(SELECT post_id FROM new_links));
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    PERFORM search_refresh_tag_names(ARRAY(SELECT post_id FROM old_links));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER post_tags_search_insert AFTER INSERT ON post_tags
  REFERENCING NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION search_post_tags_changed();
--> statement-breakpoint
CREATE TRIGGER post_tags_search_update AFTER UPDATE ON post_tags
  REFERENCING OLD TABLE AS old_links NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION search_post_tags_changed();
--> statement-breakpoint
CREATE TRIGGER post_tags_search_delete AFTER DELETE ON post_tags
  REFERENCING OLD TABLE AS old_links FOR EACH STATEMENT EXECUTE FUNCTION search_post_tags_changed();
--> statement-breakpoint

-- A renamed tag renames itself in the search document of every post that carries it.
CREATE FUNCTION search_tag_renamed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_refresh_tag_names(ARRAY(SELECT post_id FROM post_tags WHERE tag_id = NEW.id));
  INSERT INTO search_words (word) SELECT w FROM search_words_of(NEW.name) AS w ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER tags_search_rename AFTER UPDATE OF name ON tags
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION search_tag_renamed();
--> statement-breakpoint

CREATE FUNCTION search_words_from_new_tags() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_words (word)
  SELECT DISTINCT w FROM new_tags, search_words_of(name) AS w
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER tags_search_words_insert AFTER INSERT ON tags
  REFERENCING NEW TABLE AS new_tags FOR EACH STATEMENT EXECUTE FUNCTION search_words_from_new_tags();
