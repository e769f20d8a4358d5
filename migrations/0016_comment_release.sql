ALTER TABLE "evaluation_answers" ADD COLUMN "comment_released_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "evaluation_answers" ADD COLUMN "comment_released_by" integer;