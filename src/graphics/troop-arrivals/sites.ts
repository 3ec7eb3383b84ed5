import type { Datasets } from '../../lib/data/datasets';
import type { Frame } from '../../lib/frames';
import type { Mark } from '../../lib/scene';
import { text } from './figureRow';
import { textWidth, wrapText, type Box } from './textMetrics';

/** What each contingent guarded, as the datasets word it: a bold country name and its sites. */
export function siteMarks(data: Datasets, frame: Frame, box: Box): Mark[] {
  const size = frame.fontSize - (frame.id === 'phone' ? 2 : 1);
  const lh = size + 2.5;
  const nameWidth = Math.max(...data.troopContingents.map((c) => textWidth(c.country, size, true))) + 8;
  const marks: Mark[] = [text('sites-head', 'troop-head is-bold', box.x, box.y + size, size, 'What they guarded, as reported')];
  let y = box.y + size + lh + 4;
  for (const c of data.troopContingents) {
    if (!c.guardedSites.length) continue;
    marks.push(text(`sites-${c.id}-name`, 'troop-row-name is-bold', box.x, y, size, c.country));
    const lines = wrapText(c.guardedSites.join('; '), box.width - nameWidth, size);
    lines.forEach((l, i) => {
      marks.push(text(`sites-${c.id}-${i}`, 'troop-site', box.x + nameWidth, y, size, l));
      y += lh;
    });
    y += 1.5;
  }
  return marks;
}
