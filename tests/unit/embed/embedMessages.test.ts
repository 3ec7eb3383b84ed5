import { describe, expect, it } from 'vitest';
import { heightMessages, MAX_HEIGHT, readHeight } from '../../../src/lib/embedMessages';

const to = { childId: 'chart', src: 'https://example.org/embed/unrest-map/?childId=chart' };

describe('heightMessages', () => {
  it('says one height in the pym.js v1, AMP and iframe.resize formats', () => {
    expect(heightMessages(612, to)).toEqual([
      'pymxPYMxchartxPYMxheightxPYMx612',
      { sentinel: 'amp', type: 'embed-size', height: 612 },
      JSON.stringify({ src: to.src, context: 'iframe.resize', height: 612 }),
    ]);
  });

  it('leaves out the pym.js message when there is no childId to address it to', () => {
    const messages = heightMessages(300, { childId: null, src: to.src });
    expect(messages).toHaveLength(2);
    expect(messages.some((m) => typeof m === 'string' && m.startsWith('pym'))).toBe(false);
  });

  it('rounds a fractional height up, so the content never overflows its frame', () => {
    expect(heightMessages(611.2, to).map(readHeight)).toEqual([612, 612, 612]);
  });
});

describe('readHeight', () => {
  it('reads back every format heightMessages writes', () => {
    for (const m of heightMessages(480, to)) expect(readHeight(m)).toBe(480);
  });

  it.each([
    ['another pym.js message', 'pymxPYMxchartxPYMxwidthxPYMx600'],
    ['a pym.js height that is not a number', 'pymxPYMxchartxPYMxheightxPYMxtall'],
    ['an AMP message of another type', { sentinel: 'amp', type: 'embed-ready' }],
    ['a negative height', { sentinel: 'amp', type: 'embed-size', height: -5 }],
    ['an absurd height', JSON.stringify({ context: 'iframe.resize', height: MAX_HEIGHT + 1 })],
    ['broken JSON', '{"context":"iframe.resize",'],
    ['some other JSON', '{"type":"hello"}'],
    ['a number', 42],
    ['null', null],
  ])('ignores %s', (_, data) => {
    expect(readHeight(data)).toBeNull();
  });
});
