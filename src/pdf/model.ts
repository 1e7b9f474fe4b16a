/**
 * The printed plan as plain, translated data: what renderPdf draws. Built from an assessment by
 * buildReport, so its content can be tested without drawing anything.
 */

export interface ReportTable {
  readonly kind: 'table';
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Relative column widths; equal when missing. */
  readonly widths?: readonly number[];
}

export interface ReportParagraph {
  readonly kind: 'paragraph';
  readonly text: string;
  readonly style?: 'normal' | 'muted' | 'strong';
}

export interface ReportQuestions {
  readonly kind: 'questions';
  readonly items: readonly { readonly question: string; readonly answer: string }[];
}

export type ReportBlock = ReportTable | ReportParagraph | ReportQuestions;

export interface ReportSection {
  readonly title: string;
  readonly blocks: readonly ReportBlock[];
}

export interface ChartRow {
  readonly label: string;
  readonly level: number | null;
  readonly target: number | null;
  readonly important: boolean;
  /** The level at the workshop, in a follow-up: drawn as a faint marker on the track. */
  readonly before?: number | null;
}

export interface ReportChart {
  readonly title: string;
  readonly parts: readonly { readonly title: string; readonly rows: readonly ChartRow[] }[];
  /** Names of levels 0–3 for the axis. */
  readonly levels: readonly string[];
  readonly legend: {
    readonly today: string;
    readonly target: string;
    readonly gap: string;
    readonly important: string;
    readonly notRated: string;
    /** Set in a follow-up, where rows carry the level before. */
    readonly before?: string;
  };
}

export interface Report {
  readonly lang: string;
  readonly fileName: string;
  readonly title: string;
  readonly businessName: string;
  readonly details: readonly { readonly label: string; readonly value: string }[];
  readonly checkpoint: { readonly label: string; readonly value: string; readonly who: string };
  /** What the reader needs first, drawn under the header on page 1: the plan itself. */
  readonly plan: readonly ReportSection[];
  readonly chart: ReportChart;
  /** What follows the chart: the figures and answers behind the plan. */
  readonly sections: readonly ReportSection[];
  readonly agreement: {
    readonly title: string;
    readonly text: string;
    readonly lines: readonly string[];
  };
  /** Footer texts; {{page}} and {{pages}} are filled in when the pages are known. */
  readonly footer: { readonly made: string; readonly page: string };
}
