import type { Fault, Outcome, Settings } from '../stand-in/state';

/** Typed access to the stand-in's test controls over HTTP (works for in-process and separate servers). */
export function standInAdmin(origin: string) {
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${origin}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`stand-in admin ${method} ${path}: HTTP ${res.status} ${await res.text()}`);
    return res.json() as Promise<unknown>;
  };
  return {
    reset: () => call('POST', '/__admin/reset'),
    fault: (fault: Partial<Fault> & { path: string }) => call('POST', '/__admin/faults', fault),
    clearFaults: () => call('DELETE', '/__admin/faults'),
    settings: (
      settings: Partial<Omit<Settings, 'outcomes'>> & {
        outcomes?: Outcome[];
        tokens?: number;
        plan?: string;
      },
    ) => call('POST', '/__admin/settings', settings),
    connectAccount: (account: { username: string | null; display_name: string | null }) =>
      call('POST', '/__admin/accounts', account) as Promise<{ id: string }>,
    account: (id: string, change: { revoked?: boolean; reconnect_required?: boolean }) =>
      call('POST', `/__admin/accounts/${id}`, change),
    deleteBoard: (boardId: string) => call('DELETE', `/__admin/boards/${boardId}`),
    state: () => call('GET', '/__admin/state') as Promise<StandInState>,
  };
}

export interface StandInState {
  pins: Array<{
    id: string;
    idempotency_key: string;
    status: string;
    title: string;
    board_id: string;
    asset_id: string | null;
    link_url: string | null;
    alt_text: string | null;
    image_url: string;
  }>;
  schedules: Array<{
    id: string;
    run_at: string;
    status: string;
    pin_id: string | null;
    payload: { title: string; board_id: string };
  }>;
  assets: Array<{ id: string; content_type: string; file_size_bytes: number }>;
  accounts: Array<{
    id: string;
    display_name: string | null;
    boards: Array<{ id: string; name: string; privacy: string }>;
  }>;
  apiKeys: Array<{ id: string; name: string; revoked_at: string | null; scopes: string[] }>;
  publishCount: Record<string, number>;
  requests: Array<{
    method: string;
    path: string;
    status: number;
    ms: number;
    requestId: string;
    auth: string;
  }>;
}
