import { describe, expect, it } from 'vitest';
import { renderSprite, renderSvg } from '../../../src/lib/renderSvg';
import type { Scene } from '../../../src/lib/scene';

const scene: Scene = {
  width: 100,
  height: 50,
  title: 'A & B',
  description: 'Two <marks>',
  symbols: [{ id: 'base', width: 100, height: 50, marks: [{ kind: 'rect', key: 'bg', attrs: { x: 0, y: 0, width: 100, height: 50 } }] }],
  marks: [
    { kind: 'use', key: 'base', attrs: { href: '#base' } },
    { kind: 'circle', key: 'almaty', className: 'dot', attrs: { cx: 10, cy: 20, r: 3 }, label: 'Almaty, 5 Jan' },
    { kind: 'text', key: 'n', attrs: { x: 1, y: 2 }, text: '2,030' },
  ],
};

describe('renderSvg', () => {
  it('draws an accessible, keyed SVG with escaped text', () => {
    const svg = renderSvg(scene, { idPrefix: 'f1', symbols: 'external' });
    expect(svg).toContain('role="img" aria-labelledby="f1-title f1-desc"');
    expect(svg).toContain('<title id="f1-title">A &amp; B</title><desc id="f1-desc">Two &lt;marks&gt;</desc>');
    expect(svg).toContain('<circle data-key="almaty" class="dot" cx="10" cy="20" r="3"><title>Almaty, 5 Jan</title></circle>');
    expect(svg).toContain('<text data-key="n" x="1" y="2">2,030</text>');
    expect(svg).not.toContain('<symbol');
  });

  it('inlines symbols for standalone files and draws them once in a page sprite', () => {
    expect(renderSvg(scene, { idPrefix: 'f', symbols: 'inline' })).toContain('<defs><symbol id="base" viewBox="0 0 100 50">');
    const sprite = renderSprite([...scene.symbols!, ...scene.symbols!]);
    expect(sprite.match(/<symbol /g)).toHaveLength(1);
  });
});
