-- Case numbers come from a sequence: no row that every intake would queue behind.
CREATE SEQUENCE IF NOT EXISTS case_number_seq;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- search_text holds the title and body segmented into words (jieba), so that two-character
-- words such as 态度 or 收费 are found; trigrams find longer fragments.
CREATE INDEX cases_search ON cases USING gin (to_tsvector('simple', search_text));
--> statement-breakpoint
CREATE INDEX cases_title_trgm ON cases USING gin (title gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX cases_body_trgm ON cases USING gin (body gin_trgm_ops);
