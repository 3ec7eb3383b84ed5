import type { Datasets } from '../lib/data/datasets';
import type { Frame } from '../lib/frames';
import type { Scene } from '../lib/scene';
import type { GraphicId } from './index';

/** One column of a graphic's data table. */
export interface TableColumn {
  key: string;
  label: string;
  numeric?: boolean;
}

/** The numbers behind one state of a graphic, each row with the sources that state it. */
export interface DataTable {
  caption: string;
  columns: TableColumn[];
  rows: { cells: Record<string, string>; sources: string[] }[];
}

/** Under every figure: who stated its figures and when, and the ids of those sources. */
export interface Credit {
  text: string;
  sources: string[];
}

/** Everything the site needs from a graphic: pure functions of the datasets, a state and a frame. */
export interface GraphicDefinition<S extends string = string> {
  id: GraphicId;
  states: readonly S[];
  /** Short label of a state for controls and date stamps ("5 Jan", "Final toll"). */
  stateLabel(state: S): string;
  scene(data: Datasets, state: S, frame: Frame): Scene;
  table(data: Datasets, state: S): DataTable;
  credit(data: Datasets, state: S): Credit;
}
