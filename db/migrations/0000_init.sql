CREATE TABLE `area_aliases` (
	`area_slug` text NOT NULL,
	`idx` integer NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	PRIMARY KEY(`area_slug`, `idx`)
);
--> statement-breakpoint
CREATE TABLE `area_housing_organisations` (
	`area_slug` text NOT NULL,
	`idx` integer NOT NULL,
	`name` text NOT NULL,
	`departments_json` text NOT NULL,
	PRIMARY KEY(`area_slug`, `idx`)
);
--> statement-breakpoint
CREATE TABLE `area_observations` (
	`area_slug` text NOT NULL,
	`measure` text NOT NULL,
	`idx` integer NOT NULL,
	`value` integer NOT NULL,
	`year` integer NOT NULL,
	`note` text,
	PRIMARY KEY(`area_slug`, `measure`, `idx`)
);
--> statement-breakpoint
CREATE TABLE `areas` (
	`slug` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`part_of` text,
	`municipality_code` integer NOT NULL,
	`town` text,
	`built_from` integer,
	`built_to` integer,
	`lat` real,
	`lon` real,
	`boundary_json` text,
	`summary` text,
	`links_json` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `areas_part_of_idx` ON `areas` (`part_of`);--> statement-breakpoint
CREATE TABLE `claims` (
	`subject_type` text NOT NULL,
	`subject_key` text NOT NULL,
	`source_id` text NOT NULL,
	PRIMARY KEY(`subject_type`, `subject_key`, `source_id`)
);
--> statement-breakpoint
CREATE INDEX `claims_source_idx` ON `claims` (`source_id`);--> statement-breakpoint
CREATE TABLE `criteria_eras` (
	`id` text PRIMARY KEY NOT NULL,
	`valid_from` text NOT NULL,
	`title` text NOT NULL,
	`min_residents` integer,
	`rule` text NOT NULL,
	`criteria_json` text NOT NULL,
	`categories_json` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `intervention_actors` (
	`intervention_slug` text NOT NULL,
	`idx` integer NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`intervention_slug`, `idx`)
);
--> statement-breakpoint
CREATE TABLE `intervention_areas` (
	`intervention_slug` text NOT NULL,
	`area_slug` text NOT NULL,
	PRIMARY KEY(`intervention_slug`, `area_slug`)
);
--> statement-breakpoint
CREATE INDEX `intervention_areas_area_idx` ON `intervention_areas` (`area_slug`);--> statement-breakpoint
CREATE TABLE `intervention_quantities` (
	`intervention_slug` text NOT NULL,
	`idx` integer NOT NULL,
	`measure` text NOT NULL,
	`value` real NOT NULL,
	`basis` text NOT NULL,
	`as_of` integer NOT NULL,
	`funder` text,
	`note` text,
	PRIMARY KEY(`intervention_slug`, `idx`)
);
--> statement-breakpoint
CREATE TABLE `intervention_relations` (
	`from_slug` text NOT NULL,
	`idx` integer NOT NULL,
	`type` text NOT NULL,
	`to_slug` text NOT NULL,
	PRIMARY KEY(`from_slug`, `idx`)
);
--> statement-breakpoint
CREATE INDEX `intervention_relations_to_idx` ON `intervention_relations` (`to_slug`);--> statement-breakpoint
CREATE TABLE `interventions` (
	`slug` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`category` text NOT NULL,
	`status` text NOT NULL,
	`status_year` integer NOT NULL,
	`start_date` text,
	`end_date` text,
	`start_year` integer,
	`end_year` integer,
	`description` text
);
--> statement-breakpoint
CREATE TABLE `list_categories` (
	`list_date` text NOT NULL,
	`code` text NOT NULL,
	`published_total` integer,
	`complete` integer NOT NULL,
	PRIMARY KEY(`list_date`, `code`)
);
--> statement-breakpoint
CREATE TABLE `list_events` (
	`list_date` text NOT NULL,
	`idx` integer NOT NULL,
	`date` text NOT NULL,
	`description` text NOT NULL,
	PRIMARY KEY(`list_date`, `idx`)
);
--> statement-breakpoint
CREATE TABLE `list_memberships` (
	`list_date` text NOT NULL,
	`category_code` text NOT NULL,
	`area_slug` text NOT NULL,
	`tier` text NOT NULL,
	`figures_json` text,
	`note` text,
	PRIMARY KEY(`list_date`, `category_code`, `area_slug`)
);
--> statement-breakpoint
CREATE INDEX `list_memberships_area_idx` ON `list_memberships` (`area_slug`);--> statement-breakpoint
CREATE TABLE `lists` (
	`date` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`criteria_era` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `municipalities` (
	`code` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`region` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`url` text NOT NULL,
	`title` text NOT NULL,
	`publisher` text NOT NULL,
	`published` text,
	`accessed` text NOT NULL,
	`language` text NOT NULL,
	`kind` text NOT NULL
);
