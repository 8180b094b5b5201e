// Where to cut a picture to another aspect ratio so its focal point stays in view, as close to the centre as it can be.

export type Region = { left: number; top: number; width: number; height: number };

/**
 * The largest region of the target's aspect ratio inside a `width`×`height` image, placed so the focal point (0–1 across
 * and down) sits at the region's centre, or as near as the image's edges allow. This is what CSS object-fit: cover with
 * object-position at the focal point shows, computed for crops made on the server (social images).
 */
export function focalCrop(width: number, height: number, target: { width: number; height: number }, focal: { x: number; y: number }): Region {
  const aspect = target.width / target.height;
  let cropWidth = width;
  let cropHeight = Math.round(width / aspect);
  if (cropHeight > height) {
    cropHeight = height;
    cropWidth = Math.round(height * aspect);
  }
  cropWidth = Math.max(1, Math.min(width, cropWidth));
  cropHeight = Math.max(1, Math.min(height, cropHeight));
  const clamp = (value: number, max: number) => Math.min(Math.max(0, Math.round(value)), max);
  const fx = Number.isFinite(focal.x) ? Math.min(Math.max(focal.x, 0), 1) : 0.5;
  const fy = Number.isFinite(focal.y) ? Math.min(Math.max(focal.y, 0), 1) : 0.5;
  return {
    left: clamp(fx * width - cropWidth / 2, width - cropWidth),
    top: clamp(fy * height - cropHeight / 2, height - cropHeight),
    width: cropWidth,
    height: cropHeight,
  };
}
