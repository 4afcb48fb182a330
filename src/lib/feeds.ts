import { concernsCase } from './cases.ts';
import { dateRange } from './dates.ts';
import type { Case } from '../schemas/cases.ts';

/** One item of a feed, before the feed library writes it as RSS. */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
}

/** The first day a partial date can mean, as a Date (feeds need a full date). */
export function feedDate(date: string): Date {
  return new Date(`${dateRange(date)[0]}T00:00:00Z`);
}

/** The shape of a case that the updates feed needs. */
interface CaseEvents {
  id: string;
  data: Pick<Case, 'name' | 'status' | 'timeline'>;
}

/** The id of a case timeline event in its page, e.g. `event-3` for the third event. */
export function eventAnchor(index: number): string {
  return `event-${index + 1}`;
}

/**
 * The latest dated events across all cases, newest first: the "case updates" feed. Each links to
 * its own event in the case's timeline, so feed readers see every event as a new item. Events a
 * profile shows only for context (see concernsCase) are left out: they are another case's news.
 */
export function caseUpdates(cases: CaseEvents[], caseUrl: (id: string) => string, limit = 50): FeedItem[] {
  return cases
    .flatMap((c) => c.data.timeline.flatMap((event, index) => (concernsCase(event, c.data) ? [{ c, event, index }] : [])))
    .sort((a, b) => feedDate(b.event.date).getTime() - feedDate(a.event.date).getTime() || b.index - a.index || a.c.id.localeCompare(b.c.id))
    .slice(0, limit)
    .map(({ c, event, index }) => ({
      title: `${c.data.name}: ${event.event.length > 90 ? `${event.event.slice(0, 87)}…` : event.event}`,
      link: `${caseUrl(c.id)}#${eventAnchor(index)}`,
      pubDate: feedDate(event.date),
      description: event.event,
    }));
}
