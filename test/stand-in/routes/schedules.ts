import { randomUUID } from 'node:crypto';
import { route, type Ctx, type Route } from '../context';
import { detail, domainError, fromZod, invalidUuid, json, UUID } from '../respond';
import { nowIso, type ScheduleRecord } from '../state';
import { findAccount } from './pinterest';
import { pageOf, paging } from './pins';
import { scheduleBody } from './pin-rules';

function create({ store, body, principal }: Ctx) {
  const parsed = scheduleBody.safeParse(body);
  if (!parsed.success) return fromZod(parsed.error);
  const found = findAccount(store, principal.workspace.id, parsed.data.account_id);
  if (found.reply) return found.reply;
  if (!found.account.boards.some((b) => b.id === parsed.data.board_id)) {
    return domainError(422, 'board_not_found', 'That board does not exist on this Pinterest account.', {
      remediation: 'Pick another board or refresh the board list.',
    });
  }
  const asset = parsed.data.asset_id ? store.assets.find((a) => a.id === parsed.data.asset_id) : undefined;
  if (parsed.data.asset_id && !asset) return detail(404, 'Asset not found');
  const mediaUrl = asset?.public_url ?? parsed.data.image_url!;
  const now = nowIso();
  const schedule: ScheduleRecord = {
    id: randomUUID(),
    workspace_id: principal.workspace.id,
    pinterest_account_id: found.account.id,
    run_at: new Date(parsed.data.run_at).toISOString(),
    status: 'scheduled',
    payload: {
      board_id: parsed.data.board_id,
      title: parsed.data.title,
      description: parsed.data.description ?? null,
      link_url: parsed.data.link_url ?? null,
      media_type: asset?.asset_type ?? 'image',
      media_url: mediaUrl,
      image_url: mediaUrl,
      asset_id: asset?.id ?? null,
      cover_image_url: parsed.data.cover_image_url ?? null,
    },
    last_error: null,
    pin_id: null,
    created_at: now,
    updated_at: now,
  };
  store.schedules.push(schedule);
  return json(201, schedule);
}

function findSchedule({ store, principal, params }: Ctx) {
  const id = params[0]!;
  if (!UUID.test(id)) return { reply: invalidUuid('schedule_id') };
  const schedule = store.schedules.find((s) => s.id === id && s.workspace_id === principal.workspace.id);
  return schedule ? { schedule } : { reply: detail(404, 'Schedule not found') };
}

function get(ctx: Ctx) {
  const found = findSchedule(ctx);
  return found.reply ?? json(200, found.schedule);
}

const SORTS: Record<string, (a: ScheduleRecord, b: ScheduleRecord) => number> = {
  created_at_desc: (a, b) => b.created_at.localeCompare(a.created_at),
  created_at_asc: (a, b) => a.created_at.localeCompare(b.created_at),
  run_at_desc: (a, b) => b.run_at.localeCompare(a.run_at),
  run_at_asc: (a, b) => a.run_at.localeCompare(b.run_at),
  status_asc: (a, b) => a.status.localeCompare(b.status),
  status_desc: (a, b) => b.status.localeCompare(a.status),
  title_asc: (a, b) => a.payload.title.localeCompare(b.payload.title),
  title_desc: (a, b) => b.payload.title.localeCompare(a.payload.title),
};

function list({ store, principal, url }: Ctx) {
  const page = paging(url);
  if ('status' in page) return page;
  const q = url.searchParams;
  const text = q.get('q')?.toLowerCase();
  const since = q.get('since');
  const until = q.get('until');
  const rows = store.schedules
    .filter((s) => s.workspace_id === principal.workspace.id)
    .filter((s) => !q.get('account_id') || s.pinterest_account_id === q.get('account_id'))
    .filter((s) => !q.get('board_id') || s.payload.board_id === q.get('board_id'))
    .filter((s) => !q.get('status') || s.status === q.get('status'))
    .filter((s) => !since || Date.parse(s.run_at) >= Date.parse(since))
    .filter((s) => !until || Date.parse(s.run_at) <= Date.parse(until))
    .filter(
      (s) => !text || [s.payload.title, s.payload.description].some((f) => f?.toLowerCase().includes(text)),
    )
    .sort(SORTS[q.get('sort') ?? 'created_at_desc'] ?? SORTS.created_at_desc);
  return pageOf(rows, page);
}

function cancel(ctx: Ctx) {
  const found = findSchedule(ctx);
  if (found.reply) return found.reply;
  const schedule = found.schedule;
  if (schedule.status !== 'scheduled' && schedule.status !== 'queued') {
    return domainError(
      409,
      'schedule_not_editable',
      `This schedule is ${schedule.status} and can no longer be canceled.`,
    );
  }
  Object.assign(schedule, { status: 'canceled', updated_at: nowIso() });
  return json(200, schedule);
}

export const scheduleRoutes: Route[] = [
  route('POST', '/v1/schedules', 'write', create),
  route('GET', '/v1/schedules', 'read', list),
  route('GET', '/v1/schedules/{schedule_id}', 'read', get),
  route('POST', '/v1/schedules/{schedule_id}/cancel', 'write', cancel),
];
