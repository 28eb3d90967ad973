import { describe, expect, it } from "vitest";
import { isBlockedAddress } from "./address-guard";

const cases: { ip: string; blocked: boolean; why: string }[] = [
  { ip: "127.0.0.1", blocked: true, why: "loopback" },
  { ip: "127.255.0.7", blocked: true, why: "loopback /8" },
  { ip: "::1", blocked: true, why: "IPv6 loopback" },
  { ip: "10.0.0.1", blocked: true, why: "10/8" },
  { ip: "10.255.255.255", blocked: true, why: "10/8 end" },
  { ip: "172.16.0.1", blocked: true, why: "172.16/12 start" },
  { ip: "172.31.255.254", blocked: true, why: "172.16/12 end" },
  { ip: "172.32.0.1", blocked: false, why: "just past 172.16/12" },
  { ip: "192.168.1.1", blocked: true, why: "192.168/16" },
  { ip: "169.254.169.254", blocked: true, why: "instance metadata (link-local)" },
  { ip: "100.64.0.1", blocked: true, why: "CGNAT 100.64/10" },
  { ip: "100.127.255.255", blocked: true, why: "CGNAT end" },
  { ip: "100.128.0.1", blocked: false, why: "just past CGNAT" },
  { ip: "0.0.0.0", blocked: true, why: "unspecified" },
  { ip: "224.0.0.1", blocked: true, why: "multicast" },
  { ip: "255.255.255.255", blocked: true, why: "broadcast" },
  { ip: "192.0.2.10", blocked: true, why: "documentation" },
  { ip: "::", blocked: true, why: "IPv6 unspecified" },
  { ip: "::ffff:127.0.0.1", blocked: true, why: "IPv4-mapped loopback" },
  { ip: "::ffff:7f00:1", blocked: true, why: "IPv4-mapped loopback, hex form" },
  { ip: "::ffff:169.254.169.254", blocked: true, why: "IPv4-mapped metadata" },
  { ip: "::ffff:8.8.8.8", blocked: false, why: "IPv4-mapped public" },
  { ip: "64:ff9b::a00:1", blocked: true, why: "NAT64 of 10.0.0.1" },
  { ip: "2002:a9fe:a9fe::1", blocked: true, why: "6to4 of 169.254.169.254" },
  { ip: "fd00::1", blocked: true, why: "ULA fc00::/7" },
  { ip: "fd00:ec2::254", blocked: true, why: "EC2 IPv6 metadata (ULA)" },
  { ip: "fc00::1", blocked: true, why: "ULA" },
  { ip: "fe80::1", blocked: true, why: "link-local" },
  { ip: "fe80::1%eth0", blocked: true, why: "link-local with zone" },
  { ip: "ff02::1", blocked: true, why: "multicast" },
  { ip: "2001:db8::1", blocked: true, why: "documentation" },
  { ip: "8.8.8.8", blocked: false, why: "public IPv4" },
  { ip: "52.94.236.248", blocked: false, why: "public AWS address" },
  { ip: "2606:4700::1111", blocked: false, why: "public IPv6" },
  { ip: "2600:1f18::1", blocked: false, why: "public AWS IPv6" },
  { ip: "not-an-ip", blocked: true, why: "unparsable fails closed" },
  { ip: "", blocked: true, why: "empty fails closed" },
  { ip: "010.0.0.1", blocked: true, why: "octal-looking text is not an address: fails closed" },
];

describe("isBlockedAddress", () => {
  it.each(cases)("$ip → blocked=$blocked ($why)", ({ ip, blocked }) => {
    expect(isBlockedAddress(ip)).toBe(blocked);
  });
});
