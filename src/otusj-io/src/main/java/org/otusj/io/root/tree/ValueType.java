package org.otusj.io.root.tree;

/** The primitive type of the values a branch stores, with its size on file in bytes. */
public enum ValueType {
    BOOL("bool", 1),
    INT8("int8", 1),
    UINT8("uint8", 1),
    INT16("int16", 2),
    UINT16("uint16", 2),
    INT32("int32", 4),
    UINT32("uint32", 4),
    INT64("int64", 8),
    UINT64("uint64", 8),
    FLOAT32("float32", 4),
    FLOAT64("float64", 8),
    /** {@code Double32_t} without a range: stored as a 4-byte float, returned as a double. */
    DOUBLE32("double32", 4),
    STRING("string", 0);

    private final String label;
    private final int size;

    ValueType(String label, int size) {
        this.label = label;
        this.size = size;
    }

    /** Type name as the JSROOT dumps and {@code describe()} listings write it: {@code float32}, {@code int64} ... */
    public String label() {
        return label;
    }

    /** Size of one value on file in bytes; 0 for strings, which carry their own length. */
    public int size() {
        return size;
    }

    /** Returns true for the integer types (bool excluded). */
    public boolean isInteger() {
        return this != BOOL && this != FLOAT32 && this != FLOAT64 && this != DOUBLE32 && this != STRING;
    }

    /** Returns true for {@link #FLOAT32}, {@link #FLOAT64} and {@link #DOUBLE32}. */
    public boolean isFloatingPoint() {
        return this == FLOAT32 || this == FLOAT64 || this == DOUBLE32;
    }

    /**
     * Returns the type of a ROOT basic type code (1-19, as in {@code TStreamerElement::fType} and
     * {@code TBranchElement::fStreamerType} modulo 20), or null when the code is not a basic type.
     */
    public static ValueType fromTypeCode(int code) {
        switch (code) {
            case 1:
                return INT8;
            case 2:
                return INT16;
            case 3:
            case 6:
                return INT32;
            case 4:
            case 16:
                return INT64;
            case 5:
                return FLOAT32;
            case 8:
                return FLOAT64;
            case 9:
                return DOUBLE32;
            case 11:
                return UINT8;
            case 12:
                return UINT16;
            case 13:
            case 15:
                return UINT32;
            case 14:
            case 17:
                return UINT64;
            case 18:
                return BOOL;
            default:
                return null;
        }
    }

    /** Returns the type of a leaf class ({@code TLeafF}, {@code TLeafI} ...), or null for other classes. */
    public static ValueType fromLeafClass(String leafClass, boolean unsigned) {
        switch (leafClass) {
            case "TLeafB":
                return unsigned ? UINT8 : INT8;
            case "TLeafS":
                return unsigned ? UINT16 : INT16;
            case "TLeafI":
                return unsigned ? UINT32 : INT32;
            case "TLeafL":
            case "TLeafG":
                return unsigned ? UINT64 : INT64;
            case "TLeafF":
                return FLOAT32;
            case "TLeafD":
                return FLOAT64;
            case "TLeafO":
                return BOOL;
            case "TLeafC":
                return STRING;
            default:
                return null;
        }
    }

    /** Returns the type of a C++ type name ({@code float}, {@code Long64_t} ...), or null for others. */
    public static ValueType fromCppName(String name) {
        switch (name.trim()) {
            case "bool":
            case "Bool_t":
                return BOOL;
            case "char":
            case "Char_t":
            case "signed char":
                return INT8;
            case "unsigned char":
            case "UChar_t":
                return UINT8;
            case "short":
            case "Short_t":
                return INT16;
            case "unsigned short":
            case "UShort_t":
                return UINT16;
            case "int":
            case "Int_t":
                return INT32;
            case "unsigned int":
            case "unsigned":
            case "UInt_t":
                return UINT32;
            case "long":
            case "Long_t":
            case "long long":
            case "Long64_t":
                return INT64;
            case "unsigned long":
            case "ULong_t":
            case "unsigned long long":
            case "ULong64_t":
                return UINT64;
            case "float":
            case "Float_t":
                return FLOAT32;
            case "double":
            case "Double_t":
                return FLOAT64;
            case "Double32_t":
                return DOUBLE32;
            case "string":
            case "std::string":
            case "TString":
                return STRING;
            default:
                return null;
        }
    }
}
