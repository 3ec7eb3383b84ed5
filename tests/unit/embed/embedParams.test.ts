import { describe, expect, it } from 'vitest';
import { defaultEmbedParams, parseEmbedParams } from '../../../src/lib/embedParams';

const states = ['jan-02', 'jan-04', 'jan-05'];

describe('parseEmbedParams', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseEmbedParams('', states)).toEqual(defaultEmbedParams);
    expect(parseEmbedParams('?', states)).toEqual(defaultEmbedParams);
  });

  it('reads every parameter', () => {
    expect(parseEmbedParams('?step=jan-05&static=1&plain=1&theme=dark&childId=graphic-1', states)).toEqual({
      step: 'jan-05',
      static: true,
      plain: true,
      theme: 'dark',
      childId: 'graphic-1',
    });
  });

  it('accepts a URLSearchParams, spellings of yes and no, and any case', () => {
    expect(parseEmbedParams(new URLSearchParams('step=JAN-04&plain=true&static=yes&theme=Light'), states)).toMatchObject({
      step: 'jan-04',
      plain: true,
      static: true,
      theme: 'light',
    });
    expect(parseEmbedParams('plain=0&static=off', states)).toMatchObject({ plain: false, static: false });
  });

  it.each([
    ['an unknown state', 'step=jan-99', 'step'],
    ['an empty state', 'step=', 'step'],
    ['a malformed flag', 'static=maybe', 'static'],
    ['a flag with no value', 'plain', 'plain'],
    ['an unknown theme', 'theme=sepia', 'theme'],
    ['a childId that breaks pym framing', 'childId=axPYMxb', 'childId'],
    ['a childId with markup', 'childId=%3Cscript%3E', 'childId'],
    ['an overlong childId', `childId=${'a'.repeat(101)}`, 'childId'],
  ] as const)('replaces %s with the default', (_, query, key) => {
    expect(parseEmbedParams(query, states)[key]).toEqual(defaultEmbedParams[key]);
  });

  it('keeps the good parameters when others are bad', () => {
    expect(parseEmbedParams('step=nope&theme=dark&plain=%%%', states)).toEqual({ ...defaultEmbedParams, theme: 'dark' });
  });

  it('takes the first of repeated parameters and ignores unknown ones', () => {
    expect(parseEmbedParams('step=jan-04&step=jan-05&initialWidth=600&parentTitle=x', states)).toEqual({ ...defaultEmbedParams, step: 'jan-04' });
  });

  it('reads plain and theme from the fragment, whose theme wins over the query\'s', () => {
    expect(parseEmbedParams('', states, '#plain-dark')).toEqual({ ...defaultEmbedParams, plain: true, theme: 'dark' });
    expect(parseEmbedParams('', states, 'light')).toEqual({ ...defaultEmbedParams, theme: 'light' });
    expect(parseEmbedParams('theme=light&plain=0', states, '#dark')).toEqual({ ...defaultEmbedParams, theme: 'dark' });
    expect(parseEmbedParams('plain=1&theme=dark', states, '#plain')).toEqual({ ...defaultEmbedParams, plain: true, theme: 'dark' });
  });

  it.each(['#Plain', '#dark-plain', '#plain-', '#sepia', '#plain-dark-x', '#'])('ignores the fragment %s', (hash) => {
    expect(parseEmbedParams('', states, hash)).toEqual(defaultEmbedParams);
  });
});
