import tls from "node:tls";

const contexts = new Map<string, tls.SecureContext>();

/**
 * A TLS context trusting Node's public roots plus one extra CA (the sandbox's). Building it
 * parses ~140 root certificates (about 30 ms of CPU), so it is built once per extra CA and
 * reused by every request instead of being rebuilt per connection.
 */
export function secureContextWithExtraCa(extraCaPem: string | undefined): tls.SecureContext | undefined {
  if (!extraCaPem) return undefined;
  let context = contexts.get(extraCaPem);
  if (!context) {
    context = tls.createSecureContext({ ca: [...tls.rootCertificates, extraCaPem] });
    contexts.set(extraCaPem, context);
  }
  return context;
}
