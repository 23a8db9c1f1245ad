/** One page of a list endpoint: bare JSON array plus the `X-Total-Count` header when the API sends it. */
export interface Page<T> {
  items: T[];
  /** Total rows, or `undefined` where the header is absent or not a number (older APIs). */
  total: number | undefined;
  hasMore: boolean;
}

export function toPage<T>(items: T[], headers: Headers, offset: number, limit: number): Page<T> {
  const header = headers.get('x-total-count');
  const total = header !== null && /^\d+$/.test(header.trim()) ? Number(header) : undefined;
  return {
    items,
    total,
    hasMore: total === undefined ? items.length === limit : offset + items.length < total,
  };
}
