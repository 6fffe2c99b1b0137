/**
 * Bytes to text. UTF-8 first (with or without a byte order mark); bytes that are not valid
 * UTF-8 are read as windows-1252, which is what Swedish files saved by older Windows programs
 * usually are (å, ä, ö as single bytes). UTF-16 is recognised by its byte order mark.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    // ignoreBOM false: the decoder drops a leading UTF-8 byte order mark.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
