package io.appaudit.indexer.kibana;

/**
 * One field one saved object uses: the object, the data view the use runs against, the field, the operation
 * (a Lens operation or legacy aggregation such as {@code terms}, or {@code query}, {@code column}, {@code format}
 * for uses that only need the field to exist) and where in the object it was found.
 */
record FieldUse(String object, String dataView, String field, String operation, String where) {

    FieldUse {
        if (field.isBlank()) {
            throw new IllegalArgumentException("Blank field in " + object + " at " + where);
        }
    }

    @Override
    public String toString() {
        return object + " uses " + field + " (" + operation + ", " + where + ") on data view " + dataView;
    }
}
