/**
 * One page of the timeline drawn to scale: the axis of timeline-axis.ts, a lane for each of the page's main parties
 * (its most frequent) and one for the rest, and in each lane what happened above its line and what was said below
 * it. A day is a point; a month, a year or a range of days is a bar over its days. Marks that would overlap at a
 * phone's width are drawn together with their count beside them, or on a row of their own. Positions along the axis
 * are fractions of its length (0–1); heights are pixels.
 */
import { daySpanOf, type DaySpan } from '../model/day-span.ts';
import { truncate } from '../model/strings.ts';
import { AXIS_WIDTHS_REM, timeAxis, type AxisBreak, type AxisSegment, type AxisTick } from './timeline-axis.ts';
import type { TimelineEntry } from './timeline-events.ts';

export type ChartEntry = Pick<TimelineEntry, 'id' | 'date' | 'label' | 'kind' | 'text' | 'parties'>;

/** Lanes of their own for at most this many parties, the page's most frequent; the rest share the last lane. */
const MAX_PARTY_LANES = 3;
/** The lane of entries that concern none of the main parties. */
export const OTHER_LANE = 'Other';

/** Heights, in pixels: the breaks' labels above the lanes, a lane's name, a row of marks, between lanes, the axis. */
const TOP = 22;
const LANE_LABEL = 18;
const ROW = 14;
const LANE_GAP = 8;
const AXIS = 42;
/**
 * Widths, in rem at the narrowest axis: the room a point takes; a span shorter than SHORT_REM, drawn with round ends
 * reaching CAP_REM beyond its days so that it stays visible; and a count beside marks. Bars over adjacent months
 * may touch.
 */
const POINT_REM = 0.8;
const SHORT_REM = 0.5;
const CAP_REM = 0.3;
const COUNT_REM = 1.1;

export interface ChartMark {
  /** The entry's id, which its item in the list carries. */
  id: string;
  kind: TimelineEntry['kind'];
  x: number;
  /** A span's length along the axis; a point has none. */
  width?: number;
  /** A span too short to draw as a bar at the narrowest width: drawn with round ends beyond its days. */
  short?: boolean;
  y: number;
  /** What a pointer over it shows: the date and what happened or was said. */
  title: string;
}

/** How many marks are drawn together, beside the last of them. */
export interface ChartCount {
  x: number;
  y: number;
  count: number;
}

export interface ChartLane {
  label: string;
  top: number;
  /** The line between what happened (above it) and what was said (below). */
  line: number;
  bottom: number;
}

export interface TimelineChart {
  height: number;
  /** Where the axis line is drawn. */
  axis: number;
  lanes: ChartLane[];
  marks: ChartMark[];
  counts: ChartCount[];
  segments: AxisSegment[];
  breaks: AxisBreak[];
  ticks: AxisTick[];
  /** The break that comes just before an entry of the list, by the entry's id. */
  breakBefore: Map<string, AxisBreak>;
}

interface Placed {
  entry: ChartEntry;
  x: number;
  width?: number;
}

/** Marks drawn together, and the room they take at the narrowest axis, in rem. */
interface Cluster {
  marks: Placed[];
  left: number;
  right: number;
}

/** The page's main parties, most frequent first (then by name). */
function mainParties(entries: readonly ChartEntry[]): string[] {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const party of new Set(entry.parties)) counts.set(party, (counts.get(party) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, MAX_PARTY_LANES)
    .map(([party]) => party);
}

const isShort = (mark: Placed) => mark.width !== undefined && mark.width * AXIS_WIDTHS_REM[0]! < SHORT_REM;

