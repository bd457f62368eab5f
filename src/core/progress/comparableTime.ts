/** The app's times (`toISOString`), which order as text. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A time as merges order it: anything but the app's own format counts as older than all. */
export function comparableTime(time: string): string {
  return ISO_TIME.test(time) ? time : '';
}
