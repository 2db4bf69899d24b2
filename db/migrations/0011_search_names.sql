CREATE TABLE `search_names` (
	`docid` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`aliases` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `search_names_kind_name_idx` ON `search_names` (`kind`,`name`);--> statement-breakpoint
-- Hand-written (drizzle-kit does not model FTS5; tablesFilter keeps it away): a contentless trigram
-- index over each row's name and other names, without positions (detail=none), so that its doclists
-- are rowid lists. db/queries/search.ts asks it for the trigrams of the query's words and checks the
-- candidates against search_names; rowid = search_names.docid = search_index.rowid.
CREATE VIRTUAL TABLE `search_index_names` USING fts5(
  `text`,
  tokenize = 'trigram',
  detail = 'none',
  content = ''
);
