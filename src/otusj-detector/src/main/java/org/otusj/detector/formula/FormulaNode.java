package org.otusj.detector.formula;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * A node of a compiled formula. Evaluation takes the four Delphes formula variables: transverse
 * momentum {@code pt} in GeV, pseudorapidity {@code eta}, azimuth {@code phi} in radians and
 * {@code energy} in GeV.
 */
interface FormulaNode {

    double evaluate(double pt, double eta, double phi, double energy);

    /** Returns true for a constant, which the parser folds into its parent. */
    default boolean isConstant() {
        return false;
    }

    /** A number. */
    record Constant(double value) implements FormulaNode {

        @Override
        public double evaluate(double pt, double eta, double phi, double energy) {
            return value;
        }

        @Override
        public boolean isConstant() {
            return true;
        }
    }

    /** One of the four variables, by its position in {@link #evaluate}'s arguments (0 = pt ... 3 = energy). */
    record Variable(int index) implements FormulaNode {

        @Override
        public double evaluate(double pt, double eta, double phi, double energy) {
            switch (index) {
                case 0:
                    return pt;
                case 1:
                    return eta;
                case 2:
                    return phi;
                default:
                    return energy;
            }
        }
    }

    /** A unary operator or a function of one argument. */
    record Unary(DoubleUnaryOperator operator, FormulaNode operand) implements FormulaNode {

        @Override
        public double evaluate(double pt, double eta, double phi, double energy) {
            return operator.applyAsDouble(operand.evaluate(pt, eta, phi, energy));
        }
    }

    /** A binary operator or a function of two arguments; both operands are always evaluated. */
    record Binary(DoubleBinaryOperator operator, FormulaNode left, FormulaNode right) implements FormulaNode {

        @Override
        public double evaluate(double pt, double eta, double phi, double energy) {
            return operator.applyAsDouble(left.evaluate(pt, eta, phi, energy), right.evaluate(pt, eta, phi, energy));
        }
    }

    /** {@code condition ? whenTrue : whenFalse}, with C++ truth: any value but zero is true. */
    record Conditional(FormulaNode condition, FormulaNode whenTrue, FormulaNode whenFalse) implements FormulaNode {

        @Override
        public double evaluate(double pt, double eta, double phi, double energy) {
            return condition.evaluate(pt, eta, phi, energy) != 0.0
                    ? whenTrue.evaluate(pt, eta, phi, energy)
                    : whenFalse.evaluate(pt, eta, phi, energy);
        }
    }
}
