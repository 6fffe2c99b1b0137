import type { NumberLocale } from '@styrkit/core';
import type { AnalysedTable } from '../analyse/types.js';
import { sourceRef } from '../analyse/table-findings.js';
import { documentCodes, type DocumentFinding } from '../codes.js';
import type { DocumentTableRef } from '../messages.js';
import type { DocumentModel, ParagraphBlock } from '../model.js';
import { amountsIn } from './amounts.js';
import { sameFamily } from './convert.js';
import { restatedCounts, tableTotalsFor } from './restatements.js';
import { sentencesOf } from './sentences.js';
import { checkPartsClaim, totalClaimsIn, type PartsClaim } from './total-claims.js';
import type { FoundClaim, TextClaim } from './types.js';

const SELECTION = /bland annat|bl\.a\.|t\.ex\.|exempelvis|till exempel|främst|största/i;
const LEAD_IN = /:\s*$|\b(?:totalt|sammanlagt|uppgår till|summa)\b/i;

/** A paragraph with one amount followed by bullets of one amount each: the bullets are its parts. */
function bulletClaims(
  blocks: readonly ParagraphBlock[],
): { claim: PartsClaim; at: ParagraphBlock }[] {
  const out: { claim: PartsClaim; at: ParagraphBlock }[] = [];
  for (let i = 0; i < blocks.length; i += 1) {
    const lead = blocks[i];
    if (lead === undefined || lead.bullet === true || !LEAD_IN.test(lead.text)) continue;
    const total = amountsIn(lead.text);
    const only = total[0];
    if (total.length !== 1 || only === undefined) continue;
    const parts = [];
    let j = i + 1;
    for (; j < blocks.length && blocks[j]?.bullet === true; j += 1) {
      const a = amountsIn(blocks[j]?.text ?? '');
      if (a.length !== 1 || a[0] === undefined || !sameFamily(a[0].unit, only.unit)) break;
      parts.push(a[0]);
    }
    const endsList = j >= blocks.length || blocks[j]?.bullet !== true;
    if (parts.length >= 2 && endsList) {
      // "bland annat:" lists a selection: its bullets need not add up to the figure.
      const partial = SELECTION.test(lead.text);
      out.push({
        claim: {
          text: [lead.text, ...blocks.slice(i + 1, j).map((b) => b.text)].join(' '),
          stated: only,
          parts,
          partial,
        },
        at: lead,
      });
    }
  }
  return out;
}

function partsFinding(claim: PartsClaim, index: number, at: ParagraphBlock): FoundClaim {
  const checked = checkPartsClaim(claim);
  const textClaim: TextClaim = {
    kind: 'total-with-parts',
    text: claim.text,
    stated: claim.stated,
    parts: checked.parts,
    computed: checked.computed,
    outcome: checked.outcome,
    source: at.source,
  };
  const findings: DocumentFinding[] = [];
  const line = at.source.line === undefined ? {} : { line: at.source.line };
  const unit = claim.stated.unit === undefined ? {} : { unit: claim.stated.unit };
  const base = {
    path: ['claims', index],
    expected: checked.computed,
    actual: claim.stated.value,
    source: sourceRef(at.source),
  };
  if (checked.outcome === 'rounding') {
    findings.push(
      documentCodes.create('documents/rounding-difference', {
        ...base,
        data: {
          in: 'text',
          stated: claim.stated.value,
          ...unit,
          computed: checked.computed,
          decimals: checked.decimals,
          ...line,
        },
      }),
    );
  } else if (checked.outcome === 'mismatch') {
    findings.push(
      documentCodes.create('documents/text-total-mismatch', {
        ...base,
        data: {
          stated: claim.stated.value,
          ...unit,
          parts: checked.parts,
          computed: checked.computed,
          ...line,
          estimate: checked.estimate,
        },
        ...(checked.estimate ? { severity: 'warning' } : {}),
      }),
    );
  }
  return { claim: textClaim, findings };
}

/**
 * Reads the claims the text makes about totals and checks them: totals with their parts in
 * the same paragraph (or in bullets under it), and counts stated as totals that restate a
 * table under the same heading.
 */
export function findClaims(
  model: DocumentModel,
  tables: readonly AnalysedTable[],
  _locale: NumberLocale,
): FoundClaim[] {
  const out: FoundClaim[] = [];
  let section = 0;
  const tableSection = new Map<AnalysedTable, number>();
  const paragraphs: { block: ParagraphBlock; section: number }[] = [];
  for (const block of model.blocks) {
    if (block.type === 'heading') section += 1;
    else if (block.type === 'paragraph') paragraphs.push({ block, section });
    else for (const t of tables) if (t.source === block.source) tableSection.set(t, section);
  }
  for (const { block } of paragraphs) {
    if (block.bullet === true) continue;
    for (const claim of totalClaimsIn(sentencesOf(block.text)))
      out.push(partsFinding(claim, out.length, block));
  }
  for (const { claim, at } of bulletClaims(paragraphs.map((p) => p.block)))
    out.push(partsFinding(claim, out.length, at));

  for (const { block, section: s } of paragraphs) {
    const nearby = tables.filter((t) => tableSection.get(t) === s);
    if (nearby.length === 0) continue;
    for (const sentence of sentencesOf(block.text)) {
      for (const count of restatedCounts(sentence)) {
        const totals = tableTotalsFor(count.noun, nearby);
        if (totals.length === 0) continue;
        const stated = totals.find((t) => t.stated.equals(count.value));
        const byRows = totals.find((t) => t.rowsGive.equals(count.value));
        const best = stated ?? byRows ?? totals[totals.length - 1];
        if (best === undefined) continue;
        const refs = best.indexes.map((i): DocumentTableRef => {
          const caption = tables[i]?.caption;
          return caption === undefined ? { index: i } : { caption, index: i };
        });
        const line = block.source.line === undefined ? {} : { line: block.source.line };
        const index = out.length;
        const claim: TextClaim = {
          kind: 'restates-table',
          text: sentence,
          stated: { text: count.text, value: count.value, decimals: 0, estimate: false },
          computed: best.stated,
          table: { indexes: best.indexes, column: best.column, rowsGive: best.rowsGive },
          outcome: stated !== undefined || byRows !== undefined ? 'holds' : 'mismatch',
          source: block.source,
        };
        const findings: DocumentFinding[] = [];
        const base = { path: ['claims', index], source: sourceRef(block.source) };
        if (stated !== undefined && !stated.rowsGive.equals(stated.stated)) {
          findings.push(
            documentCodes.create('documents/text-restates-wrong-total', {
              ...base,
              expected: stated.rowsGive,
              actual: count.value,
              data: {
                stated: count.value,
                noun: count.noun,
                table: stated.rowsGive,
                tables: refs,
                ...line,
              },
            }),
          );
        } else if (stated === undefined && byRows === undefined) {
          findings.push(
            documentCodes.create('documents/text-restates-table-mismatch', {
              ...base,
              expected: best.stated,
              actual: count.value,
              data: {
                stated: count.value,
                noun: count.noun,
                table: best.stated,
                tables: refs,
                ...line,
              },
            }),
          );
        }
        out.push({ claim, findings });
      }
    }
  }
  return out;
}
