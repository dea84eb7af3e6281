// What one drawing of the overlay puts where, and whether two drawings would look the same.

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PlannedBox {
  rect: Rect;
  cls: string;
  label: string;
  category: string;
  fixed: boolean;
}

export interface Plan {
  boxes: PlannedBox[];
  /** Null where the quotes are not drawn as boxes: measured when first needed. */
  quoteRects: Map<string, Rect[]> | null;
  maxRightAbs: number;
  maxRightFixed: number;
}

const sameRect = (a: Rect, b: Rect) =>
  a.left === b.left && a.top === b.top && a.width === b.width && a.height === b.height;

const sameRects = (a: Rect[], b: Rect[]) => a.length === b.length && a.every((r, i) => sameRect(r, b[i]));

const sameBox = (a: PlannedBox, b: PlannedBox) =>
  sameRect(a.rect, b.rect) &&
  a.cls === b.cls &&
  a.label === b.label &&
  a.category === b.category &&
  a.fixed === b.fixed;

function sameQuoteRects(a: Map<string, Rect[]> | null, b: Map<string, Rect[]> | null): boolean {
  if (!a || !b) return a === b;
  if (a.size !== b.size) return false;
  for (const [id, rects] of a) {
    const other = b.get(id);
    if (!other || !sameRects(rects, other)) return false;
  }
  return true;
}

/**
 * Whether drawing `b` would put the same boxes, tabs and quote boxes where `a` put them: then a
 * redraw would only rebuild the overlay's nodes and make the browser style and lay them out again.
 */
export function samePlan(a: Plan, b: Plan): boolean {
  return (
    a.maxRightAbs === b.maxRightAbs &&
    a.maxRightFixed === b.maxRightFixed &&
    a.boxes.length === b.boxes.length &&
    a.boxes.every((box, i) => sameBox(box, b.boxes[i])) &&
    sameQuoteRects(a.quoteRects, b.quoteRects)
  );
}
