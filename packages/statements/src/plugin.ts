/**
 * The styrkit host plugin of @styrkit/statements: the document kind `statements/statement`,
 * its audit, table view, id-keyed differ and the fallback recogniser that stores any table
 * of figures that no domain plugin recognises.
 *
 * @packageDocumentation
 */
import {
  defineCheck,
  defineDiffer,
  defineKind,
  definePlugin,
  defineRecogniser,
  defineTable,
} from '@styrkit/plugin';
import type { StyrkitPlugin } from '@styrkit/plugin';
import { auditStatement } from './audit.js';
import { compareStatements } from './cross-check.js';
import { diffStatements, diffTable } from './diff.js';
import { statementFromTable } from './from-table.js';
import { statementSchema, type Statement } from './model.js';
import { parseStatement } from './parse.js';
import { statementTable } from './tables.js';
import { version } from './version.js';

const statementKind = defineKind<Statement>({
  name: 'statements/statement',
  title: {
    sv: 'Sammanställning (kalkyl, budget, utfall)',
    en: 'Statement (estimate, budget, outcome)',
  },
  schema: statementSchema,
  schemaVersion: 1,
  parse: parseStatement,
});

/**
 * The statements plugin for the styrkit host.
 *
 * @example
 * ```ts
 * import { statementsPlugin } from '@styrkit/statements/plugin';
 * statementsPlugin.kinds.map((k) => k.name); // ['statements/statement']
 * ```
 */
export const statementsPlugin: StyrkitPlugin = definePlugin({
  manifest: {
    name: 'statements',
    version,
    hostRange: '^0.1.0',
    title: { sv: 'Sammanställningar och kalkyler', en: 'Statements and estimates' },
    description: {
      sv: 'Flerårskalkyler, budgetar och utfall som tabeller av belopp: rader, kolumner, delsummor och summor, kontrollerade exakt.',
      en: 'Multi-year estimates, budgets and outcomes as tables of amounts: rows, columns, subtotals and totals, checked exactly.',
    },
  },
  kinds: [statementKind],
  checks: [
    defineCheck(statementKind, {
      id: 'statements/audit',
      title: { sv: 'Granskning av summor', en: 'Audit of totals' },
      run: (statement) => auditStatement(statement),
    }),
    defineCheck(statementKind, {
      id: 'statements/same-period',
      title: {
        sv: 'Samma period i andra sammanställningar',
        en: 'The same period in other statements',
      },
      // Statements are told apart by title: the one being checked is among the stored ones.
      run: (statement, context) => {
        if (statement.organisation === undefined || statement.period === undefined) return [];
        // The host hands over the parsed documents of the kind.
        return context.documents(statementKind.name).flatMap((stored) => {
          const other = stored.document as Statement;
          const same =
            other.organisation === statement.organisation &&
            other.period === statement.period &&
            other.title !== statement.title;
          return same ? compareStatements(statement, other, other.title) : [];
        });
      },
    }),
  ],
  tables: [
    defineTable(statementKind, {
      id: 'statements/statement',
      title: { sv: 'Sammanställning', en: 'Statement' },
      render: (statement, context) => [statementTable(statement, { locale: context.locale })],
    }),
  ],
  differs: [
    defineDiffer(statementKind, {
      diff: (before, after, context) => [
        diffTable(diffStatements(before, after), after.unit, { locale: context.locale }),
      ],
    }),
  ],
  recognisers: [
    defineRecogniser(statementKind, {
      id: 'statements/any-table',
      title: { sv: 'Tabell med belopp', en: 'Table of amounts' },
      fallback: true,
      recognise: (table) =>
        table.columns.length === 0 || table.rows.length === 0
          ? undefined
          : { document: statementFromTable(table), findings: [] },
    }),
  ],
});

export default statementsPlugin;
