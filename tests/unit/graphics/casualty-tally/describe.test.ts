import { describe, expect, it } from 'vitest';
import { datasets } from '../../../../src/lib/data/readDatasets';
import { describeState } from '../../../../src/graphics/casualty-tally/describe';
import { states } from '../../../../src/graphics/casualty-tally/states';
import { titleOf } from '../../../../src/graphics/casualty-tally/titles';
import { layout } from '../../../../src/graphics/casualty-tally/layout';
import { frames } from '../../../../src/lib/frames';

const data = datasets();

describe('titles and descriptions', () => {
  it('state each state’s finding in the figures of the releases', () => {
    expect(states.map((s) => titleOf(data, s))).toEqual([
      'The first official tolls counted only the security forces: 8, then 18 killed on 6 January',
      'On 7 January the Interior Ministry said 18 security forces and 26 “armed criminals” had been killed',
      'A toll of 164 published on 9 January was withdrawn as a ‘technical error’',
      'By 15 January the Prosecutor General counted 225 dead, 19 of them security forces',
      'The official toll has stood at 238 since August 2022, including 19 security forces',
      'By 15 January officials counted 4,353 injured, 3,393 of them security personnel',
      'Official detention figures rose from 3,811 (disputed) on 7 January to 9,900 on 11 January',
      'Almaty accounted for 151 of the 238 deaths, the Prosecutor General said in January 2023',
      "In January 2023 the Prosecutor General classed 67 of the dead as 'attackers' and 142 as 'violators' of the state of emergency",
    ]);
  });

  it('give the groups the dead were classed in, in the office’s words, and the total apart from them', () => {
    const text = describeState(data, 'categories');
    expect(text).toContain("Bar chart of how the Prosecutor General classed the dead on 5 January 2023, in the office’s words: 67 'attackers'; 142 'violators of the state of emergency and counter-terrorist operation regime'; 4 died 'during other crimes'.");
    expect(text).toContain('Also stated that day: 19 law-enforcement employees.');
    expect(text).toContain('The same release gave 238 dead in all; no statement we traced says how these figures make up that total.');
  });

  it('are set with curly quotes in the scene, as the passages are', () => {
    const scene = layout(data, frames.phone, 'categories');
    expect(scene.title).toBe('In January 2023 the Prosecutor General classed 67 of the dead as ‘attackers’ and 142 as ‘violators’ of the state of emergency');
    expect(scene.description).toContain('67 ‘attackers’;');
    expect(layout(data, frames.desktop, 'jan-07').description).toContain('26 “armed criminals” “liquidated”.');
    for (const state of states) expect(`${layout(data, frames.desktop, state).title} ${layout(data, frames.desktop, state).description}`, state).not.toMatch(/['"]/);
  });

  it('credit the deaths by city to the body that gave them, not to both speakers of that session', () => {
    const text = describeState(data, 'by-city');
    expect(text).toContain('Bar chart of deaths by city as the Prosecutor General gave them on 5 January 2023');
    expect(titleOf(data, 'by-city')).toMatch(/, the Prosecutor General said in January 2023$/);
    expect(text).not.toContain('Interior Minister gave');
  });

  it('say who stated each figure and when, name the withdrawn one and list the undated ones without a date', () => {
    const jan7 = describeState(data, 'jan-07');
    expect(jan7).toContain('On 7 January 2022, Interior Ministry: 18 police and National Guard; 26 "armed criminals" "liquidated".');
    expect(describeState(data, 'retracted')).toMatch(/Withdrawn, not on the line: On 9 January 2022, .*164/);
    const final = describeState(data, 'final');
    expect(final).toMatch(/Not placed on the time axis because no date is known: .*227/);
    expect(final).toContain('This disputes the figure the Prosecutor General gave the same day.');
    expect(final).toContain('188 names compiled by Radio Azattyq');
    expect(describeState(data, 'detained')).toContain("Not an official figure: On 12 January 2022, Almaty authorities: 1,678 more in 24 hours; AP's running total 'nearly 12,000'");
    expect(describeState(data, 'by-city')).toContain('Almaty 151, Kyzylorda 26, Shymkent 20, Taraz 17.');
  });
});
