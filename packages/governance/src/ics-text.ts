// The few RFC 5545 (iCalendar) rules the forum calendar needs, written out here instead of
// taken from the `ics` package: that package validates every event with yup and bundles a
// babel runtime, about 20 kB min+gzip for what is text escaping and line folding (see
// docs/architecture.md, "The ICS export writes iCalendar itself").

/** The largest content line in octets, CRLF excluded (RFC 5545 §3.1). */
export const ICS_LINE_OCTETS = 75;

/**
 * A TEXT value escaped (RFC 5545 §3.3.11): backslash, semicolon and comma get a backslash,
 * a line break becomes `\n`.
 */
export function escapeIcsText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Octets of one code point in UTF-8. */
function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * One content line folded into lines of at most {@link ICS_LINE_OCTETS} octets of UTF-8
 * (RFC 5545 §3.1): each continuation starts with one space, and a character is never split
 * (Swedish å, ä, ö are two octets each). Ends with CRLF.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  // A continuation line's leading space counts towards its 75 octets.
  let limit = ICS_LINE_OCTETS;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > limit) {
      parts.push(part);
      part = '';
      octets = 0;
      limit = ICS_LINE_OCTETS - 1;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return `${parts.join('\r\n ')}\r\n`;
}

/** `YYYY-MM-DD` as an iCalendar DATE, `YYYYMMDD`. */
export function icsDate(iso: string): string {
  return iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 10);
}
