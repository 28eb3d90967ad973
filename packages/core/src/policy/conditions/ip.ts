// IpAddress / NotIpAddress: the request address must fall in the CIDR block (IPv4 or IPv6); a
// value without a prefix length is a single address.

function parseV4(s: string): bigint | null {
  const parts = s.split(".");
  if (parts.length !== 4) return null;
  let out = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return null;
    out = (out << 8n) | BigInt(Number(p));
  }
  return out;
}

function parseV6(s: string): bigint | null {
  if (!/^[0-9a-fA-F:.]+$/.test(s)) return null;
  const halves = s.split("::");
  if (halves.length > 2) return null;
  const expand = (h: string): number[] | null => {
    if (h === "") return [];
    const groups: number[] = [];
    for (const g of h.split(":")) {
      if (g.includes(".")) {
        const v4 = parseV4(g);
        if (v4 === null) return null;
        groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
        groups.push(Number.parseInt(g, 16));
      }
    }
    return groups;
  };
  const head = expand(halves[0] ?? "");
  const tail = halves.length === 2 ? expand(halves[1] ?? "") : [];
  if (!head || !tail) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...head, ...new Array<number>(Math.max(0, missing)).fill(0), ...tail];
  return all.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

type Address = { bits: 32 | 128; value: bigint };

function parseAddress(s: string): Address | null {
  const v4 = parseV4(s);
  if (v4 !== null) return { bits: 32, value: v4 };
  const v6 = parseV6(s);
  return v6 === null ? null : { bits: 128, value: v6 };
}

export function matchIp(request: string, policy: string): boolean {
  const [net, prefixText] = policy.trim().split("/");
  const r = parseAddress(request.trim());
  const n = parseAddress(net ?? "");
  if (!r || !n || r.bits !== n.bits) return false;
  const prefix = prefixText === undefined ? n.bits : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > n.bits) return false;
  const shift = BigInt(n.bits - prefix);
  return r.value >> shift === n.value >> shift;
}
