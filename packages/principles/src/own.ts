/**
 * Reads an own property of a record parsed from user data. A plain `record[key]` would return
 * inherited members such as `constructor` for a question id of that name.
 */
export function ownValue<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
