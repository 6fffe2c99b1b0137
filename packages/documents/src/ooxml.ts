import { report, type ReaderContext } from './context.js';
import { decodeText } from './decode.js';
import { errorDetail } from './reader-messages.js';
import { parseXml, type XmlElement } from './xml.js';
import { openZip, type ZipArchive, type ZipProblem } from './zip.js';

/** Turns a zip problem into the reader's finding. */
export function reportZipProblem(ctx: ReaderContext, problem: ZipProblem): void {
  switch (problem.kind) {
    case 'encrypted':
      report(ctx, 'documents/encrypted', { what: 'zip-parts' });
      return;
    case 'too-many-entries':
      report(ctx, 'documents/too-large', { kind: 'zip-entries', count: problem.count });
      return;
    case 'too-large':
      report(ctx, 'documents/too-large', { kind: 'unpacked' });
      return;
    case 'corrupt':
      report(ctx, 'documents/unreadable', { kind: 'zip-corrupt', detail: problem.detail });
      return;
  }
}

/** Opens a zip, reporting why when it cannot be opened. */
export function openContainer(bytes: Uint8Array, ctx: ReaderContext): ZipArchive | undefined {
  const zip = openZip(bytes, ctx.budget.limits);
  if ('kind' in zip) {
    reportZipProblem(ctx, zip);
    return undefined;
  }
  return zip;
}

/**
 * Reads and parses one XML part. A missing optional part is undefined without a finding; a
 * part that cannot be inflated or parsed gives a finding and undefined, and the caller decides
 * whether the document can do without it. `failed` is set once the container itself failed.
 */
export function readXmlPart(
  zip: ZipArchive,
  name: string,
  ctx: ReaderContext,
): { readonly xml?: XmlElement; readonly failed: boolean } {
  const bytes = zip.read(name);
  if (bytes === undefined) return { failed: false };
  if (!(bytes instanceof Uint8Array)) {
    reportZipProblem(ctx, bytes);
    return { failed: true };
  }
  try {
    return { xml: parseXml(decodeText(bytes)), failed: false };
  } catch (error) {
    report(ctx, 'documents/unreadable', { kind: 'xml-part', part: name, ...errorDetail(error) });
    return { failed: true };
  }
}
