-- Reader search, the part drizzle-kit cannot express: triggers that keep posts.category_names (and through it the
-- generated posts.search_vector) and the search_words vocabulary current, and a backfill of existing rows.
-- Self-contained: it only needs the tables of 0000 and the columns of 0001.

-- The words of a text as the vocabulary stores them: lower case, unstemmed, letters only (no numbers, URLs, paths).
CREATE FUNCTION search_words_of(doc text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT w FROM unnest(tsvector_to_array(to_tsvector('simple'::regconfig, doc))) AS w
  WHERE char_length(w) BETWEEN 3 AND 40 AND w !~ '[0-9_./:@&+-]'
$$;
--> statement-breakpoint

-- Recomputes category_names for the given posts; rows whose names did not change are left alone.
CREATE FUNCTION search_refresh_category_names(post_ids integer[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE posts AS p
  SET category_names = fresh.names
  FROM (
    SELECT ids.id,
           coalesce((SELECT string_agg(c.name, ' ' ORDER BY pc.position, c.id)
                     FROM post_categories pc JOIN categories c ON c.id = pc.category_id
                     WHERE pc.post_id = ids.id), '') AS names
    FROM (SELECT DISTINCT unnest(post_ids) AS id) AS ids
  ) AS fresh
  WHERE p.id = fresh.id AND p.category_names IS DISTINCT FROM fresh.names;
END
$$;
--> statement-breakpoint

-- Statement-level, so a bulk insert of links (seeding, imports) refreshes each post once.
CREATE FUNCTION search_post_categories_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM search_refresh_category_names(ARRAY(SELECT post_id FROM new_links));
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    PERFORM search_refresh_category_names(ARRAY(SELECT post_id FROM old_links));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER post_categories_search_insert AFTER INSERT ON post_categories
  REFERENCING NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION search_post_categories_changed();
--> statement-breakpoint
CREATE TRIGGER post_categories_search_update AFTER UPDATE ON post_categories
  REFERENCING OLD TABLE AS old_links NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION search_post_categories_changed();
--> statement-breakpoint
CREATE TRIGGER post_categories_search_delete AFTER DELETE ON post_categories
  REFERENCING OLD TABLE AS old_links FOR EACH STATEMENT EXECUTE FUNCTION search_post_categories_changed();
--> statement-breakpoint

-- A renamed category renames itself in the search document of every post filed under it.
CREATE FUNCTION search_category_renamed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_refresh_category_names(ARRAY(SELECT post_id FROM post_categories WHERE category_id = NEW.id));
  INSERT INTO search_words (word) SELECT w FROM search_words_of(NEW.name) AS w ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER categories_search_rename AFTER UPDATE OF name ON categories
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION search_category_renamed();
--> statement-breakpoint

CREATE FUNCTION search_words_from_new_categories() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_words (word)
  SELECT DISTINCT w FROM new_categories, search_words_of(name) AS w
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER categories_search_words_insert AFTER INSERT ON categories
  REFERENCING NEW TABLE AS new_categories FOR EACH STATEMENT EXECUTE FUNCTION search_words_from_new_categories();
--> statement-breakpoint

-- New posts add their words once per statement (a seed batch of thousands is one trigger call).
CREATE FUNCTION search_words_from_new_posts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_words (word)
  SELECT DISTINCT w FROM new_posts, search_words_of(title || ' ' || excerpt || ' ' || body) AS w
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER posts_search_words_insert AFTER INSERT ON posts
  REFERENCING NEW TABLE AS new_posts FOR EACH STATEMENT EXECUTE FUNCTION search_words_from_new_posts();
--> statement-breakpoint

-- Edits add their words row by row; the WHEN clause skips updates that leave the text alone (status, category_names).
CREATE FUNCTION search_words_from_edited_post() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_words (word)
  SELECT w FROM search_words_of(NEW.title || ' ' || NEW.excerpt || ' ' || NEW.body) AS w
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER posts_search_words_update AFTER UPDATE OF title, excerpt, body ON posts
  FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.excerpt IS DISTINCT FROM NEW.excerpt OR OLD.body IS DISTINCT FROM NEW.body)
  EXECUTE FUNCTION search_words_from_edited_post();
--> statement-breakpoint

-- Backfill for databases that already hold content.
SELECT search_refresh_category_names(ARRAY(SELECT DISTINCT post_id FROM post_categories));
--> statement-breakpoint
INSERT INTO search_words (word)
SELECT DISTINCT w FROM posts, search_words_of(title || ' ' || excerpt || ' ' || body) AS w
UNION
SELECT DISTINCT w FROM categories, search_words_of(name) AS w
ON CONFLICT DO NOTHING;
