// Thread colours: the Okabe–Ito palette, which stays distinguishable with the common kinds of colour blindness;
// threads beyond it reuse it in order. The editor's line markers, the timeline and the console use the same.

const palette = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#999999']

export function threadColor(index: number): string {
  return palette[((index % palette.length) + palette.length) % palette.length]
}
