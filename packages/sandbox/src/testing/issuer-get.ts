import { request } from "node:https";
import type { LookupFunction } from "node:net";
import type { DetailedPeerCertificate } from "node:tls";
import type { Sandbox } from "../sandbox";

export type IssuerResponse = { status: number; body: string; chain: DetailedPeerCertificate[] };

/** Test-only: GET an issuer URL the way the scanner does, resolving every host to the sandbox. */
export function issuerGet(
  sandbox: Sandbox,
  url: string,
  opts: { trust?: boolean } = {},
): Promise<IssuerResponse> {
  const [address, port] = sandbox.issuerAddress.split(":");
  const lookup: LookupFunction = (_host, options, cb) => {
    if (options.all)
      (cb as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [
        { address: address ?? "", family: 4 },
      ]);
    else cb(null, address ?? "", 4);
  };
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: Number(port),
        path: target.pathname,
        lookup,
        ca: sandbox.caCertPem,
        rejectUnauthorized: opts.trust !== false,
        agent: false,
      },
      (res) => {
        const socket = res.socket as import("node:tls").TLSSocket;
        const chain = sentChain(socket.getPeerCertificate(true));
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), chain }),
        );
      },
    );
    req.on("error", reject);
    req.end();
  });
}

/** The peer chain without the self-signed root node adds from the trust store. */
function sentChain(leaf: DetailedPeerCertificate): DetailedPeerCertificate[] {
  const chain: DetailedPeerCertificate[] = [];
  let cert: DetailedPeerCertificate | undefined = leaf;
  while (cert?.raw && !chain.includes(cert)) {
    const selfSigned =
      cert.issuerCertificate === cert || cert.fingerprint256 === cert.issuerCertificate?.fingerprint256;
    if (selfSigned) break;
    chain.push(cert);
    cert = cert.issuerCertificate;
  }
  return chain;
}
