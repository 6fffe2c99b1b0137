import * as z from 'zod';
import { acknowledgedFindingSchema, approvalBodySchema } from './approval.js';
import { envelopeSchema } from './envelope.js';
import type { Registry } from './registry.js';
import { HOST_VERSION } from './version.js';

type JsonSchema = Record<string, unknown>;

/** The OpenAPI 3.1 description of the host: generic routes plus one schema per loaded kind. */
export interface OpenApiDocument {
  readonly openapi: string;
  readonly info: Record<string, unknown>;
  readonly paths: Record<string, unknown>;
  readonly components: {
    schemas: Record<string, JsonSchema>;
    securitySchemes: Record<string, unknown>;
  };
  readonly security: readonly Record<string, readonly string[]>[];
}

function schemaOf(schema: z.ZodType): JsonSchema {
  try {
    return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  } catch {
    return { description: 'Schema not representable as JSON Schema' };
  }
}

/**
 * The component key of a kind's schema: `pm3.objektplan` for `pm3/objektplan` (a "/" in a key
 * would be read as a JSON Pointer step, so `$ref`s to it would not resolve).
 *
 * @example
 * ```ts
 * schemaKey('pm3/objektplan'); // 'pm3.objektplan'
 * ```
 */
export function schemaKey(kind: string): string {
  return kind.replace(/[^A-Za-z0-9._-]/g, '.');
}

/**
 * Moves a JSON Schema's `$defs` into components under `<key>.<name>` and points its `$ref`s
 * there: `#/$defs/x` would otherwise resolve against the OpenAPI document's root.
 */
function hoistDefs(key: string, schema: JsonSchema, into: Record<string, JsonSchema>): JsonSchema {
  const defs = (schema.$defs ?? {}) as Record<string, JsonSchema>;
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (typeof node !== 'object' || node === null) return node;
    const out: JsonSchema = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === '$defs' || k === '$schema') continue;
      out[k] =
        k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/')
          ? `#/components/schemas/${key}.${schemaKey(v.slice('#/$defs/'.length))}`
          : k === '$ref' && v === '#'
            ? `#/components/schemas/${key}`
            : rewrite(v);
    }
    return out;
  };
  for (const [name, def] of Object.entries(defs)) {
    into[`${key}.${schemaKey(name)}`] = rewrite(def) as JsonSchema;
  }
  return rewrite(schema) as JsonSchema;
}

