import { applyFieldChanges, auditValue, createdFields, diffFields, snapshotOf } from './field-changes.js';

describe('audit field changes', () => {
  it('keeps values as JSON text', () => {
    expect(auditValue('Akava')).toBe('"Akava"');
    expect(auditValue(null)).toBeNull();
    expect(auditValue(undefined)).toBeNull();
    expect(auditValue(['FI', 'SV'])).toBe('["FI","SV"]');
    expect(auditValue(new Date('2026-11-27T10:00:00.000Z'))).toBe('"2026-11-27T10:00:00.000Z"');
    expect(auditValue(3)).toBe('3');
  });

  it('lists only the fields that changed, in field order', () => {
    const before = { name: 'Vanha', notes: 'x', languages: ['FI'] };
    const after = { name: 'Uusi', notes: 'x', languages: ['FI'] };
    expect(diffFields(before, after, ['name', 'notes', 'languages'])).toEqual([{ field: 'name', from: '"Vanha"', to: '"Uusi"' }]);
  });

  it('describes a new record field by field, leaving out empty ones', () => {
    expect(createdFields({ name: 'Uusi', email: null }, ['name', 'email'])).toEqual([{ field: 'name', from: null, to: '"Uusi"' }]);
  });

  it('does not count a reordered list as a change', () => {
    const a = snapshotOf({ languages: ['SV', 'FI'] }, ['languages']);
    const b = snapshotOf({ languages: ['FI', 'SV'] }, ['languages']);
    expect(diffFields(a, b, ['languages'])).toEqual([]);
  });

  it('applies the given fields only: undefined leaves a field, null clears it, and returns what changed', () => {
    const group = { name: 'Nuoret', description: 'Alle 30-vuotiaat' as string | null, hardToReach: true, notes: 'ei muokata' };
    const changes = applyFieldChanges(group, { name: 'Nuoret aikuiset', description: null, hardToReach: true, notes: undefined }, [
      'name',
      'description',
      'hardToReach',
      'notes',
    ]);
    expect(group).toEqual({ name: 'Nuoret aikuiset', description: null, hardToReach: true, notes: 'ei muokata' });
    expect(changes).toEqual([
      { field: 'name', from: '"Nuoret"', to: '"Nuoret aikuiset"' },
      { field: 'description', from: '"Alle 30-vuotiaat"', to: null },
    ]);
  });

  it('leaves fields outside the list alone even when the input names them', () => {
    const area = { code: 'tyo', name: 'Työ' };
    expect(applyFieldChanges(area, { name: 'Työllisyys', code: 'x' } as Partial<Record<'name', unknown>>, ['name'])).toHaveLength(1);
    expect(area).toEqual({ code: 'tyo', name: 'Työllisyys' });
  });
});
