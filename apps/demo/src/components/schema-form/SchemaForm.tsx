import { createContext } from 'preact';
import { useContext, useState } from 'preact/hooks';
import { FindingItem } from '../Findings.js';
import type { Finding } from '../../lib/api.js';
import type { Locale } from '../../lib/i18n.js';
import { fieldName, hasLabel } from './labels.js';
import {
  blankValue,
  fromText,
  helpText,
  moveItem,
  removeItem,
  samePath,
  setAt,
  shapeOf,
  startsWith,
  toText,
  variantLabel,
  variantOf,
  type JsonSchema,
  type Path,
  type Shape,
} from './schema.js';
import { SF_WORDS, sfWord } from './words.js';

/** How many items of a list are shown at once (a time-report register can hold thousands). */
export const PAGE_SIZE = 50;

interface FormState {
  readonly locale: Locale;
  readonly findings: readonly Finding[];
  readonly readOnly: boolean;
  readonly set: (path: Path, value: unknown) => void;
}

const FormContext = createContext<FormState>({
  locale: 'sv',
  findings: [],
  readOnly: true,
  set: () => undefined,
});

const idOf = (path: Path): string =>
  `sf-${path.map((p) => String(p).replace(/[^A-Za-z0-9_-]/g, '_')).join('-') || 'root'}`;

const LONG_TEXT = new Set([
  'description',
  'note',
  'text',
  'explanation',
  'justification',
  'reason',
]);

/**
 * A form for any document, driven by its kind's JSON Schema: objects as groups, lists of
 * objects with add, remove and move, enums as choices, amounts as text kept exactly as typed,
 * required markers, each field's description as help, and the host's findings at the field
 * whose path they name.
 */
export function SchemaForm(props: {
  schema: JsonSchema;
  value: unknown;
  onChange: (value: unknown) => void;
  findings: readonly Finding[];
  locale: Locale;
  readOnly?: boolean;
}) {
  const { value, onChange } = props;
  const state: FormState = {
    locale: props.locale,
    findings: props.findings,
    readOnly: props.readOnly === true,
    set: (path, v) => {
      onChange(setAt(value, path, v));
    },
  };
  return (
    <FormContext.Provider value={state}>
      <div class="schema-form">
        <Field schema={props.schema} path={[]} value={value} required name="" />
      </div>
    </FormContext.Provider>
  );
}

function FieldFindings(props: { path: Path; prefix?: boolean }) {
  const { findings } = useContext(FormContext);
  const here = findings.filter((f) =>
    props.prefix === true ? startsWith(f.path, props.path) : samePath(f.path, props.path),
  );
  if (here.length === 0) return null;
  return (
    <ul class="finding-list compact" id={`${idOf(props.path)}-findings`}>
      {here.map((f, i) => (
        <FindingItem key={`${f.code}-${i}`} finding={f} />
      ))}
    </ul>
  );
}

function hasError(findings: readonly Finding[], path: Path, prefix = false): boolean {
  return findings.some(
    (f) => f.severity === 'error' && (prefix ? startsWith(f.path, path) : samePath(f.path, path)),
  );
}

function Help(props: { schema: JsonSchema; path: Path }) {
  const { locale } = useContext(FormContext);
  const text = helpText(props.schema, locale);
  if (text === undefined) return null;
  return (
    <p class="help" id={`${idOf(props.path)}-help`}>
      {text}
    </p>
  );
}

function LabelText(props: { name: string; required: boolean }) {
  const { locale } = useContext(FormContext);
  const key = props.name;
  return (
    <>
      {typeof key === 'string' && key !== '' ? fieldName(key, locale) : ''}
      {props.required && (
        <span class="required" title={sfWord('required', locale)}>
          {' '}
          *<span class="sr-only"> ({sfWord('required', locale)})</span>
        </span>
      )}
    </>
  );
}

function describedBy(schema: JsonSchema, path: Path, findings: readonly Finding[]) {
  const ids: string[] = [];
  if (schema.description !== undefined) ids.push(`${idOf(path)}-help`);
  if (findings.some((f) => samePath(f.path, path))) ids.push(`${idOf(path)}-findings`);
  return ids.length === 0 ? undefined : ids.join(' ');
}

interface FieldProps {
  readonly schema: JsonSchema;
  readonly path: Path;
  readonly value: unknown;
  readonly required: boolean;
  /** The field's name in its object ('' for the document itself and list items). */
  readonly name: string;
  /** Overrides the label (list items: "Rad nr 2"). */
  readonly caption?: string;
}

