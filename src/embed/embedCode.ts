/** Copies `text` to the clipboard; where the browser refuses, selects it in `field` for the reader to copy. */
async function copy(text: string, field: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field.select();
    return false;
  }
}

/** <embed-code>: each "Copy code" button copies the snippet in the text box beside it and says so. */
export class EmbedCode extends HTMLElement {
  connectedCallback() {
    this.addEventListener('click', this.#onClick);
  }

  disconnectedCallback() {
    this.removeEventListener('click', this.#onClick);
  }

  #onClick = async (e: Event) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-copy]');
    const field = button?.parentElement?.querySelector('textarea');
    if (!button || !field) return;
    const ok = await copy(field.value, field);
    const status = this.querySelector('[data-copied]');
    if (status) status.textContent = ok ? 'Embed code copied.' : 'The code is selected: press Ctrl+C or ⌘C to copy it.';
    button.textContent = ok ? 'Copied' : 'Copy code';
  };
}

if (!customElements.get('embed-code')) customElements.define('embed-code', EmbedCode);
