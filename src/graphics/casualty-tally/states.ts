/** The states a step may ask the casualty graphic for, in story order. */
export const states = ['first-reports', 'jan-07', 'retracted', 'january', 'final', 'injured', 'detained', 'by-city'] as const;
export type CasualtyTallyState = (typeof states)[number];
