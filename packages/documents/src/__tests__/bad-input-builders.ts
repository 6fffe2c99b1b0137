import { strToU8, zipSync } from 'fflate';

/**
 * A minimal valid OLE compound file (CFB version 3) whose directory holds empty streams with
 * the given names: the container Office uses for password-protected .docx and .xlsx files
 * ("EncryptionInfo", "EncryptedPackage"), built here because no tool on the machine writes one.
 */
export function makeCompoundFile(streams: readonly string[]): Uint8Array {
  const out = new Uint8Array(512 * 3);
  const view = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(24, 0x3e, true);
  view.setUint16(26, 3, true);
  view.setUint16(28, 0xfffe, true);
  view.setUint16(30, 9, true);
  view.setUint16(32, 6, true);
  view.setUint32(44, 1, true); // one FAT sector
  view.setUint32(48, 1, true); // directory in sector 1
  view.setUint32(56, 4096, true);
  view.setUint32(60, 0xfffffffe, true);
  view.setUint32(68, 0xfffffffe, true);
  view.setUint32(76, 0, true); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) view.setUint32(76 + i * 4, 0xffffffff, true);
  const fat = 512;
  for (let i = 0; i < 128; i++) view.setUint32(fat + i * 4, 0xffffffff, true);
  view.setUint32(fat, 0xfffffffd, true);
  view.setUint32(fat + 4, 0xfffffffe, true);
  const entry = (index: number, name: string, type: number, child: number, right: number): void => {
    const at = 1024 + index * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    out[at + 66] = type;
    out[at + 67] = 1;
    view.setUint32(at + 68, 0xffffffff, true);
    view.setUint32(at + 72, right, true);
    view.setUint32(at + 76, child, true);
    view.setUint32(at + 116, 0xfffffffe, true);
  };
  entry(0, 'Root Entry', 5, streams.length > 0 ? 1 : 0xffffffff, 0xffffffff);
  streams.forEach((name, i) => {
    entry(i + 1, name, 2, 0xffffffff, i + 2 <= streams.length ? i + 2 : 0xffffffff);
  });
  return out;
}

/** A .docx-looking zip whose document.xml inflates to `size` bytes of spaces inside <w:t>. */
export function makeBombDocx(size: number): Uint8Array {
  const body = new Uint8Array(size).fill(0x20);
  return zipSync({ 'word/document.xml': body }, { level: 6 });
}

/** Overwrites the uncompressed size in every central directory entry (a lying zip). */
export function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

/** Sets the "encrypted" flag of every central directory entry (zip-level encryption). */
export function flagEncrypted(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50)
      view.setUint16(i + 8, view.getUint16(i + 8, true) | 1, true);
  }
  return out;
}

/** A zip with `n` small entries. */
export function manyEntries(n: number): Uint8Array {
  const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8('<w:document/>') };
  for (let i = 0; i < n; i++) files[`x/${i}.txt`] = strToU8('x');
  return zipSync(files, { level: 0 });
}

/** Deterministic pseudo-random bytes (a linear congruential generator), so a failure repeats. */
export function randomBytes(length: number, seed = 12345): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}
