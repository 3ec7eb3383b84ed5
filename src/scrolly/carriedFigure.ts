import { beforePrint } from '../lib/beforePrint';

/**
 * In step-through, a step that shares the figure of the step before it (the same state) shows that figure's parts
 * (source line, downloads, table, embed code) after its own text and link. The figure is moved into the step while
 * it is shown, rather than shown in the other step's place and put after the text by the stylesheet, so the
 * keyboard reaches its links where the eye does. It goes back for print and when the step or the mode changes:
 * the page, paper and the other modes show each figure after the first step of its state.
 */
export class CarriedFigure {
  #moved: { figure: Element; home: Node; next: Node | null } | null = null;
  #wanted: { from: Element; into: Element } | null = null;
  #printing = false;
  readonly #stopPrintWatch = beforePrint(
    () => {
      this.#printing = true;
      this.#putBack();
    },
    () => {
      this.#printing = false;
      this.#apply();
    },
  );

  /** Shows the figure of the passage card `from` at the end of the card `into`, or, with null, each in its place. */
  carry(from: Element | null, into: Element | null) {
    this.#wanted = from && into ? { from, into } : null;
    this.#apply();
  }

  /** Puts the figure back and stops following print. */
  stop() {
    this.carry(null, null);
    this.#stopPrintWatch();
  }

  #apply() {
    // Back first: the figure wanted may be the one shown elsewhere now (the next step shares it too).
    this.#putBack();
    const figure = this.#wanted?.from.querySelector(':scope > .step-figure');
    if (!figure || this.#printing) return;
    this.#moved = { figure, home: figure.parentNode!, next: figure.nextSibling };
    this.#wanted!.into.append(figure);
  }

  #putBack() {
    if (!this.#moved) return;
    const { figure, home, next } = this.#moved;
    home.insertBefore(figure, next);
    this.#moved = null;
  }
}
