CREATE TABLE `search_terms` (
	`term` text NOT NULL,
	`docid` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `search_terms_term_idx` ON `search_terms` (`term`);