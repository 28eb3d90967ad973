// Bool, Numeric, Date and Binary operators. Values that do not parse never match (IAM evaluates a
// malformed comparison as false rather than failing the request).

export function matchBool(request: string, policy: string): boolean {
  const p = policy.toLowerCase();
  if (p !== "true" && p !== "false") return false;
  return request.toLowerCase() === p;
}

function toNumber(s: string): number | null {
  if (s.trim() === "") return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function compare(base: string, r: number, p: number): boolean {
  switch (base.replace(/^(Numeric|Date)/, "")) {
    case "Equals":
    case "NotEquals": // negation applied by the caller
      return r === p;
    case "LessThan":
      return r < p;
    case "LessThanEquals":
      return r <= p;
    case "GreaterThan":
      return r > p;
    case "GreaterThanEquals":
      return r >= p;
    default:
      return false;
  }
}

export function matchNumeric(base: string, request: string, policy: string): boolean {
  const r = toNumber(request);
  const p = toNumber(policy);
  return r !== null && p !== null && compare(base, r, p);
}

// Dates: ISO 8601 or epoch seconds (e.g. aws:EpochTime).
function toTime(s: string): number | null {
  if (/^-?\d+(\.\d+)?$/.test(s.trim())) return Number(s) * 1000;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : t;
}

export function matchDate(base: string, request: string, policy: string): boolean {
  const r = toTime(request);
  const p = toTime(policy);
  return r !== null && p !== null && compare(base, r, p);
}

export function matchBinary(request: string, policy: string): boolean {
  return request === policy;
}
