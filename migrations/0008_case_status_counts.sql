CREATE TABLE "case_status_counts" (
	"status" text PRIMARY KEY NOT NULL,
	"n" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_status_deltas" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"delta" integer NOT NULL
);
--> statement-breakpoint
-- Statement triggers with transition tables: one delta row per status an INSERT, UPDATE or DELETE
-- on cases changed, however many cases the statement touched (a batch of intakes adds one row).
CREATE FUNCTION zf_case_count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_status_deltas (status, delta) SELECT status, count(*) FROM new_cases GROUP BY status;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION zf_case_count_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_status_deltas (status, delta)
  SELECT status, sum(d) FROM (SELECT status, -1 AS d FROM old_cases UNION ALL SELECT status, 1 FROM new_cases) x
  GROUP BY status HAVING sum(d) <> 0;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION zf_case_count_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_status_deltas (status, delta) SELECT status, -count(*) FROM old_cases GROUP BY status;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER cases_count_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS new_cases
  FOR EACH STATEMENT EXECUTE FUNCTION zf_case_count_insert();
--> statement-breakpoint
CREATE TRIGGER cases_count_update AFTER UPDATE ON cases REFERENCING OLD TABLE AS old_cases NEW TABLE AS new_cases
  FOR EACH STATEMENT EXECUTE FUNCTION zf_case_count_update();
--> statement-breakpoint
CREATE TRIGGER cases_count_delete AFTER DELETE ON cases REFERENCING OLD TABLE AS old_cases
  FOR EACH STATEMENT EXECUTE FUNCTION zf_case_count_delete();
--> statement-breakpoint
-- Truncating cases empties the counts with them.
CREATE FUNCTION zf_case_count_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM case_status_deltas;
  DELETE FROM case_status_counts;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER cases_count_truncate AFTER TRUNCATE ON cases FOR EACH STATEMENT EXECUTE FUNCTION zf_case_count_truncate();
--> statement-breakpoint
INSERT INTO case_status_counts (status, n) SELECT status, count(*) FROM cases GROUP BY status;
