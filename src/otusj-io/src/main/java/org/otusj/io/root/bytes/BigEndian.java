package org.otusj.io.root.bytes;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Big-endian loads from byte arrays, the byte order of every ROOT file. Callers check bounds. */
public final class BigEndian {

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle FLOAT = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle DOUBLE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.BIG_ENDIAN);

    private BigEndian() {
    }

    public static short getShort(byte[] data, int offset) {
        return (short) SHORT.get(data, offset);
    }

    public static int getInt(byte[] data, int offset) {
        return (int) INT.get(data, offset);
    }

    public static long getLong(byte[] data, int offset) {
        return (long) LONG.get(data, offset);
    }

    public static float getFloat(byte[] data, int offset) {
        return (float) FLOAT.get(data, offset);
    }

    public static double getDouble(byte[] data, int offset) {
        return (double) DOUBLE.get(data, offset);
    }
}
