-- Each app instance keeps the current campaign in memory; any change to the campaigns (a plan
-- imported, another campaign made current) is announced on the zf_campaign channel after commit,
-- so every instance reads it again.
CREATE FUNCTION zf_campaign_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('zf_campaign', '');
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER campaigns_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON campaigns
  FOR EACH STATEMENT EXECUTE FUNCTION zf_campaign_notify();
