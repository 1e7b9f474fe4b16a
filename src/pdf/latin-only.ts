import { jsPDF } from 'jspdf';

/**
 * jsPDF runs every text through its Arabic shaping before drawing it, about an eighth of the
 * time a report takes. The reports are in Finnish, Swedish and English, with a font that has no
 * Arabic letters: the step is taken out once, when the PDF code loads.
 */
const api = jsPDF.API as unknown as {
  events: [string, unknown][];
  processArabic?: unknown;
};
api.events = api.events.filter(
  ([name, handler]) => !(name === 'preProcessText' && handler === api.processArabic),
);

/** How many text steps jsPDF still runs before drawing (a test holds it at none). */
export const textSteps = () => api.events.filter(([name]) => name === 'preProcessText').length;
