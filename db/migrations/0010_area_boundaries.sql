CREATE TABLE `boundaries` (
	`source` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`municipality_code` integer,
	`geometry_json` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `areas` ADD `boundary_source` text;--> statement-breakpoint
ALTER TABLE `areas` ADD `boundary_precision` text;--> statement-breakpoint
ALTER TABLE `areas` ADD `boundary_place` text;--> statement-breakpoint
ALTER TABLE `areas` DROP COLUMN `boundary_json`;