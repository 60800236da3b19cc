import { useEffect } from 'react';
import type { Theme } from '../../shared/model/settings';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * Puts the theme on the root element as `data-theme="light|dark"`, which the
 * style sheets key their colours on; `system` follows the operating system's
 * preference and changes with it.
 */
export function useTheme(theme: Theme): void {
  useEffect(() => {
    const root = document.documentElement;
    const media = window.matchMedia(DARK_QUERY);
    const apply = () => {
      root.dataset['theme'] = theme === 'system' ? (media.matches ? 'dark' : 'light') : theme;
    };
    apply();
    if (theme !== 'system') return undefined;
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
}
