-- Each app instance keeps the sessions it has checked in memory for a moment. Any change to a
-- user (disabled, role, unit, second factor) and the end of any session is announced on the
-- zf_auth channel after commit, so that every instance forgets them at once.
CREATE OR REPLACE FUNCTION zf_auth_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'users' THEN
    PERFORM pg_notify('zf_auth', 'u:' || OLD.id);
  ELSE
    PERFORM pg_notify('zf_auth', 's:' || OLD.token_hash);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER users_auth_notify AFTER UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION zf_auth_notify();
--> statement-breakpoint
CREATE TRIGGER sessions_auth_notify AFTER DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION zf_auth_notify();
