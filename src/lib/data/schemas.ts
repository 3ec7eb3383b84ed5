import { z } from 'astro/zod';

/** Calendar dates the explainer may cite: the unrest and the official accounting that followed. */
export const DATE_MIN = '2021-12-01';
export const DATE_MAX = '2023-12-31';

export const confidenceLabels = ['confirmed', 'single-source', 'disputed'] as const;
export const eventKinds = ['protest', 'clashes', 'building-stormed', 'gunfire', 'looting', 'curfew', 'calm', 'other'] as const;
export const troopStatuses = ['official', 'estimate', 'unknown', 'computed'] as const;

const isRealDate = (s: string) => {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

/** A calendar date in Kazakhstan, YYYY-MM-DD, within the explainer's period. */
export const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD' })
  .refine(isRealDate, { message: 'is not a real calendar date' })
  .refine((s) => s >= DATE_MIN && s <= DATE_MAX, { message: `must be between ${DATE_MIN} and ${DATE_MAX}` });

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, { message: 'must be lowercase letters, digits, - or _' });
const count = z.number().int({ message: 'must be a whole number' }).nonnegative({ message: 'must not be negative' });
const confidence = z.enum(confidenceLabels, {
  error: () => `must be one of: ${confidenceLabels.join(', ')}`,
});
const sourceRefs = z.array(z.string()).min(1, { message: 'needs at least one source' });

/** One stored source: where a value was stated, with the verbatim excerpt. */
export const sourceSchema = z.object({
  id: idSchema,
  outlet: z.string().min(1),
  title: z.string().min(1),
  url: z.url().nullable(),
  published: dateSchema.nullable(),
  excerpt: z.string().min(1),
});

/** A number as it was stated: `value` is null where the statement gave no number ("dozens"). */
export const figureSchema = z.object({
  value: count.nullable(),
  text: z.string().min(1),
  sources: z.array(z.string()).optional(),
  alternatives: z
    .array(z.object({ value: count.nullable(), text: z.string(), statedBy: z.string(), sources: z.array(z.string()).optional() }))
    .optional(),
});

export const placeSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  nameCurrent: z.string().min(1),
  nameKk: z.string().optional(),
  nameRu: z.string().optional(),
  region: z.string().optional(),
  country: z.string(),
  lat: z.number().min(-90, { message: 'latitude must be between -90 and 90' }).max(90, { message: 'latitude must be between -90 and 90' }).optional(),
  lon: z.number().min(-180, { message: 'longitude must be between -180 and 180' }).max(180, { message: 'longitude must be between -180 and 180' }).optional(),
  role: z.string(),
  confidence,
  notes: z.string().optional(),
  sources: sourceRefs,
});

export const unrestEventSchema = z.object({
  id: idSchema,
  date: dateSchema,
  place: z.string(),
  kind: z.enum(eventKinds, { error: () => `must be one of: ${eventKinds.join(', ')}` }),
  timeOfDay: z.string().optional(),
  description: z.string().min(1),
  confidence,
  notes: z.string().optional(),
  sources: sourceRefs,
});

export const keyEventSchema = z.object({
  id: idSchema,
  date: dateSchema,
  timeLocal: z.string().optional(),
  event: z.string().min(1),
  details: z.string().optional(),
  confidence,
  notes: z.string().optional(),
  sources: sourceRefs,
});

/** A troop figure with its status: official, a press estimate, unknown, or computed by us (never shown as stated). */
export const troopFigureSchema = z.object({
  value: count.nullable(),
  text: z.string().min(1),
  status: z.enum(troopStatuses, { error: () => `must be one of: ${troopStatuses.join(', ')}` }),
  statedBy: z.string().optional(),
  statedOn: dateSchema.optional(),
  sources: sourceRefs,
});

