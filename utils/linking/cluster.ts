import { dateOrder } from './dates';
import type { Link, LinkRelation } from './link';
import type { LinkRecord } from './record';
import { readSpeaker } from './names';
import { compareSpeakers, isNamed, type SpeakerLike } from './speakers';

// The same statement across articles, as one group: every quote linked to another, directly or
// through others, with the earliest report first. Each member says how it reports the statement:
// its link to the first member when it has one, else its strongest link to a member before it.

export interface ClusterMember {
  record: LinkRecord;
  /** "first" for the earliest report. */
  relation: LinkRelation | 'first';
  /** Null for the first member. */
  score: number | null;
  /** The record key this member's relation is to (null for the first). */
  to: string | null;
}

export interface Cluster {
  /** The fullest name any member gives the speaker. */
  speaker: string | null;
  /** The earliest member's date. */
  date: string | null;
  members: ClusterMember[];
}

export function clusterLinks(records: readonly LinkRecord[], links: readonly Link[]): Cluster[] {
  const byKey = new Map(records.map((r) => [r.key, r]));
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let x = k; x !== root;) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  // one statement has one speaker: two groups whose speakers are two different people (or a
  // person and a body they do not speak for) stay apart even when a quote credited to no one in
  // particular links them; the strongest links are joined first
  const speakers = new Map<string, SpeakerLike[]>();
  const conflict = (x: SpeakerLike[], y: SpeakerLike[]) =>
    x.some((a) => y.some((b) => compareSpeakers(a, b) === 'different'));
  for (const l of [...links].sort((x, y) => y.score - x.score)) {
    if (!byKey.has(l.from) || !byKey.has(l.to)) continue;
    for (const k of [l.from, l.to])
      if (!parent.has(k)) {
        parent.set(k, k);
        speakers.set(k, isNamed(byKey.get(k)!.speaker) ? [byKey.get(k)!.speaker] : []);
      }
    const [ra, rb] = [find(l.from), find(l.to)];
    if (ra === rb || conflict(speakers.get(ra)!, speakers.get(rb)!)) continue;
    parent.set(ra, rb);
    speakers.set(rb, [...speakers.get(rb)!, ...speakers.get(ra)!]);
  }
  const groups = new Map<string, LinkRecord[]>();
  for (const k of parent.keys()) {
    const root = find(k);
    const g = groups.get(root);
    if (g) g.push(byKey.get(k)!);
    else groups.set(root, [byKey.get(k)!]);
  }
  const clusters = [...groups.values()].filter((g) => g.length > 1).map((g) => toCluster(g.sort(earliestFirst), links));
  return clusters.sort((x, y) => earliestFirst(x.members[0].record, y.members[0].record));
}

function earliestFirst(a: LinkRecord, b: LinkRecord): number {
  return (
    dateOrder(a.date, a.published) - dateOrder(b.date, b.published) ||
    instant(a.published) - instant(b.published) ||
    a.key.localeCompare(b.key)
  );
}

/** Milliseconds of an ISO 8601 time with its offset ("15:04+03:00" is before "12:47+00:00"). */
function instant(iso: string | null): number {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

function toCluster(members: LinkRecord[], links: readonly Link[]): Cluster {
  const keys = new Set(members.map((m) => m.key));
  const own = links.filter((l) => keys.has(l.from) && keys.has(l.to));
  const order = new Map(members.map((m, i) => [m.key, i]));
  const first = members[0];
  return {
    speaker: fullestName(members),
    date: first.date,
    members: members.map((m, i): ClusterMember => {
      if (i === 0) return { record: m, relation: 'first', score: null, to: null };
      const mine = own
        .filter((l) => l.from === m.key || l.to === m.key)
        .map((l) => ({ l, other: l.from === m.key ? l.to : l.from }))
        .filter(({ other }) => order.get(other)! < i);
      const best =
        mine.find(({ other }) => other === first.key) ?? mine.sort((x, y) => y.l.score - x.l.score)[0] ?? null;
      if (!best) {
        // linked only to later members: report its strongest link all the same
        const any = own.filter((l) => l.from === m.key || l.to === m.key).sort((x, y) => y.score - x.score)[0];
        return { record: m, relation: any.relation, score: any.score, to: any.from === m.key ? any.to : any.from };
      }
      return { record: m, relation: best.l.relation, score: best.l.score, to: best.other };
    }),
  };
}

/** A person's full name over a surname or an organisation; the longest among equals. */
function fullestName(members: LinkRecord[]): string | null {
  let best: string | null = null;
  let bestRank = -1;
  for (const m of members) {
    const name = m.speaker.name;
    if (!name) continue;
    const id = readSpeaker(name, m.speaker.role);
    const rank = (id.kind === 'person' ? (id.given ? 300 : 200) : id.kind === 'org' ? 100 : 0) + name.length;
    if (rank > bestRank) [best, bestRank] = [name, rank];
  }
  return best;
}
