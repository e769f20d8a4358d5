-- Each app instance keeps the working-day calendar in memory; any change to the office's
-- overrides is announced on the zf_calendar channel after commit, so every instance reads it again.
CREATE FUNCTION zf_calendar_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('zf_calendar', '');
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER calendar_overrides_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_overrides
  FOR EACH STATEMENT EXECUTE FUNCTION zf_calendar_notify();
