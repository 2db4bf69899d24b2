ALTER TABLE `area_aliases` ADD `year` integer;--> statement-breakpoint
ALTER TABLE `area_observations` ADD `note_en` text;--> statement-breakpoint
ALTER TABLE `areas` ADD `summary_en` text;--> statement-breakpoint
ALTER TABLE `criteria_eras` ADD `title_en` text;--> statement-breakpoint
ALTER TABLE `criteria_eras` ADD `rule_en` text;--> statement-breakpoint
ALTER TABLE `intervention_quantities` ADD `funder_en` text;--> statement-breakpoint
ALTER TABLE `intervention_quantities` ADD `note_en` text;--> statement-breakpoint
ALTER TABLE `interventions` ADD `title_en` text;--> statement-breakpoint
ALTER TABLE `interventions` ADD `description_en` text;--> statement-breakpoint
ALTER TABLE `list_events` ADD `description_en` text;--> statement-breakpoint
ALTER TABLE `list_memberships` ADD `basis` text NOT NULL;--> statement-breakpoint
ALTER TABLE `list_memberships` ADD `derivation` text;--> statement-breakpoint
ALTER TABLE `list_memberships` ADD `derivation_en` text;--> statement-breakpoint
ALTER TABLE `list_memberships` ADD `note_en` text;--> statement-breakpoint
ALTER TABLE `lists` ADD `title_en` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `origin` text NOT NULL;