import { useState } from 'react';
import { applyTheme, nextTheme, readTheme, type Theme } from './theme';

const LABEL: Record<Theme, string> = { system: 'Auto', light: 'Light', dark: 'Dark' };

/** Cycles the colour theme: follow the system, light, dark. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(readTheme);
  return (
    <button
      type="button"
      className="button button-ghost button-small theme-toggle"
      title={`Theme: ${LABEL[theme]} (click to change)`}
      aria-label={`Colour theme: ${LABEL[theme]}. Change theme`}
      onClick={() => {
        const next = nextTheme(theme);
        applyTheme(next);
        setTheme(next);
      }}
      data-testid="theme-toggle"
    >
      <span className={`theme-icon theme-icon-${theme}`} aria-hidden="true" />
      <span className="theme-label">{LABEL[theme]}</span>
    </button>
  );
}
