CREATE TABLE "self_inspection_cases" (
	"report_id" integer NOT NULL,
	"item_key" text NOT NULL,
	"case_id" integer NOT NULL,
	CONSTRAINT "self_inspection_cases_report_id_item_key_pk" PRIMARY KEY("report_id","item_key")
);
--> statement-breakpoint
ALTER TABLE "self_inspection_cases" ADD CONSTRAINT "self_inspection_cases_report_id_self_inspection_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."self_inspection_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_inspection_cases" ADD CONSTRAINT "self_inspection_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "self_inspection_cases_case" ON "self_inspection_cases" USING btree ("case_id");