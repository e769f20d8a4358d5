CREATE TABLE "self_inspection_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"request_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"content" jsonb NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"submitted_at" timestamp with time zone,
	"first_submitted_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer
);
--> statement-breakpoint
CREATE TABLE "self_inspection_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"campaign_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"due_date" date NOT NULL,
	"instructions" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "self_inspection_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by" integer,
	"decision" text,
	"comment" text,
	"item_comments" jsonb,
	"score" numeric(5, 2),
	"reviewed_at" timestamp with time zone,
	"reviewed_by" integer
);
--> statement-breakpoint
ALTER TABLE "self_inspection_reports" ADD CONSTRAINT "self_inspection_reports_request_id_self_inspection_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."self_inspection_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_inspection_reports" ADD CONSTRAINT "self_inspection_reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_inspection_reports" ADD CONSTRAINT "self_inspection_reports_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_inspection_requests" ADD CONSTRAINT "self_inspection_requests_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_inspection_requests" ADD CONSTRAINT "self_inspection_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_inspection_versions" ADD CONSTRAINT "self_inspection_versions_report_id_self_inspection_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."self_inspection_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_inspection_versions" ADD CONSTRAINT "self_inspection_versions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_inspection_versions" ADD CONSTRAINT "self_inspection_versions_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "self_inspection_reports_request_unit" ON "self_inspection_reports" USING btree ("request_id","unit_id");--> statement-breakpoint
CREATE INDEX "self_inspection_reports_unit" ON "self_inspection_reports" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "self_inspection_requests_campaign" ON "self_inspection_requests" USING btree ("campaign_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "self_inspection_versions_report_version" ON "self_inspection_versions" USING btree ("report_id","version");