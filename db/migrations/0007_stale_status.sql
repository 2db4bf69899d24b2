ALTER TABLE `interventions` ADD `stale_confirmation` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `interventions` ADD `stale_end_passed` integer DEFAULT false NOT NULL;