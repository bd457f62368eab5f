import type { ThemeChoice } from '../../store';
import { useAppStore } from '../../store';
import { Icon } from '../common/Icon';

const order: readonly ThemeChoice[] = ['system', 'light', 'dark'];
const names: Record<ThemeChoice, string> = { system: 'system', light: 'light', dark: 'dark' };
const icons = { system: 'system', light: 'sun', dark: 'moon' } as const;

/** Cycles the colour theme: follow the system, light, dark. The choice is remembered. */
export function ThemeToggle() {
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const next = order[(order.indexOf(theme) + 1) % order.length]!;
  return (
    <button
      type="button"
      className="icon-button"
      onClick={() => setTheme(next)}
      aria-label={`Theme: ${names[theme]}. Switch to ${names[next]}`}
    >
      <Icon name={icons[theme]} />
    </button>
  );
}
