export { measureDemand, type Demand, type ProductDemand, type CountryWords } from './demand.js';
export { buyerKeywords, type ProductWords } from './keywords.js';
export { rankShowcase, HEALTHY, type Candidate, type Listing } from './rank.js';
export { explainReason, reasonText, type Reason } from './reasons.js';
export { RECENT_DAYS, WINDOW_DAYS, type ShowcaseInquiry } from './inquiry.js';
