/** The city benchmark's verdicts, on timings made up by hand. */
import { expect, it } from 'vitest';
import { cityVerdicts } from '../../scripts/bench/city.ts';

it('passes 114 wards under 60 s whose cost per ward does not grow', () => {
  // 11.4 s for 114 = 100 ms a ward; 90 s for 1,000 = 90 ms a ward: ×0.90.
  const verdicts = cityVerdicts([
    { wards: 114, seconds: 11.4, counted: 114 },
    { wards: 1000, seconds: 90, counted: 1000 },
  ]);
  expect(verdicts.ok).toBe(true);
  expect(verdicts.lines[1]).toContain('×0.90');
});

it('fails a city over 60 s, and a cost per ward that grows by more than half', () => {
  expect(cityVerdicts([{ wards: 114, seconds: 61, counted: 114 }]).ok).toBe(false);
  // 100 ms a ward at 114, 160 ms at 1,000: ×1.60.
  const verdicts = cityVerdicts([
    { wards: 114, seconds: 11.4, counted: 114 },
    { wards: 1000, seconds: 160, counted: 1000 },
  ]);
  expect(verdicts.ok).toBe(false);
  expect(verdicts.lines[1]).toContain('×1.60');
});
