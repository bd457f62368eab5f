export { closestMatch } from './closestMatch';
export { editDistance } from './editDistance';
export { escapeHtml } from './escapeHtml';
export { formatDuration } from './formatDuration';
export { plural } from './plural';
export { escapeControl } from './escapeControl';
export { closingDollarRun, dollarRunAt } from './dollarRuns';
