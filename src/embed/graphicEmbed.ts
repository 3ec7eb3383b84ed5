import { parseEmbedParams } from '../lib/embedParams';
import { dispatchStep } from '../lib/stepEvent';
import type { EmbedControls } from './embedControls';
import { HeightReporter } from './heightReporter';

/**
 * <graphic-embed data-graphic="…" data-states="a b c">: an embed page's behaviour. Reads the URL parameters,
 * applies theme and plain, shows the asked-for state (a still) or starts the step-through, and reports its height.
 */
export class GraphicEmbed extends HTMLElement {
  #reporter: HeightReporter | null = null;

  connectedCallback() {
    const states = (this.dataset.states ?? '').split(' ').filter(Boolean);
    const params = parseEmbedParams(location.search, states);
    const root = document.documentElement;
    root.dataset.theme = params.theme;
    root.toggleAttribute('data-plain', params.plain);
    // A still shows one state, with no controls under it to keep in place: its drawing may end at that state's foot.
    root.toggleAttribute('data-still', Boolean(params.step || params.static));
    this.#reporter = new HeightReporter({ childId: params.childId, src: location.href });
    this.#reporter.start();
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
