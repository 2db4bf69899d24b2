ALTER TABLE `areas` ADD `location_precision` text;--> statement-breakpoint
ALTER TABLE `areas` ADD `location_place` text;--> statement-breakpoint
ALTER TABLE `municipalities` ADD `lat` real;--> statement-breakpoint
ALTER TABLE `municipalities` ADD `lon` real;--> statement-breakpoint
ALTER TABLE `municipalities` ADD `wof_id` integer;--> statement-breakpoint
ALTER TABLE `municipalities` ADD `boundary_json` text;