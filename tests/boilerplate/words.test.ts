import { describe, expect, it } from 'vitest';
import { unicodeWords } from '../../utils/boilerplate/vocab/words';

describe('unicodeWords', () => {
  it('makes word boundaries work beside Cyrillic and accented letters', () => {
    expect(unicodeWords(/^(читайте также|по теме)\b/i).test('Читайте также: новое')).toBe(true);
    expect(unicodeWords(/\bпо теме\b/i).test('статьи по теме')).toBe(true);
    expect(unicodeWords(/\b(журналист)\b/i).test('журналистика')).toBe(false);
    expect(unicodeWords(/\b(publié|mis à jour)\b/i).test('Publié le 3 mars')).toBe(true);
  });
  it('leaves ASCII-only boundaries alone (they are fast and already right)', () => {
    const re = /\bnewsletter\b/i;
    expect(unicodeWords(re)).toBe(re);
  });
});
