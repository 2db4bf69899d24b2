ALTER TABLE `area_aliases` ADD `claim_key` text NOT NULL;--> statement-breakpoint
ALTER TABLE `area_housing_organisations` ADD `claim_key` text NOT NULL;--> statement-breakpoint
ALTER TABLE `area_observations` ADD `claim_key` text NOT NULL;--> statement-breakpoint
ALTER TABLE `intervention_actors` ADD `claim_key` text NOT NULL;--> statement-breakpoint
ALTER TABLE `intervention_quantities` ADD `claim_key` text NOT NULL;--> statement-breakpoint
ALTER TABLE `intervention_relations` ADD `claim_key` text NOT NULL;--> statement-breakpoint
ALTER TABLE `list_events` ADD `claim_key` text NOT NULL;