export { applyReview, scheduleKnown } from './applyReview';
export { dueConcepts, reviewSchedule } from './dueConcepts';
export { gradeReview, type ReviewAnswer } from './gradeReview';
export { IMPLICIT_WINDOW_DAYS, implicitReview } from './implicitReview';
export { reviewQuestions } from './reviewQuestions';
export { scheduleReview } from './scheduleReview';
