// The timeline's UI strings in English and Polish (the lead merges them into the app's messages). Sentences about
// events and segments are in the phrasebooks (phrases-en.ts, phrases-pl.ts), which need grammar, not templates.

export type TimelineLanguage = 'en' | 'pl'

export const timelineEn = {
  timelineLabel: 'Timeline of threads, the GIL and primitives over virtual time',
  timelineHint: 'Scroll to zoom, drag to pan, click to move the cursor; arrow keys step between events.',
  timelineLegend: 'Legend',
  timelineAxis: 'virtual time',
  timelineGil: 'GIL',
  timelineGilOfProcess: 'GIL of process {process}',
  timelineStateRunning: 'running',
  timelineStateGilWait: 'waiting for the GIL',
  timelineStateReady: 'ready, waiting for a CPU',
  timelineStateBlocked: 'blocked',
  timelineStateSleeping: 'sleeping',
  timelineHeld: 'held by a thread (its colour)',
  timelineCounter: 'semaphore value, queue length',
  timelineExportSvg: 'Export timeline as SVG',
  timelineExportPng: 'Export timeline as PNG',
}

export type TimelineStrings = typeof timelineEn

export const timelinePl: TimelineStrings = {
  timelineLabel: 'Oś czasu wątków, GIL-a i prymitywów synchronizacji w czasie wirtualnym',
  timelineHint:
    'Przewiń, aby przybliżyć, przeciągnij, aby przesunąć, kliknij, aby przenieść kursor; strzałki przechodzą między zdarzeniami.',
  timelineLegend: 'Legenda',
  timelineAxis: 'czas wirtualny',
  timelineGil: 'GIL',
  timelineGilOfProcess: 'GIL procesu {process}',
  timelineStateRunning: 'działa',
  timelineStateGilWait: 'czeka na GIL',
  timelineStateReady: 'gotowy, czeka na procesor',
  timelineStateBlocked: 'zablokowany',
  timelineStateSleeping: 'śpi',
  timelineHeld: 'zajęty przez wątek (w jego kolorze)',
  timelineCounter: 'wartość semafora, długość kolejki',
  timelineExportSvg: 'Eksportuj oś czasu jako SVG',
  timelineExportPng: 'Eksportuj oś czasu jako PNG',
}
