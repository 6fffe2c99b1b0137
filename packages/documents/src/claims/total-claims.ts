import type { Exact } from '@styrkit/core';
import { compareTotal } from '../analyse/compare-total.js';
import { isRoundedUnit } from '../analyse/units.js';
import { amountsIn, type AmountAt } from './amounts.js';
import { inUnit, sameFamily } from './convert.js';
import type { TextAmount } from './types.js';

/** Words before an amount that say it is a total. */
const TOTAL_CUE =
  /(?:uppgå(?:r|tt)?|uppgick|summeras?|summerar|landar på|hamnar på)\s+(?:sammanlagt\s+|totalt\s+)?(?:till\s+)?$|(?:totalt|sammanlagt|sammantaget|allt som allt|i alla|tillsammans|summa|total(?:a)? (?:kostnad|budget)(?:en)?(?: är| blir)?)[\s:]*(?:på\s+|om\s+|till\s+)?$/i;
/** Words right after a total that open an exhaustive list of its parts in the same sentence. */
const PARTS_CUE =
  /^[\s,]*(?:och\s+|som\s+)?(?:fördela\p{L}* på|består av|utgörs av|uppdelat på|:)/iu;
/** "varav": parts of the figure just given, not necessarily all of it. */
const VARAV = /^[\s,]*(?:varav|därav)\b/i;
/** Words in a sentence that say it lists the parts of the total before it. */
const LIST_CUE =
  /(?<![\p{L}\d])(?:post|poster|posterna|posten|delar|delarna|består|utgörs|fördela\p{L}*|varav|därav|största|stora|främst|huvudsakligen)(?![\p{L}\d])/iu;
/** Words that say the list covers the whole total. */
const EXHAUSTIVE_CUE =
  /(?<![\p{L}\d])(?:består av|utgörs av|fördela\p{L}* på|uppdelat på)(?![\p{L}\d])/iu;
/** Words that say the list is a selection ("bland annat", "t.ex."). */
const SELECTION_CUE =
  /(?<![\p{L}\d])(?:bland annat|bl\.a\.|t\.ex\.|exempelvis|till exempel|bland andra)(?![\p{L}\d])/iu;

/** The remainder of a total: "övrig drift … ca 3,5 miljoner". */
const REMAINDER =
  /(?<![\p{L}\d])(?:övrig|övriga|övrigt|samtlig övrig|resterande|resten|återstående)(?![\p{L}\d])/iu;

/** A total and its parts as read from one paragraph. */
export interface PartsClaim {
  readonly text: string;
  readonly stated: TextAmount;
  readonly parts: TextAmount[];
  /** Parts after "varav": they may not exhaust the total, so only a sum above it is wrong. */
  readonly partial: boolean;
}

function strip(a: AmountAt): TextAmount {
  return {
    text: a.text,
    value: a.value,
    ...(a.unit === undefined ? {} : { unit: a.unit }),
    decimals: a.decimals,
    estimate: a.estimate,
  };
}

function isTotalAt(sentence: string, a: AmountAt): boolean {
  return TOTAL_CUE.test(sentence.slice(Math.max(0, a.index - 60), a.index));
}

/**
 * Reads the claims "this total is made of these parts" in a paragraph:
 * - a total ("uppgår till 22,7 miljoner kr") followed, in the next sentence, by a list of at
 *   least two amounts in the same unit family, and optionally by sentences naming a remainder
 *   ("övrig drift … ca 3,5 miljoner");
 * - a total followed in its own sentence by "fördelat på", "består av" or ":" and its parts;
 * - a list of at least two amounts followed by "totalt"/"sammanlagt" and the total;
 * - a total followed by "varav" and parts (the parts may not exceed it).
 */
export function totalClaimsIn(sentences: readonly string[]): PartsClaim[] {
  const out: PartsClaim[] = [];
  const amounts = sentences.map(amountsIn);
  for (let s = 0; s < sentences.length; s += 1) {
    const sentence = sentences[s] ?? '';
    const here = amounts[s] ?? [];
    for (let a = 0; a < here.length; a += 1) {
      const total = here[a];
      if (total === undefined) continue;
      const after = here.slice(a + 1).filter((x) => sameFamily(x.unit, total.unit));
      const gap = after[0] === undefined ? '' : sentence.slice(total.end, after[0].index);
      if (after.length >= 1 && VARAV.test(gap)) {
        out.push({ text: sentence, stated: strip(total), parts: after.map(strip), partial: true });
        break;
      }
      if (after.length >= 2 && PARTS_CUE.test(gap)) {
        const partial = SELECTION_CUE.test(sentence.slice(total.end));
        out.push({ text: sentence, stated: strip(total), parts: after.map(strip), partial });
        break;
      }
      const last = a === here.length - 1;
      const before = here.slice(0, a).filter((x) => sameFamily(x.unit, total.unit));
      if (last && before.length >= 2 && before.length === a && isTotalAt(sentence, total)) {
        out.push({
          text: sentence,
          stated: strip(total),
          parts: before.map(strip),
          partial: false,
        });
        break;
      }
      if (!last || !isTotalAt(sentence, total)) continue;
      // A total closing its sentence, and the next sentence lists its parts.
      const next = amounts[s + 1] ?? [];
      const list = next.filter((x) => sameFamily(x.unit, total.unit));
      const listText = sentences[s + 1] ?? '';
      if (list.length < 2 || next.length !== list.length || !LIST_CUE.test(listText)) continue;
      const parts = list.map(strip);
      const texts = [sentence, sentences[s + 1] ?? ''];
      let t = s + 2;
      for (; t < sentences.length; t += 1) {
        const more = amounts[t] ?? [];
        const text = sentences[t] ?? '';
        const only = more[0];
        if (
          more.length !== 1 ||
          only === undefined ||
          !REMAINDER.test(text) ||
          !sameFamily(only.unit, total.unit)
        )
          break;
        parts.push(strip(only));
        texts.push(text);
      }
      // "De största posterna" lists a selection unless a remainder ("övrig drift …") closes
      // it or the sentence says the parts make the whole ("består av").
      const exhaustive =
        (parts.length > list.length || EXHAUSTIVE_CUE.test(listText)) &&
        !SELECTION_CUE.test(listText);
      out.push({ text: texts.join(' '), stated: strip(total), parts, partial: !exhaustive });
      s = t - 1;
      break;
    }
  }
  return out;
}

/** What a claim's check gives. */
export interface PartsOutcome {
  readonly computed: Exact;
  readonly outcome: 'holds' | 'rounding' | 'mismatch';
  readonly estimate: boolean;
  readonly decimals: number;
  readonly parts: TextAmount[];
}

/** Checks a claim: the parts, in the total's unit, against the stated total. */
export function checkPartsClaim(claim: PartsClaim): PartsOutcome {
  const unit = claim.stated.unit;
  const parts = claim.parts.map((p) => inUnit(p, unit));
  const compared = compareTotal(claim.stated, parts, isRoundedUnit(unit) || unit === 'kr');
  let outcome = compared.outcome;
  // Parts after "varav" need not add up to the total; only more than the total is wrong.
  if (claim.partial)
    outcome = compared.computed.lte(claim.stated.value) ? 'holds' : compared.outcome;
  return {
    computed: compared.computed,
    outcome,
    estimate: compared.estimate,
    decimals: compared.decimals,
    parts,
  };
}
