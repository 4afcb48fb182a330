import type { Case } from '../schemas/cases.ts';

/** A case's current status: the last entry of its status history. */
export function currentStatus(data: Pick<Case, 'status'>): Case['status'][number] {
  const last = data.status[data.status.length - 1];
  if (!last) throw new Error('A case reached the page without a status; the schema requires one');
  return last;
}

/** A case's most recent timeline event. */
export function latestEvent(data: Pick<Case, 'timeline'>): Case['timeline'][number] | undefined {
  return data.timeline[data.timeline.length - 1];
}
