/**
 * RFC 4180 CSV. Cells starting with = + - @ (or a tab/CR) are prefixed with ' so a spreadsheet
 * shows them as text instead of running them as formulas (CSV injection): finding titles and
 * ARNs come from AWS resources that an attacker may have named.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return `${[header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}
