import { describe, expect, it } from "vitest";
import { focalCrop } from "./focal-crop";

// The article card's cover panel: 500×630, a portrait cut from a landscape photo.
const panel = { width: 500, height: 630 };

describe("focalCrop", () => {
  it("cuts the full height of a landscape photo, centred on the focal point", () => {
    expect(focalCrop(1600, 900, panel, { x: 0.5, y: 0.5 })).toEqual({ left: 443, top: 0, width: 714, height: 900 });
    expect(focalCrop(1600, 900, panel, { x: 0.3, y: 0.5 })).toEqual({ left: 123, top: 0, width: 714, height: 900 });
  });

  it("stops at the edges when the focal point is near them", () => {
    expect(focalCrop(1600, 900, panel, { x: 0, y: 0 })).toMatchObject({ left: 0, top: 0 });
    expect(focalCrop(1600, 900, panel, { x: 1, y: 1 })).toMatchObject({ left: 886, top: 0 });
  });

  it("cuts the full width of a tall picture and moves down to the focal point", () => {
    expect(focalCrop(900, 2000, panel, { x: 0.5, y: 0.6 })).toEqual({ left: 0, top: 633, width: 900, height: 1134 });
    expect(focalCrop(900, 2000, panel, { x: 0.5, y: 0.9 })).toMatchObject({ top: 866 });
  });

  it("treats nonsense focal points as the centre and never leaves the image", () => {
    const region = focalCrop(10, 10, panel, { x: Number.NaN, y: 7 });
    expect(region.left + region.width).toBeLessThanOrEqual(10);
    expect(region.top + region.height).toBeLessThanOrEqual(10);
    expect(region.width).toBeGreaterThan(0);
  });
});
