import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema.ts',
  out: './db/migrations',
  // FTS5 virtual tables live in a custom migration that drizzle-kit does not model.
  tablesFilter: ['!search_index*'],
});
