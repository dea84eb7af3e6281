import { describe, expect, it } from 'vitest';
import { VOCABULARIES } from '../../utils/boilerplate/vocab';
import { literalText, mayMatch, requiredLiterals } from '../../utils/boilerplate/vocab/literals';
import { literalScanner } from '../../utils/boilerplate/vocab/literal-scan';
import { loadLabelled } from './labelled';

describe('requiredLiterals', () => {
  it('reads the plain words outside groups, classes and escapes', () => {
    expect(requiredLiterals(/\bwe use cookies\b/i)).toEqual(['we use cookies']);
    expect(requiredLiterals(/\bsupport (us|our (work|journalism))\b/i)).toEqual(['support ']);
    expect(requiredLiterals(/\bunterstützen sie\b/i)).toEqual(['unterstützen sie']);
    expect(requiredLiterals(/(?<![\p{L}\p{N}_])поддержите(?![\p{L}\p{N}_])/iu)).toEqual(['поддержите']);
    // a character of a script without spaces weighs two: a two-character word is a literal
    expect(requiredLiterals(/メールマガジン|订阅/)).toEqual(['メールマガジン', '订阅']);
  });
  it('reads escaped punctuation as itself', () => {
    expect(requiredLiterals(/doubleclick\.net|\/ads?\//i)).toEqual(['doubleclick.net', '/ad']);
    expect(requiredLiterals(/\bcomment\s*\(required\)/i)).toEqual(['(required)']);
  });
  it('drops what a quantifier makes optional, and the digits of a counted one', () => {
    expect(requiredLiterals(/\bcookies? to (improve|give)\b/i)).toEqual(['cookie']);
    expect(requiredLiterals(/\bjoined (the|our) .{0,400}(in|as)\b/i)).toEqual(['joined ']);
  });
  it('asks one literal of every alternative, or promises nothing', () => {
    expect(requiredLiterals(/\bcontribut(e|ion) now|\bevery contribution\b/i)).toEqual([
      'contribut',
      'every contribution',
    ]);
    expect(requiredLiterals(/©|\(c\) \d{4}|\bcopyright\b/i)).toBeNull();
    expect(requiredLiterals(/\bdonat(e|ion|ions)\b/i)).toEqual(['donat']);
  });
  it('takes a group that must match as the set of its alternatives, never an optional one or a lookaround', () => {
    expect(requiredLiterals(/\b(please|can you) (support|donate)\b/i)).toEqual(['please', 'can you']);
    expect(requiredLiterals(/\b(facebook|twitter)\b/i)).toEqual(['facebook', 'twitter']);
    expect(requiredLiterals(/^(photo|imagery)?:/i)).toBeNull();
    expect(requiredLiterals(/x(?=cookie)y/i)).toBeNull();
    expect(requiredLiterals(/x(?<!cookie)y(?!cookie)z/i)).toBeNull();
    expect(requiredLiterals(/ab((cookie)){0,2}/i)).toBeNull();
    expect(requiredLiterals(/ab((cookie)){1,2}/i)).toEqual(['cookie']);
    expect(requiredLiterals(/(?<kind>widget|gadget)s/i)).toEqual(['widget', 'gadget']);
  });
  it('never reads inside \\p{…}, classes or backreferences', () => {
    expect(requiredLiterals(/^(\p{Lu}{2,6} )?(contributor)\b/u)).toEqual(['contributor']);
    expect(requiredLiterals(/^\p{Lu}{2,6} \u0041BC/u)).toBeNull();
    expect(requiredLiterals(/[abcdef]{3}xy/)).toBeNull();
    expect(requiredLiterals(new RegExp('(ab)\\1234'))).toBeNull();
  });
  it('leaves stateful patterns and literal braces alone', () => {
    expect(requiredLiterals(/newsletter/gi)).toBeNull();
    expect(requiredLiterals(/abc{x}def/)).toBeNull();
  });
});

describe('mayMatch', () => {
  it('finds the literal whatever the case, the long s included', () => {
    const lit = requiredLiterals(/\bnewsletters?\b/iu);
    expect(mayMatch(lit, literalText('Our NEWSLETTER'))).toBe(true);
    expect(mayMatch(requiredLiterals(/\bsubscribe to (our|the)\b/iu), literalText('ſubscribe to our'))).toBe(true);
    expect(mayMatch(lit, literalText('Our news letter'))).toBe(false);
  });
  it('finds a Cyrillic literal written with an old letter form that folds to its letter', () => {
    const re = /(?<![\p{L}\p{N}_])рассылк/iu;
    expect(re.test('РАᲃᲃЫЛКА')).toBe(true);
    expect(mayMatch(requiredLiterals(re), literalText('РАᲃᲃЫЛКА'))).toBe(true);
  });
  it('finds every character a case-insensitive pattern matches to a character of a vocabulary literal', () => {
    // A text character x matches a pattern's character p (case-insensitively, with or without the
    // u flag) only if literalText(x) is the literal's character literalText(p): checked for every
    // character of every literal the vocabularies promise, against every character of Unicode.
    const literals = VOCABULARIES.flatMap((v) =>
      [...v.phrases, ...v.headings, ...v.hrefs].flatMap((re) => requiredLiterals(re) ?? []),
    );
    const used = new Set([...literals.join('')]);
    const everything: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) everything.push(String.fromCodePoint(cp));
    // the pattern characters that could have given each literal character
    const sources = new Map<string, string[]>();
    for (const p of everything) {
      const c = literalText(p);
      if (used.has(c)) sources.set(c, [...(sources.get(c) ?? []), p]);
    }
    const text = everything.join('');
    // every code unit as \uXXXX: a pair stands for its character under the u flag
    const escape = (ch: string) =>
      Array.from({ length: ch.length }, (_, k) => '\\u' + ch.charCodeAt(k).toString(16).padStart(4, '0')).join('');
    const wrong: string[] = [];
    for (const [c, ps] of sources)
      for (const p of ps)
        for (const flags of ['gi', 'giu'])
          for (const [x] of text.matchAll(new RegExp(escape(p), flags)))
            if (literalText(x) !== c) wrong.push(`${p} (${flags}) matches ${x}, read as ${literalText(x)}`);
    expect(wrong).toEqual([]);
    expect(used.size).toBeGreaterThan(40);
    // nor is a literal character the second half of one that lower-cases to two (the dotted I)
    expect(literals.filter((l) => /\p{M}/u.test(l))).toEqual([]);
  });
  it('never rules out a vocabulary phrase on a text it matches', () => {
    // every labelled block, plus strings built to hit the patterns' edges
    const texts = [...loadLabelled('blocks.json').blocks, ...loadLabelled('heldout.json').blocks].map((b) => b.text);
    texts.push(
      'WE USE COOKIES',
      'Cookie Policy',
      'ſign up for',
      'Donation',
      'dear reader',
      'Sign Up To our',
      'Is composed of 12 journalists',
      'Share on Facebook',
      'She is a Fellow',
      '12K followers',
      '© 2020 (c) 2021 Copyright',
    );
    let matched = 0;
    for (const v of VOCABULARIES) {
      for (const re of v.phrases) {
        const lit = requiredLiterals(re);
        for (const t of texts) {
          if (!re.test(t)) continue;
          matched++;
          expect(mayMatch(lit, literalText(t)), `${re} on ${t.slice(0, 60)}`).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(50);
  });

  it('never rules out a vocabulary heading on a heading it matches', () => {
    // the classifier skips a heading pattern whose literals the block's heading lacks
    const headings = [...loadLabelled('blocks.json').blocks, ...loadLabelled('heldout.json').blocks].flatMap((b) => [
      b.text.slice(0, 60),
      b.text.split(/[.!?\n]/)[0],
    ]);
    headings.push(
      'Most Read',
      'RELATED STORIES',
      'A message from The Editor',
      'Leave a Reply',
      'Share this:',
      'Читайте также',
    );
    let matched = 0;
    for (const v of VOCABULARIES) {
      for (const re of v.headings) {
        const lit = requiredLiterals(re);
        for (const h of headings) {
          if (!re.test(h)) continue;
          matched++;
          expect(mayMatch(lit, literalText(h)), `${re} on ${h}`).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(30);
  });
});

describe('literalScanner', () => {
  it('finds overlapping and nested literals in one pass', () => {
    const sc = literalScanner(['cookie', 'cookies', 'we use cookies', 'use', 'kies', 'newsletter', '订阅号']);
    const found = sc.scan('we use cookies and 订阅号');
    expect(['cookie', 'cookies', 'we use cookies', 'use', 'kies', '订阅号'].every((l) => found[sc.idOf(l)] === 1)).toBe(
      true,
    );
    expect(found[sc.idOf('newsletter')]).toBe(0);
    expect(sc.scan('cookiecookies')[sc.idOf('cookies')]).toBe(1);
    expect(sc.scan('weuse cookie')[sc.idOf('we use cookies')]).toBe(0);
  });
  it('agrees with includes on every vocabulary literal and labelled block', () => {
    const literals = [...new Set(VOCABULARIES.flatMap((v) => v.phrases.flatMap((re) => requiredLiterals(re) ?? [])))];
    const sc = literalScanner(literals);
    const texts = [...loadLabelled('blocks.json').blocks, ...loadLabelled('heldout.json').blocks].map((b) =>
      literalText(b.text),
    );
    for (const t of texts) {
      const found = sc.scan(t);
      for (const l of literals) expect(found[sc.idOf(l)] === 1, `${l} in ${t.slice(0, 60)}`).toBe(t.includes(l));
    }
  });
});
