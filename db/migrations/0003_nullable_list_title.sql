PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_lists` (
	`date` text PRIMARY KEY NOT NULL,
	`title` text,
	`criteria_era` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_lists`("date", "title", "criteria_era") SELECT "date", "title", "criteria_era" FROM `lists`;--> statement-breakpoint
DROP TABLE `lists`;--> statement-breakpoint
ALTER TABLE `__new_lists` RENAME TO `lists`;--> statement-breakpoint
PRAGMA foreign_keys=ON;