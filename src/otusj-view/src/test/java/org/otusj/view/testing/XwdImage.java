package org.otusj.view.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decodes a screenshot written by {@code xwd} (X Window Dump, file version 7) for the TrueColor visuals
 * of Xvfb: ZPixmap format with 24 or 32 bits per pixel and the colour masks of the header.
 */
public final class XwdImage {

    private static final int HEADER_FIELDS = 25;
    private static final int ZPIXMAP = 2;

    private XwdImage() {
    }

    /**
     * Reads {@code file} into an RGB image.
     *
     * @throws IOException if the file is not a version 7 ZPixmap dump of 24 or 32 bits per pixel
     */
    public static BufferedImage read(Path file) throws IOException {
        ByteBuffer data = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.BIG_ENDIAN);
        int[] header = new int[HEADER_FIELDS];
        for (int i = 0; i < HEADER_FIELDS; i++) {
            header[i] = data.getInt();
        }
        int headerSize = header[0];
        int version = header[1];
        int format = header[2];
        int width = header[4];
        int height = header[5];
        int byteOrder = header[7];
        int bitsPerPixel = header[11];
        int bytesPerLine = header[12];
        int redMask = header[14];
        int greenMask = header[15];
        int blueMask = header[16];
        int colours = header[19];
        if (version != 7 || format != ZPIXMAP || (bitsPerPixel != 32 && bitsPerPixel != 24)) {
            throw new IOException(file + ": unsupported XWD dump: version " + version + ", format " + format + ", "
                    + bitsPerPixel + " bits per pixel");
        }

        // After the header (with the window name) come 12 bytes per colour map entry, then the pixels.
        int offset = headerSize + 12 * colours;
        int bytesPerPixel = bitsPerPixel / 8;
        data.order(byteOrder == 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int position = offset + y * bytesPerLine + x * bytesPerPixel;
                int pixel = bytesPerPixel == 4 ? data.getInt(position) : read24(data, position, byteOrder);
                int rgb = (channel(pixel, redMask) << 16) | (channel(pixel, greenMask) << 8) | channel(pixel, blueMask);
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }

    private static int read24(ByteBuffer data, int position, int byteOrder) {
        int b0 = data.get(position) & 0xff;
        int b1 = data.get(position + 1) & 0xff;
        int b2 = data.get(position + 2) & 0xff;
        return byteOrder == 0 ? b0 | (b1 << 8) | (b2 << 16) : (b0 << 16) | (b1 << 8) | b2;
    }

    /** Returns the 8-bit value of the colour selected by {@code mask}. */
    private static int channel(int pixel, int mask) {
        int shifted = (pixel & mask) >>> Integer.numberOfTrailingZeros(mask);
        int bits = Integer.bitCount(mask);
        return bits >= 8 ? shifted >>> (bits - 8) : shifted << (8 - bits);
    }
}
