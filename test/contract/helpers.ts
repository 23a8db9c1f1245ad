import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createPinBridgeClient, type PinBridgeClient } from '@/utils/pinbridge';
import { startStandIn, type StandIn } from '../stand-in/server';
import { standInAdmin } from '../support/stand-in-admin';

/** One stand-in per test file, reset before each test; a client signed in with the demo API key. */
export function useStandIn() {
  const ctx = {} as {
    standIn: StandIn;
    client: PinBridgeClient;
    admin: ReturnType<typeof standInAdmin>;
    accountId: string;
    boardId: string;
  };
  beforeAll(async () => {
    ctx.standIn = await startStandIn();
    ctx.admin = standInAdmin(ctx.standIn.origin);
  });
  afterAll(async () => {
    await ctx.standIn.close();
  });
  beforeEach(async () => {
    await ctx.admin.reset();
    // Fast lifecycle so tests wait milliseconds, not seconds.
    await ctx.admin.settings({ queuedMs: 20, publishingMs: 40 });
    ctx.client = createPinBridgeClient({
      baseUrl: `${ctx.standIn.origin}/`,
      auth: { kind: 'apiKey', key: ctx.standIn.store.demoApiKey },
      timeoutMs: 3_000,
    });
    const [account] = await ctx.client.pinterest.listAccounts();
    ctx.accountId = account!.id;
    ctx.boardId = String((await ctx.client.pinterest.listBoards(ctx.accountId))[0]!.id);
  });
  return ctx;
}

let counter = 0;
export const uniqueKey = (prefix = 'pin') => `${prefix}-${Date.now()}-${counter++}`;
