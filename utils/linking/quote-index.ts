import type { LinkRecord } from './record';
import { stemTerm } from './record';
import { compareSpeakers, speakerOfCanon } from './speakers';
import { LINK_DEFAULTS } from './tunables';

// The remembered quotes, indexed so that linking a new article looks up only what shares its
// words: an inverted index from each record's `terms` (a speaker's content stems, a direct quote's
// word runs) to the records, and from speaker keys to the speakers filed. Linking a quote reads the
// postings of its own stems under each speaker who may be its speaker, and of its own word runs;
// nothing else is touched, so the cost grows with the matches, not with the number remembered.

export interface Candidate {
  record: LinkRecord;
  /** Content stems shared under a speaker who may be the same. */
  stems: number;
  /** Shares a run of words (direct quotes). */
  run: boolean;
}

export class LinkIndex {
  private slots: (LinkRecord | null)[] = [];
  private slotOf = new Map<string, number>();
  private postings = new Map<string, number[]>();
  /** speaker key → the speakers (canons) filed under it */
  private speakers = new Map<string, Set<string>>();
  private removed = 0;

  static from(records: Iterable<LinkRecord>): LinkIndex {
    const ix = new LinkIndex();
    for (const r of records) ix.add(r);
    return ix;
  }

  get size(): number {
    return this.slotOf.size;
  }

  get(key: string): LinkRecord | undefined {
    const slot = this.slotOf.get(key);
    return slot === undefined ? undefined : (this.slots[slot] ?? undefined);
  }

  /** Every record, for storing: the index itself is rebuilt from them. */
  records(): LinkRecord[] {
    return this.slots.filter((r): r is LinkRecord => r !== null);
  }

  /** Adds a record, replacing one with the same key. */
  add(r: LinkRecord): void {
    this.remove(r.key);
    const slot = this.slots.length;
    this.slots.push(r);
    this.slotOf.set(r.key, slot);
    for (const t of r.terms) {
      const list = this.postings.get(t);
      if (list) list.push(slot);
      else this.postings.set(t, [slot]);
    }
    if (r.who !== null)
      for (const k of r.speakerKeys) {
        const set = this.speakers.get(k);
        if (set) set.add(r.who);
        else this.speakers.set(k, new Set([r.who]));
      }
  }

  remove(key: string): boolean {
    const slot = this.slotOf.get(key);
    if (slot === undefined) return false;
    this.slots[slot] = null; // postings skip empty slots; compacted when they are many
    this.slotOf.delete(key);
    if (++this.removed > 1000 && this.removed > this.slotOf.size) this.compact();
    return true;
  }

  /** Forgets every quote of an article (cleared, or analysed again). */
  removeArticle(article: string): number {
    const keys = this.records()
      .filter((r) => r.article === article)
      .map((r) => r.key);
    for (const k of keys) this.remove(k);
    return keys.length;
  }

  /** The remembered quotes of other articles that may be the same statement as `q`. */
  candidates(q: LinkRecord, minStems = LINK_DEFAULTS.minSharedStems): Candidate[] {
    const stems = new Map<number, number>();
    const runs = new Set<number>();
    if (q.who !== null) {
      for (const canon of this.speakersFor(q)) {
        for (const s of q.stems) {
          for (const slot of this.postings.get(stemTerm(canon, s)) ?? []) stems.set(slot, (stems.get(slot) ?? 0) + 1);
        }
      }
    }
    for (const t of q.terms) {
      if (t.startsWith('w:')) for (const slot of this.postings.get(t) ?? []) runs.add(slot);
    }
    const out: Candidate[] = [];
    for (const slot of new Set([...stems.keys(), ...runs])) {
      const record = this.slots[slot];
      const shared = stems.get(slot) ?? 0;
      if (!record || record.article === q.article || (shared < minStems && !runs.has(slot))) continue;
      out.push({ record, stems: shared, run: runs.has(slot) });
    }
    return out;
  }

  /** The speakers filed under `q`'s keys whom `q`'s speaker may be. */
  private speakersFor(q: LinkRecord): string[] {
    const seen = new Set<string>();
    for (const k of q.speakerKeys) for (const c of this.speakers.get(k) ?? []) seen.add(c);
    const out: string[] = [];
    for (const c of seen) {
      const agreement = compareSpeakers(q.speaker, speakerOfCanon(c));
      if (agreement !== 'different' && agreement !== 'unknown') out.push(c);
    }
    return out;
  }

  private compact(): void {
    const live = this.records();
    this.slots = [];
    this.slotOf.clear();
    this.postings.clear();
    this.speakers.clear();
    this.removed = 0;
    for (const r of live) this.add(r);
  }
}
