/*
 * Seals secrets kept in `storage.local`, which content scripts can read, with an AES-GCM key that never
 * leaves the extension's own origin: it lives, non-extractable, in the extension's IndexedDB.
 */

export interface KeyStore {
  getKey(): Promise<CryptoKey>;
}

export interface Sealed {
  iv: string;
  data: string;
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** The vault key in IndexedDB (database `pinbridge-vault`), created on first use. */
export const indexedDbKeyStore: KeyStore = {
  async getKey() {
    const open = indexedDB.open('pinbridge-vault', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('keys');
    const db = await request(open);
    try {
      const existing = await request(db.transaction('keys').objectStore('keys').get('main'));
      if (existing instanceof CryptoKey) return existing;
      const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
        'encrypt',
        'decrypt',
      ]);
      await request(db.transaction('keys', 'readwrite').objectStore('keys').put(key, 'main'));
      return key;
    } finally {
      db.close();
    }
  },
};

/** A key held in memory: for tests, where there is no IndexedDB. */
export function memoryKeyStore(): KeyStore {
  let key: Promise<CryptoKey> | undefined;
  return {
    getKey: () =>
      (key ??= crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])),
  };
}

export async function seal(store: KeyStore, secret: string): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    await store.getKey(),
    new TextEncoder().encode(secret),
  );
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/** The secret, or `undefined` when the key is gone (profile reset) or the data was tampered with. */
export async function unseal(store: KeyStore, sealed: Sealed): Promise<string | undefined> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv) },
      await store.getKey(),
      fromBase64(sealed.data),
    );
    return new TextDecoder().decode(plain);
  } catch {
    return undefined;
  }
}
