/** What a layout returns: everything needed to draw one graphic in one state, and nothing else. */
export interface Scene {
  width: number;
  height: number;
  /** States the finding, e.g. "Unrest reached 14 cities in three days". */
  title: string;
  /** Generated from the data: the text alternative of the drawing. */
  description: string;
  marks: Mark[];
  /** Geometry shared by many states (a base map), drawn once per page and referenced by `use` marks. */
  symbols?: SceneSymbol[];
}

export type MarkKind = 'path' | 'circle' | 'rect' | 'line' | 'text' | 'use';

/** One drawn element. `key` is stable across states so the browser can tween it; attrs are rounded numbers or strings. */
export interface Mark {
  kind: MarkKind;
  key: string;
  className?: string;
  attrs: Record<string, number | string>;
  /** Text content of a `text` mark. */
  text?: string;
  /** Tooltip and accessible name of the mark (rendered as an SVG <title>). */
  label?: string;
  /**
   * A data point a reader may look up one by one: it takes keyboard focus, and the figure exposes it to assistive
   * technology as an image named by its label. Needs a label.
   */
  focusable?: boolean;
}

/** A reusable group of marks, rendered as <symbol id="…">. */
export interface SceneSymbol {
  id: string;
  width: number;
  height: number;
  marks: Mark[];
}

/** Rounds to two decimals: small enough for stable snapshots, fine enough for any screen. */
export const round = (n: number): number => Math.round(n * 100) / 100;
