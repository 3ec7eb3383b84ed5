import { dispatchStep } from '../lib/stepEvent';
import type { EmbedControls } from './embedControls';
import type { HeightReporter } from './heightReporter';
import { whenParsed } from '../lib/whenParsed';
import { startEmbedPage } from './startEmbedPage';

/**
 * <graphic-embed data-graphic="…" data-states="a b c">: the step-through page's behaviour. Applies the URL's options
 * and reports the height (startEmbedPage), then starts the step-through; or, for a query that asks for one state
 * (`?step=`, what a step's snippet named before each state had a page of its own) or for a still (`?static=1`),
 * shows that.
 */
export class GraphicEmbed extends HTMLElement {
  #reporter: HeightReporter | null = null;

  connectedCallback() {
    whenParsed(() => {
      if (this.isConnected) this.#start();
    });
  }

  #start() {
    const states = (this.dataset.states ?? '').split(' ').filter(Boolean);
    // A still shows one state, with no controls under it to keep in place: its drawing may end at that state's foot.
    const { params, reporter } = startEmbedPage(states, (p) => Boolean(p.step || p.static));
    this.#reporter = reporter;
    const index = params.step ? states.indexOf(params.step) : 0;
    void Promise.all(['scene-graphic', 'embed-controls'].map((tag) => customElements.whenDefined(tag))).then(() => {
      if (index > 0) dispatchStep({ graphic: this.dataset.graphic ?? '', state: states[index]!, index, direction: 1, instant: true });
      if (params.step || params.static) return;
      this.querySelector<EmbedControls>('embed-controls')?.start(index);
    });
  }

  disconnectedCallback() {
    this.#reporter?.stop();
    this.#reporter = null;
  }
}

if (!customElements.get('graphic-embed')) customElements.define('graphic-embed', GraphicEmbed);
