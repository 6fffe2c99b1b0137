import * as z from 'zod';

/**
 * The response of `GET /api/portfolio`: one row per live document of the asked kinds, in one
 * request (issue 18: the portal made three requests per document). The shape is a contract
 * with the portal's portfolio page; add fields, never rename or drop one.
 */

/** Where a document stands: a host approval of its current version wins over its own status. */
export const portfolioStatusSchema = z.enum(['draft', 'decided', 'approved']);

/** Findings of the kind's checks over the current version, by severity. */
export const portfolioCountsSchema = z.object({
  error: z.number().int().nonnegative(),
  warning: z.number().int().nonnegative(),
  info: z.number().int().nonnegative(),
});

/** Bilingual text as the tables carry it. */
const localizedTextSchema = z.object({ sv: z.string(), en: z.string() });

/** One document of the portfolio. */
export const portfolioEntrySchema = z.object({
  /** Kind name (`pm3/objektplan`). */
  kind: z.string(),
  /** Document id. */
  id: z.string(),
  /** The document's `title`, else its `name`, else its id. */
  title: z.string(),
  /** The document's own version label (`version.label`, e.g. "A"), or null. */
  label: z.string().nullable(),
  /** `organisation`, `owner` or `municipality` of the document, or what `organisationRef` names. */
  organisation: z.string().nullable(),
  /** `year`, else the year its validity, period or first phase starts. */
  year: z.number().int().nullable(),
  /** approved (a host approval of the current version), decided (the document says so), draft. */
  status: portfolioStatusSchema,
  /** The current (latest) version number. */
  version: z.number().int().positive(),
  /** When the current version was saved (ISO 8601). */
  updatedAt: z.string(),
  /** Who approved the current version last, or null. */
  approvedBy: z.string().nullable(),
  /** When (ISO 8601), or null. */
  approvedAt: z.string().nullable(),
  /**
   * The budget total in kronor, exact (a decimal string, never a float): the total row of the
   * kind's first table, converted from its unit (kkr, tkr, mnkr). Null when that table has none.
   */
  budget: z.object({ amount: z.string(), unit: z.literal('kr') }).nullable(),
  /** Values of the `status` column of the kind's first table, counted (goal statuses). */
  statusTally: z.array(z.object({ label: localizedTextSchema, count: z.number().int() })),
  /** Findings of every check of the kind over the current version. */
  counts: portfolioCountsSchema,
});

/** The whole answer. */
export const portfolioSummarySchema = z.object({
  /** How many rows `documents` holds (every readable live document of the kinds). */
  total: z.number().int().nonnegative(),
  /** The kinds covered, with their display names, in the order asked. */
  kinds: z.array(z.object({ name: z.string(), title: localizedTextSchema })),
  /** Sorted by kind, then id. */
  documents: z.array(portfolioEntrySchema),
  /**
   * The rows rolled up per kind and year (year null for documents without one): how many, the
   * sum of their budgets in kronor (exact; null when none of them has one) and of their counts.
   */
  rollUp: z.array(
    z.object({
      kind: z.string(),
      year: z.number().int().nullable(),
      documents: z.number().int().nonnegative(),
      budget: z.object({ amount: z.string(), unit: z.literal('kr') }).nullable(),
      counts: portfolioCountsSchema,
    }),
  ),
});

/** One portfolio row. */
export type PortfolioEntry = z.infer<typeof portfolioEntrySchema>;
/** The `GET /api/portfolio` body. */
export type PortfolioSummary = z.infer<typeof portfolioSummarySchema>;

/** The path of the endpoint (query: `kinds=a/b,c/d` (default: every readable kind), `locale`). */
export const PORTFOLIO_PATH = '/api/portfolio';
