export type { CoursePlan, CourseWeekPlan } from './CoursePlan';
export { courseLength, courseWeekSpan } from './courseLength';
export { courseToMarkdown } from './courseToMarkdown';
export { courseWeekPlans } from './courseWeekPlans';
export { exportFileName } from './exportFileName';
export { planToMarkdown } from './planToMarkdown';
export { planToText } from './planToText';
export { toPlanDocument } from './toPlanDocument';
