ALTER TABLE "inspection_findings" ADD COLUMN "updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD COLUMN "withdrawn_by" integer;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD COLUMN "withdraw_reason" text;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD CONSTRAINT "inspection_findings_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD CONSTRAINT "inspection_findings_withdrawn_not_filed" CHECK ("inspection_findings"."withdrawn_at" is null or "inspection_findings"."case_id" is null);