import { describe, expect, it } from 'vitest';
import { escapeHtml, renderResponseHtml } from '../render-html.js';
import { escapeMarkdown, renderResponseMarkdown } from '../render-markdown.js';
import { q, response, section, template } from './builders.js';
import { loadResponse, loadTemplate } from './fixtures.js';

const sala = loadTemplate();

describe('Markdown rendering', () => {
  it('renders the Sala checklist with case facts, sections, answers and assessments', () => {
    // seed: sala-san-kallelse-2023-06-15.txt:18 (Dnr 2023/48), :225 (NEJ on the child's view)
    const md = renderResponseMarkdown(loadResponse(1), sala);
    expect(md).toContain('# Checklista för barnperspektivet');
    expect(md).toContain('- **Diarienummer:** 2023/48');
    expect(md).toContain('## Barnperspektivet');
    expect(md).toMatch(/Har barn och unga fått säga sin mening\? \*\*Nej\*\* _\(Ogynnsamt\)_/);
    expect(md).toMatch(/Blir det fler jobb på landsbygden\? – _\(Ställs inte/);
    expect(md).toContain('**Motivering:** –');
    expect(md).toContain('**Ifylld av:** –');
  });

  it('renders in English', () => {
    const md = renderResponseMarkdown(loadResponse(2), sala, { locale: 'en' });
    expect(md).toContain('## Child perspective');
    expect(md).toMatch(/Has the Convention .* – _\(Unanswered\)_/);
    // The same fact names as the Word attachment (checklistAttachment).
    const first = renderResponseMarkdown(loadResponse(1), sala, { locale: 'en' });
    expect(first).toContain('- **Case number:** 2023/48');
  });

  it('escapes user text', () => {
    expect(escapeMarkdown('*a* [b](c) <d>\n# e|f')).toBe('\\*a\\* \\[b\\](c) \\<d\\> # e\\|f');
    expect(escapeMarkdown('# rubrik')).toBe('\\# rubrik');
    expect(escapeMarkdown('Social- och arbetsmarknadsnämnden')).toBe(
      'Social- och arbetsmarknadsnämnden',
    );
    const t = template([section('s', [q('a', { type: 'text' })])]);
    const md = renderResponseMarkdown(response({ a: '<script>**x**' }), t);
    expect(md).toContain('**\\<script\\>\\*\\*x\\*\\***');
  });
});

describe('HTML rendering', () => {
  const html = renderResponseHtml(loadResponse(1), sala, { idPrefix: 'punkt 5' });

  it('uses headings, fieldsets and legends with labelled radio buttons', () => {
    expect(html).toMatch(
      /^<article class="styrkit-checklist" lang="sv" aria-labelledby="punkt-5-title">/,
    );
    expect(html).toContain('<section aria-labelledby="punkt-5-s0-h">');
    expect(html).toContain('<h2 id="punkt-5-s0-h">Barnperspektivet</h2>');
    expect(html).toContain('<legend>Har barn och unga fått säga sin mening?</legend>');
    expect(html).toContain(
      '<input type="radio" id="punkt-5-s0-q3-no" name="punkt-5-s0-q3" value="no" checked><label for="punkt-5-s0-q3-no">Nej</label>',
    );
    // Every fieldset has a legend; every radio has a label.
    expect(html.match(/<fieldset/g)?.length).toBe(html.match(/<legend>/g)?.length);
    expect(html.match(/<input /g)?.length).toBe(html.match(/<label for=/g)?.length);
  });

  it('leaves unanswered questions unchecked', () => {
    const second = renderResponseHtml(loadResponse(2), sala);
    const crpd = second.split('<fieldset').find((f) => f.includes('funktionsnedsättning beaktats'));
    expect(crpd).toBeDefined();
    expect(crpd).not.toContain('checked');
    expect(crpd).toContain('Obesvarad');
  });

  it('escapes every piece of user text', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
    const t = template([section('s', [q('a', { type: 'text' }), q('b')])], {
      title: { sv: '<b>Mall</b>', en: 'T' },
    });
    const out = renderResponseHtml(
      response({ a: '<img src=x onerror=alert(1)>', b: 7 }, { case: { title: '"Ärende" & <x>' } }),
      t,
    );
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<b>Mall');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('&quot;Ärende&quot; &amp; &lt;x&gt;');
    expect(out).toContain('Ogiltigt svar');
  });

  it('renders scale questions as radios and large scales as text', () => {
    const t = template([
      section('s', [
        q('small', { type: 'scale', min: 1, max: 3, favourable: { min: 3, max: 3 } }),
        q('large', { type: 'scale', min: 0, max: 100, favourable: { min: 50, max: 100 } }),
      ]),
    ]);
    const out = renderResponseHtml(response({ small: 2, large: 70 }), t);
    expect(out).toContain('value="2" checked');
    expect(out).toContain('<p>Svar: 70</p>');
  });
});
