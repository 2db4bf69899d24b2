/**
 * The one place environment variables are read, validated once, failing fast with a clear message.
 */
import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  BOLIGATLAS_DB: z.string().min(1).optional(),
  BOLIGATLAS_DATA_DIR: z.string().min(1).optional(),
  BOLIGATLAS_SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
});

function readEnv() {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  return {
    /** The SQLite database the site reads and the build writes. */
    databasePath: path.resolve(/*turbopackIgnore: true*/ parsed.data.BOLIGATLAS_DB ?? path.join(process.cwd(), 'db', 'boligatlas.sqlite')),
    /** The curated data directory. */
    dataDir: path.resolve(/*turbopackIgnore: true*/ parsed.data.BOLIGATLAS_DATA_DIR ?? path.join(process.cwd(), 'data')),
    /** The public origin of the site, for canonical and hreflang links (README: BOLIGATLAS_SITE_URL). */
    siteUrl: parsed.data.BOLIGATLAS_SITE_URL ?? 'https://boligatlas.dk',
  };
}

export const env = readEnv();