/** Points close enough to overlap at the narrowest axis, and bars over the same days, drawn together. */
function clustersOf(marks: readonly Placed[]): Cluster[] {
  const width = AXIS_WIDTHS_REM[0]!;
  const clusters: Cluster[] = [];
  const points = marks.filter((m) => m.width === undefined).sort((a, b) => a.x - b.x);
  for (const mark of points) {
    const last = clusters.at(-1);
    if (last && (mark.x - last.marks[0]!.x) * width <= POINT_REM) last.marks.push(mark);
    else clusters.push({ marks: [mark], left: 0, right: 0 });
  }
  const bars = marks.filter((m) => m.width !== undefined).sort((a, b) => a.x - b.x || b.width! - a.width!);
  const barClusters: Cluster[] = [];
  for (const mark of bars) {
    const last = barClusters.at(-1)?.marks[0];
    if (last && last.x === mark.x && last.width === mark.width) barClusters.at(-1)!.marks.push(mark);
    else barClusters.push({ marks: [mark], left: 0, right: 0 });
  }
  for (const cluster of clusters) {
    cluster.left = cluster.marks[0]!.x * width - POINT_REM / 2;
    cluster.right = cluster.marks.at(-1)!.x * width + POINT_REM / 2 + (cluster.marks.length > 1 ? COUNT_REM : 0);
  }
  for (const cluster of barClusters) {
    const [bar] = cluster.marks;
    const cap = isShort(bar!) ? CAP_REM : 0;
    cluster.left = bar!.x * width - cap;
    cluster.right = (bar!.x + bar!.width!) * width + cap + (cluster.marks.length > 1 ? COUNT_REM : 0);
  }
  return [...clusters, ...barClusters].sort((a, b) => a.left - b.left || a.right - b.right);
}

/** Each cluster's row: the first row where it overlaps nothing. */
function rowsOf(clusters: readonly Cluster[]): { rows: number[]; count: number } {
  const ends: number[] = [];
  const rows = clusters.map((cluster) => {
    const row = ends.findIndex((end) => end <= cluster.left);
    const at = row < 0 ? ends.length : row;
    ends[at] = cluster.right;
    return at;
  });
  return { rows, count: Math.max(1, ends.length) };
}

/** The drawing of a page's entries, given in the order the list shows them. */
export function timelineChart(entries: readonly ChartEntry[]): TimelineChart {
  const dated = entries.flatMap((entry) => {
    const span = daySpanOf(entry.date);
    return span ? [{ entry, span }] : [];
  });
  const axis = timeAxis(dated.map(({ span }) => span));
  const place = (entry: ChartEntry, span: DaySpan): Placed =>
    span.end - span.first === 1 ? { entry, x: axis.at(span.first + 0.5) } : { entry, x: axis.at(span.first), width: axis.at(span.end) - axis.at(span.first) };

  const parties = mainParties(entries);
  const laneOf = (entry: ChartEntry) => {
    const own = parties.filter((party) => entry.parties.includes(party));
    return own.length ? own : [OTHER_LANE];
  };
  const laneNames = [...parties, ...(dated.some(({ entry }) => laneOf(entry)[0] === OTHER_LANE) ? [OTHER_LANE] : [])];

  const lanes: ChartLane[] = [];
  const marks: ChartMark[] = [];
  const counts: ChartCount[] = [];
  let top = TOP;
  for (const name of laneNames) {
    const inLane = dated.filter(({ entry }) => laneOf(entry).includes(name)).map(({ entry, span }) => place(entry, span));
    const tracks = (['event', 'statement'] as const).map((kind) => {
      const clusters = clustersOf(inLane.filter((mark) => mark.entry.kind === kind));
      return { kind, clusters, ...rowsOf(clusters) };
    });
    const line = top + LANE_LABEL + tracks[0]!.count * ROW;
    const bottom = line + tracks[1]!.count * ROW;
    for (const track of tracks) {
      const origin = track.kind === 'event' ? top + LANE_LABEL : line;
      track.clusters.forEach((cluster, i) => {
        const y = origin + (track.rows[i]! + 0.5) * ROW;
        for (const { entry, x, width } of cluster.marks) {
          const mark = { entry, x, width };
          marks.push({ id: entry.id, kind: entry.kind, x, ...(width !== undefined && { width }), ...(isShort(mark) && { short: true }), y, title: `${entry.label}: ${truncate(entry.text, 160)}` });
        }
        const last = cluster.marks.at(-1)!;
        if (cluster.marks.length > 1) counts.push({ x: last.x + (last.width ?? 0), y, count: cluster.marks.length });
      });
    }
    // A lone lane needs no name: it holds everything.
    lanes.push({ label: parties.length ? name : '', top, line, bottom });
    top = bottom + LANE_GAP;
  }

  const breakBefore = new Map<string, AxisBreak>();
  for (const gap of axis.breaks) {
    const next = dated.find(({ span }) => span.first >= gap.days.end);
    if (next) breakBefore.set(next.entry.id, gap);
  }
  return { height: top + AXIS, axis: top, lanes, marks, counts, segments: axis.segments, breaks: axis.breaks, ticks: axis.ticks, breakBefore };
}
