/** The states a step may ask the casualty graphic for, in story order. */
export const states = ['first-reports', 'jan-07', 'retracted', 'january', 'final', 'injured', 'detained', 'by-city', 'categories'] as const;
/** A state of the casualty graphic. */
export type CasualtyTallyState = (typeof states)[number];

/** The day of the news report the explainer retells (the `jan-07` state). */
export const ARTICLE_DATE = '2022-01-07';

/** What a state draws: which measure, up to which release date, and whether the later months are on the axis. */
export interface StateSpec {
  chart: 'toll' | 'injured' | 'detained' | 'by-city' | 'categories';
  /** Releases after this date are not drawn yet (no limit when absent). */
  asOf?: string;
  /** The broken axis with March 2022 to January 2023 after January. */
  later: boolean;
  /** Figures on the toll line are labelled from this release date on (earlier ones keep their tooltips). */
  labelFrom?: string;
  /** Also note the deaths officials described without a number ("dozens"). */
  unnumbered?: boolean;
  /** Short label for controls and the date stamp. */
  label: string;
}

/** Each state's parameters. */
export const stateSpecs: Record<CasualtyTallyState, StateSpec> = {
  'first-reports': { chart: 'toll', asOf: '2022-01-06', later: false, unnumbered: true, label: '6 Jan' },
  'jan-07': { chart: 'toll', asOf: ARTICLE_DATE, later: false, label: '7 Jan' },
  retracted: { chart: 'toll', asOf: '2022-01-09', later: false, label: '9 Jan' },
  january: { chart: 'toll', asOf: '2022-01-15', later: false, labelFrom: '2022-01-07', label: '15 Jan' },
  final: { chart: 'toll', later: true, labelFrom: '2022-01-15', label: 'Final toll' },
  injured: { chart: 'injured', later: true, label: 'Injured' },
  detained: { chart: 'detained', later: true, label: 'Detained' },
  'by-city': { chart: 'by-city', label: 'By city', later: false },
  categories: { chart: 'categories', label: 'Categories', later: false },
};
