/**
 * Making a slot's pixels: where the source lands ({@link io.offerkit.imaging.render.SlotPlacement},
 * {@link io.offerkit.imaging.render.TrimBounds}), the resampler (Lanczos-3 in linear light on premultiplied alpha,
 * with box pre-reduction: {@link io.offerkit.imaging.render.LinearResampler}, shared between slots through
 * {@link io.offerkit.imaging.render.SharedSource}), vector drawing
 * ({@link io.offerkit.imaging.render.VectorSlotDrawing}), {@link io.offerkit.imaging.render.LightSharpening},
 * {@link io.offerkit.imaging.render.Reduction} (a whole source at another size),
 * {@link io.offerkit.imaging.render.Redactions} (rectangles burnt into a source before it is resampled),
 * {@link io.offerkit.imaging.render.EdgeColour} (a capture's own edge colour, for letterbox bands) and the slot's
 * {@link io.offerkit.imaging.render.SlotWarnings}. Depends on {@code source} and {@code colour}.
 */
package io.offerkit.imaging.render;