function Field(props: FieldProps) {
  const shape = shapeOf(props.schema);
  switch (shape.kind) {
    case 'object':
      return <ObjectField {...props} shape={shape} />;
    case 'array':
      return <ListField {...props} items={shape.items} />;
    case 'record':
      return <RecordField {...props} values={shape.values} />;
    case 'variants':
      return <VariantField {...props} options={shape.options} />;
    case 'nullable':
      return <ScalarField {...props} shape={shapeOf(shape.inner)} nullable />;
    case 'json':
      return <JsonField {...props} />;
    default:
      return <ScalarField {...props} shape={shape} />;
  }
}

function Caption(props: FieldProps) {
  return props.caption === undefined ? (
    <LabelText name={props.name} required={props.required} />
  ) : (
    <>{props.caption}</>
  );
}

function ObjectField(props: FieldProps & { shape: Extract<Shape, { kind: 'object' }> }) {
  const { locale, readOnly, set, findings } = useContext(FormContext);
  const isRoot = props.path.length === 0;
  const value =
    typeof props.value === 'object' && props.value !== null
      ? (props.value as Record<string, unknown>)
      : undefined;
  const body = props.shape.properties.map((p) => (
    <Field
      key={p.key}
      schema={p.schema}
      path={[...props.path, p.key]}
      value={value?.[p.key]}
      required={p.required}
      name={p.key}
    />
  ));
  if (isRoot) {
    return (
      <>
        <FieldFindings path={props.path} />
        {body}
      </>
    );
  }
  if (value === undefined) {
    return (
      <div class="sf-field sf-absent">
        <span class="sf-label">
          <Caption {...props} />
        </span>{' '}
        {!readOnly && (
          <button
            type="button"
            onClick={() => {
              set(props.path, blankValue(props.schema) ?? {});
            }}
          >
            {sfWord('add', locale)} {fieldName(props.name, locale).toLowerCase()}
          </button>
        )}
        <FieldFindings path={props.path} />
      </div>
    );
  }
  if (props.caption !== undefined) {
    // A list item: its summary line already names it, so no second heading.
    return (
      <div class="sf-object" data-path={props.path.join('.')}>
        <FieldFindings path={props.path} />
        {body}
      </div>
    );
  }
  return (
    <fieldset
      class={`sf-group${hasError(findings, props.path) ? ' has-error' : ''}`}
      data-path={props.path.join('.')}
    >
      <legend>
        <Caption {...props} />
      </legend>
      <Help schema={props.schema} path={props.path} />
      <FieldFindings path={props.path} />
      {body}
      {!props.required && !readOnly && (
        <button
          type="button"
          class="sf-remove"
          onClick={() => {
            set(props.path, undefined);
          }}
        >
          {sfWord('remove', locale)} {fieldName(props.name, locale).toLowerCase()}
        </button>
      )}
    </fieldset>
  );
}

/** A readable name for a list item: its title, name, label or id. */
function summaryOf(item: unknown): string {
  if (typeof item !== 'object' || item === null) return '';
  const o = item as Record<string, unknown>;
  for (const k of ['title', 'name', 'label', 'question', 'id', 'goalId', 'activity']) {
    const v = o[k];
    if (typeof v === 'string' && v !== '') return v;
    if (typeof v === 'object' && v !== null && typeof (v as { sv?: unknown }).sv === 'string')
      return (v as { sv: string }).sv;
  }
  return '';
}