export const contingentSchema = z.object({
  id: idSchema,
  country: z.string(),
  capital: z.string(),
  troops: troopFigureSchema,
  vehicles: troopFigureSchema.optional(),
  estimates: z.array(troopFigureSchema),
  guardedSites: z.array(z.string()),
  units: z.string().optional(),
  equipment: z.string().optional(),
  firstArrivalDate: dateSchema.optional(),
  firstArrivalNotes: z.string().optional(),
  withdrawalStartDate: dateSchema.optional(),
  withdrawalEndDate: dateSchema.optional(),
  /** The place (an id in places.json) the contingent flew home from, where a source names it. */
  departedFrom: z.string().optional(),
  guarded: z.string().optional(),
  commander: z.string().optional(),
  confidence,
  notes: z.string().optional(),
  sources: sourceRefs,
});

export const troopTotalSchema = z.object({
  id: idSchema,
  kind: z.enum(['plan', 'context', 'press-sum', 'official', 'statement', 'unexplained']),
  figure: troopFigureSchema,
  equipment: troopFigureSchema.optional(),
  confidence,
  notes: z.string().optional(),
  sources: sourceRefs,
});

export const airliftSchema = z.object({
  id: idSchema,
  date: dateSchema,
  direction: z.enum(['in', 'out']),
  aircraft: z.object({ value: count.nullable(), text: z.string() }),
  from: z.array(z.string()).optional(),
  to: z.array(z.string()).optional(),
  description: z.string(),
  confidence,
  notes: z.string().optional(),
  sources: sourceRefs,
});

export const casualtyReportSchema = z.object({
  id: idSchema,
  released: dateSchema.nullable(),
  releasedNote: z.string().optional(),
  timeLocal: z.string().optional(),
  releasedBy: z.string(),
  issuer: z.enum(['official', 'independent', 'press']),
  scope: z.string(),
  status: z.enum(['reported', 'retracted', 'disputed']),
  killedTotal: figureSchema.optional(),
  killedSecurity: figureSchema.optional(),
  killedOther: figureSchema.optional(),
  killedOtherLabel: z.string().optional(),
  /** How an office classed the dead, each group in its wording; `short` is a shorter form of it for titles. */
  killedCategories: z.array(z.object({ label: z.string().min(1), short: z.string().min(1).optional(), value: count, sources: sourceRefs })).optional(),
  /** Who classed the dead, where only one of a joint release's bodies did ("Prosecutor General"). */
  killedCategoriesStatedBy: z.string().optional(),
  injured: figureSchema.optional(),
  injuredSecurity: figureSchema.optional(),
  injuredOther: figureSchema.optional(),
  detained: figureSchema.optional(),
  byCity: z.array(z.object({ place: z.string(), killed: count, sources: sourceRefs })).optional(),
  /** Who gave the deaths by city, where only one of a joint release's bodies did ("Prosecutor General"). */
  byCityStatedBy: z.string().optional(),
  independentCounts: z.array(z.object({ value: count, text: z.string(), sources: sourceRefs })).optional(),
  retraction: z.object({ text: z.string(), sources: sourceRefs }).optional(),
  confidence,
  notes: z.string().optional(),
  sources: sourceRefs,
});

export const sourceConflictSchema = z.object({ id: idSchema, text: z.string().min(1) });
export const unsourcedLeadSchema = z.object({ id: idSchema, lead: z.string(), status: z.string(), notes: z.string().optional() });

export type Source = z.infer<typeof sourceSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Place = z.infer<typeof placeSchema>;
export type UnrestEvent = z.infer<typeof unrestEventSchema>;
export type EventKind = (typeof eventKinds)[number];
export type KeyEvent = z.infer<typeof keyEventSchema>;
export type TroopFigure = z.infer<typeof troopFigureSchema>;
export type Contingent = z.infer<typeof contingentSchema>;
export type TroopTotal = z.infer<typeof troopTotalSchema>;
export type Airlift = z.infer<typeof airliftSchema>;
export type CasualtyReport = z.infer<typeof casualtyReportSchema>;
export type SourceConflict = z.infer<typeof sourceConflictSchema>;
export type UnsourcedLead = z.infer<typeof unsourcedLeadSchema>;
