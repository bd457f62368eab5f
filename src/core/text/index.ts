export { LineIndex } from './LineIndex';
export { closestMatch } from './closestMatch';
export { editDistance } from './editDistance';
