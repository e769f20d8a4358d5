-- The audit trail cannot be rewritten: a sealed row never changes, an unsealed row may only
-- receive its place in the chain, and no row is deleted before it is 184 days old.
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
     OR NEW.detail IS DISTINCT FROM OLD.detail THEN
    RAISE EXCEPTION 'audit_log row % content cannot change', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_guard BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_guard();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_log_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log cannot be truncated' USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_no_truncate();
