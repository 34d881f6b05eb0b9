import { describe, expect, it } from 'vitest';
import { keepPhonesTogether, keepPhonesTogetherInHtml } from '../../src/lib/site/phones.ts';

const NB = '\u00a0';

describe('keepPhonesTogether', () => {
  it('joins the digit groups of the numbers written the Vietnamese way', () => {
    expect(keepPhonesTogether('gọi đường dây hỗ trợ 090 454 0490 hoặc hỏi')).toBe(
      `gọi đường dây hỗ trợ 090${NB}454${NB}0490 hoặc hỏi`,
    );
    expect(keepPhonesTogether('máy bàn 0225 3842 123, di động +84 90 454 0490.')).toBe(
      `máy bàn 0225${NB}3842${NB}123, di động +84${NB}90${NB}454${NB}0490.`,
    );
  });
  it('leaves dates, times, counts and years alone', () => {
    const text = 'Từ 11/10/2025, lúc 19:30, có 10.442 hộ và 120 người, năm 2025, 0,5 điểm';
    expect(keepPhonesTogether(text)).toBe(text);
  });
  it('changes text between tags only, never attributes or scripts', () => {
    expect(
      keepPhonesTogetherInHtml(
        '<a href="tel:0904540490" aria-label="Gọi 090 454 0490">Gọi 090 454 0490</a><script>"090 454 0490"</script>',
      ),
    ).toBe(
      `<a href="tel:0904540490" aria-label="Gọi 090 454 0490">Gọi 090${NB}454${NB}0490</a><script>"090 454 0490"</script>`,
    );
  });
});
