import dns from "node:dns";
import type { LookupFunction } from "node:net";
import { isBlockedAddress } from "./address-guard";
import { ProbeError } from "./probe-error";
import { lookupOverride } from "./resolve-map";

/** Decides which resolved addresses may be connected to. */
export type AddressPolicy = (ip: string) => boolean;

export function addressPolicy(allowPrivateAddresses: boolean | undefined): AddressPolicy {
  return allowPrivateAddresses ? () => false : isBlockedAddress;
}

export type GuardedLookupOptions = {
  resolve?: Record<string, string> | undefined;
  isBlocked: AddressPolicy;
  /** Defaults to dns.lookup. */
  dnsLookup?: DnsLookupAll;
};

export type DnsLookupAll = (
  hostname: string,
  options: { all: true; verbatim: boolean },
  callback: (error: NodeJS.ErrnoException | null, addresses: dns.LookupAddress[]) => void,
) => void;

/**
 * The `lookup` given to every https.request and tls.connect of the probe: it resolves the host (or
 * takes the resolve override) and refuses the connection when ANY resolved address is blocked, so a
 * public name pointing at 169.254.169.254 or 10.x is refused after resolution, on every redirect hop.
 * Node only calls `lookup` for names; IP-literal hosts are checked by `assertAddressAllowed` first.
 */
export function createGuardedLookup(options: GuardedLookupOptions): LookupFunction {
  const dnsLookup: DnsLookupAll = options.dnsLookup ?? dns.lookup;
  return (hostname, lookupOptions, callback) => {
    const deliver = (addresses: dns.LookupAddress[]) => {
      for (const { address } of addresses) {
        if (options.isBlocked(address)) {
          callback(blockedError(hostname, address), "", 4);
          return;
        }
      }
      const wanted = lookupOptions.family === 4 || lookupOptions.family === 6 ? lookupOptions.family : 0;
      const usable = wanted ? addresses.filter((a) => a.family === wanted) : addresses;
      const first = usable[0];
      if (!first) {
        const error: NodeJS.ErrnoException = new Error(`no usable address for ${hostname}`);
        error.code = "ENOTFOUND";
        callback(error, "", 4);
        return;
      }
      if (lookupOptions.all) callback(null, usable);
      else callback(null, first.address, first.family);
    };

    const override = lookupOverride(options.resolve, hostname);
    if (override) {
      deliver([{ address: override.address, family: override.address.includes(":") ? 6 : 4 }]);
      return;
    }
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      if (error) callback(error, "", 4);
      else deliver(addresses);
    });
  };
}

/** For hosts that are IP literals, which Node connects to without calling `lookup`. */
export function assertAddressAllowed(address: string, isBlocked: AddressPolicy): void {
  if (isBlocked(address)) throw blockedError(address, address);
}

function blockedError(hostname: string, address: string): ProbeError {
  const what = hostname === address ? address : `${hostname} (${address})`;
  return new ProbeError(
    "blocked-address",
    `refusing to connect to ${what}: private, loopback, link-local or reserved address`,
  );
}
