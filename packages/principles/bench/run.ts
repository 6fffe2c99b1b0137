// Benchmarks of @styrkit/principles: `pnpm bench`. Prints mean time per call and calls/s.
// Not a unit test: figures depend on the machine; record them in docs/benchmarks/principles.md.
import { cpus } from 'node:os';
import {
  auditResponse,
  auditTemplate,
  parseResponse,
  parseTemplate,
  renderResponseHtml,
  renderResponseMarkdown,
  summarizeResponse,
} from '../src/index.js';
import { syntheticResponse, syntheticTemplate } from './fixtures.js';

function measure(name: string, fn: () => unknown, minMs = 400): void {
  for (let i = 0; i < 5; i++) fn(); // warm up the JIT
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    fn();
    runs += 1;
    elapsed = performance.now() - start;
  }
  const perCall = elapsed / runs;
  const label = name.padEnd(46);
  console.log(
    `${label} ${perCall.toFixed(3).padStart(9)} ms/call ${Math.round(1000 / perCall)
      .toString()
      .padStart(8)} calls/s`,
  );
}

console.log(
  `node ${process.version}, ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown cpu'}`,
);
for (const [sections, perSection] of [
  [3, 5], // about the size of the Sala checklist (14 questions)
  [20, 50], // 1 000 questions
] as const) {
  const template = syntheticTemplate(sections, perSection);
  const response = syntheticResponse(template);
  const json = JSON.parse(JSON.stringify({ template, response })) as {
    template: unknown;
    response: unknown;
  };
  const size = `${sections * perSection} q`;
  console.log(`\n${size}`);
  measure(`parseTemplate (${size})`, () => parseTemplate(json.template));
  measure(`parseResponse (${size})`, () => parseResponse(json.response));
  measure(`auditTemplate (${size})`, () => auditTemplate(template));
  measure(`auditResponse (${size})`, () => auditResponse(response, template));
  measure(`summarizeResponse (${size})`, () => summarizeResponse(response, template));
  measure(`renderResponseMarkdown (${size})`, () => renderResponseMarkdown(response, template));
  measure(`renderResponseHtml (${size})`, () => renderResponseHtml(response, template));
}
