/** The installed app: the icon's initials come from the ward's name in content. */
import { describe, expect, it } from 'vitest';
import { iconSvg, wardInitials } from '../../src/lib/site/app.ts';

describe('wardInitials', () => {
  it('takes the initials of the name after "Phường", keeping Vietnamese letters', () => {
    expect(wardInitials('Phường Tân Hưng')).toBe('TH');
    expect(wardInitials('Phường Việt Hòa')).toBe('VH');
    expect(wardInitials('Xã đảo Bạch Long Vĩ')).toBe('ĐBL');
    expect(wardInitials('Phường Lê Chân')).toBe('LC');
  });

  it('draws them in white on the brand red, at the size asked', () => {
    const svg = iconSvg('TH', 192);
    expect(svg).toContain('width="192" height="192"');
    expect(svg).toContain('fill="#9b1c1c"');
    expect(svg).toContain('>TH</text>');
  });
});
