/** Abbreviations that end in a full stop without ending the sentence. */
const ABBREVIATION =
  /(?:\b(?:m\.m|t\.ex|bl\.a|dvs|osv|ca|kap|resp|inkl|exkl|jfr|nr|s|st|fr\.o\.m|t\.o\.m|p\.g\.a|enl)|\b\p{Lu})\.$/iu;

/**
 * Splits a paragraph into sentences at ".", "!" or "?" followed by a space and a capital
 * letter or an opening quote, but not after common abbreviations ("m.m.", "t.ex.").
 */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?](?=\s+["”(]?\p{Lu})/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const candidate = text.slice(start, m.index + 1);
    if (ABBREVIATION.test(candidate)) continue;
    out.push(candidate.trim());
    start = m.index + 1;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') out.push(rest);
  return out;
}
