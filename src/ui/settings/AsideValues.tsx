import { useAppStore } from '../../store';
import { downloadText } from '../common/downloadText';

/** Unreadable stored values that were kept aside, each downloadable so nothing is ever lost. */
export function AsideValues() {
  const keys = useAppStore((s) => s.asideKeys);
  const readAside = useAppStore((s) => s.readAside);
  if (keys.length === 0) return null;
  return (
    <section aria-labelledby="aside-heading">
      <h2 id="aside-heading">Values kept aside</h2>
      <p>
        This browser once held progress the site could not read. It was kept, untouched, under the keys below. Download one to inspect it;
        if it is an older export, importing it may recover it.
      </p>
      <ul className="ref-list">
        {keys.map((key) => (
          <li key={key} className="saved-plan">
            <code>{key}</code>
            <button
              type="button"
              className="button button-small"
              onClick={() => downloadText(`${key}.json`, readAside(key) ?? '', 'text/plain')}
            >
              Download<span className="sr-only"> {key}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
