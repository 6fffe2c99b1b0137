/**
 * What an OLE compound file (magic D0 CF 11 E0) holds, from the stream names in its directory
 * (UTF-16LE): Office saves a password-protected .docx or .xlsx as an OLE file with an
 * "EncryptedPackage" stream; old .doc files have "WordDocument", old .xls "Workbook" or "Book".
 */
export type OleKind = 'encrypted' | 'doc' | 'xls' | 'other';

function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let i = 0; i + name.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++) {
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * Classifies an OLE compound file.
 *
 * @example
 * ```ts
 * // The magic number, then a directory entry's name in UTF-16LE.
 * const ole = (stream: string) =>
 *   new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, ...[...stream].flatMap((c) => [c.charCodeAt(0), 0])]);
 * oleKind(ole('EncryptedPackage')); // 'encrypted'
 * oleKind(ole('WordDocument')); // 'doc'
 * oleKind(ole('Workbook')); // 'xls'
 * oleKind(ole('Root Entry')); // 'other'
 * ```
 */
export function oleKind(bytes: Uint8Array): OleKind {
  if (hasUtf16Name(bytes, 'EncryptedPackage')) return 'encrypted';
  if (hasUtf16Name(bytes, 'WordDocument')) return 'doc';
  if (hasUtf16Name(bytes, 'Workbook') || hasUtf16Name(bytes, 'Book')) return 'xls';
  return 'other';
}

const MAGICS: readonly (readonly [string, readonly number[]])[] = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['TIFF', [0x49, 0x49, 0x2a, 0x00]],
  ['RTF', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
  ['gzip', [0x1f, 0x8b]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
  ['ELF', [0x7f, 0x45, 0x4c, 0x46]],
  ['EXE', [0x4d, 0x5a]],
];

/**
 * The name of a common non-document format from its magic number, for a clearer message.
 *
 * @example
 * ```ts
 * binaryKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47])); // 'PNG'
 * ```
 */
export function binaryKind(bytes: Uint8Array): string | undefined {
  return MAGICS.find(([, magic]) => magic.every((b, i) => bytes[i] === b))?.[0];
}
