// The UI's name for core's one duration wording ("45 min", "4 h 25 min", "2 h"), so a plan's time
// reads the same on its page, in the `plan` command and in its exports.
export { formatDuration as formatMinutes, plural } from '../../core/text';
