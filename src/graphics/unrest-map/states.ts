/** The states a step may ask the unrest map for, in story order. */
export const states = ['jan-02', 'jan-04', 'jan-05', 'jan-06', 'jan-07', 'deaths-by-city'] as const;
export type UnrestMapState = (typeof states)[number];
