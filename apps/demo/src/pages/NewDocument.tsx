import { Link } from '../components/Link.js';
import { ErrorBox, Loading } from '../components/Status.js';
import { fetchKinds } from '../lib/api-documents.js';
import { can } from '../lib/auth.js';
import { useApp } from '../lib/context.js';
import { docWord } from '../lib/document-words.js';
import { pick, type Text } from '../lib/i18n.js';
import { useLoad } from '../lib/use-fetch.js';

/** The tasks people come to create most often, first on the page. */
const TASKS: readonly { href: string; title: Text }[] = [
  {
    href: '/ny/pm3/forvaltningsobjekt',
    title: { sv: 'Nytt förvaltningsobjekt', en: 'New maintenance object' },
  },
  {
    href: '/ny/pm3/objektplan',
    title: {
      sv: 'Ny objektplan (tom eller framrullad från förra året)',
      en: 'New plan (blank or rolled forward from last year)',
    },
  },
  {
    href: '/ny/esf/project',
    title: { sv: 'Nytt ESF-projekt under en utlysning', en: 'New ESF project under a call' },
  },
  {
    href: '/ny/principles/response',
    title: { sv: 'Ny checklista för ett beslut', en: 'New checklist for a decision' },
  },
  { href: '/ny/effects/effect-plan', title: { sv: 'Ny effektplan', en: 'New effect plan' } },
  {
    href: '/ny/effects/measurements',
    title: { sv: 'Registrera mätningar', en: 'Enter measurements' },
  },
  {
    href: '/ny/pm3/budget-follow-up',
    title: { sv: 'Ny period i budgetuppföljningen', en: 'New budget follow-up period' },
  },
];

/** "Nytt dokument": the common tasks, then every kind the host's plugins declare. */
export default function NewDocument() {
  const { locale, session } = useApp();
  const kinds = useLoad('kinds', fetchKinds);
  if (kinds.error !== undefined) return <ErrorBox error={kinds.error} />;
  if (kinds.data === undefined) return <Loading />;
  const writable = kinds.data.filter((k) => can(session.grants, 'write', k.name));
  return (
    <article>
      <h1>{docWord('newDocument', locale)}</h1>
      <p>{docWord('newDocumentIntro', locale)}</p>
      <ul class="task-list">
        {TASKS.filter((t) => writable.some((k) => t.href === `/ny/${k.name}`)).map((t) => (
          <li key={t.href}>
            <Link href={t.href}>{pick(t.title, locale)}</Link>
          </li>
        ))}
      </ul>
      <h2>{locale === 'sv' ? 'Alla dokumentslag' : 'Every kind of document'}</h2>
      <ul class="kind-list" data-testid="kind-list">
        {writable.map((k) => (
          <li key={k.name}>
            <Link href={`/ny/${k.name}`}>{pick(k.title, locale)}</Link>{' '}
            <code class="muted">{k.name}</code>
          </li>
        ))}
      </ul>
    </article>
  );
}
