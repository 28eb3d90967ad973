// Pure SHA-1 (FIPS 180-4) over the UTF-8 bytes of a string. Core must run anywhere (browser,
// worker, edge) with no node:crypto; fingerprints need stability and spread, not secrecy.
// Buffers are reused between calls: fingerprinting tens of thousands of findings per scan must
// not churn the garbage collector.

let bytes = new Uint8Array(1024);
const w = new Int32Array(80);
const encoder = new TextEncoder();

/** Appends the UTF-8 bytes of `input` at `offset`; returns the new end. */
function encodeAt(input: string, offset: number): number {
  // Worst case 3 bytes per UTF-16 unit, plus the 72 bytes of padding sha1 appends after the text.
  if (offset + input.length * 3 + 72 > bytes.length) {
    const grown = new Uint8Array(offset + input.length * 3 + 72);
    grown.set(bytes.subarray(0, offset));
    bytes = grown;
  }
  // ASCII fast path; anything else goes through TextEncoder.
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c > 0x7f) return offset + encoder.encodeInto(input, bytes.subarray(offset)).written;
    bytes[offset + i] = c;
  }
  return offset + input.length;
}

export function sha1Hex(input: string): string {
  return digest(encodeAt(input, 0));
}

/**
 * SHA-1 of the concatenation of `parts` (same digest as `sha1Hex(parts.join(""))`), without
 * building the joined string: fingerprints hash rule id, ARN and detail this way.
 */
export function sha1HexOfParts(parts: readonly string[]): string {
  let length = 0;
  for (let i = 0; i < parts.length; i++) length = encodeAt(parts[i] as string, length);
  return digest(length);
}

/** Digest of the first `length` bytes of `bytes`. */
function digest(length: number): string {
  const padded = (((length + 8) >> 6) + 1) << 6;
  bytes.fill(0, length, padded);
  bytes[length] = 0x80;
  const bitsHigh = Math.floor(length / 0x20000000);
  const bitsLow = (length << 3) >>> 0;
  bytes[padded - 8] = bitsHigh >>> 24;
  bytes[padded - 7] = bitsHigh >>> 16;
  bytes[padded - 6] = bitsHigh >>> 8;
  bytes[padded - 5] = bitsHigh;
  bytes[padded - 4] = bitsLow >>> 24;
  bytes[padded - 3] = bitsLow >>> 16;
  bytes[padded - 2] = bitsLow >>> 8;
  bytes[padded - 1] = bitsLow;

  let h0 = 0x67452301;
  let h1 = 0xefcdab89 | 0;
  let h2 = 0x98badcfe | 0;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0 | 0;
  const b = bytes;
  for (let off = 0; off < padded; off += 64) {
    for (let i = 0; i < 16; i++) {
      const j = off + i * 4;
      w[i] =
        ((b[j] as number) << 24) |
        ((b[j + 1] as number) << 16) |
        ((b[j + 2] as number) << 8) |
        (b[j + 3] as number);
    }
    for (let i = 16; i < 80; i++) {
      const x = (w[i - 3] as number) ^ (w[i - 8] as number) ^ (w[i - 14] as number) ^ (w[i - 16] as number);
      w[i] = (x << 1) | (x >>> 31);
    }
    let a = h0;
    let bb = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    // Four loops of 20 rounds rather than one of 80 with a branch per round: every fingerprint
    // goes through here, mostly before V8 has optimised it.
    for (let i = 0; i < 20; i++) {
      const t = (((a << 5) | (a >>> 27)) + ((bb & c) | (~bb & d)) + e + 0x5a827999 + (w[i] as number)) | 0;
      e = d;
      d = c;
      c = (bb << 30) | (bb >>> 2);
      bb = a;
      a = t;
    }
    for (let i = 20; i < 40; i++) {
      const t = (((a << 5) | (a >>> 27)) + (bb ^ c ^ d) + e + 0x6ed9eba1 + (w[i] as number)) | 0;
      e = d;
      d = c;
      c = (bb << 30) | (bb >>> 2);
      bb = a;
      a = t;
    }
    for (let i = 40; i < 60; i++) {
      const t =
        (((a << 5) | (a >>> 27)) +
          ((bb & c) | (bb & d) | (c & d)) +
          e +
          (0x8f1bbcdc | 0) +
          (w[i] as number)) |
        0;
      e = d;
      d = c;
      c = (bb << 30) | (bb >>> 2);
      bb = a;
      a = t;
    }
    for (let i = 60; i < 80; i++) {
      const t = (((a << 5) | (a >>> 27)) + (bb ^ c ^ d) + e + (0xca62c1d6 | 0) + (w[i] as number)) | 0;
      e = d;
      d = c;
      c = (bb << 30) | (bb >>> 2);
      bb = a;
      a = t;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + bb) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  writeHex(h0, 0);
  writeHex(h1, 8);
  writeHex(h2, 16);
  writeHex(h3, 24);
  writeHex(h4, 32);
  // One flat 40-char string: `toString(16)` + `padStart` + `+` per word allocated ~20 strings per
  // fingerprint.
  return String.fromCharCode.apply(null, hexCodes);
}

const HEX_DIGITS = Array.from("0123456789abcdef", (c) => c.charCodeAt(0));
const hexCodes = new Array<number>(40).fill(0);

function writeHex(h: number, at: number): void {
  for (let i = 0; i < 8; i++) hexCodes[at + i] = HEX_DIGITS[(h >>> (28 - 4 * i)) & 0xf] as number;
}
