import { createHash } from "node:crypto";
import type { IssuerRotation } from "../scenarios/types";

export type ActiveKey = { kid: string; slot: number; epoch: number };

const DAY = 86_400_000;

function digest(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}

/**
 * The keys an issuer publishes at `now`. EKS signs with a key it rotates every 7 days and keeps the
 * previous public keys in the JWKS until tokens signed with them have expired (next rotation + token
 * lifetime), so around a rotation the JWKS holds the current key and one or two older ones.
 */
export function activeKeys(url: string, rotation: IssuerRotation, now: Date, poolSize: number): ActiveKey[] {
  const base = digest(url).readUInt32BE(0);
  const keyFor = (epoch: number, seed: string): ActiveKey => ({
    kid: digest(`${url}#${seed}`).toString("hex").slice(0, 40),
    slot: (((base + epoch) % poolSize) + poolSize) % poolSize,
    epoch,
  });
  if ("frozenSince" in rotation) return [keyFor(0, `frozen:${rotation.frozenSince}`)];
  const period = rotation.everyDays * DAY;
  const anchor = Date.parse(rotation.anchor);
  const epoch = Math.floor((now.getTime() - anchor) / period);
  const sinceRotation = now.getTime() - (anchor + epoch * period);
  const tokenLifetime = (rotation.tokenLifetimeHours ?? 24) * 3_600_000;
  const epochs = [epoch, epoch - 1];
  if (sinceRotation < tokenLifetime) epochs.push(epoch - 2);
  return epochs.map((e) => keyFor(e, `epoch:${e}`));
}
