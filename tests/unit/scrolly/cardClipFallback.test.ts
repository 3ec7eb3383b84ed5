import { describe, expect, it } from 'vitest';
import { clipTop } from '../../../src/scrolly/cardClipFallback';

describe('cutting a card at the safe line', () => {
  it('cuts nothing below the line, the part above it, and all of a card above it', () => {
    expect(clipTop(400, 200, 350)).toBe(0);
    expect(clipTop(300, 200, 350)).toBe(50);
    expect(clipTop(100, 200, 350)).toBe(200);
  });
});
