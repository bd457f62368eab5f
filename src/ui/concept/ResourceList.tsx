import type { Resource } from '../../core/model';
import { formatDuration } from '../../core/text';

function details(resource: Resource): string {
  const parts: string[] = [resource.kind, resource.free ? 'free' : 'paid'];
  if (resource.minutes !== undefined) parts.push(formatDuration(resource.minutes));
  if (resource.authors?.length) parts.push(resource.authors.join(', '));
  if (resource.year !== undefined) parts.push(String(resource.year));
  return parts.join(' · ');
}

/** Resources as green external links with kind, price and time; the caller orders core first. */
export function ResourceList({ resources }: { readonly resources: readonly Resource[] }) {
  return (
    <ul className="resource-list">
      {resources.map((resource) => (
        <li key={resource.url + resource.title}>
          <a className="link-external" href={resource.url} rel="noopener noreferrer">
            {resource.title}
            <span className="sr-only"> (external site)</span>
          </a>
          <span className="resource-meta">{details(resource)}</span>
          {resource.note && <span className="resource-note">{resource.note}</span>}
        </li>
      ))}
    </ul>
  );
}
