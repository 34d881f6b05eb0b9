/** The main navigation, in the order residents need it: how to take part first. */
import type { MessageKey } from '../../i18n/index.ts';

export interface NavItem {
  /** Path on the site, with its trailing slash. */
  href: string;
  label: MessageKey;
}

export const NAV: readonly NavItem[] = [
  { href: '/', label: 'site.home' },
  { href: '/huong-dan/', label: 'nav.guides' },
  { href: '/the-le/', label: 'nav.rules' },
  { href: '/hoi-dap/', label: 'nav.faq' },
  { href: '/tu-kiem-tra/', label: 'nav.selfCheck' },
  { href: '/cau-chuyen/', label: 'nav.stories' },
  { href: '/to-dan-pho/', label: 'nav.groups' },
  { href: '/tien-do/', label: 'nav.progress' },
  { href: '/tin-tuc/', label: 'nav.news' },
  { href: '/van-ban/', label: 'nav.letters' },
  { href: '/in-an/', label: 'nav.print' },
];

/** Pages for ward staff and group leaders, linked from every footer. */
export const STAFF_NAV: readonly NavItem[] = [
  { href: '/in-an/', label: 'nav.print' },
  { href: '/ban-tin/', label: 'nav.bulletins' },
];

/** True when `current` is the item's page or below it (a guide is under /huong-dan/). */
export function isCurrent(item: NavItem, current: string): boolean {
  return item.href === '/' ? current === '/' : current.startsWith(item.href);
}
