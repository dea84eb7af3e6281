export { applyMarks, HOST_TAG, type MarksHandle, type MarksOptions } from './overlay';
export { createSession, type Analyzer, type PageSession } from './session';
export { findQuoteRange, indexText, findInIndex, leftOutOf } from './anchor';
export { CATEGORY_LABELS } from './styles';
