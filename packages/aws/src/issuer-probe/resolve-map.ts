import { isIP } from "node:net";

/**
 * Parses "host1=127.0.0.1:8443,host2=[::1]:8443" (the worker's resolve setting, like curl --resolve)
 * into { host: "ip:port" }. Host names are lower-cased; malformed entries are rejected so a typo in a
 * setting fails at start rather than silently probing the real host.
 */
export function parseResolveMap(value: string | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  if (!value?.trim()) return map;
  for (const entry of value.split(",")) {
    const trimmed = entry.trim();
    if (!trimmed) continue;
    const separator = trimmed.indexOf("=");
    const host = trimmed.slice(0, separator).trim().toLowerCase();
    const target = trimmed.slice(separator + 1).trim();
    if (separator <= 0 || !host || !splitHostPort(target)) {
      throw new Error(`invalid resolve entry "${trimmed}": expected host=ip:port`);
    }
    map[host] = target;
  }
  return map;
}

/** "127.0.0.1:8443" or "[::1]:8443" -> { address, port }; null when malformed. */
export function splitHostPort(target: string): { address: string; port: number } | null {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(target);
  if (!match) return null;
  const port = Number(match[3]);
  const address = match[1] ?? match[2];
  if (!address || isIP(address) === 0 || port < 1 || port > 65_535) return null;
  return { address, port };
}

/** The resolve override for a URL host (hostname without brackets), if any. */
export function lookupOverride(
  resolve: Record<string, string> | undefined,
  hostname: string,
): { address: string; port: number } | null {
  const target = resolve?.[hostname.toLowerCase()];
  return target ? splitHostPort(target) : null;
}

export type ConnectTarget = {
  /** The URL host without IPv6 brackets: what TLS verifies the certificate against. */
  hostname: string;
  isLiteral: boolean;
  /** The resolve override's port, else the URL's. */
  port: number;
  /** SNI; RFC 6066 forbids IP addresses there. */
  servername: string | undefined;
};

/** Where a URL connects. A resolve override replaces the address (in the lookup) and the port. */
export function connectTarget(url: URL, resolve: Record<string, string> | undefined): ConnectTarget {
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  const isLiteral = isIP(hostname) !== 0;
  const override = isLiteral ? null : lookupOverride(resolve, hostname);
  return {
    hostname,
    isLiteral,
    port: override?.port ?? (url.port ? Number(url.port) : 443),
    servername: isLiteral ? undefined : hostname,
  };
}
