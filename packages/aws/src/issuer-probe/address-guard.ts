import { isIPv4, isIPv6 } from "node:net";

type Cidr = { base: number[]; prefix: number };

function cidr4(text: string): Cidr {
  const [address = "", prefix = "32"] = text.split("/");
  return { base: address.split(".").map(Number), prefix: Number(prefix) };
}

// Everything an issuer must not resolve to: a probe that follows attacker-chosen URLs must not reach
// the instance metadata service (169.254.169.254), the VPC, or the worker's own loopback.
const BLOCKED_IPV4 = [
  "0.0.0.0/8", // "this network", includes the unspecified address
  "10.0.0.0/8",
  "100.64.0.0/10", // carrier-grade NAT
  "127.0.0.0/8",
  "169.254.0.0/16", // link-local, instance metadata
  "172.16.0.0/12",
  "192.0.0.0/24", // IETF protocol assignments
  "192.0.2.0/24", // TEST-NET-1
  "192.88.99.0/24", // 6to4 relay anycast
  "192.168.0.0/16",
  "198.18.0.0/15", // benchmarking
  "198.51.100.0/24", // TEST-NET-2
  "203.0.113.0/24", // TEST-NET-3
  "224.0.0.0/4", // multicast
  "240.0.0.0/4", // reserved, includes broadcast
].map(cidr4);

// Inside global unicast 2000::/3, the special-purpose blocks; everything outside 2000::/3 (loopback,
// unspecified, ULA fc00::/7, link-local fe80::/10, multicast ff00::/8, discard 100::/64...) is refused.
const BLOCKED_GLOBAL_IPV6: Cidr[] = [
  { base: [0x20, 0x01, 0x00, 0x00], prefix: 23 }, // IETF protocol assignments, Teredo 2001::/32
  { base: [0x20, 0x01, 0x0d, 0xb8], prefix: 32 }, // documentation
  { base: [0x3f, 0xff, 0x00], prefix: 20 }, // documentation (RFC 9637)
];

/**
 * True when `ip` is not a public unicast address. Fails closed: anything that does not parse as an
 * IPv4 or IPv6 address is blocked. IPv4 embedded in IPv6 (mapped, NAT64, 6to4) is judged as IPv4.
 */
export function isBlockedAddress(ip: string): boolean {
  const address = ip.trim();
  if (isIPv4(address)) return isBlockedIpv4(address.split(".").map(Number));
  const bytes = parseIpv6(address);
  return bytes ? isBlockedIpv6(bytes) : true;
}

function isBlockedIpv4(bytes: number[]): boolean {
  return BLOCKED_IPV4.some((range) => inCidr(bytes, range));
}

function isBlockedIpv6(bytes: number[]): boolean {
  const embedded = embeddedIpv4(bytes);
  if (embedded) return isBlockedIpv4(embedded);
  if (!inCidr(bytes, { base: [0x20], prefix: 3 })) return true;
  return BLOCKED_GLOBAL_IPV6.some((range) => inCidr(bytes, range));
}

function embeddedIpv4(bytes: number[]): number[] | null {
  const isZero = (from: number, to: number) => bytes.slice(from, to).every((b) => b === 0);
  // ::ffff:a.b.c.d (IPv4-mapped)
  if (isZero(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return bytes.slice(12, 16);
  // 64:ff9b::a.b.c.d (NAT64 well-known prefix): the translator would connect to the IPv4 address.
  if (bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && isZero(4, 12)) {
    return bytes.slice(12, 16);
  }
  // 2002:AABB:CCDD::/48 (6to4) tunnels to a.b.c.d.
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return bytes.slice(2, 6);
  return null;
}

function inCidr(bytes: number[], { base, prefix }: Cidr): boolean {
  for (let bit = 0; bit < prefix; bit += 8) {
    const remaining = Math.min(8, prefix - bit);
    const mask = (0xff << (8 - remaining)) & 0xff;
    const index = bit / 8;
    if (((bytes[index] ?? 0) & mask) !== ((base[index] ?? 0) & mask)) return false;
  }
  return true;
}

/** 16 bytes, or null. Accepts a zone id (fe80::1%eth0) and a dotted IPv4 tail (::ffff:1.2.3.4). */
function parseIpv6(text: string): number[] | null {
  const address = text.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!isIPv6(address)) return null;
  let groups = address;
  const lastColon = address.lastIndexOf(":");
  const tail = address.slice(lastColon + 1);
  if (isIPv4(tail)) {
    const [a = 0, b = 0, c = 0, d = 0] = tail.split(".").map(Number);
    groups = `${address.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", rest] = groups.split("::");
  const headParts = head === "" ? [] : head.split(":");
  const restParts = rest === undefined || rest === "" ? [] : rest.split(":");
  const missing = 8 - headParts.length - restParts.length;
  const words = [...headParts, ...Array<string>(rest === undefined ? 0 : missing).fill("0"), ...restParts];
  if (words.length !== 8) return null;
  return words.flatMap((word) => {
    const value = Number.parseInt(word, 16);
    return [value >> 8, value & 0xff];
  });
}
