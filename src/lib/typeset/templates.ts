/** Template parameters: the ranges a split's page plans are drawn from. */
export interface Template {
  name: 'dev' | 'holdout';
  /** Page sizes in mm (width, height). */
  sizes: [number, number][];
  cols: number[];
  bodySize: [number, number];
  /** Gap between body lines in em, drawn per page (newspapers set 0.2–0.5; poppler reads lines over 0.5 apart as blocks of one line). */
  leadings: number[];
  titleSize: [number, number];
  marginMm: [number, number];
  gutterMm: [number, number];
  articles: [number, number];
  /** Probabilities. */
  pShuffle: number;
  pFakeBold: number;
  pInset: number;
  pVertical: number;
  pFlowPhoto: number;
  pTopPhoto: number;
  pHeiBody: number;
  pKickerSubtitleDash: number;
  /** Document page counts to draw from (1 is most common). */
  pageCounts: number[];
}

export const TEMPLATES: Record<'dev' | 'holdout', Template> = {
  dev: {
    name: 'dev',
    sizes: [
      [297, 420],
      [305, 430],
      [315, 450],
      [320, 470],
    ],
    cols: [4, 5, 5, 6],
    bodySize: [8.5, 10],
    leadings: [0.45, 0.5, 0.55, 0.6],
    titleSize: [16, 26],
    marginMm: [12, 18],
    gutterMm: [3.5, 5],
    articles: [3, 6],
    pShuffle: 0.4,
    pFakeBold: 0.25,
    pInset: 0.15,
    pVertical: 0.1,
    pFlowPhoto: 0.2,
    pTopPhoto: 0.15,
    pHeiBody: 0.3,
    pKickerSubtitleDash: 0.5,
    pageCounts: [1, 1, 1, 1, 1, 1, 2, 2, 3],
  },
  holdout: {
    name: 'holdout',
    sizes: [
      [330, 470],
      [340, 490],
      [350, 500],
      [300, 425],
    ],
    cols: [5, 6, 6, 4],
    bodySize: [9, 10.5],
    leadings: [0.45, 0.5, 0.55, 0.6],
    titleSize: [18, 28],
    marginMm: [10, 16],
    gutterMm: [3, 6],
    articles: [3, 6],
    pShuffle: 0.6,
    pFakeBold: 0.35,
    pInset: 0.25,
    pVertical: 0.18,
    pFlowPhoto: 0.25,
    pTopPhoto: 0.2,
    pHeiBody: 0.45,
    pKickerSubtitleDash: 0.3,
    pageCounts: [1, 1, 1, 1, 2, 2],
  },
};
