// `npm run stand-in [-- --port N]`: the local PinBridge stand-in, with a demo user, key and account.
import { parseArgs } from 'node:util';
import { startStandIn } from './server';
import { DEMO_EMAIL, DEMO_PASSWORD } from './state';

const { values } = parseArgs({
  options: { port: { type: 'string' }, host: { type: 'string' }, quiet: { type: 'boolean' } },
});
const port = Number(values.port ?? process.env.PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid port "${values.port ?? process.env.PORT}"`);
  process.exit(2);
}

const standIn = await startStandIn({ port, host: values.host, log: !values.quiet }).catch(
  (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: pass --port N.` : error);
    process.exit(1);
  },
);
const key = standIn.store.demoApiKey;
const account = standIn.store.accounts[0]!;
console.log(`PinBridge stand-in listening on ${standIn.origin}

  Demo sign-in  ${DEMO_EMAIL} / ${DEMO_PASSWORD}
  Demo API key  ${key}
  Account       ${account.display_name} (${account.id}) with ${account.boards.length} boards

  Point the extension at it: Settings → Connection → API base URL → ${standIn.origin}
  Test controls: POST ${standIn.origin}/__admin/reset | /__admin/faults | /__admin/settings, GET /__admin/state
`);

const stop = () => void standIn.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
