/**
 * The password step of Cognito's USER_SRP_AUTH: the password never leaves the browser, only a proof
 * that we know it (SRP-6a over the 3072-bit group of RFC 3526, SHA-256, as the user pool expects).
 * BigInt for the arithmetic, WebCrypto for hashes and HMAC: nothing added to the page's weight.
 */

/** RFC 3526, group 15 (3072 bits). */
const N_HEX =
  'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3BE39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF';
const N = BigInt(`0x${N_HEX}`);
const g = 2n;

const hexOf = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
const bytesOf = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));
const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Even length, and a leading 00 when the first bit is set, so the number reads as positive. */
export const padHex = (n: bigint): string => {
  const hex = n.toString(16);
  if (hex.length % 2 === 1) return `0${hex}`;
  return '89abcdef'.includes(hex[0]!) ? `00${hex}` : hex;
};

const sha256 = async (data: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource));
const hexHash = async (hex: string) => hexOf(await sha256(bytesOf(hex)));
const hmac = async (key: Uint8Array, data: Uint8Array) => {
  const k = await crypto.subtle.importKey('raw', key as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return new Uint8Array(await crypto.subtle.sign('HMAC', k, data as BufferSource));
};

export const modPow = (base: bigint, exp: bigint, mod: bigint): bigint => {
  let result = 1n;
  let b = ((base % mod) + mod) % mod;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
    e >>= 1n;
  }
  return result;
};

const randomBigInt = (bytes: number) => BigInt(`0x${hexOf(crypto.getRandomValues(new Uint8Array(bytes)))}`);

export const SRP = { N, g, padHex, hexHash, hmac, bytesOf, hexOf, utf8, concat, sha256 };

/** k = H(N | g) */
export const multiplier = async () => BigInt(`0x${await hexHash(padHex(N) + padHex(g))}`);

/** The browser's ephemeral pair: a stays here, A goes to the pool as SRP_A. */
export const newEphemeral = (): { a: bigint; A: bigint } => {
  for (;;) {
    const a = randomBigInt(128) % N;
    const A = modPow(g, a, N);
    if (a > 1n && A % N !== 0n) return { a, A };
  }
};

/** "Mon Nov 3 09:05:07 UTC 2026": the format the pool checks the signature's timestamp in. */
export const srpTimestamp = (now: Date): string => {
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][now.getUTCDay()];
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][now.getUTCMonth()];
  const two = (n: number) => String(n).padStart(2, '0');
  return `${day} ${month} ${now.getUTCDate()} ${two(now.getUTCHours())}:${two(now.getUTCMinutes())}:${two(now.getUTCSeconds())} UTC ${now.getUTCFullYear()}`;
};

const base64ToBytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
const bytesToBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

/** The session key both sides derive: HKDF-SHA256 of S salted with u, 16 bytes. */
export const derivedKey = async (S: bigint, u: bigint) => {
  const prk = await hmac(bytesOf(padHex(u)), bytesOf(padHex(S)));
  return (await hmac(prk, concat(utf8('Caldera Derived Key'), Uint8Array.of(1)))).slice(0, 16);
};

/** x = H(salt | H(pool name | user id | ":" | password)) */
export const passwordExponent = async (poolName: string, userId: string, password: string, saltHex: string) => {
  const inner = hexOf(await sha256(utf8(`${poolName}${userId}:${password}`)));
  return BigInt(`0x${await hexHash(padHex(BigInt(`0x${saltHex}`)) + inner)}`);
};

export interface PasswordVerifier {
  SALT: string;
  SRP_B: string;
  SECRET_BLOCK: string;
  USER_ID_FOR_SRP: string;
}

/** The answer to the pool's PASSWORD_VERIFIER challenge. */
export const passwordClaim = async (input: {
  userPoolId: string;
  password: string;
  a: bigint;
  A: bigint;
  challenge: PasswordVerifier;
  now: Date;
}) => {
  const { challenge } = input;
  const poolName = input.userPoolId.split('_')[1] ?? '';
  const B = BigInt(`0x${challenge.SRP_B}`);
  if (B % N === 0n) throw new Error('The sign-in service sent a value that cannot be used; try again.');
  const u = BigInt(`0x${await hexHash(padHex(input.A) + padHex(B))}`);
  if (u === 0n) throw new Error('The sign-in service sent a value that cannot be used; try again.');
  const k = await multiplier();
  const x = await passwordExponent(poolName, challenge.USER_ID_FOR_SRP, input.password, challenge.SALT);
  const S = modPow(B - k * modPow(g, x, N), input.a + u * x, N);
  const key = await derivedKey(S, u);
  const timestamp = srpTimestamp(input.now);
  const message = concat(
    utf8(poolName),
    utf8(challenge.USER_ID_FOR_SRP),
    base64ToBytes(challenge.SECRET_BLOCK),
    utf8(timestamp),
  );
  return {
    USERNAME: challenge.USER_ID_FOR_SRP,
    PASSWORD_CLAIM_SECRET_BLOCK: challenge.SECRET_BLOCK,
    PASSWORD_CLAIM_SIGNATURE: bytesToBase64(await hmac(key, message)),
    TIMESTAMP: timestamp,
  };
};

export const srpA = (A: bigint) => A.toString(16);
