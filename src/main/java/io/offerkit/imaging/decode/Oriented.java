package io.offerkit.imaging.decode;

/** ARGB pixels with their dimensions, after a transform that may swap width and height. */
record Oriented(int[] argb, int width, int height) {
}
