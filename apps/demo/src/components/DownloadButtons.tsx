import { DOCX_MEDIA_TYPE, exportUrl, fetchKinds } from '../lib/api-documents.js';
import { useApp } from '../lib/context.js';
import { docWord } from '../lib/document-words.js';
import { pick } from '../lib/i18n.js';
import { useLoad } from '../lib/use-fetch.js';

/** A file name for a download: the document id and the exporter, so no two downloads share one. */
export function exportFileName(id: string, exporter: string, extension: string): string {
  const what = exporter.split('/').pop() ?? exporter;
  return `${id}-${what.replace(/-docx$/, '')}.${extension}`.replace(/[^A-Za-z0-9._-]+/g, '-');
}

/**
 * Word and PDF downloads of a document, one pair for each Word exporter its kind has
 * (`…/export?exporter=pm3/objektplan-docx`, `&format=pdf` for the PDF the host converts).
 */
export function DownloadButtons(props: { kind: string; id: string }) {
  const { locale } = useApp();
  const kinds = useLoad('kinds', fetchKinds);
  const exporters = (kinds.data?.find((k) => k.name === props.kind)?.exporters ?? []).filter(
    (e) => e.mediaType === DOCX_MEDIA_TYPE,
  );
  if (exporters.length === 0) return null;
  return (
    <section class="downloads" aria-labelledby="downloads-title">
      <h2 id="downloads-title">{docWord('download', locale)}</h2>
      <ul class="download-list">
        {exporters.map((e) => (
          <li key={e.id}>
            <span>{pick(e.title, locale)}:</span>{' '}
            <a
              class="button"
              data-download="docx"
              href={exportUrl(props.kind, props.id, e.id, locale)}
              download={exportFileName(props.id, e.id, 'docx')}
            >
              {docWord('word', locale)} (.docx)
            </a>{' '}
            <a
              class="button"
              data-download="pdf"
              href={exportUrl(props.kind, props.id, e.id, locale, 'pdf')}
              download={exportFileName(props.id, e.id, 'pdf')}
            >
              {docWord('pdf', locale)} (.pdf)
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
