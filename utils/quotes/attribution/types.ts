import type { Mention } from '../names';

/** "Who said" in one sentence: the speech verb, its subject and, for reported speech, its clause. */
export interface Attribution {
  mention: Mention;
  verb: string;
  verbBase: string;
  verbStart: number;
  verbEnd: number;
  /** Where the subject phrase starts (for the date window). */
  subjectStart: number;
  /** Start/end of reported content when it is not in quotation marks. */
  contentStart: number | null;
  contentEnd: number | null;
  inverted: boolean;
}
