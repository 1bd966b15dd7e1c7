package org.otusj.core.condition;

import java.util.List;
import java.util.function.Predicate;

/**
 * A boolean expression over per-event condition values, as written in {@code <if condition="...">}:
 * references such as {@code Selection} or {@code Selection.highPt}, combined with {@code and}, {@code
 * or}, {@code not} (or {@code &&}, {@code ||}, {@code !}) and parentheses.
 */
public sealed interface Condition permits Condition.Constant, Condition.Reference, Condition.Not, Condition.And,
        Condition.Or {

    /** The condition that is always true, used for entries outside any {@code <if>}. */
    Condition ALWAYS = new Constant(true);

    /** Evaluates the expression, looking up each reference with {@code values}. */
    boolean evaluate(Predicate<Reference> values);

    /** The references in the order they appear. */
    List<Reference> references();

    /** {@code true} or {@code false}. */
    record Constant(boolean value) implements Condition {

        @Override
        public boolean evaluate(Predicate<Reference> values) {
            return value;
        }

        @Override
        public List<Reference> references() {
            return List.of();
        }

        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /**
     * A condition value by name: a processor name alone for the value the processor sets for itself, or
     * {@code Processor.flag} for a named value.
     *
     * @param name the name as written
     * @param column 1-based column of the name inside the expression, for error messages
     */
    record Reference(String name, int column) implements Condition {

        @Override
        public boolean evaluate(Predicate<Reference> values) {
            return values.test(this);
        }

        @Override
        public List<Reference> references() {
            return List.of(this);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Negation. */
    record Not(Condition operand) implements Condition {

        @Override
        public boolean evaluate(Predicate<Reference> values) {
            return !operand.evaluate(values);
        }

        @Override
        public List<Reference> references() {
            return operand.references();
        }

        @Override
        public String toString() {
            return "not " + operand;
        }
    }

    /** Conjunction; the right operand is evaluated only if the left one is true. */
    record And(Condition left, Condition right) implements Condition {

        @Override
        public boolean evaluate(Predicate<Reference> values) {
            return left.evaluate(values) && right.evaluate(values);
        }

        @Override
        public List<Reference> references() {
            return Conditions.concat(left.references(), right.references());
        }

        @Override
        public String toString() {
            return "(" + left + " and " + right + ")";
        }
    }

    /** Disjunction; the right operand is evaluated only if the left one is false. */
    record Or(Condition left, Condition right) implements Condition {

        @Override
        public boolean evaluate(Predicate<Reference> values) {
            return left.evaluate(values) || right.evaluate(values);
        }

        @Override
        public List<Reference> references() {
            return Conditions.concat(left.references(), right.references());
        }

        @Override
        public String toString() {
            return "(" + left + " or " + right + ")";
        }
    }
}
