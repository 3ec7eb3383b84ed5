/** The states a step may ask the troop graphic for, in story order. */
export const states = ['appeal', 'landings', 'airlift', 'contingents', 'guarded', 'withdrawal'] as const;
export type TroopArrivalsState = (typeof states)[number];
