import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'public/**'],
  },
  {
    // SQL lives only in db/: pages call db/queries/*, never drizzle or the client (STYLE.md).
    files: ['app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['drizzle-orm', 'drizzle-orm/*'], message: 'app/ must not import drizzle: call a function in db/queries/.' },
            { group: ['better-sqlite3'], message: 'app/ must not open the database: call a function in db/queries/.' },
            {
              group: ['@/db/client', '@/db/connection', '@/db/build', '@/db/schema.ts', '**/db/client', '**/db/connection'],
              message: 'app/ must not use the database client: call a function in db/queries/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests of app/ components build their own fixture database, as the query tests do.
    files: ['app/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
];

export default config;
