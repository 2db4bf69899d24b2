-- Full-text index over folded text (see db/fold.ts): trigram tokens give substring matches.
-- drizzle-kit does not model FTS5 tables, so this migration is hand-written (tablesFilter keeps push away).
CREATE VIRTUAL TABLE `search_index` USING fts5(
  `kind` UNINDEXED,
  `slug` UNINDEXED,
  `name`,
  `aliases`,
  `body`,
  tokenize = 'trigram'
);