/** The approval request with its finding items pointing at the AcknowledgedFinding component. */
function hoistAcknowledged(schema: JsonSchema): JsonSchema {
  const properties = { ...(schema.properties as Record<string, JsonSchema>) };
  properties.acknowledgedFindings = {
    ...properties.acknowledgedFindings,
    items: ref('AcknowledgedFinding'),
  };
  return { ...schema, properties };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const errorList: readonly (readonly [string, string])[] = [
  ['400', 'Malformed request (findings)'],
  ['401', 'Not signed in'],
  ['403', 'Not allowed (role) or CSRF token missing'],
  ['404', 'Unknown kind, document or version'],
  ['409', 'Stale baseVersion, existing id or deleted document'],
  ['413', 'Body too large'],
  ['422', 'Document invalid for its kind (findings)'],
];
const errors: Record<string, { description: string; content: unknown }> = Object.fromEntries(
  errorList.map(([code, description]) => [code, { description, ...json(ref('Error')) }]),
);

/**
 * Builds the OpenAPI description from the host's routes and the loaded kinds' zod schemas
 * (`z.toJSONSchema`, input side: what a client sends).
 *
 * @example
 * ```ts
 * buildOpenApi(registry).components.schemas['pm3.objektplan'];
 * ```
 */
export function buildOpenApi(registry: Registry): OpenApiDocument {
  const kindSchemas: Record<string, JsonSchema> = {};
  for (const [name, entry] of registry.kinds) {
    const key = schemaKey(name);
    kindSchemas[key] = hoistDefs(key, schemaOf(entry.kind.schema), kindSchemas);
  }
  const kindNames = [...registry.kinds.keys()];
  const kindParams = [
    {
      name: 'plugin',
      in: 'path',
      required: true,
      schema: { type: 'string', enum: [...new Set(kindNames.map((k) => k.split('/')[0]))] },
    },
    {
      name: 'kind',
      in: 'path',
      required: true,
      schema: { type: 'string' },
      description: 'Second part of the kind name, e.g. objektplan in pm3/objektplan',
    },
  ];
  const idParam = {
    name: 'id',
    in: 'path',
    required: true,
    schema: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$' },
  };
  const versionParam = {
    name: 'version',
    in: 'path',
    required: true,
    schema: { type: 'integer', minimum: 1 },
  };
  const localeParam = {
    name: 'locale',
    in: 'query',
    schema: { type: 'string', enum: ['sv', 'en'] },
  };
  const documentBody = (extra: JsonSchema) => ({
    required: true,
    ...json({
      type: 'object',
      required: ['document', ...((extra.required as string[] | undefined) ?? [])],
      properties: {
        document: {
          description: 'The document; its schema is components.schemas[<kind>]',
          oneOf: kindNames.map((k) => ref(schemaKey(k))),
        },
        schemaVersion: { type: 'integer', minimum: 1 },
        message: { type: 'string', maxLength: 2000 },
        ...(extra.properties as JsonSchema),
      },
    }),
  });
  const ok = (description: string, schema: unknown = { type: 'object' }) => ({
    description,
    ...json(schema),
  });
  const base = '/api/kinds/{plugin}/{kind}';
  const doc = `${base}/documents/{id}`;
  return {
    openapi: '3.1.0',
    info: {
      title: 'styrkit host API',
      version: HOST_VERSION,
      description:
        'Versioned documents of the kinds the loaded plugins declare. Sign in with POST /api/session (cookie + x-csrf-token header on writes) or send Authorization: Bearer <token>.',
    },
    security: [{ bearer: [] }, { session: [] }],
    paths: {
      '/api/health': {
        get: {
          summary: 'Health and loaded plugins',
          security: [],
          responses: { '200': ok('Health') },
        },
      },
      '/api/session': {
        post: {
          summary: 'Sign in (sets an httpOnly SameSite=Strict cookie; returns the CSRF token)',
          security: [],
          requestBody: json({
            type: 'object',
            required: ['username', 'password'],
            properties: { username: { type: 'string' }, password: { type: 'string' } },
          }),
          responses: {
            '200': ok('Signed in'),
            '401': errors['401'],
            '429': { description: 'Too many failed sign-ins' },
          },
        },
        get: { summary: 'Who am I', responses: { '200': ok('Principal'), '401': errors['401'] } },
        delete: { summary: 'Sign out', responses: { '204': { description: 'Signed out' } } },
      },
      '/api/tokens': {
        post: {
          summary: 'Create an API token for yourself (shown once; `id` names it for revoking)',
          requestBody: json({ type: 'object', properties: { name: { type: 'string' } } }),
          responses: { '201': ok('Token') },
        },
        get: {
          summary: 'List API tokens (never the tokens): your own, or anyone’s for an admin',
          parameters: [{ name: 'username', in: 'query', schema: { type: 'string' } }],
          responses: { '200': ok('Tokens'), '403': errors['403'] },
        },
      },
      '/api/tokens/{id}': {
        delete: {
          summary: 'Revoke an API token: your own, or anyone’s for an admin (audited)',
          parameters: [
            {
              name: 'id',
              in: 'path',
              required: true,
              schema: { type: 'string', pattern: '^[0-9a-f]{16}$' },
            },
          ],
          responses: { '200': ok('Revoked token'), '404': errors['404'] },
        },
      },
      '/api/users/{username}/grants': {
        put: {
          summary: "Replace a user's grants (admin, audited with before and after)",
          parameters: [
            { name: 'username', in: 'path', required: true, schema: { type: 'string' } },
          ],
          requestBody: json({
            type: 'object',
            required: ['grants'],
            properties: {
              grants: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['scope', 'role'],
                  properties: {
                    scope: {
                      type: 'string',
                      description: "'*', plugin, plugin/kind or plugin/kind/document-id",
                    },
                    role: { type: 'string', enum: ['viewer', 'editor', 'approver', 'admin'] },
                  },
                },
              },
            },
          }),
          responses: {
            '200': ok('User'),
            '400': errors['400'],
            '403': errors['403'],
            '404': errors['404'],
            '409': { description: 'Would leave no enabled admin on *', ...json(ref('Error')) },
          },
        },
      },
      '/api/users/{username}/disable': {
        post: {
          summary: 'Disable a user: sign-in, sessions and tokens stop (admin, audited)',
          parameters: [
            { name: 'username', in: 'path', required: true, schema: { type: 'string' } },
          ],
          responses: {
            '200': ok('User'),
            '403': errors['403'],
            '404': errors['404'],
            '409': { description: 'Yourself or the last admin', ...json(ref('Error')) },
          },
        },
      },
      '/api/users/{username}/enable': {
        post: {
          summary: 'Enable a disabled user (admin, audited)',
          parameters: [
            { name: 'username', in: 'path', required: true, schema: { type: 'string' } },
          ],
          responses: { '200': ok('User'), '403': errors['403'], '404': errors['404'] },
        },
      },
      '/api/users': {
        get: {
          summary: 'List users (admin)',
          responses: { '200': ok('Users'), '403': errors['403'] },
        },
        post: {
          summary: 'Create a user (admin)',
          requestBody: json({
            type: 'object',
            required: ['username', 'password', 'role'],
            properties: {
              username: { type: 'string' },
              password: { type: 'string', minLength: 10 },
              role: { type: 'string', enum: ['viewer', 'editor', 'approver', 'admin'] },
              scope: {
                type: 'string',
                description:
                  "'*', a plugin name, a kind (pm3/objektplan) or one document (pm3/objektplan/plan-a)",
              },
            },
          }),
          responses: {
            '201': ok('Created'),
            '400': errors['400'],
            '403': errors['403'],
            '409': errors['409'],
          },
        },
      },
      '/api/audit': {
        get: {
          summary: 'Audit log, newest first (admin)',
          parameters: [
            { name: 'kind', in: 'query', schema: { type: 'string' } },
            { name: 'id', in: 'query', schema: { type: 'string' } },
            { name: 'limit', in: 'query', schema: { type: 'integer' } },
          ],
          responses: { '200': ok('Entries') },
        },
        post: {
          summary:
            'Audit a Word, Excel, PDF, HTML, Markdown or text document as it is: its tables, stated totals and text claims, and the drafts the loaded plugins recognise. Nothing is stored; at most 20 MiB.',
          parameters: [
            localeParam,
            {
              name: 'file',
              in: 'query',
              required: false,
              description: 'The file name, when the body is the raw file',
              schema: { type: 'string' },
            },
          ],
          requestBody: {
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    file: {
                      type: 'string',
                      contentMediaType: 'application/octet-stream',
                      description: '.docx, .xlsx, .pdf, .html, .md or .txt',
                    },
                  },
                  required: ['file'],
                },
              },
              'application/octet-stream': {
                schema: { type: 'string', contentMediaType: 'application/octet-stream' },
              },
            },
          },
          responses: {
            '200': {
              description:
                'The audit report: audit (tables, claims, findings), recognitions (drafts with their findings) and findings of the composition',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
          },
        },
      },
      '/api/kinds': {
        get: { summary: 'Document kinds of the loaded plugins', responses: { '200': ok('Kinds') } },
      },
      [`${base}/schema`]: {
        get: {
          summary: "A kind's JSON Schema",
          parameters: kindParams,
          responses: { '200': ok('JSON Schema'), '404': errors['404'] },
        },
      },
      [`${base}/documents`]: {
        get: {
          summary: 'List documents of a kind',
          parameters: [
            ...kindParams,
            { name: 'deleted', in: 'query', schema: { type: 'boolean' } },
            { name: 'limit', in: 'query', schema: { type: 'integer' } },
            { name: 'offset', in: 'query', schema: { type: 'integer' } },
          ],
          responses: { '200': ok('Documents'), '404': errors['404'] },
        },
        post: {
          summary: 'Create a document (version 1)',
          parameters: kindParams,
          requestBody: documentBody({ required: ['id'], properties: { id: idParam.schema } }),
          responses: { '201': ok('Version', ref('Version')), ...errors },
        },
      },
      [doc]: {
        get: {
          summary: 'Current version',
          parameters: [...kindParams, idParam],
          responses: { '200': ok('Version', ref('Version')), '404': errors['404'] },
        },
        put: {
          summary: 'Save a new version on top of baseVersion (409 when stale)',
          parameters: [...kindParams, idParam],
          requestBody: documentBody({
            required: ['baseVersion'],
            properties: { baseVersion: { type: 'integer', minimum: 1 } },
          }),
          responses: { '200': ok('Version', ref('Version')), ...errors },
        },
        delete: {
          summary: 'Soft-delete',
          parameters: [
            ...kindParams,
            idParam,
            { name: 'baseVersion', in: 'query', schema: { type: 'integer' } },
          ],
          responses: {
            '204': { description: 'Deleted' },
            '404': errors['404'],
            '409': errors['409'],
          },
        },
      },
      [`${doc}/versions`]: {
        get: {
          summary: 'Version history',
          parameters: [...kindParams, idParam],
          responses: { '200': ok('Versions') },
        },
      },
      [`${doc}/versions/{version}`]: {
        get: {
          summary: 'One version',
          parameters: [...kindParams, idParam, versionParam],
          responses: { '200': ok('Version', ref('Version')), '404': errors['404'] },
        },
      },
      [`${doc}/versions/{version}/approve`]: {
        post: {
          summary:
            'Approve a version (approver role; four eyes unless the host allows self-approval). With --errors-block-approval, 409 host/open-errors while its checks report errors.',
          parameters: [...kindParams, idParam, versionParam],
          requestBody: json(ref('ApprovalRequest')),
          responses: {
            '200': ok('Version', ref('Version')),
            '400': errors['400'],
            '403': errors['403'],
            '404': errors['404'],
            '409': {
              description: 'Four eyes (you wrote it) or open errors (host/open-errors)',
              ...json(ref('Error')),
            },
          },
        },
      },
      [`${doc}/diff`]: {
        get: {
          summary:
            'Diff two versions: generic JSON changes plus the plugin differ tables when it has one',
          parameters: [
            ...kindParams,
            idParam,
            { name: 'from', in: 'query', schema: { type: 'integer' } },
            { name: 'to', in: 'query', schema: { type: 'integer' } },
            localeParam,
          ],
          responses: { '200': ok('Diff') },
        },
      },
      [`${doc}/checks`]: {
        get: {
          summary: "Run the kind's checks: findings",
          parameters: [
            ...kindParams,
            idParam,
            { name: 'version', in: 'query', schema: { type: 'integer' } },
            localeParam,
          ],
          responses: { '200': ok('Findings') },
        },
      },
      [`${doc}/tables`]: {
        get: {
          summary: 'Tables as JSON, CSV, Markdown, HTML or XLSX',
          parameters: [
            ...kindParams,
            idParam,
            {
              name: 'format',
              in: 'query',
              schema: { type: 'string', enum: ['json', 'csv', 'md', 'html', 'xlsx'] },
            },
            { name: 'view', in: 'query', schema: { type: 'string' } },
            { name: 'table', in: 'query', schema: { type: 'string' } },
            { name: 'version', in: 'query', schema: { type: 'integer' } },
            localeParam,
          ],
          responses: { '200': { description: 'Rendered tables' } },
        },
      },
      [`${doc}/export`]: {
        get: {
          summary: "Run one of the kind's exporters",
          parameters: [
            ...kindParams,
            idParam,
            { name: 'exporter', in: 'query', required: true, schema: { type: 'string' } },
            {
              name: 'format',
              in: 'query',
              required: false,
              description:
                "pdf: a Word exporter's document converted to PDF with LibreOffice on the server (503 when it is not installed)",
              schema: { type: 'string', enum: ['pdf'] },
            },
            localeParam,
          ],
          responses: { '200': { description: 'File' } },
        },
      },
      '/api/check': {
        post: {
          summary: 'Validate and check envelopes without storing them',
          requestBody: json({
            oneOf: [ref('Envelope'), { type: 'array', items: ref('Envelope') }],
          }),
          responses: { '200': ok('Results') },
        },
      },
      '/api/import': {
        post: {
          summary:
            'Import JSON or YAML envelopes or an XLSX workbook (one document per sheet: column A kind, schemaVersion, id, message, document or document.<path>; column B the values)',
          requestBody: {
            content: {
              'application/json': {
                schema: { oneOf: [ref('Envelope'), { type: 'array', items: ref('Envelope') }] },
              },
              'application/yaml': { schema: { type: 'string' } },
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
                schema: { type: 'string', contentMediaType: 'application/octet-stream' },
              },
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    file: {
                      type: 'string',
                      contentMediaType: 'application/octet-stream',
                      description: '.xlsx, .yaml or .json',
                    },
                  },
                },
              },
            },
          },
          responses: { '200': ok('Results'), '422': errors['422'] },
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        session: { type: 'apiKey', in: 'cookie', name: 'styrkit_session' },
      },
      schemas: {
        ...kindSchemas,
        Envelope: schemaOf(envelopeSchema),
        AcknowledgedFinding: schemaOf(acknowledgedFindingSchema),
        ApprovalRequest: hoistAcknowledged(schemaOf(approvalBodySchema)),
        Version: {
          type: 'object',
          required: [
            'kind',
            'id',
            'version',
            'schemaVersion',
            'author',
            'message',
            'createdAt',
            'approvals',
            'document',
          ],
          properties: {
            kind: { type: 'string' },
            id: { type: 'string' },
            version: { type: 'integer' },
            schemaVersion: { type: 'integer' },
            author: { type: 'string' },
            message: { type: 'string' },
            createdAt: { type: 'string', format: 'date-time' },
            approvals: {
              type: 'array',
              items: {
                type: 'object',
                required: ['by', 'at', 'note', 'comment', 'acknowledgedFindings'],
                properties: {
                  by: { type: 'string' },
                  at: { type: 'string', format: 'date-time' },
                  comment: { type: 'string', maxLength: 2000 },
                  note: { type: 'string', description: 'The comment (older name)' },
                  acknowledgedFindings: { type: 'array', items: ref('AcknowledgedFinding') },
                },
              },
            },
            document: {},
          },
        },
        Finding: {
          type: 'object',
          required: ['code', 'severity', 'path', 'message'],
          properties: {
            code: { type: 'string' },
            severity: { type: 'string', enum: ['error', 'warning', 'info'] },
            path: { type: 'array', items: { type: ['string', 'integer'] } },
            message: {
              type: 'object',
              required: ['sv', 'en'],
              properties: { sv: { type: 'string' }, en: { type: 'string' } },
            },
            expected: { type: 'string' },
            actual: { type: 'string' },
          },
        },
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['status', 'findings'],
              properties: {
                status: { type: 'integer' },
                findings: { type: 'array', items: ref('Finding') },
              },
            },
          },
        },
      },
    },
  };
}
