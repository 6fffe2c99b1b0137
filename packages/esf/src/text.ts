import { formatNumber, formatPercent, type Exact, type LocalizedText } from '@styrkit/core';

/** A number in both locales, for messages: "5 549 825" / "5,549,825". */
export function num(v: Exact, decimals?: number): LocalizedText {
  // Quotients carry up to 40 digits; messages never need more than six decimals.
  const o = { decimals: decimals ?? Math.min(v.decimalPlaces(), 6) };
  return { sv: formatNumber(v, o), en: formatNumber(v, { ...o, locale: 'en' }) };
}

/** A percentage in both locales, at most two decimals (half-up): "32,85 %", "33 %". */
export function pct(v: Exact): LocalizedText {
  const decimals = Math.min(v.decimalPlaces(), 2);
  return {
    sv: formatPercent(v, { decimals }),
    en: formatPercent(v, { decimals, locale: 'en' }),
  };
}

/** Swedish and English names of phases and categories, for messages and tables. */
export const PHASE_NAMES: Readonly<Record<string, LocalizedText>> = {
  analysis: { sv: 'Analys och planering', en: 'Analysis and planning' },
  implementation: { sv: 'Genomförande', en: 'Implementation' },
  closing: { sv: 'Avslut', en: 'Closing' },
};

/** Swedish and English names of the cost categories. */
export const CATEGORY_NAMES: Readonly<Record<string, LocalizedText>> = {
  staff: { sv: 'Personal', en: 'Staff' },
  'external-services': { sv: 'Externa tjänster', en: 'External services' },
  travel: { sv: 'Resor och logi', en: 'Travel and accommodation' },
  equipment: { sv: 'Utrustning och material', en: 'Equipment and material' },
  other: { sv: 'Övriga kostnader', en: 'Other costs' },
  indirect: { sv: 'Indirekta kostnader', en: 'Indirect costs' },
  'participant-costs': { sv: 'Deltagarkostnader', en: 'Participant costs' },
};

/** Swedish and English names of the flat-rate options. */
export const FLAT_RATE_NAMES: Readonly<Record<string, LocalizedText>> = {
  'indirect-7-direct': {
    sv: 'Indirekta kostnader, 7 % av direkta',
    en: 'Indirect costs, 7 % of direct',
  },
  'indirect-15-staff': {
    sv: 'Indirekta kostnader, 15 % av personal',
    en: 'Indirect costs, 15 % of staff',
  },
  'indirect-25-direct': {
    sv: 'Indirekta kostnader, 25 % av direkta',
    en: 'Indirect costs, 25 % of direct',
  },
  'staff-20-other': { sv: 'Personal, 20 % av övriga direkta', en: 'Staff, 20 % of other direct' },
  'other-40-staff': { sv: 'Övriga kostnader, 40 % av personal', en: 'Other costs, 40 % of staff' },
};

/** The localized name from one of the tables above, or the key itself. */
export function nameOf(names: Readonly<Record<string, LocalizedText>>, key: string): LocalizedText {
  return names[key] ?? { sv: key, en: key };
}
