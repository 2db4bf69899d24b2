'use client';

import { useEffect, useState } from 'react';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';

/**
 * The menu button of the compact header on narrow screens. Without JavaScript there is no button
 * and the menu stays open (a plain list of links); with it, the header gets `data-menu` and the
 * button shows and hides the menu (CSS in globals.css, under the phone breakpoint only).
 */
export function MenuButton({ controls }: { controls: string }) {
  const t = useTranslations('nav');
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  // A link in the menu leads to another page: the menu closes there.
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  useEffect(() => {
    const header = document.getElementById(controls)?.closest('header');
    header?.setAttribute('data-menu', open ? 'open' : 'closed');
  }, [open, controls]);
  return (
    <button type="button" className="menu-button" aria-expanded={open} aria-controls={controls} onClick={() => setOpen(!open)}>
      {open ? t('closeMenu') : t('menu')}
    </button>
  );
}
