import { createHmac, randomUUID } from 'node:crypto';
import { createPinRecord, pinJson } from './routes/pins';
import { nowIso, pinterestId, type PinRecord, type Store } from './state';

/*
 * Drives pins and schedules through their states as time passes, like PinBridge's workers:
 * queued → (deferred while the account's bucket is empty) → publishing → published | failed.
 */

const PACING_MESSAGE =
  'PinBridge is pacing publishes for this Pinterest account; the pin will go out automatically.';

function advancePin(store: Store, pin: PinRecord, now: number, notify: (pin: PinRecord) => void): void {
  if (now < pin.nextAt) return;
  const account = store.accounts.find((a) => a.id === pin.pinterest_account_id);
  if (pin.status === 'queued' || pin.status === 'deferred') {
    if (!account) return;
    if (store.takeToken(account, now)) {
      Object.assign(pin, {
        status: 'publishing',
        error_code: null,
        error_message: null,
        updated_at: nowIso(),
      });
      pin.nextAt = now + store.settings.publishingMs;
    } else {
      const wait = Math.ceil(((1 - account.bucket.tokens) / store.settings.pacing.refillPerSecond) * 1000);
      Object.assign(pin, {
        status: 'deferred',
        error_code: 'rate_paced',
        error_message: PACING_MESSAGE,
        updated_at: nowIso(),
      });
      pin.nextAt = now + Math.max(50, wait);
    }
    return;
  }
  if (pin.status !== 'publishing') return;
  const outcome = store.settings.outcomes.shift() ?? { status: 'published' as const };
  const at = nowIso();
  if (outcome.status === 'published') {
    Object.assign(pin, {
      status: 'published',
      pinterest_pin_id: pinterestId(),
      published_at: at,
      updated_at: at,
    });
    store.publishCount[pin.idempotency_key] = (store.publishCount[pin.idempotency_key] ?? 0) + 1;
  } else {
    Object.assign(pin, {
      status: 'failed',
      error_code: outcome.error_code,
      error_message: outcome.error_message ?? `Pinterest refused the pin (${outcome.error_code}).`,
      failed_at: at,
      updated_at: at,
    });
  }
  notify(pin);
}

function advanceSchedules(store: Store, now: number): void {
  for (const schedule of store.schedules) {
    if (schedule.status === 'scheduled' && Date.parse(schedule.run_at) <= now) {
      const workspace = store.workspace(schedule.workspace_id);
      const { payload } = schedule;
      const pin = createPinRecord(
        store,
        workspace,
        {
          account_id: schedule.pinterest_account_id,
          board_id: payload.board_id,
          title: payload.title,
          description: payload.description,
          link_url: payload.link_url,
          image_url: payload.asset_id ? undefined : payload.image_url,
          asset_id: payload.asset_id,
          cover_image_url: payload.cover_image_url,
          idempotency_key: `schedule:${schedule.id}`,
        },
        schedule.pinterest_account_id,
      );
      Object.assign(schedule, { status: 'queued', pin_id: pin.id, updated_at: nowIso() });
      continue;
    }
    const pin = schedule.pin_id ? store.pins.find((p) => p.id === schedule.pin_id) : undefined;
    if (!pin || schedule.status === 'done' || schedule.status === 'failed' || schedule.status === 'canceled')
      continue;
    const next =
      pin.status === 'published'
        ? 'done'
        : pin.status === 'failed'
          ? 'failed'
          : pin.status === 'deferred'
            ? 'deferred'
            : 'running';
    if (next !== schedule.status) {
      Object.assign(schedule, { status: next, last_error: pin.error_message, updated_at: nowIso() });
    }
  }
}

const LOOPBACK = /^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//i;

/** Sends `pin.published` / `pin.failed` to the workspace's webhooks (loopback targets only: a test rig). */
function deliverWebhooks(store: Store, pin: PinRecord): void {
  const event = pin.status === 'published' ? 'pin.published' : 'pin.failed';
  for (const hook of store.webhooks) {
    if (hook.workspace_id !== pin.workspace_id || !hook.is_enabled || !hook.events.includes(event)) continue;
    if (!LOOPBACK.test(hook.url)) continue;
    const body = JSON.stringify({
      event,
      occurred_at: nowIso(),
      pin_id: pin.id,
      status: pin.status,
      pin: pinJson(pin),
    });
    const signature = createHmac('sha256', hook.secret).update(body).digest('hex');
    const delivery = randomUUID();
    const attempt = (n: number): void => {
      fetch(hook.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-PinBridge-Signature': signature,
          'X-PinBridge-Event': event,
          'X-PinBridge-Delivery-ID': delivery,
        },
        body,
      })
        .then((res) => {
          if (!res.ok && n < 3) setTimeout(() => attempt(n + 1), 200 * 2 ** n);
        })
        .catch(() => n < 3 && setTimeout(() => attempt(n + 1), 200 * 2 ** n));
    };
    attempt(0);
  }
}

export function startLifecycle(store: Store, tickMs = 25): () => void {
  const timer = setInterval(() => {
    const now = Date.now();
    advanceSchedules(store, now);
    for (const pin of store.pins) advancePin(store, pin, now, (p) => deliverWebhooks(store, p));
  }, tickMs);
  timer.unref();
  return () => clearInterval(timer);
}
