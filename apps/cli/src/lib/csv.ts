/** RFC 4180 CSV; cells starting with = + - @ are prefixed with ' so spreadsheets do not run them. */
export function toCsv(header: readonly string[], rows: string[][]): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return [header, ...rows].map((row) => row.map(cell).join(",")).join("\n");
}
