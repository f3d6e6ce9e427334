package cn.xinjiuye.portal.common.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * Builds a record from the components of the same name of other records: a form from the data it edits (and the
 * version beside it), and the data back from the form, without listing each field a second and a third time.
 *
 * <pre>{@code
 * static EnterpriseForm of(EnterpriseEditing editing) {
 *     return Records.copy(EnterpriseForm.class, editing.data(), editing); // the data's fields, the editing's version
 * }
 * }</pre>
 *
 * Every component of the record built must stand in one of the sources (the first source that has it gives it), so a
 * field renamed on one side fails on its first use instead of going missing; a {@code Boolean} left empty by a form
 * becomes {@code false} where the record built takes a {@code boolean}.
 */
public final class Records {

    private Records() {}

    public static <R extends Record> R copy(Class<R> type, Record... sources) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = valueFor(type, components[i], sources);
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            constructor.trySetAccessible();
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException("cannot build " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot build " + type.getName() + " from its sources", e);
        }
    }

    /** The value of a record's component, for the page or for another record. */
    static Object read(RecordComponent component, Record record) {
        Method accessor = component.getAccessor();
        try {
            accessor.trySetAccessible();
            return accessor.invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + component, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e.getCause());
        }
    }

    private static Object valueFor(Class<?> type, RecordComponent target, Record[] sources) {
        for (Record source : sources) {
            for (RecordComponent component : source.getClass().getRecordComponents()) {
                if (component.getName().equals(target.getName())) {
                    Object value = read(component, source);
                    return value == null && target.getType() == boolean.class ? Boolean.FALSE : value;
                }
            }
        }
        throw new IllegalArgumentException(
                type.getSimpleName() + "." + target.getName() + " is in none of the sources");
    }
}
