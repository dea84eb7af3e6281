import { describe, expect, it } from 'vitest';
import { SpeakerRegistry } from '../../utils/quotes/names';

// The coreference is read only when a pronoun is first resolved, after some speakers have been
// credited and added to the registry; it must read the registry as registration left it, or the
// same article would resolve its pronouns differently depending on which quote asked first.

describe('the registry as it stands', () => {
  it('answers later lookups as the registry stood, not with the speakers credited since', () => {
    const registry = new SpeakerRegistry();
    const kanani = registry.addPerson('Nasser Kanani', null, 0);
    const view = registry.asItStands();
    // credited later: a second Kanani, a surname alone, a name the view never had
    registry.addPerson('Ali Kanani', 'spokesman', 3);
    registry.entities.push({ name: 'Burns', kind: 'person', role: null, first: 4 });
    registry.addPerson('William Burns', 'director', 4);
    expect(view.bySurname('Kanani')).toBe(kanani);
    expect(view.bySurname('Burns')).toBeNull();
    expect(view.byName('William Burns')).toBeNull();
    expect(view.byName('nasser kanani')).toBe(kanani);
    // while the registry itself sees them
    expect(registry.byName('William Burns')?.role).toBe('director');
  });

  it('keeps the roles entities had, though a later credit gives one a role', () => {
    const registry = new SpeakerRegistry();
    const reed = registry.addPerson('John Reed', null, 0);
    const view = registry.asItStands();
    registry.addPerson('John Reed', 'spokeswoman', 2);
    expect(reed.role).toBe('spokeswoman');
    expect(view.roles).toEqual([{ e: reed, role: null }]);
  });
});
