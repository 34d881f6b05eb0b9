import { expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';

it('writes counts of a thousand and more with the Vietnamese separator', () => {
  expect(t('groups.count', { count: 10442 })).toBe('10.442 tổ dân phố');
  expect(t('groups.count', { count: 999 })).toBe('999 tổ dân phố');
  expect(t('search.count', { count: 1250, query: 'đăng ký' })).toBe(
    'Có 1.250 trang phù hợp với “đăng ký”.',
  );
});
