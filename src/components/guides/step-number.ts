/** The placeholder each <Step> writes twice (circle, heading) and <StepByStep> replaces with its number. */
export const STEP_NUMBER = '\u2063STEP-NUMBER\u2063';