function ListField(props: FieldProps & { items: JsonSchema }) {
  const { locale, readOnly, set, findings } = useContext(FormContext);
  const [shown, setShown] = useState(PAGE_SIZE);
  const list = Array.isArray(props.value) ? (props.value as unknown[]) : [];
  const itemShape = shapeOf(props.items);
  const nested = itemShape.kind === 'object' || itemShape.kind === 'array';
  const label = props.name === '' ? (props.caption ?? '') : fieldName(props.name, locale);
  const setList = (next: unknown[]) => {
    set(props.path, next);
  };
  const add = () => {
    const blank = blankValue(props.items);
    setList([...list, blank === undefined ? (nested ? {} : '') : blank]);
  };
  return (
    <fieldset
      class={`sf-list${hasError(findings, props.path) ? ' has-error' : ''}`}
      data-path={props.path.join('.')}
    >
      <legend>
        <Caption {...props} /> <span class="muted">({list.length})</span>
      </legend>
      <Help schema={props.schema} path={props.path} />
      <FieldFindings path={props.path} />
      {list.length === 0 && <p class="muted">{sfWord('emptyList', locale)}</p>}
      <ol class="sf-items">
        {list.slice(0, shown).map((item, i) => {
          const path = [...props.path, i];
          const caption = `${label} ${sfWord('number', locale)} ${i + 1}`;
          const summary = summaryOf(item);
          const controls = readOnly ? null : (
            <div class="sf-item-actions">
              <button
                type="button"
                disabled={i === 0}
                aria-label={`${sfWord('moveUp', locale)}: ${caption}`}
                onClick={() => {
                  setList(moveItem(list, i, i - 1));
                }}
              >
                ↑
              </button>
              <button
                type="button"
                disabled={i === list.length - 1}
                aria-label={`${sfWord('moveDown', locale)}: ${caption}`}
                onClick={() => {
                  setList(moveItem(list, i, i + 1));
                }}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={`${sfWord('remove', locale)}: ${caption}`}
                onClick={() => {
                  setList(removeItem(list, i));
                }}
              >
                {sfWord('remove', locale)}
              </button>
            </div>
          );
          return (
            <li key={i} class="sf-item" data-item={path.join('.')}>
              {nested ? (
                <details open={list.length <= 5 || hasError(findings, path, true)}>
                  <summary>
                    {caption}
                    {summary !== '' && `: ${summary}`}
                    {hasError(findings, path, true) && (
                      <span class="badge error">{sfWord('hasErrors', locale)}</span>
                    )}
                  </summary>
                  <Field
                    schema={props.items}
                    path={path}
                    value={item}
                    required
                    name=""
                    caption={caption}
                  />
                  {controls}
                </details>
              ) : (
                <div class="sf-scalar-item">
                  <Field
                    schema={props.items}
                    path={path}
                    value={item}
                    required
                    name=""
                    caption={caption}
                  />
                  {controls}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {list.length > shown && (
        <button
          type="button"
          onClick={() => {
            setShown((n) => n + PAGE_SIZE);
          }}
        >
          {sfWord('showMore', locale)} ({list.length - shown})
        </button>
      )}
      {!readOnly && (
        <button type="button" class="sf-add" onClick={add}>
          {sfWord('add', locale)}: {label === '' ? sfWord('item', locale) : label.toLowerCase()}
        </button>
      )}
    </fieldset>
  );
}

function RecordField(props: FieldProps & { values: JsonSchema }) {
  const { locale, readOnly, set } = useContext(FormContext);
  const [newKey, setNewKey] = useState('');
  const record =
    typeof props.value === 'object' && props.value !== null && !Array.isArray(props.value)
      ? (props.value as Record<string, unknown>)
      : {};
  const keys = Object.keys(record);
  const keyId = `${idOf(props.path)}-newkey`;
  return (
    <fieldset class="sf-record" data-path={props.path.join('.')}>
      <legend>
        <Caption {...props} />
      </legend>
      <Help schema={props.schema} path={props.path} />
      <FieldFindings path={props.path} />
      {keys.length === 0 && <p class="muted">{sfWord('emptyList', locale)}</p>}
      {keys.map((k) => (
        <div key={k} class="sf-record-entry">
          <Field
            schema={props.values}
            path={[...props.path, k]}
            value={record[k]}
            required={false}
            name=""
            caption={k}
          />
          {!readOnly && (
            <button
              type="button"
              aria-label={`${sfWord('remove', locale)}: ${k}`}
              onClick={() => {
                set(
                  props.path,
                  Object.fromEntries(Object.entries(record).filter(([x]) => x !== k)),
                );
              }}
            >
              {sfWord('remove', locale)}
            </button>
          )}
        </div>
      ))}
      {!readOnly && (
        <div class="sf-record-add">
          <label for={keyId}>{sfWord('newKey', locale)}</label>{' '}
          <input
            id={keyId}
            value={newKey}
            onInput={(e) => {
              setNewKey(e.currentTarget.value);
            }}
          />{' '}
          <button
            type="button"
            disabled={newKey.trim() === '' || newKey.trim() in record}
            onClick={() => {
              const blank = blankValue(props.values);
              set(props.path, { ...record, [newKey.trim()]: blank ?? '' });
              setNewKey('');
            }}
          >
            {sfWord('add', locale)}
          </button>
        </div>
      )}
    </fieldset>
  );
}

function VariantField(props: FieldProps & { options: readonly JsonSchema[] }) {
  const { locale, readOnly, set } = useContext(FormContext);
  const index = props.value === undefined ? -1 : variantOf(props.options, props.value);
  const id = `${idOf(props.path)}-variant`;
  const chosen = index < 0 ? undefined : props.options[index];
  const chosenShape = chosen === undefined ? undefined : shapeOf(chosen);
  return (
    <div class="sf-field sf-variants">
      <label for={id}>
        <Caption {...props} /> <span class="muted">({sfWord('form', locale)})</span>
      </label>{' '}
      <select
        id={id}
        disabled={readOnly}
        value={String(index)}
        onChange={(e) => {
          const i = Number(e.currentTarget.value);
          const option = props.options[i];
          set(props.path, i < 0 || option === undefined ? undefined : blankValue(option));
        }}
      >
        {!props.required && <option value="-1">–</option>}
        {props.options.map((o, i) => (
          <option key={i} value={String(i)}>
            {variantLabel(o, i)}
          </option>
        ))}
      </select>
      {chosen !== undefined && chosenShape?.kind !== 'choice' && (
        <Field
          {...props}
          schema={chosen}
          caption={props.caption ?? fieldName(props.name, locale)}
        />
      )}
      {chosenShape?.kind === 'choice' && <FieldFindings path={props.path} />}
    </div>
  );
}

function ScalarField(props: FieldProps & { shape: Shape; nullable?: boolean }) {
  const { locale, readOnly, set, findings } = useContext(FormContext);
  const id = idOf(props.path);
  const invalid = hasError(findings, props.path);
  const aria = {
    'aria-describedby': describedBy(props.schema, props.path, findings),
    'aria-invalid': invalid ? ('true' as const) : undefined,
    'aria-required': props.required ? ('true' as const) : undefined,
  };
  const empty = props.nullable === true && props.required ? null : undefined;
  let control;
  if (props.shape.kind === 'choice') {
    const options = props.shape.options;
    const current = toText(props.value);
    control = (
      <select
        id={id}
        disabled={readOnly}
        value={current}
        {...aria}
        onChange={(e) => {
          const text = e.currentTarget.value;
          const option = options.find((o) => String(o) === text);
          set(props.path, text === '' ? empty : option);
        }}
      >
        {(!props.required || !options.some((o) => String(o) === current)) && (
          <option value="">–</option>
        )}
        {options.map((o) => (
          <option key={String(o)} value={String(o)}>
            {typeof o === 'boolean' ? sfWord(o ? 'yes' : 'no', locale) : String(o)}
          </option>
        ))}
      </select>
    );
  } else if (props.shape.kind === 'boolean') {
    control = (
      <input
        id={id}
        type="checkbox"
        disabled={readOnly}
        checked={props.value === true}
        {...aria}
        onChange={(e) => {
          set(props.path, e.currentTarget.checked);
        }}
      />
    );
  } else {
    const shape = props.shape;
    const text = toText(props.value);
    const onInput = (v: string) => {
      const next = fromText(v, shape, props.required && props.nullable !== true);
      set(props.path, next === undefined ? empty : next);
    };
    const numeric = shape.kind !== 'text' || shape.stores === 'exact';
    control =
      LONG_TEXT.has(props.name) || text.length > 80 ? (
        <textarea
          id={id}
          readOnly={readOnly}
          value={text}
          {...aria}
          onInput={(e) => {
            onInput(e.currentTarget.value);
          }}
        />
      ) : (
        <input
          id={id}
          class={numeric ? 'sf-number' : undefined}
          inputMode={numeric ? 'decimal' : undefined}
          readOnly={readOnly}
          value={text}
          {...aria}
          onInput={(e) => {
            onInput(e.currentTarget.value);
          }}
        />
      );
  }
  return (
    <div class={`sf-field${invalid ? ' has-error' : ''}`} data-path={props.path.join('.')}>
      <label for={id}>
        <Caption {...props} />
        {props.name !== '' && !hasLabel(props.name) && (
          <>
            {' '}
            <code class="sf-key">{props.name}</code>
          </>
        )}
      </label>
      {control}
      <Help schema={props.schema} path={props.path} />
      <FieldFindings path={props.path} />
    </div>
  );
}

function JsonField(props: FieldProps) {
  const { locale, readOnly, set } = useContext(FormContext);
  const [text, setText] = useState<string | undefined>();
  const [bad, setBad] = useState(false);
  const id = idOf(props.path);
  const shown = text ?? (props.value === undefined ? '' : JSON.stringify(props.value, null, 2));
  return (
    <div class="sf-field sf-json" data-path={props.path.join('.')}>
      <label for={id}>
        <Caption {...props} /> <span class="muted">(JSON)</span>
      </label>
      <textarea
        id={id}
        readOnly={readOnly}
        value={shown}
        aria-invalid={bad ? 'true' : undefined}
        onInput={(e) => {
          setText(e.currentTarget.value);
        }}
        onBlur={() => {
          if (text === undefined) return;
          if (text.trim() === '') {
            set(props.path, undefined);
            setBad(false);
            return;
          }
          try {
            set(props.path, JSON.parse(text) as unknown);
            setBad(false);
            setText(undefined);
          } catch {
            setBad(true);
          }
        }}
      />
      {bad && <p class="alert error">{SF_WORDS.badJson[locale]}</p>}
      <Help schema={props.schema} path={props.path} />
      <FieldFindings path={props.path} prefix />
    </div>
  );
}
