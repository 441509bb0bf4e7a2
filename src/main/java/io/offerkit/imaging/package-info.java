/**
 * Imaging's public face: what the rest of OfferKit calls.
 * <ul>
 *   <li>{@link io.offerkit.imaging.ImageDecoder} reads any supported source by its content into a
 *       {@link io.offerkit.imaging.source.SourceImage};</li>
 *   <li>{@link io.offerkit.imaging.SlotRenderer} renders one slot, {@link io.offerkit.imaging.LogoSetRenderer} every
 *       slot of a profile (the one door for rendering: the app, export and the command line all go through it);</li>
 *   <li>{@link io.offerkit.imaging.MediaRenderer} renders a screenshot or a video's thumbnail through the same
 *       {@code SlotRenderer}: redactions burnt in first, the crop as the content shown, "auto" as the edge colour;</li>
 *   <li>{@link io.offerkit.imaging.WorkingCopy} makes the reduced copy live previews render from;</li>
 *   <li>{@link io.offerkit.imaging.ImageInspector} says which slots an existing file satisfies, and why not;</li>
 *   <li>{@link io.offerkit.imaging.IconSet} renders the app's own icons.</li>
 * </ul>
 * It is built from the wings below it, which never depend on it (LayerTest): {@code source} (the decoded image and
 * its pixels), {@code colour} (sRGB and ICC), {@code png} (the PNG codec), {@code decode} (one reader per format) and
 * {@code render} (resampling, placement, sharpening, warnings).
 */
package io.offerkit.imaging;
