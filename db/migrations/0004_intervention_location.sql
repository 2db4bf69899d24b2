ALTER TABLE `interventions` ADD `lat` real;--> statement-breakpoint
ALTER TABLE `interventions` ADD `lon` real;