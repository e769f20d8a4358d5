-- The words' tsvector, stored: a search that the planner answers by reading cases (a small table,
-- or a word found in most of them) no longer segments every row's text again.
ALTER TABLE cases ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED;
--> statement-breakpoint
DROP INDEX cases_search;
--> statement-breakpoint
CREATE INDEX cases_search ON cases USING gin (search_vector);
