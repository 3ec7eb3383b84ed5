import type { z } from 'astro/zod';
import {
  airliftSchema, casualtyReportSchema, contingentSchema, keyEventSchema, placeSchema, sourceConflictSchema,
  sourceSchema, troopTotalSchema, unrestEventSchema, unsourcedLeadSchema,
} from './schemas';

/** Every dataset under content/data: its file and the schema each of its entries must match. */
export const datasetSpecs = {
  sources: { file: 'sources.json', schema: sourceSchema },
  places: { file: 'places.json', schema: placeSchema },
  unrestEvents: { file: 'unrest-events.json', schema: unrestEventSchema },
  keyEvents: { file: 'key-events.json', schema: keyEventSchema },
  troopContingents: { file: 'troop-contingents.json', schema: contingentSchema },
  troopTotals: { file: 'troop-totals.json', schema: troopTotalSchema },
  airlift: { file: 'airlift.json', schema: airliftSchema },
  casualtyReports: { file: 'casualty-reports.json', schema: casualtyReportSchema },
  sourceConflicts: { file: 'source-conflicts.json', schema: sourceConflictSchema },
  unsourcedLeads: { file: 'unsourced-leads.json', schema: unsourcedLeadSchema },
} as const;

export type DatasetName = keyof typeof datasetSpecs;
/** All datasets, parsed and cross-checked. */
export type Datasets = { [K in DatasetName]: z.infer<(typeof datasetSpecs)[K]['schema']>[] };
export const datasetNames = Object.keys(datasetSpecs) as DatasetName[];
export const DATA_DIR = 'content/data';
