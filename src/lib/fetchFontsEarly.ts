import { whenIdle } from './whenIdle';

/**
 * Once the page has loaded and the browser is idle, fetches the font files that the text of `parts` (selectors under
 * `root`, each for text set in one font) will need when it is first laid out.
 *
 * A face comes as one file per script (Latin, Latin Extended, Cyrillic, ...), and a browser fetches a file only when
 * text that needs it is laid out. When one arrives, Chromium lays out the whole page again. Text laid out only as the
 * reader nears it (the sources, whose titles and excerpts are in Russian, Kazakh, Latvian and Romanian) made those
 * files arrive mid-scroll, each with a long task on a slow phone. Fetched after load they arrive while the reader is
 * at the top, where the same layout interrupts nothing. Readers without scripts fetch them as before.
 */
export function fetchFontsEarly(root: Element | null, parts: string[]): void {
  if (!root || !document.fonts) return;
  const fetchAll = () => {
    for (const selector of parts) {
      const elements = [...root.querySelectorAll(selector)];
      if (!elements.length) continue;
      // One element stands for all: the selectors are chosen so that their elements share a font.
      const { fontStyle, fontWeight, fontFamily } = getComputedStyle(elements[0]!);
      // The web font only: the metric-matched fallback after it is a local font a reader may not have.
      const family = fontFamily.split(',')[0]!;
      const text = [...new Set(elements.map((e) => e.textContent ?? '').join(''))].join('');
      // Fetches only the files whose ranges the text touches. A file that fails is fetched again when its text is
      // laid out, as it would have been without this, so a failure here needs no handling.
      document.fonts.load(`${fontStyle} ${fontWeight} 16px ${family}`, text).catch(() => {});
    }
  };
  // Idle time, or two seconds at the latest: a page that stays busy still gets the files before the reader is there.
  const soon = () => whenIdle(fetchAll, 2000);
  if (document.readyState === 'complete') soon();
  else addEventListener('load', soon, { once: true });
}
