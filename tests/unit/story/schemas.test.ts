import { describe, expect, it } from 'vitest';
import { stepSchema, storyMetaSchema } from '../../../src/lib/story/schemas';

describe('a step names a graphic and a state', () => {
  it('accepts a valid pair', () => {
    expect(stepSchema.safeParse({ graphic: 'unrest-map', state: 'jan-05' }).success).toBe(true);
  });

  it('rejects an unknown graphic with the list of valid graphics', () => {
    const r = stepSchema.safeParse({ graphic: 'unrest-mapp', state: 'jan-05' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['graphic']);
    expect(r.error!.issues[0]!.message).toBe('unknown graphic "unrest-mapp"; valid graphics: unrest-map, troop-arrivals, casualty-tally');
  });

  it('rejects an unknown state with the list of valid states', () => {
    const r = stepSchema.safeParse({ graphic: 'casualty-tally', state: 'jan-08' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['state']);
    expect(r.error!.issues[0]!.message).toBe(
      'unknown state "jan-08" for graphic "casualty-tally"; valid states: first-reports, jan-07, retracted, january, final, injured, detained, by-city, categories',
    );
  });
});

describe('the story meta', () => {
  const meta = { headline: 'h', dek: 'd', byline: 'b', description: 'x' };

  it('takes a publication date after the events', () => {
    expect(storyMetaSchema.safeParse({ ...meta, published: '2026-11-25' }).success).toBe(true);
  });

  it('rejects a date that does not exist', () => {
    const r = storyMetaSchema.safeParse({ ...meta, published: '2026-02-30' });
    expect(r.error!.issues[0]!.message).toBe('must be a real date written YYYY-MM-DD');
  });
});
