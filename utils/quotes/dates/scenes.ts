import type { Quote, QuoteDate } from '../../types';
import { escapeRegExp } from '../../regexp';

// A scene: an occasion with many voices that a story dates once and then tells at length. "At a
// hearing last month of the House appropriations subcommittee, Rep. Robert Aderholt pushed for
// greater use of SLS." is followed by a dozen paragraphs of questions and answers, none dated
// again: what they quote was said at the hearing. A quote with no date of its own takes the date
// of the scene the story is in, while the story stays with it: within `reach` paragraphs of the
// scene or of the last quote that took its date, until another scene opens.
//
// A dated occasion is not always a scene the story goes on to tell: "it posted a series of tweets
// during Tuesday's debate" is followed by reactions told to the BBC the next day. The story shows
// it is at the occasion when the first undated quote after it is of someone the sentence that
// dated it names (Aderholt), or when a quote after it is dated by its own words to that day
// ("Vindman told lawmakers", at the hearing dated before); otherwise the scene is not taken up.
// An occasion named inside a quote ("…within weeks of an October news conference, trade experts
// say") is the speaker's, not the story's. And a speaker the story heard at another dated
// occasion before the scene opened (last week's hearing, quoted again in passing) keeps it.

/** An occasion the story dated: the paragraph and place that dated it, the sentence it is in
 * (quotations masked) and where that starts, and its date. */
export interface Scene {
  paragraph: number;
  index: number;
  sentence: string;
  sentenceStart: number;
  date: QuoteDate;
}

/** Whether the story is at a scene: not yet known, shown, or not taken up. */
type Standing = 'open' | 'shown' | 'void';

export class SceneDates {
  private at = -1;
  private standing: Standing = 'void';
  private lastUse = -1;
  /** Each speaker's last dated quote: the paragraph, and the day. */
  private readonly placed = new Map<string, { paragraph: number; iso: string }>();
  private readonly scenes: Scene[];

  /** `scenes` in the order the story opens them; `quotes`, all of the story's. */
  constructor(
    scenes: Scene[],
    quotes: Quote[],
    private readonly reach: number,
  ) {
    this.scenes = scenes.filter(
      (s) =>
        !quotes.some((q) => q.anchor.paragraph === s.paragraph && q.anchor.start <= s.index && s.index < q.anchor.end),
    );
  }

  /** `q` is dated by its own words: its speaker was at that occasion, and a quote dated so to the
   * scene's own day shows the story is there. */
  place(who: string | undefined, q: Quote): void {
    if (!q.date) return;
    if (who) this.placed.set(who, { paragraph: q.anchor.paragraph, iso: q.date.iso });
    const scene = this.sceneAt(q.anchor.paragraph);
    if (scene && this.standing === 'open' && q.date.words && q.date.iso === scene.date.iso) this.standing = 'shown';
  }

  /** The date of the scene `q` was said in, if it is in one. */
  dateOf(who: string | undefined, q: Quote): QuoteDate | null {
    const pi = q.anchor.paragraph;
    const scene = this.sceneAt(pi);
    if (!scene || this.standing === 'void' || pi - this.lastUse > this.reach) return null;
    if (this.standing === 'open') this.standing = names(scene.sentence, q.speaker.name) ? 'shown' : 'void';
    if (this.standing === 'void') return null;
    const was = who ? this.placed.get(who) : undefined;
    if (was && was.paragraph < scene.paragraph && was.iso !== scene.date.iso) return null;
    this.lastUse = pi;
    const own =
      pi === scene.paragraph &&
      q.anchor.start >= scene.sentenceStart &&
      q.anchor.start < scene.sentenceStart + scene.sentence.length;
    if (own && who) this.placed.set(who, { paragraph: pi, iso: scene.date.iso }); // "said Babin during a hearing last week"
    return { ...scene.date };
  }

  /** The last scene opened at or before paragraph `pi`. */
  private sceneAt(pi: number): Scene | null {
    let i = this.at;
    while (i + 1 < this.scenes.length && this.scenes[i + 1].paragraph <= pi) i++;
    if (i !== this.at) {
      this.at = i;
      this.standing = 'open';
      this.lastUse = this.scenes[i].paragraph;
    }
    return i < 0 ? null : this.scenes[i];
  }
}

/** Whether `sentence` names the speaker (by the last word of the name: "Aderholt"). */
function names(sentence: string, name: string | null): boolean {
  const key = name
    ?.split(/\s+/)
    .at(-1)
    ?.replace(/['’]s$/, '');
  return !!key && key.length > 2 && new RegExp(`\\b${escapeRegExp(key)}\\b`, 'i').test(sentence);
}
