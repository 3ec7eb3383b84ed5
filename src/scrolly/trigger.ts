/** Width from which passages sit beside the stage rather than passing over it (matches the CSS breakpoint). */
export const DESKTOP_QUERY = '(min-width: 64em)';

/** Where the trigger line sits, as a share of the viewport height: mid-screen on desktops, lower on phones. */
export const TRIGGER_SHARE = { desktop: 0.5, phone: 0.7 } as const;

/** The trigger line in viewport pixels for a stable viewport height. */
export function triggerLine(stableHeight: number, desktop: boolean): number {
  return Math.round(stableHeight * (desktop ? TRIGGER_SHARE.desktop : TRIGGER_SHARE.phone));
}
