import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HostError, hostFinding } from './errors.js';
import type { HostPdfFailedData } from './codes.js';

/**
 * How the host turns a DOCX an exporter wrote into PDF: LibreOffice headless (`soffice`), so
 * text stays selectable and Word tables stay tables. Limits keep one request from holding
 * the machine: the input and output size and the time one conversion may take.
 */
export interface PdfConvertOptions {
  /** The `soffice` binary; default `STYRKIT_SOFFICE`, else the first found on PATH or in the usual places. */
  readonly soffice?: string;
  /** Longest a conversion may run before it is killed (default 60 s). */
  readonly timeoutMs?: number;
  /** Largest DOCX accepted (default 20 MB). */
  readonly maxInputBytes?: number;
  /** Largest PDF returned (default 50 MB). */
  readonly maxOutputBytes?: number;
}

const DEFAULTS = { timeoutMs: 60_000, maxInputBytes: 20_000_000, maxOutputBytes: 50_000_000 };

/** Where LibreOffice puts `soffice` when it is not on PATH (Debian, the official builds, macOS). */
const KNOWN_PLACES = [
  '/usr/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
];

async function executable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * The `soffice` binary to use: `STYRKIT_SOFFICE` when set, else `soffice`/`libreoffice` on
 * PATH, else a known install place; undefined when LibreOffice is not installed.
 *
 * @example
 * ```ts
 * const soffice = await findSoffice(); // '/usr/bin/soffice' on Debian with libreoffice-writer-nogui
 * ```
 */
export async function findSoffice(
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
  const configured = env.STYRKIT_SOFFICE;
  if (configured !== undefined && configured !== '') {
    return (await executable(configured)) ? configured : undefined;
  }
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .flatMap((dir) => [join(dir, 'soffice'), join(dir, 'libreoffice')]);
  for (const candidate of [...onPath, ...KNOWN_PLACES]) {
    if (await executable(candidate)) return candidate;
  }
  return undefined;
}

function missing(): HostError {
  return new HostError(503, [hostFinding('host/pdf-converter-missing', {})]);
}

function failed(why: HostPdfFailedData): HostError {
  const actual =
    why.problem === 'timeout'
      ? `${String(why.timeoutMs)} ms`
      : why.problem === 'no-output'
        ? `exit ${String(why.exitCode)}`
        : why.detail;
  return new HostError(500, [hostFinding('host/pdf-conversion-failed', why, { actual })]);
}

function tooLarge(what: 'DOCX' | 'PDF', size: number, limit: number): HostError {
  return new HostError(413, [
    hostFinding(
      'host/pdf-too-large',
      { file: what, bytes: size, limit },
      { expected: `<= ${String(limit)}`, actual: String(size) },
    ),
  ]);
}

/** Runs soffice once; resolves with its exit, rejects on timeout (the whole process group is killed). */
function run(
  soffice: string,
  args: readonly string[],
  cwd: string,
  timeoutMs: number,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Never a shell: the arguments go to soffice as they are. Detached so a timeout can kill
    // soffice.bin and its launcher together.
    const child = spawn(soffice, args, {
      cwd,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, HOME: cwd, SAL_USE_VCLPLUGIN: 'svp' },
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 4000) stderr += chunk;
    });
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      reject(failed({ problem: 'timeout', timeoutMs }));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(failed({ problem: 'start', detail: error.message }));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

/**
 * Converts a DOCX to PDF with LibreOffice headless, in a private temporary directory with its
 * own LibreOffice profile (so conversions can run side by side), within a time and size
 * limit. Throws a {@link HostError}: 503 `host/pdf-converter-missing` when LibreOffice is not
 * installed, 413 `host/pdf-too-large`, 500 `host/pdf-conversion-failed` (with the reason).
 *
 * @example
 * ```ts
 * const pdf = await docxToPdf(await exporter.render(plan, context) as Uint8Array);
 * ```
 */
export async function docxToPdf(
  docx: Uint8Array,
  options: PdfConvertOptions = {},
): Promise<Uint8Array> {
  const limits = { ...DEFAULTS, ...options };
  if (docx.byteLength > limits.maxInputBytes) {
    throw tooLarge('DOCX', docx.byteLength, limits.maxInputBytes);
  }
  const soffice = options.soffice ?? (await findSoffice());
  if (soffice === undefined || !(await executable(soffice))) throw missing();
  const dir = await mkdtemp(join(tmpdir(), 'styrkit-pdf-'));
  try {
    const input = join(dir, 'document.docx');
    await writeFile(input, docx);
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      '--invisible',
      '--nologo',
      '--nodefault',
      '--nolockcheck',
      '--norestore',
      '--convert-to',
      // Tagged PDF: headings, lists and tables keep their structure for screen readers.
      'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}',
      '--outdir',
      dir,
      input,
    ];
    const { code, stderr } = await run(soffice, args, dir, limits.timeoutMs);
    const output = join(dir, 'document.pdf');
    let size: number;
    try {
      size = (await stat(output)).size;
    } catch {
      throw failed({ problem: 'no-output', exitCode: code, stderr: stderr.trim() });
    }
    if (size > limits.maxOutputBytes) throw tooLarge('PDF', size, limits.maxOutputBytes);
    return new Uint8Array(await readFile(output));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
