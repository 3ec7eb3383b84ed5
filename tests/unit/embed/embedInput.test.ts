import { describe, expect, it } from 'vitest';
import { definitionOf } from '../../../src/graphics/definitions';
import { datasets } from '../../../src/lib/data/readDatasets';
import { embedInput, storyLink } from '../../../src/lib/embedInput';
import type { StoryChapter } from '../../../src/lib/story/buildStory';

const site = new URL('https://graphics.example/');
const step = (slug: string, graphic: string, state: string) =>
  ({ slug, domId: `step-${slug}`, graphic, state, index: 0, entryId: slug, chapter: 'c' }) as StoryChapter['steps'][number];
const story = [{ id: 'c', title: 'C', steps: [step('price-rise', 'unrest-map', 'jan-02'), step('akimats-stormed', 'unrest-map', 'jan-05')] }] as StoryChapter[];
const ctx = { site, story, data: datasets() };

describe('embedInput', () => {
  it('names one state, links to its step and pictures it with its PNG download', () => {
    const input = embedInput(ctx, 'unrest-map', 'jan-05');
    expect(input.src).toBe('https://graphics.example/embed/unrest-map/step/jan-05/');
    expect(input.title).toBe(`The spread of unrest: ${definitionOf('unrest-map').stateLabel('jan-05')}`);
    expect(input.href).toBe('https://graphics.example/#step-akimats-stormed');
    expect(input.loader).toBe('https://graphics.example/embed/loader.js');
    expect(input.image?.src).toBe('https://graphics.example/downloads/unrest-map/jan-05.png');
    expect(input.image?.alt).toBe(definitionOf('unrest-map').scene(ctx.data, 'jan-05', { id: 'desktop', width: 720, height: 540, fontSize: 13, safeBottom: 0 }).description);
    expect(input.image?.width).toBeGreaterThan(0);
    expect(input.image?.height).toBeGreaterThan(0);
  });

  it('gives the step-through the graphic’s name, its first step and its first state’s picture', () => {
    const input = embedInput(ctx, 'unrest-map', null);
    expect(input.src).toBe('https://graphics.example/embed/unrest-map/');
    expect(input.title).toBe('The spread of unrest');
    expect(input.href).toBe('https://graphics.example/#step-price-rise');
    expect(input.image?.src).toBe('https://graphics.example/downloads/unrest-map/jan-02.png');
  });

  it('points a static embed at the still page', () => {
    expect(embedInput(ctx, 'unrest-map', 'jan-05', true).src).toBe('https://graphics.example/embed/unrest-map/jan-05/');
  });
});

describe('storyLink', () => {
  it('links to the explainer itself for a graphic the story does not show', () => {
    expect(storyLink({ site, story }, 'casualty-tally', 'final')).toBe('https://graphics.example/');
  });
});
