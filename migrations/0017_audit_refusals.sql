CREATE TABLE "audit_refusals" (
	"id" bigint PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
