CREATE TABLE "deadline_rules" (
	"id" serial PRIMARY KEY NOT NULL,
	"campaign_id" integer NOT NULL,
	"channel" text,
	"category" text,
	"workdays" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "deadline_rules" ADD CONSTRAINT "deadline_rules_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "deadline_rules_scope" ON "deadline_rules" USING btree ("campaign_id",coalesce("channel", ''),coalesce("category", ''));