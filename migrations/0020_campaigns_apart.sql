-- Campaigns apart: each campaign belongs to a jurisdiction (a city, county or district) with its own
-- unit registry; case numbers, counts and notices belong to one campaign; each user remembers
-- which campaign they look at.
CREATE TABLE "jurisdictions" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jurisdictions_name_unique" UNIQUE("name")
);
--> statement-breakpoint
INSERT INTO jurisdictions (name) SELECT DISTINCT city FROM campaigns ORDER BY city;
--> statement-breakpoint
-- Units from before any campaign was imported (there is then nothing else to attach them to).
INSERT INTO jurisdictions (name) SELECT '未归属' WHERE EXISTS (SELECT 1 FROM units) AND NOT EXISTS (SELECT 1 FROM jurisdictions);
--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "jurisdiction_id" integer;--> statement-breakpoint
UPDATE campaigns c SET jurisdiction_id = j.id FROM jurisdictions j WHERE j.name = c.city;--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "jurisdiction_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "case_prefix" text;--> statement-breakpoint
-- ZF<year>, and ZF<year>B, ZF<year>C... for further campaigns of the same year.
UPDATE campaigns c SET case_prefix = 'ZF' || c.year || CASE WHEN r.n = 1 THEN '' ELSE chr(64 + r.n::int) END
FROM (SELECT id, row_number() OVER (PARTITION BY year ORDER BY id) AS n FROM campaigns) r WHERE r.id = c.id;--> statement-breakpoint
ALTER TABLE "campaigns" ALTER COLUMN "case_prefix" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "closed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_case_prefix_unique" UNIQUE("case_prefix");--> statement-breakpoint
-- A unit belongs to the jurisdiction of the first campaign that names it; a unit no campaign
-- names, to the current campaign's (or the first) jurisdiction.
ALTER TABLE "units" ADD COLUMN "jurisdiction_id" integer;--> statement-breakpoint
UPDATE units u SET jurisdiction_id = (
  SELECT c.jurisdiction_id FROM campaign_units cu JOIN campaigns c ON c.id = cu.campaign_id WHERE cu.unit_id = u.id ORDER BY c.id LIMIT 1);--> statement-breakpoint
UPDATE units u SET jurisdiction_id = coalesce(
  (SELECT jurisdiction_id FROM campaigns WHERE is_current), (SELECT min(id) FROM jurisdictions))
WHERE jurisdiction_id IS NULL;--> statement-breakpoint
ALTER TABLE "units" ALTER COLUMN "jurisdiction_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
DROP INDEX "units_active_name";--> statement-breakpoint
CREATE UNIQUE INDEX "units_active_name" ON "units" USING btree ("jurisdiction_id","name") WHERE "units"."merged_into_id" is null;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "viewing_campaign_id" integer;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_viewing_campaign_id_campaigns_id_fk" FOREIGN KEY ("viewing_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "campaign_id" integer;--> statement-breakpoint
UPDATE notifications n SET campaign_id = c.campaign_id FROM cases c WHERE c.id = n.case_id;--> statement-breakpoint
UPDATE notifications n SET campaign_id = r.campaign_id FROM inspection_rounds r WHERE r.id = n.round_id AND n.campaign_id IS NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
DROP INDEX "notifications_user";--> statement-breakpoint
CREATE INDEX "notifications_user" ON "notifications" USING btree ("user_id","campaign_id","id");--> statement-breakpoint
DROP INDEX "cases_received";--> statement-breakpoint
DROP INDEX "cases_due";--> statement-breakpoint
CREATE INDEX "cases_received" ON "cases" USING btree ("campaign_id","received_at","id");--> statement-breakpoint
CREATE INDEX "cases_due" ON "cases" USING btree ("campaign_id","due_date") WHERE "cases"."status" = 'assigned';--> statement-breakpoint
-- The counts per campaign and status, rebuilt from the cases.
DELETE FROM case_status_deltas;--> statement-breakpoint
DELETE FROM case_status_counts;--> statement-breakpoint
ALTER TABLE "case_status_counts" DROP CONSTRAINT "case_status_counts_pkey";--> statement-breakpoint
ALTER TABLE "case_status_counts" ADD COLUMN "campaign_id" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "case_status_counts" ADD CONSTRAINT "case_status_counts_campaign_id_status_pk" PRIMARY KEY("campaign_id","status");--> statement-breakpoint
ALTER TABLE "case_status_deltas" ADD COLUMN "campaign_id" integer NOT NULL;--> statement-breakpoint
CREATE OR REPLACE FUNCTION zf_case_count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_status_deltas (campaign_id, status, delta) SELECT campaign_id, status, count(*) FROM new_cases GROUP BY campaign_id, status;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION zf_case_count_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_status_deltas (campaign_id, status, delta)
  SELECT campaign_id, status, sum(d) FROM (SELECT campaign_id, status, -1 AS d FROM old_cases UNION ALL SELECT campaign_id, status, 1 FROM new_cases) x
  GROUP BY campaign_id, status HAVING sum(d) <> 0;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION zf_case_count_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_status_deltas (campaign_id, status, delta) SELECT campaign_id, status, -count(*) FROM old_cases GROUP BY campaign_id, status;
  RETURN NULL;
END
$$;
--> statement-breakpoint
INSERT INTO case_status_counts (campaign_id, status, n) SELECT campaign_id, status, count(*) FROM cases GROUP BY campaign_id, status;
--> statement-breakpoint
-- One sequence of case numbers per campaign (case_number_seq_<id>, made when a plan is imported),
-- each starting after the numbers the shared sequence gave out, so no code is given twice.
DO $$
DECLARE c record; last bigint;
BEGIN
  SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END INTO last FROM case_number_seq;
  FOR c IN SELECT id FROM campaigns LOOP
    EXECUTE format('CREATE SEQUENCE IF NOT EXISTS case_number_seq_%s', c.id);
    IF last > 0 THEN EXECUTE format('SELECT setval(''case_number_seq_%s'', %s)', c.id, last); END IF;
  END LOOP;
END
$$;
--> statement-breakpoint
-- A plan may leave a phase undescribed.
ALTER TABLE "phases" ALTER COLUMN "description" DROP NOT NULL;
--> statement-breakpoint
-- Stored plans from before each inspection kind had its own rhythm ({ frequency, lead, covertVisits }):
-- open inspections at that rhythm, covert visits at the same one when they were planned.
UPDATE campaigns SET plan = jsonb_set(plan, '{measures,inspections}', jsonb_strip_nulls(jsonb_build_object(
  'open', jsonb_strip_nulls(jsonb_build_object('frequency', plan #> '{measures,inspections,frequency}', 'lead', plan #> '{measures,inspections,lead}')),
  'covert', CASE WHEN plan #>> '{measures,inspections,covertVisits}' = 'true' THEN jsonb_build_object('frequency', plan #> '{measures,inspections,frequency}') END,
  'teamComposition', coalesce(plan #> '{measures,inspections,teamComposition}', '[]'::jsonb))))
WHERE plan #> '{measures,inspections}' ? 'frequency';
--> statement-breakpoint
UPDATE campaigns SET plan = jsonb_set(plan, '{measures,complaintBoxes,places}', '[]'::jsonb)
WHERE plan #> '{measures,complaintBoxes}' IS NOT NULL AND NOT plan #> '{measures,complaintBoxes}' ? 'places';
