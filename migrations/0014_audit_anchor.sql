CREATE TABLE "audit_prunes" (
	"id" serial PRIMARY KEY NOT NULL,
	"last_seq" bigint,
	"last_ts" timestamp with time zone,
	"rows" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "imac" text;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_imac" ON "audit_log" USING btree ("imac");--> statement-breakpoint
-- The guard as in 0001, and the insert MAC (imac) is content too: the sealer may only add seq,
-- mac and sealed_at to an unsealed row.
CREATE OR REPLACE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.ts > now() - interval '184 days' THEN
      RAISE EXCEPTION 'audit_log rows are kept at least 184 days (row %)', OLD.id
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.seq IS NOT NULL THEN
    RAISE EXCEPTION 'audit_log row % is sealed and cannot change', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.id <> OLD.id OR NEW.ts <> OLD.ts OR NEW.user_id IS DISTINCT FROM OLD.user_id
     OR NEW.username IS DISTINCT FROM OLD.username OR NEW.action <> OLD.action
     OR NEW.object_type IS DISTINCT FROM OLD.object_type OR NEW.object_id IS DISTINCT FROM OLD.object_id
     OR NEW.outcome <> OLD.outcome OR NEW.request_id IS DISTINCT FROM OLD.request_id
     OR NEW.detail IS DISTINCT FROM OLD.detail OR NEW.imac IS DISTINCT FROM OLD.imac THEN
    RAISE EXCEPTION 'audit_log row % content cannot change', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
-- A legitimate prune (rows older than 184 days, which the guard lets through) is recorded, so
-- that audit:verify can tell it from rows deleted at the oldest end behind the guard's back.
CREATE OR REPLACE FUNCTION audit_log_record_prune() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit_prunes (last_seq, last_ts, rows)
    SELECT max(seq), max(ts), count(*) FROM gone HAVING count(*) > 0;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_record_prune AFTER DELETE ON audit_log
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION audit_log_record_prune();
