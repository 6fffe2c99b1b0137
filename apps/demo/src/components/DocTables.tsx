import { ErrorBox, Loading } from './Status.js';
import { TableView } from './TableView.js';
import type { JsonTable } from '../lib/tables.js';
import type { Loaded } from '../lib/use-fetch.js';

/** A document's tables from the host, each with its downloads. */
export function DocTables(props: {
  kind: string;
  id: string;
  tables: Loaded<JsonTable[]>;
  only?: readonly string[];
  skip?: readonly string[];
}) {
  const { tables } = props;
  if (tables.error !== undefined) return <ErrorBox error={tables.error} />;
  if (tables.data === undefined) return <Loading />;
  return (
    <>
      {tables.data
        .filter(
          (t) =>
            (props.only === undefined || props.only.includes(t.id)) &&
            !(props.skip ?? []).includes(t.id),
        )
        .map((t) => (
          <TableView key={t.id} table={t} source={{ kind: props.kind, id: props.id }} />
        ))}
    </>
  );
}
