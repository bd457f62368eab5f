import type { ConceptGraph } from '../../graph';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Characters in one fingerprint: 36 bits in base64url. */
export const FINGERPRINT_LENGTH = 6;

/** True when `text` is a whole number of fingerprints. */
export function isFingerprintList(text: string): boolean {
  return text.length % FINGERPRINT_LENGTH === 0 && /^[A-Za-z0-9_-]*$/.test(text);
}

/**
 * A 6-character base64url fingerprint of an id: 36 bits of a 53-bit string hash (cyrb53, public
 * domain, https://github.com/bryc/code/blob/master/jshash/experimental/cyrb53.js). Two ids among
 * 10,000 share one with probability under 0.1%; decoding reports a shared one rather than guess.
 */
export function fingerprint(id: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const low = h1 >>> 0;
  let out = '';
  for (let k = 0; k < 5; k++) out += ALPHABET[(low >>> (6 * k)) & 63];
  return out + ALPHABET[((low >>> 30) | ((h2 & 15) << 2)) & 63];
}

/** A fingerprint matched by several concepts of the graph. */
export const AMBIGUOUS = -1;

const tables = new WeakMap<ConceptGraph, ReadonlyMap<string, number>>();

/** Fingerprint of every id and alias of the graph -> concept index (or `AMBIGUOUS`); built once per graph. */
export function fingerprintTable(graph: ConceptGraph): ReadonlyMap<string, number> {
  let table = tables.get(graph);
  if (!table) {
    const built = new Map<string, number>();
    for (const [name, i] of graph.index) {
      const key = fingerprint(name);
      const other = built.get(key);
      built.set(key, other === undefined || other === i ? i : AMBIGUOUS);
    }
    table = built;
    tables.set(graph, table);
  }
  return table;
}
