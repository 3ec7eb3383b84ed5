import type { z } from 'astro/zod';
import { DATA_DIR, datasetNames, datasetSpecs, type DatasetName, type Datasets } from './datasets';

/** One problem in the data: where it is and what is wrong, phrased for the editor who must fix it. */
export interface DataProblem {
  file: string;
  entry: string;
  field: string;
  message: string;
}

/** Thrown when any dataset is invalid; its message lists every problem, one a line. */
export class DataError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(`Invalid data (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` + problems.map(formatProblem).join('\n'));
    this.name = 'DataError';
  }
}

/** `content/data/places.json › entry "almaty" › lat: latitude must be between -90 and 90` */
export function formatProblem(p: DataProblem): string {
  return `  ${p.file} › entry "${p.entry}" › ${p.field}: ${p.message}`;
}

const fieldPath = (path: readonly PropertyKey[]) => path.map(String).join('.') || '(entry)';

function parseDataset(name: DatasetName, raw: unknown, problems: DataProblem[]): unknown[] {
  const { file, schema } = datasetSpecs[name];
  const where = `${DATA_DIR}/${file}`;
  if (!Array.isArray(raw)) {
    problems.push({ file: where, entry: '(file)', field: '(file)', message: 'must be a JSON array of entries' });
    return [];
  }
  const seen = new Set<string>();
  const parsed: unknown[] = [];
  raw.forEach((item, index) => {
    const id = typeof item?.id === 'string' ? item.id : `#${index}`;
    const result = (schema as z.ZodType).safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ file: where, entry: id, field: fieldPath(issue.path), message: issue.message });
      return;
    }
    if (seen.has(id)) problems.push({ file: where, entry: id, field: 'id', message: `duplicate id "${id}"; ids must be unique in ${file}` });
    seen.add(id);
    parsed.push(result.data);
  });
  return parsed;
}

/** Calls `visit(path, ids)` for every `sources` array, however deep, so no figure escapes the source check. */
function walkSources(value: unknown, path: string[], visit: (path: string, ids: string[]) => void) {
  if (Array.isArray(value)) value.forEach((v, i) => walkSources(v, [...path, String(i)], visit));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'sources' && Array.isArray(v)) visit([...path, k].join('.'), v as string[]);
      else walkSources(v, [...path, k], visit);
    }
  }
}

/** The fields of each dataset that name a place id. */
const placeFields: Partial<Record<DatasetName, (e: Record<string, unknown>) => [string, unknown][]>> = {
  unrestEvents: (e) => [['place', e.place]],
  troopContingents: (e) => [['capital', e.capital], ...(e.departedFrom === undefined ? [] : [['departedFrom', e.departedFrom] as [string, unknown]])],
  airlift: (e) => [
    ...((e.from as string[] | undefined) ?? []).map((p, i): [string, unknown] => [`from.${i}`, p]),
    ...((e.to as string[] | undefined) ?? []).map((p, i): [string, unknown] => [`to.${i}`, p]),
  ],
  casualtyReports: (e) => ((e.byCity as { place: string }[] | undefined) ?? []).map((c, i): [string, unknown] => [`byCity.${i}.place`, c.place]),
};

// Ids are taken from the raw files, so one broken place does not cascade into an error on every event that names it.
const rawIds = (raw: unknown) => new Set(Array.isArray(raw) ? raw.map((e) => String((e as { id?: unknown })?.id)) : []);

function checkReferences(data: Datasets, raw: Record<DatasetName, unknown>, problems: DataProblem[]) {
  const sourceIds = rawIds(raw.sources);
  const placeIds = rawIds(raw.places);
  const placeList = [...placeIds].join(', ');
  for (const name of datasetNames) {
    if (name === 'sources') continue;
    const file = `${DATA_DIR}/${datasetSpecs[name].file}`;
    for (const entry of data[name] as Record<string, unknown>[]) {
      const id = String(entry.id);
      walkSources(entry, [], (path, ids) => {
        for (const s of ids) if (!sourceIds.has(s)) problems.push({ file, entry: id, field: path, message: `unknown source id "${s}" (not in ${DATA_DIR}/sources.json)` });
      });
      for (const [field, place] of placeFields[name]?.(entry) ?? []) {
        if (!placeIds.has(String(place))) problems.push({ file, entry: id, field, message: `unknown place id "${String(place)}"; valid places: ${placeList}` });
      }
    }
  }
}

/** Parses raw dataset contents and cross-checks ids; throws DataError naming file, entry, field and reason. */
export function validateDatasets(raw: Record<DatasetName, unknown>): Datasets {
  const problems: DataProblem[] = [];
  const data = Object.fromEntries(datasetNames.map((n) => [n, parseDataset(n, raw[n], problems)])) as Datasets;
  checkReferences(data, raw, problems);
  if (problems.length) throw new DataError(problems);
  return data;
}
