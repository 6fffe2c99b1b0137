import { describe, expect, it } from 'vitest';
import { mentionsMoney } from '../index.js';

describe('mentionsMoney', () => {
  it('knows the money words of committee tables (Sala, Linköping seeds)', () => {
    for (const text of [
      'Periodbudget totalt',
      'Utfall jan-maj',
      'Helårsprognos',
      'Avvikelse',
      'Kostnader',
      'Intäkter',
      'Resultat',
      'Belopp',
      'Bokslut 2022',
      'Ram 2023',
      'Netto',
      'miljoner kronor',
      'Summa (kr)',
      'SEK',
      'Finansiering',
      'Löner',
    ]) {
      expect(mentionsMoney(text), text).toBe(true);
    }
  });

  it('counts of things and words that only contain "kr", "sek" or "ram" are not money', () => {
    for (const text of ['Antal datorer', 'Personer', 'krav', 'sekreterare', 'program', 'Ramböll']) {
      expect(mentionsMoney(text), text).toBe(false);
    }
  });
});
