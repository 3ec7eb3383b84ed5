import { STEP_EVENT } from '../lib/stepEvent';
import { Disposables } from './disposables';

/** What the overlay shows besides the step boxes. */
export interface DebugInfo {
  mode: string;
  triggerY?: number;
  active?: number;
  stableHeight?: number;
  safeLine?: number;
}

const line = (color: string): HTMLElement => {
  const el = document.createElement('div');
  Object.assign(el.style, { position: 'absolute', left: '0', right: '0', height: '0', borderTop: `2px dashed ${color}` });
  return el;
};

/**
 * ?debug: draws the trigger line, the phone safe line, every step box in view with its index, the active index
 * and visualViewport.height. Loaded only when asked for; returns the function that removes every trace of it.
 */
export function mountDebugOverlay(steps: HTMLElement[], info: () => DebugInfo): () => void {
  const bag = new Disposables();
  const layer = document.createElement('div');
  layer.dataset.debugOverlay = '';
  layer.setAttribute('aria-hidden', 'true');
  Object.assign(layer.style, { position: 'fixed', inset: '0', pointerEvents: 'none', zIndex: '2147483000', font: '12px/1.3 monospace' });
  const trigger = line('#d0006f');
  const safe = line('#0072b2');
  const panel = document.createElement('div');
  Object.assign(panel.style, { position: 'absolute', right: '4px', bottom: '4px', background: 'rgba(0,0,0,.75)', color: '#fff', padding: '4px 6px', whiteSpace: 'pre' });
  const boxes = steps.map((_, i) => {
    const b = document.createElement('div');
    Object.assign(b.style, { position: 'absolute', left: '0', border: '1px solid #009e73', color: '#009e73', padding: '2px' });
    b.textContent = String(i);
    return b;
  });
  layer.append(...boxes, trigger, safe, panel);
  document.body.append(layer);
  bag.add(() => layer.remove());
  let frame = 0;
  const draw = () => {
    frame = 0;
    const now = info();
    trigger.style.top = `${now.triggerY ?? -10}px`;
    safe.style.top = `${now.safeLine || -10}px`;
    steps.forEach((s, i) => {
      const r = s.getBoundingClientRect();
      Object.assign(boxes[i]!.style, { top: `${r.top}px`, left: `${r.left}px`, width: `${r.width}px`, height: `${r.height}px`, display: r.height ? 'block' : 'none' });
    });
    const vv = window.visualViewport?.height ?? window.innerHeight;
    panel.textContent = `mode ${now.mode}\nactive ${now.active ?? '-'}\ntrigger ${now.triggerY ?? '-'}px\nsafe line ${now.safeLine ?? '-'}px\nstable height ${now.stableHeight ?? '-'}px\nvisualViewport.height ${Math.round(vv)}px`;
  };
  const soon = () => (frame ||= requestAnimationFrame(draw));
  bag.listen(window, 'scroll', soon, { passive: true });
  bag.listen(window, 'resize', soon);
  if (window.visualViewport) bag.listen(window.visualViewport, 'resize', soon);
  bag.listen(document, STEP_EVENT, soon);
  bag.add(() => cancelAnimationFrame(frame));
  draw();
  return () => bag.dispose();
}
